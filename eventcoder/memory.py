"""What earlier sentences of an article said, for the sentences after them.

News names an actor once in full and then refers back: "Kim" after "Kim Jong Un", "he" after
"President Trump said ...", "the rebels" after "FARC rebels", "the council" after "the U.N. Security
Council", "both sides" after a lead about Israel and Hamas, "condemned the attack" after the attack.
A sentence coded alone has no one to give those words to. Two things carry the article forward:

- ``link_mentions`` gives short names and personal pronouns the dictionary entry of the person an
  earlier sentence named, before any sentence is coded;
- an ``ArticleMemory`` keeps the actors each sentence named and the events coded, so that the
  sentence coder (``assemble._Resolver``) can give a definite description of no named country the
  actor the article named with that noun or of that sector, "both sides" the article's first pair,
  a reaction to "the attack" whoever attacked, and a side's act that names no one the other side.

Both only ever look back, so the first sentence of an article (and any text of one sentence) is coded
as it would be alone. Where the article is ambiguous (two armies, two people of one surname) nothing
is filled in: a wrong actor is worse than an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .actors import ACTOR, HONORIFICS, ActorMatcher, Mention
from .verbs import SUBJECTS, TRANSPARENT_NOUNS

# Pronouns that refer back to a person; "it"/"its" refer back to a state or an organisation.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
THING_PRONOUNS = frozenset({"it", "its"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS
# How many sentences back a pronoun's antecedent may be.
PRONOUN_REACH = 2
# Verbs whose subject "it" is no actor: "it is", "it seems", "it remains unclear".
EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "take", "rain", "happen", "matter", "mean"})
# Words that make a description indefinite: "a soldier", "other rebels", "three policemen", "both
# armies" are not the one named before.
INDEFINITE_WORDS = frozenset(
    {"a", "an", "another", "some", "any", "no", "other", "several", "many", "few", "more", "unidentified", "unknown", "foreign", "rival", "each", "every",
     "both", "all", "either", "neither"}
)
# Modifiers that make a description one of its own when they are names ("Kurdish fighters").
NAMING_DEPS = frozenset({"amod", "compound", "nmod"})
# Determiners of a description that refers back: "the rebels", "these soldiers".
DEFINITE_WORDS = frozenset({"the", "this", "these", "those", "that"})
# A state's own bodies: of one country's article, "the police" and "the army" are its.
HOME_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# "The militants", "the attackers" after "Islamic State fighters": an international armed group
# (IMG...) is of these sectors too.
ARMED_SECTORS = frozenset({"REB", "INS", "UAF"})
ARMED_GROUP_PREFIX, ARMED_GROUP_CODE_LENGTH = "IMG", 9
# International and non-governmental organisations: go-betweens, never one of "both sides".
GO_BETWEENS = frozenset({"IGO", "NGO"})
# The placeholder country of an actor no one named ("---REB").
UNKNOWN = "---"
# Part-of-speech tags of a plural noun: "rebels", "forces", "Serbs".
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The tag of a plural name: "the Tigers" after "the Liberation Tigers of Tamil Eelam" is a short name of it.
PLURAL_NAME = "NNPS"
# The sector of a people ("Serbs" are SRBCVL), and the length of a code of an armed group of one
# people in another country ("Bosnian Serb forces" are BIHREBSRB: Bosnia's rebels, of the Serbs).
PEOPLE_SECTOR, ETHNIC_GROUP_CODE_LENGTH = "CVL", 9


def link_mentions(doc: Doc, mentions: list[Mention | None], actors: ActorMatcher) -> None:
    """Give short names of people named earlier in ``doc`` ("Kim" after "Kim Jong Un") and personal
    pronouns of a sentence that names no one before them ("He said ...") the earlier mention's entry,
    in place in ``mentions`` (one slot per token)."""
    if not doc.has_annotation("SENT_START"):
        return
    sentences = list(doc.sents)
    if len(sentences) < 2:
        return  # nothing earlier to refer to
    persons_known: dict[int, bool] = {}

    def is_person(entry: int) -> bool:
        if entry not in persons_known:
            persons_known[entry] = is_dictionary_person(actors, entry)
        return persons_known[entry]

    surnames: dict[tuple[str, ...], set[int]] = {}
    people: list[list[Mention]] = []  # per sentence, the people it names
    things: list[Mention | None] = []  # per sentence, the state or organisation that is its subject
    for sent in sentences:
        seen_person = seen_actor = False
        for token in sent:
            i = token.i
            mention = mentions[i]
            if mention is None and ((surnames and token.pos_ == "PROPN") or token.lower_ in PRONOUNS):
                linked = _short_name(doc, mentions, i, surnames) if surnames else None
                if linked is None and token.lower_ in PERSON_PRONOUNS and not seen_person:
                    linked = _antecedent(people, i)
                elif linked is None and token.lower_ in THING_PRONOUNS and not seen_actor and _refers(token):
                    linked = _antecedent([[t] if t is not None else [] for t in things[-1:]], i)
                if linked is not None:
                    for j in range(linked.start, linked.end):
                        mentions[j] = linked
                    mention = linked
            if mention is not None and mention.kind == ACTOR:
                seen_actor = True
                seen_person = seen_person or is_person(mention.entry)
        here = _sentence_actors(doc, mentions, sent.start, sent.end)
        persons = [m for m in here if is_person(m.entry)]
        people.append(persons)
        things.append(next((m for m in here if not is_person(m.entry) and _is_subject(doc, m)), None))
        for m in persons:
            for key in _name_keys(doc, m):
                surnames.setdefault(key, set()).add(m.entry)


def _sentence_actors(doc: Doc, mentions: Sequence[Mention | None], start: int, end: int) -> list[Mention]:
    found: list[Mention] = []
    for i in range(start, end):
        m = mentions[i]
        if m is not None and m.kind == ACTOR and m not in found:
            found.append(m)
    return found


def is_dictionary_person(actors: ActorMatcher, entry: int) -> bool:
    """A dictionary person: codes that change with office, of a sector (USAGOV, USAELI)."""
    codes = actors.actors[entry].codes
    return any(c.is_dated for c in codes) and any(len(c.code) > 3 for c in codes)


def _is_subject(doc: Doc, mention: Mention) -> bool:
    token = doc[mention.end - 1]
    while token.dep_ in ("compound", "flat", "appos", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECTS


def _name_keys(doc: Doc, mention: Mention) -> Iterable[tuple[str, ...]]:
    """The short forms a person named in full goes by: the surname ("Trump"), the last two words
    ("Suu Kyi"), and of a three-word name the first ("Kim" of "Kim Jong Un")."""
    words = [t.lower_ for t in doc[mention.start : mention.end] if t.is_alpha and t.is_title]
    if len(words) < 2 or len(words) != mention.end - mention.start:
        return []
    keys = [(words[-1],)]
    if len(words) >= 3:
        keys += [tuple(words[-2:]), (words[0],)]
    return keys


def _short_name(doc: Doc, mentions: Sequence[Mention | None], i: int, surnames: dict[tuple[str, ...], set[int]]) -> Mention | None:
    """The person whose short name starts at token ``i``, if the name stands alone ("Jonathan
    Powell" is not Colin Powell) and only one person of the article goes by it."""
    token = doc[i]
    if not (token.is_title and token.pos_ == "PROPN"):
        return None
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.is_title and mentions[before.i] is None and before.lower_.rstrip(".") not in HONORIFICS:
        return None
    for length in (2, 1):
        end = i + length
        if end > token.sent.end or any(mentions[j] is not None for j in range(i, end)):
            continue
        after = doc[end] if end < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.is_title and mentions[after.i] is None:
            continue
        entries = surnames.get(tuple(t.lower_ for t in doc[i:end]))
        if entries is not None and len(entries) == 1:
            return Mention(ACTOR, next(iter(entries)), i, end)
    return None


def _refers(token: Token) -> bool:
    """True for an "it" that stands for an actor: the subject of an act ("It said it would
    retaliate") or an owner ("its troops"), not "it is", "it seems", "it rained"."""
    if token.lower_ == "its":
        return token.dep_ == "poss"
    return token.dep_ == "nsubj" and token.head.lemma_.lower() not in EMPTY_IT_VERBS and not any(c.dep_ == "expl" for c in token.head.children)


def _antecedent(candidates: list[list[Mention]], i: int) -> Mention | None:
    """The one actor the latest of the last ``PRONOUN_REACH`` sentences that names any names, as a
    mention over token ``i``; None if it names two ("Putin met Merkel. She ...": the dictionaries
    know no one's gender)."""
    for found in reversed(candidates[-PRONOUN_REACH:]):
        if found:
            entries = {m.entry for m in found}
            return Mention(ACTOR, found[0].entry, i, i + 1) if len(entries) == 1 else None
    return None


@dataclass
class ArticleMemory:
    """The actors an article's sentences named so far, latest last."""

    # Per sentence: how to find the actors it named, as (head noun, code) (worked out only when a
    # later sentence asks, which few do), and the codes of its events.
    _sentences: list[tuple[Callable[[], list[tuple[str | None, str]]], list[str]]] = field(default_factory=list)
    _named: list[tuple[str | None, str]] = field(default_factory=list)
    _settled: int = 0
    _settling: bool = False
    # The countries of the first sentence that named any: whom the article is about.
    _lead: frozenset[str] = frozenset()
    # The first two actors of different countries the article has act on each other, else of one.
    foreign: tuple[str, str] | None = None
    domestic: tuple[str, str] | None = None
    # The events coded so far, as (source, target, code).
    events: list[tuple[str | None, str | None, str]] = field(default_factory=list)

    def remember(self, named: Callable[[], list[tuple[str | None, str]]], events: Iterable[tuple[str | None, str | None, str]]) -> None:
        """Add one sentence: what gives the actors it named, and the (source, target, code) of its events."""
        known: list[str] = []
        for source, target, code in events:
            self.events.append((source, target, code))
            dyad = [c for c in (source, target) if c and not c.startswith(UNKNOWN)]
            known.extend(dyad)
            if len(dyad) < 2 or dyad[0] == dyad[1] or any(c[:3] in GO_BETWEENS for c in dyad):
                continue  # a U.N. council and a state are no two sides
            if dyad[0][:3] != dyad[1][:3]:
                self.foreign = self.foreign or (dyad[0], dyad[1])
            elif len(dyad[0]) > 3 and len(dyad[1]) > 3:
                # a government and its opposition; not the army and a town it took ("LKAMIL" and "LKA")
                self.domestic = self.domestic or (dyad[0], dyad[1])
        self._sentences.append((named, known))

    def event(self, roots: frozenset[str], first: bool = False) -> tuple[str | None, str | None, str] | None:
        """The latest (or ``first``) event coded so far whose code has one of ``roots`` (two-digit
        roots, or longer prefixes) and a known source."""
        for source, target, code in (self.events if first else reversed(self.events)):
            if source and not source.startswith(UNKNOWN) and any(code.startswith(root) for root in roots):
                return source, target, code
        return None

    @property
    def pair(self) -> tuple[str, str] | None:
        """Whom "both sides" names: the first pair of two countries, else the first of one."""
        return self.foreign or self.domestic

    def _settle(self) -> None:
        """Work out the actors of the sentences not yet asked about."""
        if self._settling:
            return  # asked again while working them out: what is settled already is the answer
        self._settling = True
        try:
            for named, known in self._sentences[self._settled :]:
                found = [(head, code) for head, code in named() if not code.startswith(UNKNOWN)] + [(None, code) for code in known]
                self._named.extend(found)
                self._lead = self._lead or frozenset(code[:3] for _, code in found)
                self._settled += 1
        finally:
            self._settling = False

    def ethnic_group(self, people: str) -> str | None:
        """For a people's plural ("the Serbs", of country code ``people``): the one armed group of that
        people in another country the article named (BIHREBSRB, "Bosnian Serb forces"), or None: in a
        story that named none ("Serbs" of a Serbia story), they stay the people."""
        self._settle()
        codes = {code for _, code in self._named if len(code) == ETHNIC_GROUP_CODE_LENGTH and code.endswith(people) and code[:3] != people}
        return codes.pop() if len(codes) == 1 else None

    def named_as(self, noun: str) -> str | None:
        """The one actor the article named by a name whose head is ``noun`` ("the council" after "the
        U.N. Security Council"), or None."""
        self._settle()
        codes = {code for head, code in self._named if head == noun}
        return codes.pop() if len(codes) == 1 else None

    def recall(self, sector: str, noun: str | None = None) -> str | None:
        """The actor the article named that a description of ``sector`` with head ``noun`` refers back
        to, among those of the countries its lead is about: the latest named by the same noun ("the
        court" after "the Special Court for Sierra Leone"), else the latest of the sector ("the rebels"
        after "FARC rebels"), else, of an armed sector none of which was named, the latest armed group
        of another ("the gunmen" after "Uzbek Islamic militants"); None if none, or two countries'
        ("Indian and Chinese troops"). A foreign government's reaction does not make it "the government"."""
        self._settle()
        found = [code for _, code in self._named if _of_sector(code, sector) and code[:3] in self._lead]
        same = [code for head, code in self._named if head is not None and head == noun and code[:3] in self._lead]
        if same and len({code[:3] for code in same}) == 1 and len({code[:3] for code in found}) <= 1:
            return same[-1]
        if not found and sector in ARMED_SECTORS:
            # "The gunmen" after "Uzbek Islamic militants" (UZBINS), of no rebels named: the armed group of another armed sector.
            found = [code for _, code in self._named if code[3:6] in ARMED_SECTORS and code[:3] in self._lead]
        if not found and sector in HOME_BODIES and len(self._lead) == 1:
            # "Police arrested three men" in an article whose lead is about one country: its police.
            return next(iter(self._lead)) + sector
        if not found or len({c[:3] for c in found}) > 1:
            return None
        return found[-1]


def _of_sector(code: str, sector: str) -> bool:
    """True for an actor code of ``sector``: IRQREB for REB, and an international armed group
    (IMGMOSISI, Islamic State) for the rebels', insurgents' or attackers' ("the militants")."""
    return code[3:6] == sector or (sector in ARMED_SECTORS and code[:3] == ARMED_GROUP_PREFIX and len(code) == ARMED_GROUP_CODE_LENGTH)


def has_definite_determiner(noun: Token) -> bool:
    """True for "the council", "these soldiers", "that deal"."""
    return any(c.lower_ in DEFINITE_WORDS and c.dep_ in ("det", "predet") for c in noun.children)


def is_definite(noun: Token) -> bool:
    """True for a description that refers back: "the rebels", "police" as a subject, "these
    soldiers", "his government", "rebel positions"; not "a soldier", "other rebels", "three
    policemen", "dozens of peacekeepers", "Kurdish fighters" or "visited troops"."""
    for child in noun.children:
        if child.lower_ in INDEFINITE_WORDS or child.dep_ in ("nummod", "quantmod"):
            return False
        if child.dep_ in NAMING_DEPS and child.i < noun.i and any(t.is_title and t.pos_ in ("ADJ", "PROPN") and t.i != t.sent.start for t in child.subtree):
            return False  # "Kurdish peshmerga fighters", "Al-Qaeda-linked rebels": a description of its own
    counter = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if counter is not None and (counter.lemma_.lower() in TRANSPARENT_NOUNS or counter.lower_ in TRANSPARENT_NOUNS or counter.tag_ == "CD"):
        return False  # "dozens of peacekeepers", "some of the soldiers"
    if has_definite_determiner(noun) or any(c.dep_ == "poss" for c in noun.children):
        return True
    if noun.dep_ in NAMING_DEPS or noun.dep_ == "poss":
        return True  # "rebel positions", "insurgent strongholds": the side of the story
    # A bare noun refers back as a subject ("Police arrested ...", "Rebels attacked ..."), not as an
    # object ("visited troops").
    subject = noun.head if noun.dep_ == "appos" else noun
    return noun.tag_ in ("NNS", "NN", "NNPS") and subject.dep_ in SUBJECTS
