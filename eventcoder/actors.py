"""Actor, agent and discard phrase matching with spaCy's PhraseMatcher."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .dictionaries.model import ActorEntry, DatedCode, Dictionaries
from .verbs import MONTHS, WEEKDAYS

ACTOR, AGENT = 0, 1
_DISCARD_SENTENCE = "eventcoder.discard.sentence"
_DISCARD_ARTICLE = "eventcoder.discard.article"
# A border is on both sides: "near the Iraqi border" does not say the sentence is about Iraq.
BORDERS = frozenset({"border", "frontier", "boundary"})
# The first half of "North and South Korea", "East and West Germany".
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
ELIDED_COMPASS = re.compile(r"\b(?:North|South|East|West) and (?:North|South|East|West)\b")
# First halves of hyphenated modifiers whose second half is an agent word but names no one: "one-party
# rule", "multi-party elections", "anti-government protests" (not "ex-soldiers": former soldiers still are).
# Small words inside a name spelled out before its acronym ("Movement for Democratic Change (MDC)").
SPELLED_NAME_LINKS = frozenset({"'s", "of", "for", "and", "the"})
HYPHEN_MODIFIERS = frozenset({"one", "single", "multi", "two", "three", "all", "cross", "pro", "anti", "non", "inter", "intra", "third"})
# "pro-Russian rebels", "a pro-Western party", "anti-Japanese protesters": whom the noun supports or
# opposes, not whose it is.
ATTITUDE_PREFIXES = frozenset({"pro", "anti"})
# Titles written right before a person's name: "Interior Minister Santiago Creel".
TITLE_WORDS = frozenset({
    "minister", "president", "secretary", "ambassador", "governor", "mayor", "envoy", "senator", "premier", "chancellor",
    "spokesman", "spokeswoman", "commander", "judge", "prosecutor", "general", "colonel", "adviser", "advisor", "director",
})
# Titles that are also common surnames: "Rodney King", "Julie Bishop".
SURNAME_TITLES = frozenset({"king", "bishop"})
# Currencies named by a country ("1 billion Australian dollars", "10 million U.S. dollars", "Syrian pounds"):
# the money's unit, not an actor of the sentence.
CURRENCIES = frozenset(
    {
        "dollar", "euro", "pound", "sterling", "yen", "yuan", "renminbi", "franc", "mark", "deutschmark", "rupee", "ruble",
        "rouble", "peso", "riyal", "rial", "dinar", "dirham", "shekel", "krone", "krona", "kroner", "kronor", "lira", "lire",
        "rand", "naira", "rupiah", "baht", "ringgit", "taka", "shilling", "cedi", "kwacha", "won", "dong", "kyat", "riel",
        "kip", "reais", "lempira", "cordoba", "quetzal", "bolivar", "gourde", "hryvnia", "lari", "dram", "manat", "tenge",
        "zloty", "forint", "koruna", "kuna", "leu", "lev", "birr",
    }
)
# Words before a surname that are no given name ("Mr. Powell", "Gen. Musharraf", "Sheikh Yassin").
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madame", "mme", "monsieur", "herr", "prof", "professor",
        "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "adm", "admiral", "capt", "captain", "sgt",
        "marshal", "field", "brig", "brigadier", "commander", "cmdr",
        "sheikh", "shaikh", "ayatollah", "imam", "mullah", "rev", "reverend", "pope", "cardinal", "archbishop", "bishop", "grand",
        "king", "queen", "prince", "princess", "emir", "amir", "sultan", "crown",
        "president", "premier", "chancellor", "senator", "sen", "rep", "gov", "governor", "mayor", "speaker", "minister",
        "secretary", "ambassador", "judge", "justice", "chairman", "chief", "vice", "deputy", "prime", "foreign", "defence", "defense",
    }
)


@dataclass(frozen=True)
class Mention:
    """A dictionary phrase found in a sentence: an actor or an agent, over tokens [start, end)."""

    kind: int
    entry: int
    start: int
    end: int


def _names_a_border(token) -> bool:
    """True for a name of the country on a border's other side: "the Iraqi border", "Iraq's border",
    "the border with Iraq"."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else token.head
    return head.i != token.i and head.lemma_.lower() in BORDERS


def _given_name_after_title(doc: Doc, by_token: list[Mention | None], mention: Mention) -> bool:
    """"Interior Minister Santiago Creel", "Foreign Minister Israel Katz": a one-word actor (a city, a
    country) between a title and a capitalised word no dictionary names is a person's given name."""
    if mention.start == 0 or mention.end >= len(doc) or doc[mention.start - 1].lower_ not in TITLE_WORDS:
        return False
    after = doc[mention.end]
    return after.pos_ == "PROPN" and after.is_title and by_token[mention.end] is None and after.lower_ not in WEEKDAYS and after.lower_ not in MONTHS


def _surname_spelled_as_agent(doc: Doc, by_token: list[Mention | None], mention: Mention) -> bool:
    """"a black motorist, Rodney King", "Martin Luther King": a title that is also a surname, right after a given
    name no dictionary names and before no name of its own, is the surname, not a king or a bishop."""
    if mention.start == 0 or not doc[mention.start].is_title or doc[mention.start].lower_ not in SURNAME_TITLES:
        return False
    given = doc[mention.start - 1]
    if given.pos_ != "PROPN" or not given.is_title or by_token[mention.start - 1] is not None or given.lower_ in TITLE_WORDS:
        return False
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is None or not (after.pos_ == "PROPN" and after.is_title)


def _names_a_currency(token) -> bool:
    """True for the last word of a country's name or adjective that qualifies the currency noun right after it:
    "Australian dollars", "the U.S. dollar", "Hong Kong dollars" (not "lend Paraguay 500 million dollars")."""
    head = token.head
    return token.dep_ in ("amod", "compound") and head.i == token.i + 1 and head.pos_ == "NOUN" and head.lemma_.lower() in CURRENCIES


class ActorMatcher:
    """Finds actor and agent phrases in Docs; longest match wins where phrases overlap."""

    def __init__(self, vocab: Vocab, tokenizer, dictionaries: Dictionaries):
        self.actors: list[ActorEntry] = list(dictionaries.actors)
        self._tokenizer = tokenizer
        # Names places in several countries share: per entry, (country, entry of that choice).
        self._choices: dict[int, tuple[tuple[str, int], ...]] = {}
        for index, entry in enumerate(dictionaries.actors):
            if entry.shared:
                self._choices[index] = tuple((code.code[:3], self._add_actor(entry, code)) for code in entry.codes)
        self.agents = dictionaries.agents
        # Per person (an entry with dated codes) with a surname alias ("Colin Powell | Powell"), the
        # words of its names: "Jonathan Powell" is someone else.
        self._given: dict[int, frozenset[str]] = {}
        for index, entry in enumerate(self.actors):
            words = [p.lower().split() for p in entry.phrases]
            if any(c.is_dated for c in entry.codes) and any(len(w) == 1 and any(len(o) > 1 and o[-1] == w[0] for o in words) for w in words):
                self._given[index] = frozenset(word for w in words for word in w)
        # The sector codes agents give (GOV, MIL, ...), to tell an actor code that already has one.
        self.sector_codes = frozenset(entry.code for entry in dictionaries.agents if not entry.prefix) | {"ELI"}
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        # Acronyms match only in capitals: "UN" must not match "Kim Jong Un", nor "IS" the verb "is".
        self._acronyms = PhraseMatcher(vocab, attr="ORTH")
        # Single capitalised names match in lower case only where the parser reads a name or an
        # adjective: "tunisian rioters" is Tunisia's, "an offer of amnesty" is not Amnesty's.
        self._names = PhraseMatcher(vocab, attr="LOWER")
        self._discards = PhraseMatcher(vocab, attr="LOWER")
        self._kinds: dict[int, tuple[int, int]] = {}
        for kind, entries in ((ACTOR, dictionaries.actors), (AGENT, dictionaries.agents)):
            for index, entry in enumerate(entries):
                key = f"eventcoder.{kind}.{index}"
                self._kinds[vocab.strings.add(key)] = (kind, index)
                # Acronyms, and actors' capitalised multiword names, match only as written: "UN" is
                # not "Kim Jong Un", and "Armed Islamic Group" is not "an armed Islamic group".
                exact = [p for p in entry.phrases if is_acronym(p) or (kind == ACTOR and is_proper_name(p))]
                acronyms = [*exact, *(p.upper() for p in exact if not is_acronym(p)), *filter(None, map(generic_lowered, exact))]
                names = [p for p in entry.phrases if kind == ACTOR and p not in exact and is_single_name(p)]
                words = [p for p in entry.phrases if p not in exact and p not in names]
                if words:
                    self._matcher.add(key, list(tokenizer.pipe(words)))
                if acronyms:
                    self._acronyms.add(key, list(tokenizer.pipe(acronyms)))
                if names:
                    self._names.add(key, list(tokenizer.pipe(names)))
        for key, phrases in ((_DISCARD_SENTENCE, dictionaries.sentence_discards), (_DISCARD_ARTICLE, dictionaries.article_discards)):
            if phrases:
                self._discards.add(key, list(tokenizer.pipe(phrases)))
        self._discard_sentence = vocab.strings.add(_DISCARD_SENTENCE)
        self._discard_article = vocab.strings.add(_DISCARD_ARTICLE)

    def _defined_otherwise(self, doc: Doc, key: int, start: int, end: int) -> bool:
        """A bracketed acronym the text spells out just before it as a name no phrase of the entry has:
        "Sudan's Transitional Military Council (TMC)" is not India's Trinamool Congress."""
        if end - start != 1 or start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
            return False
        letters = [c for c in doc[start].text if c.isalpha()]
        words = []
        for t in reversed(doc[: start - 1]):
            if len(words) == len(letters) or not (t.is_title or t.is_upper or t.lower_ in SPELLED_NAME_LINKS):
                break
            if t.is_title or t.is_upper:
                words.insert(0, t)
        if len(words) != len(letters) or any(w.text[0] != c for w, c in zip(words, letters)):
            return False
        kind, index = self._kinds[key]
        spelled = [p for p in (self.actors if kind == ACTOR else self.agents)[index].phrases if not is_acronym(p)]
        return not any("".join(w[0] for w in p.split() if w[0].isupper()) == "".join(letters) for p in spelled)

    def find_mentions(self, doc: Doc) -> list[Mention | None]:
        """Per token of ``doc``: the mention covering it, or None."""
        names = [(key, start, end) for key, start, end in self._names(doc) if doc[start].is_title or doc[start].is_upper or doc[start].pos_ in NAME_POS]
        acronyms = [m for m in self._acronyms(doc) if not self._defined_otherwise(doc, *m)]
        matches = [*self._matcher(doc), *acronyms, *names]
        found = [(*self._kinds[key], start, end) for key, start, end in matches]
        # Longest first, counting a leading "the" for less ("the West" must not take "the West Bank");
        # an actor beats an agent over the same tokens ("Pentagon" as USAMIL).
        found.sort(key=lambda m: (m[2] - m[3] + (doc[m[2]].lower_ == "the") * 0.5, m[0], m[2]))
        by_token: list[Mention | None] = [None] * len(doc)
        for kind, entry, start, end in found:
            if kind == AGENT and start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in HYPHEN_MODIFIERS:
                continue  # "one-party rule", "anti-government protests": a modifier, not a party or a government
            if kind == ACTOR and start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ATTITUDE_PREFIXES:
                continue  # "pro-Russian rebels" in Ukraine are not Russia's, nor "anti-Japanese protesters" Japan's
            if kind == ACTOR and _names_a_currency(doc[end - 1]):
                continue  # "pledged 1 billion Australian dollars to Indonesia": a unit of money, not Australia
            if all(by_token[i] is None for i in range(start, end)):
                mention = Mention(kind, entry, start, end)
                for i in range(start, end):
                    by_token[i] = mention
        self._elided_names(doc, by_token)
        singles = sorted({m for m in by_token if m is not None and m.end - m.start == 1}, key=lambda m: m.start)
        for mention in (m for m in singles if m.kind == ACTOR and m.entry in self._given):
            names = self._given[mention.entry]
            if _other_given_name(doc, by_token, mention.start, names) or _other_surname(doc, by_token, mention.start, names):
                by_token[mention.start] = None
        for mention in (m for m in singles if by_token[m.start] is not None):
            if (_given_name_after_title if mention.kind == ACTOR else _surname_spelled_as_agent)(doc, by_token, mention):
                by_token[mention.start] = None
        shared = {m for m in by_token if m is not None and m.kind == ACTOR and m.entry in self._choices}
        if shared:
            self._resolve_shared(doc, by_token, shared)
        return by_token

    def _elided_names(self, doc: Doc, by_token: list[Mention | None]) -> None:
        """"North and South Korea", "East and West German leaders": the first compass word is the name
        the second's phrase completes, when that is an actor too."""
        if not ELIDED_COMPASS.search(doc.text):
            return  # the token walk below is for the few texts that say it
        for token in doc[: max(len(doc) - 3, 0)]:
            if token.lower_ not in COMPASS_WORDS:
                continue
            i = token.i
            m = by_token[i + 2]
            if (
                by_token[i] is None and token.is_title and doc[i + 1].lower_ == "and"
                and m is not None and m.kind == ACTOR and m.start == i + 2 and m.end - m.start > 1 and doc[i + 2].lower_ in COMPASS_WORDS
            ):
                probe = self._tokenizer(doc[i].text + " " + doc[m.start + 1 : m.end].text)
                hits = [self._kinds[k] for k, s, e in (*self._matcher(probe), *self._acronyms(probe), *self._names(probe)) if s == 0 and e == len(probe)]
                entry = next((e for kind, e in hits if kind == ACTOR), None)
                if entry is not None:
                    by_token[i] = Mention(ACTOR, entry, i, i + 1)

    def _add_actor(self, entry: ActorEntry, code: DatedCode) -> int:
        self.actors.append(ActorEntry(entry.phrases, (code,), entry.origin))
        return len(self.actors) - 1

    def _resolve_shared(self, doc: Doc, by_token: list[Mention | None], shared: set[Mention]) -> None:
        """Code each name places in several countries share as the choice whose country the sentence
        names otherwise, else the article ("Tripoli" beside "Lebanese" is Lebanon's); leave it uncoded
        when neither decides, since a wrong country is worse than none."""
        named = [
            (m.start, self.actors[m.entry].code_on(None)[:3]) for m in set(by_token)
            if m is not None and m.kind == ACTOR and m.entry not in self._choices and not _names_a_border(doc[m.end - 1])
        ]
        sentences = doc.has_annotation("SENT_START")
        for mention in shared:
            sent = doc[mention.start].sent if sentences else doc[:]
            resolved = None
            for scope in ([country for start, country in named if sent.start <= start < sent.end], [country for _, country in named]):
                counts = sorted(((scope.count(country), entry) for country, entry in self._choices[mention.entry]), reverse=True)
                if counts[0][0] > counts[1][0]:
                    resolved = Mention(ACTOR, counts[0][1], mention.start, mention.end)
                    break
            for i in range(mention.start, mention.end):
                by_token[i] = resolved

    def discards(self, doc: Doc) -> tuple[bool, set[int]]:
        """(drop the whole article?, start indices of sentences to drop)."""
        drop_article = False
        dropped: set[int] = set()
        for key, start, _ in self._discards(doc):
            if key == self._discard_article:
                drop_article = True
            else:
                dropped.add(doc[start].sent.start)
        return drop_article, dropped

    def actor_code(self, mention: Mention, day: dt.date | None) -> str:
        """The code of a mention on ``day``."""
        if mention.kind == ACTOR:
            return self.actors[mention.entry].code_on(day)
        return self.agents[mention.entry].code


def _other_given_name(doc: Doc, by_token: list[Mention | None], start: int, names: frozenset[str]) -> bool:
    """True when the surname at ``start`` follows given names none of which is one of ``names``:
    "Jonathan Powell" is not Colin Powell (but "Mr. Powell", "Secretary Powell" and "Colin L. Powell" are)."""
    given = []
    i = start - 1
    while i >= 0 and by_token[i] is None and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].lower_.rstrip(".") not in HONORIFICS:
        given.append(doc[i].lower_)
        i -= 1
    return bool(given) and not any(word in names or len(word.rstrip(".")) == 1 for word in given)


# Weekdays and months the parser tags as names ("met Powell Tuesday"), which follow a surname but are none.
CALENDAR_NAMES = WEEKDAYS | frozenset(MONTHS) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# What follows a surname and is still the person's name: "King Jr.", "Bush Sr.".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _other_surname(doc: Doc, by_token: list[Mention | None], start: int, names: frozenset[str]) -> bool:
    """True when the surname at ``start`` is followed by a surname none of ``names``: "Khamis Abakar" is
    not Imad Khamis, his "Khamis" a given name (but "Powell Tuesday" is Powell)."""
    i = start + 1
    if i >= len(doc) or by_token[i] is not None:
        return False
    following = doc[i]
    return (
        following.pos_ == "PROPN" and following.text[:1].isupper() and following.lower_ not in names
        and following.lower_ not in CALENDAR_NAMES and following.lower_.rstrip(".") not in NAME_SUFFIXES
    )


NAME_POS = frozenset({"PROPN", "ADJ"})


def is_acronym(phrase: str) -> bool:
    """A phrase written all in capitals (``UN``, ``U.N.``, ``ISIS``), matched case-sensitively."""
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(phrase) <= 8


def is_proper_name(phrase: str) -> bool:
    """Two or more words, every word longer than three letters capitalised: "Security Council",
    "Armed Islamic Group", "Organization of Islamic Cooperation" (not "al-Qaeda", "Kim Jong Un")."""
    words = phrase.split()
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and words[0][0].isupper() and all(w[0].isupper() for w in long_words)


# Words for a kind of land that wire copy writes in lower case after a name: "the Swat valley", "the Nuba
# mountains", "Iraq's Kurdistan region" (not "State" or "Province": "an Islamic state" is no group).
GEOGRAPHIC_GENERICS = frozenset({"Valley", "Gorge", "Mountains", "Hills", "Delta", "Region", "Peninsula", "Strip", "Corridor", "Plateau", "Basin", "Desert"})


def generic_lowered(phrase: str) -> str | None:
    """A capitalised place name with its last word, a kind of land, in lower case ("Swat valley" for "Swat
    Valley"), or None."""
    words = phrase.split()
    if len(words) < 2 or words[-1] not in GEOGRAPHIC_GENERICS:
        return None
    return " ".join((*words[:-1], words[-1].lower()))


def is_single_name(phrase: str) -> bool:
    """One capitalised word of four letters or more: "Amnesty", "Turkey", "Tunisian"."""
    return " " not in phrase and len(phrase) > 3 and phrase[0].isupper() and phrase[1:].islower()
