"""Verb patterns → CAMEO codes, indexed by verb lemma so only the verbs present are tested."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, HEAD, LOWER, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from .dictionaries.model import COMPOUND, PhraseElement, VerbPattern

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
# Noun subjects, active or passive.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Tags of a verb in a tense of its own, not sharing another's "to": "... and imposed sanctions".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})
# Verbs of crowds moving or gathering, which have no passive: a participle of one is a misread past tense.
INTRANSITIVE_MOVES = frozenset({"converge", "gather", "march", "rally", "flock", "pour", "stream", "swarm", "descend", "throng", "surge"})
# How many "of" phrases down a noun is read for what it names ("hundreds of thousands of marchers").
MAX_OF_PHRASES = 2
# Verbs whose object carries the meaning: "hold talks", "conduct exercises", "make concessions".
# So are verbs that end or ease what their object names: "lift the curfew" is named by comp=curfew.
LIGHT_VERBS = frozenset(
    {"face", "hold", "have", "conduct", "undertake", "carry", "make", "take", "give", "launch", "stage", "begin", "start", "open", "resume", "reach",
     "sign", "pay", "offer", "provide", "grant", "seek", "engage", "join", "lift", "ease", "end", "relax", "loosen", "stop", "halt", "suspend", "quit",
     "declare",
     # verbs that set up what their object names: "urged NATO to impose a no-fly zone", "agreed to create a common market"
     "impose", "enforce", "establish", "create", "form",
     # verbs of growth: "agreed to raise bilateral trade", "pledged to deepen military ties"
     "boost", "expand", "increase", "raise", "double", "triple", "deepen", "strengthen", "enhance", "broaden", "intensify", "step"}
)
# The light verbs that end what their object names; talks they end are neither held nor a de-escalation
# ("decided to suspend talks" is the halt, 164; a threat of it is framed by the halt, 134).
ENDING_LIGHT_VERBS = frozenset({"lift", "ease", "end", "relax", "loosen", "stop", "halt", "suspend", "quit"})
TALKS_NAMED = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "round", "discussion", "discussions"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# Nouns that are what they are "of": "an act of aggression", "acts of terrorism".
ACT_NOUNS = frozenset({"act", "acts"})
# Nouns of sending forces, read through to what is sent: "asked the U.N. for the deployment of a foreign force".
SENDING_NOUNS = frozenset({"deployment", "dispatch", "despatch", "sending", "stationing"})
# Nouns a preposition's object is read through, by their "of" phrase ("acts of terrorism", "the deployment of troops").
READ_THROUGH_OF = ACT_NOUNS | SENDING_NOUNS
# Adjectives of blame and guilt that predicate an object: "held X responsible", "found X guilty".
PREDICATE_ADJECTIVES = frozenset({"responsible", "accountable", "liable", "culpable", "guilty"})
# Adjectives of readiness a copula takes with a phrase of what one is ready for: "is ready for talks".
READINESS_ADJECTIVES = frozenset({"ready", "prepared", "open", "willing"})
# Pleas entered in court: "pleaded guilty", "pleaded not guilty" (read as "innocent", a denial).
PLEA_VERBS = frozenset({"plead"})
PLEAS = frozenset({"guilty", "innocent"})
# Where a plea is entered: "at the tribunal", "before the court".
PLEA_COURT_PREPS = frozenset({"at", "before"})
# Particles of phrasal verbs the parser may make the first word of a two-word preposition ("pulled
# out of"), unlike "according to" or "due to".
PHRASAL_PARTICLES = frozenset({"out", "away", "off", "back", "up", "down", "over", "along", "across", "in", "on", "through"})
FINITE_CLAUSE = "that"  # comp=that: a finite clause with a subject of its own
# "taken hostage", "held captive": participles (often tagged as past tense) that say what was done to
# the noun before them.
CAPTURED = frozenset({"taken", "held", "seized"})
CAPTIVES = frozenset({"hostage", "captive", "prisoner"})
# Verbs that make their object a captive: "took 30 soldiers hostage", "held the crew captive".
HOLDING_CAPTIVE = frozenset({"take", "hold"})
# Prepositions patterns name by their plain form: "agreed upon a pact" is "agreed on" one.
PREPOSITION_VARIANTS = {"upon": "on", "towards": "toward", "amongst": "among", "amidst": "amid"}
# Nouns that only count or portion what their "of" phrase names: "suspended part of the aid",
# "launched a series of air strikes" are about the aid and the strikes.
TRANSPARENT_NOUNS = frozenset(
    {"part", "some", "most", "all", "many", "much", "few", "rest", "remainder", "bulk", "portion", "half", "share", "series",
     "wave", "spate", "string", "round", "flurry", "barrage", "volley", "number", "host", "couple", "dozen", "dozens",
     "member", "hundred", "hundreds", "thousand", "thousands", "tens", "score", "scores", "one", "each", "any", "none", "several", "kind", "type", "sort",
     # amounts and loads: "delivered the first batch of missiles", "tonnes of food aid", "80 percent of its debt"
     "batch", "shipment", "consignment", "load", "cargo", "planeload", "truckload", "shipload", "tonne", "ton", "pound",
     "kilogram", "kg", "litre", "liter", "barrel", "gallon", "meter", "metre", "percent", "lot", "quantity", "amount", "supply", "tranche", "installment", "instalment",
     "component", "element", "piece", "list", "worth", "section", "segment", "fragment", "stretch", "size", "strength",
     # finds and hoards: "shared a trove of secret documents", "handed over a cache of files"
     "trove", "cache", "stash", "haul",
     # durations: "began two days of large-scale drills around Taiwan", "lifted 13 years of sanctions on Iraq",
     # "launched a second night of air strikes"
     "day", "night", "week", "month", "hour", "year", "decade",
     # what remains: "withdrew the last of its troops"; what comes first: "delivered the first of 18 helicopters"
     "last", "first",
     # bodies a force moves in: "sent a column of 32 tanks across the border", "a contingent of 2,000 troops";
     # the first of it to come: "arrived as the vanguard of a peacekeeping force"
     "column", "contingent", "detachment", "vanguard",
     # units a force is made of: "deployed the first battalion of a peacekeeping force" is a peacekeeping deployment
     "battalion", "brigade", "regiment", "platoon", "squadron",
     # campaigns and patterns of acts: "accused of running a campaign of torture", "a pattern of abuse"
     "campaign", "pattern"}
)
# What a "with" phrase names as the means, never as a partner ("drills with live ammunition"), for the roots whose
# "with" may name a partner (statements to yielding, 01-08).
PARTNERING_ROOTS = frozenset(f"{root:02d}" for root in range(1, 9))
MEANS_NOT_PARTNERS = frozenset({"ammunition", "munition", "round", "bullet", "weapon", "arm", "missile", "rocket", "artillery", "gun",
                                "shell", "warship", "jet", "warplane", "aircraft", "helicopter", "tank", "submarine", "fire"})
# Verbs whose act is only their infinitive: "told Syria to withdraw" is an order, "told reporters
# that the army would withdraw" a statement.
INFINITIVE_ACTS = frozenset({"tell"})
# Object pronouns of people, and the tags of the nouns "them" can stand for.
PERSONAL_OBJECTS = frozenset({"him", "her", "them"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# Verbs that report what was said ("said", "told reporters", "..., state radio reported").
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "add", "state", "announce", "claim", "note", "explain", "confirm", "write", "quote", "cite", "insist", "argue", "reply", "declare", "disclose", "reveal", "comment", "reiterate", "stress", "emphasize", "emphasise", "repeat", "maintain", "assert"}
)
# Verbs of giving whose passive may keep the thing given as object: "was granted asylum", "was handed a dossier".
GIVING_VERBS = frozenset({"grant", "give", "offer", "award", "hand", "send", "promise", "lend", "loan", "pay", "extend", "supply", "sell"})
# Vehicles: what they are loaded with is what was sent ("trucks loaded with food"), whom they carry is
# whom an attack on them hit ("a bus carrying Civil Guards").
VEHICLES = frozenset({"plane", "aircraft", "airplane", "airliner", "jet", "helicopter", "truck", "lorry", "ship", "vessel", "boat", "barge",
                      "ferry", "train", "flight", "cargo plane", "freighter", "bus", "minibus", "coach", "taxi", "convoy", "car", "vehicle", "van", "jeep"})
# Participles saying what a vehicle carries: "trucks loaded with food", "planes carrying medicine".
LOADED_PARTICIPLES = frozenset({"load", "laden", "lade", "carry", "pack", "fill", "stack", "cram", "stuff", "bear"})
# The phrases of such a participle that say where the load was sent or aimed: the verb's, not the participle's
# ("a convoy carrying aid toward eastern Ukraine" is aid sent toward Ukraine).
LOAD_SENT_PREPS = frozenset({"to", "into", "toward", "towards", "at", "against"})
# Munitions: what they are loaded with, filled with or contain is what was used ("rockets loaded with sarin",
# "bombs containing a nerve agent" are chemical weapons used).
MUNITIONS = frozenset({"bomb", "rocket", "missile", "shell", "round", "projectile", "warhead", "mortar", "grenade", "munition",
                       "barrel", "canister", "cylinder", "container", "bomblet"})
MUNITION_LOADS = LOADED_PARTICIPLES | {"contain", "arm", "tip"}
# ... and the phrases hung on such a load that say where the munition fell ("bombs filled with gas on Halabja").
MUNITION_AIMED_PREPS = LOAD_SENT_PREPS | {"on", "onto", "upon"}
# Participles saying for whom a thing is meant ("funds earmarked for Hungary", "arms destined for the rebels",
# "aid allocated to Ukraine"), and the phrases that name them: the object's own "for" or "to" phrase.
MEANT_FOR_PARTICIPLES = frozenset({"earmark", "destine", "intend", "mean", "allocate", "allot", "bind"})
MEANT_FOR_PREPS = frozenset({"for", "to"})
# Participles saying where goods come from ("a tariff on goods imported from Serbia", "a ban on oil shipped from
# Iran"), and the phrase that names it: read as "goods from Serbia" is.
ORIGIN_PARTICIPLES = frozenset({"import", "export", "ship", "originate", "source"})
ORIGIN_PREPS = frozenset({"from"})
AMOUNTS_OF_MONEY = frozenset({"million", "billion", "trillion", "$", "dollar", "euro", "pound", "yen", "yuan", "sum", "package",
                              # other currencies an amount is counted in ("40 million ECUs in food aid", "20 million rupees of relief supplies")
                              "ecu", "ecus", "kroner", "kronor", "reais", "quetzal", "quetzale", "bolivar", "cordoba", "cordobas", "lempira", "cruzeiro", "cruzado", "gourde", "boliviano", "austral", "australe", "franc", "deutschmark", "rupee", "ruble", "rouble", "peso", "riyal", "dinar", "rand", "krone", "krona", "lira", "shekel", "rupiah", "baht", "naira", "ringgit"})
# Verbs of doing what their object names: "committing war crimes" is about war crimes.
PERPETRATING = frozenset({"commit", "carry", "conduct", "perpetrate", "stage", "launch", "wage", "mount", "orchestrate",
                          # "accused of taking bribes", "of accepting kickbacks", "of paying bribes"
                          "take", "accept", "receive", "pocket", "solicit", "pay",
                          # "accused of running a spy ring", "of setting up a spy network": running what the object names
                          "run", "operate", "set", "organize", "organise",
                          # "accused of planning the killing", "of ordering the murder": an act planned or ordered is the charge
                          "plan", "plot", "order", "prepare", "mastermind"})
# Verbs of using, read through what the thing was used to do: "accused China of using a balloon to spy".
USING_VERBS = frozenset({"use", "employ", "exploit"})
# Nouns of taking part, read through their "in" phrase: "indicted for his part in atrocities".
INVOLVEMENT_NOUNS = frozenset({"part", "role", "involvement", "participation", "complicity", "hand"})
# Nouns that say what they are of by a noun before them: "an aid programme", "a relief package".
GENERIC_NOUNS = frozenset({"program", "programme", "package", "scheme", "project", "effort", "campaign", "operation", "mission", "drive", "plan", "payment", "installment", "instalment", "service"})
# "troops backed by tanks along the border": participles whose agent the parser gives the verb's place phrase.
BACKING_PARTICIPLES = frozenset({"back", "support", "escort", "accompany", "equip", "arm"})
LIFTED_PLACE_PREPS = frozenset({"along", "into", "across", "near", "toward", "towards", "onto", "to", "inside"})
# Nouns that carry a proposal whose content their complement names: "rejected calls for economic aid",
# "a proposal for signing a trade agreement", "an offer to hold talks".
CARRIER_NOUNS = frozenset(
    {"proposal", "call", "demand", "request", "appeal", "offer", "plan", "bid", "suggestion", "initiative", "idea", "push", "plea", "proposition", "ultimatum",
     # nouns of intent: "expressed readiness to mediate" is coded by the mediation
     "readiness", "willingness", "intention", "commitment", "determination", "eagerness", "desire", "preparedness",
     # "abandoned its efforts to mediate between Hamas and Fatah" is about the mediation
     "effort"}
)
# Proposals and claims a verb answers right after "on <weekday>" ("denied on Tuesday allegations",
# "rejected on Monday demands"): never a weekday's own ("Friday worshippers", "Sunday services").
ANSWERED_NOUNS = CARRIER_NOUNS | {"allegation", "accusation", "charge", "claim", "report", "criticism", "warning", "threat"}
# A noun with one of these participles names a suspect (see _accused).
SUSPECT = "suspect"
ACCUSING_PARTICIPLES = frozenset({"accuse", "indict", "charge", "want", "suspect", "seek", "convict"})
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dative"})
# Adverbs of moving back, whose phrase says where the verb's object goes: "let the inspectors back into Iraq".
RETURN_ADVERBS = frozenset({"back"})
# Prepositions of what a verb asks for or is about, which the parser may hang on the last conjunct of its
# phrase's object: "appealed to Japan and other donors for food".
SOUGHT_PREPS = frozenset({"for", "over", "about"})
# Comparatives of approach, whose phrase says where the verb's object is moved: "moved troops closer to the border".
APPROACH_ADVERBS = frozenset({"closer", "nearer"})
# Verbs whose "over" before a number is their particle, not "more than" ("handed over 20 suspects").
HANDING_OVER = frozenset({"hand", "turn"})
# Verbs of a go-between: "talks brokered by Qatar", "an exchange supervised by the Red Cross".
GO_BETWEEN_VERBS = frozenset({"broker", "mediate", "sponsor", "facilitate", "host", "chair", "supervise", "witness", "oversee"})


def words_of(token: Token) -> tuple[str, str]:
    """The forms a dictionary word may name a token by: its lemma and its lower-cased text."""
    return token.lemma_.lower(), token.lower_


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


@functools.lru_cache(maxsize=4096)
def _multiword(words: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The alternatives of a word set that are several words ("golden goblin galleons"), split and
    grouped by their last word, so a token is tested only against the phrases it could end. A word
    hyphenated between letters is also its three tokens, as the tokenizer splits it: "one-party rule"
    is "one - party rule"."""
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for w in words:
        for form in {w, _INNER_HYPHEN.sub(" - ", w)}:
            if " " in form:
                phrase = tuple(form.split())
                by_last[phrase[-1]].append(phrase)
    return {last: tuple(phrases) for last, phrases in by_last.items()}


# Verbs and nouns of asking whose "for NP to VP" names what is asked of NP ("called for Israel to withdraw").
FOR_ASKING_VERBS = frozenset({"call", "appeal", "plead", "press", "push", "pray", "lobby", "campaign", "clamor", "clamour", "agitate"})
ASKING_NOUNS = frozenset({"call", "appeal", "plea", "request", "demand", "demands", "calls"})
# Verbs of asking someone to do something: whom they address may stand before the infinitive.
ADDRESSING_VERBS = frozenset({"call", "appeal", "urge", "press", "plead", "implore", "encourage", "invite", "tell", "beg", "ask"})
# Verbs of rejecting whose bare gerund is what they reject ("ruled out releasing", "opposed sending").
GERUND_REJECTERS = frozenset({"rule", "reject", "oppose", "resist", "dismiss", "rebuff", "spurn"})
# Verbs whose infinitive says what the subject will (or will not) do: "offered to mediate".
INFINITIVE_TAKERS = frozenset(
    {
        "offer", "vow", "pledge", "promise", "threaten", "agree", "refuse", "decline", "decide", "plan", "intend",
        "seek", "try", "attempt", "fail", "hope", "want", "propose", "volunteer", "swear", "undertake", "vote",
        "prepare", "choose", "opt", "resolve", "demand", "aim", "expect", "commit", "move",
    }
) | ADDRESSING_VERBS
# Nouns of a frontier, whose "with" phrase says where it runs ("the border with Azerbaijan").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "line"})
# Seas and skies whose own "around/off/near" phrase says where an act in them was ("drills in waters off Taiwan").
SEA_NOUNS = frozenset({"water", "waters", "sea", "seas", "airspace", "sky", "skies"})
SEA_PLACE_PREPS = frozenset({"around", "off", "near"})
# Prepositions placing an act at a border: "on/along/near its border with Kuwait".
BORDER_PLACE_PREPS = frozenset({"on", "along", "near", "at"})
# Nouns that say when, whose prepositional phrases ("on Wednesday", "in March") name no one acted on.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Coarse tags of the words that head a clause as its verb.
VERB_TAGS = frozenset({"VERB"})
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# The same words as the hash keys spaCy's LOWER arrays hold, for the array repairs of repair_parse.
_WEEKDAY_KEYS = frozenset(hash_string(day) for day in WEEKDAYS)
_WEEKDAY_ARRAY = numpy.array(sorted(_WEEKDAY_KEYS), dtype=numpy.uint64)
_OF_KEY, _WITH_KEY, _BY_KEY, _ON_KEY = (numpy.uint64(hash_string(word)) for word in ("of", "with", "by", "on"))
_HOLD_KEY = numpy.uint64(hash_string("hold"))
_CAPTIVE_KEYS = frozenset(hash_string(word) for word in CAPTIVES)
_LONGER_KEY = numpy.uint64(hash_string("longer"))
_TO_KEY = numpy.uint64(hash_string("to"))
_NNP_KEY = numpy.uint64(hash_string("NNP"))
_NEIGHBOURING_KEYS = numpy.array([hash_string(word) for word in ("neighbouring", "neighboring")], dtype=numpy.uint64)
# Surnames spelled as a modal verb ("Theresa May"), which the parser may read as the verb's auxiliary.
_MAY_KEY = numpy.uint64(hash_string("may"))
# Participles that say what became of the person named right after them ("indicted ousted President Mubarak",
# "freed jailed opposition leader X", "gave striking teachers an ultimatum", "asked visiting Foreign Minister
# Wang Yi to help"), which the parser may read as a verb taking the name from the verb before them.
# Participles of verbs that take no object ("seized the town from retreating government troops") describe
# the noun after them even after a preposition, where the parser may read them as a gerund taking it.
INTRANSITIVE_PARTICIPLES = frozenset({"retreating", "rampaging", "marauding"})
DESCRIBING_PARTICIPLES = frozenset({"ousted", "deposed", "toppled", "overthrown", "jailed", "detained", "imprisoned", "exiled", "striking", "protesting", "visiting"}) | INTRANSITIVE_PARTICIPLES
_DESCRIBING_KEYS = numpy.array([hash_string(word) for word in sorted(DESCRIBING_PARTICIPLES)], dtype=numpy.uint64)
# Verbs whose gerund is their own act, not a description of its object ("began striking the crowd").
ASPECT_VERBS = frozenset({"begin", "start", "continue", "keep", "stop", "resume", "quit", "avoid", "finish", "cease"})
# Nouns of a "by" phrase that say how, never whose: "talked with Chirac by telephone", "seized the embassy by force".
MEANS_NOUNS = frozenset({
    "telephone", "phone", "fax", "telex", "telegram", "letter", "mail", "e-mail", "email", "radio", "satellite", "videoconference",
    "force", "consensus", "acclamation", "referendum", "decree", "air", "sea", "road", "rail", "land",
})
_MONTH_NAMES = frozenset(MONTHS)
TIME_NOUNS = WEEKDAYS | _MONTH_NAMES | {
    "day", "night", "morning", "afternoon", "evening", "weekend", "week", "month", "year", "today", "tonight", "midnight", "dawn",
    "noon", "eve", "yesterday",
}


def is_in(token: Token | None, words: frozenset[str]) -> bool:
    """True when the token's lemma or text is one of ``words``, or it ends one of their phrases."""
    return phrase_width(token, words) > 0


def phrase_width(token: Token | None, words: frozenset[str]) -> int:
    """How many words of the longest of ``words`` the token ends ("peacekeeping force": 2); 0 for none."""
    if token is None:
        return 0
    lemma, lower = words_of(token)
    width = 1 if lemma in words or lower in words else 0
    phrases = _multiword(words)
    if not phrases:
        return width
    ending = (*phrases.get(lemma, ()), *(phrases.get(lower, ()) if lower != lemma else ()))
    heads = _head_first(words)
    starting = (*heads.get(lemma, ()), *(heads.get(lower, ()) if lower != lemma else ()))
    if not ending and not starting:
        return width
    doc, sent = token.doc, None  # finding the sentence costs a walk: only for a phrase whose words are there
    # Phrases the token ends, and ("the state of emergency") phrases headed by their first word,
    # which is where the parser puts the head.
    placed = [(token.i - len(phrase) + 1, phrase) for phrase in ending] + [(token.i, phrase) for phrase in starting]
    for start, phrase in placed:
        if len(phrase) > width and 0 <= start and start + len(phrase) <= len(doc) and all(
            doc[start + k].lower_ == word or doc[start + k].lemma_.lower() == word for k, word in enumerate(phrase)
        ) and not _negated_by_non(doc[start]):
            sent = token.sent if sent is None else sent
            if sent.start <= start and start + len(phrase) <= sent.end:
                width = len(phrase)
    # "joint anti-terrorism exercises": a two-word phrase ("joint exercise") whose first word is an
    # adjective of the token with other modifiers between, or of a noun modifier between that the
    # parser hung it on ("a two-week joint counterterrorism exercise", "joint" on "counterterrorism").
    if width < 2:
        for phrase in ending:
            if len(phrase) == 2 and any(
                c.dep_ == "amod" and c.i < token.i - 1 and (c.lower_ == phrase[0] or c.lemma_.lower() == phrase[0]) and not _negated_by_non(c)
                for c in (*token.children, *(a for m in token.children if m.dep_ == "compound" and m.i < token.i for a in m.children))
            ):
                width = 2
    return width


def _phrases(token: Token, preps: frozenset[str] | None = None) -> list[tuple[str, Token]]:
    """A word's prepositional phrases as (preposition, its object), of ``preps`` only when given, times left
    out: those of an adjective read as its verb's ("ready for talks"), of a participle ("loaded with food to
    Turkey"), of a noun the parser hung the verb's phrase on."""
    return [(_plain_prep(p), pobj) for p in token.children
            if p.dep_ == "prep" and (preps is None or p.lower_ in preps) and (pobj := prep_object(p)) is not None and not is_time(pobj)]


def _negated_by_non(word: Token) -> bool:
    """True for the word of a "non-" compound ("the largest non-nuclear bomb"), which says the thing is not
    what the word names: no "nuclear bomb" of a set."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "non"


# Words after which a set phrase is headed by its first word: "state of emergency", "crimes against humanity".
HEAD_FIRST_LINKS = frozenset({"of", "against", "in", "for", "on", "from", "to"})


@functools.lru_cache(maxsize=4096)
def _head_first(words: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The alternatives of a word set of three or more words whose second is a preposition, grouped by
    their first word (the head noun the parser makes the object)."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for w in words:
        phrase = tuple(w.split())
        if len(phrase) >= 3 and phrase[1] in HEAD_FIRST_LINKS:
            by_first[phrase[0]].append(phrase)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


# Tags of a verb in the present tense, and what a verb with a clause of its own has.
PRESENT_TAGS = frozenset({"VB", "VBZ", "VBP"})
UNSHARED_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "ccomp", "xcomp", "neg"})
# "along with", "together with": a phrase adding to the object; where it goes is said after the last of them.
ADDING_PREPS = frozenset({"along", "together"})
ADDED_TO_PREPS = frozenset({"to", "into"})
# Phrases hung on the noun of the object's "of" phrase that are the object's: where it went ("tonnes of
# supplies to Serbia"), whom it is against ("charges of abuse of power against Saakashvili").
OF_PHRASE_PREPS = ADDED_TO_PREPS | {"against"}


@dataclass
class Clause:
    """What the patterns of one verb look at, read once from the parse."""

    verb: Token
    passive: bool = False
    subject: Token | None = None
    agent: Token | None = None
    obj: Token | None = None
    preps: list[tuple[str, Token]] = field(default_factory=list)  # (preposition, its object)
    particles: set[str] = field(default_factory=set)
    complements: list[Token] = field(default_factory=list)
    acts: list[Token] = field(default_factory=list)  # the complements an act is read from: infinitives first
    object_preps: list[Token] = field(default_factory=list)  # objects of prepositions in the object's phrase
    content: list[Token] = field(default_factory=list)  # what a carrier object proposes ("calls for aid": aid)
    quantities: list[Token] = field(default_factory=list)  # nouns of quantity read through ("parts" of "parts of Iraq")
    predicates: list[Token] = field(default_factory=list)  # what the object was made ("were taken hostage": hostage)
    negated: bool = False
    referent: Token | None = None  # the noun an object pronoun stands for ("arrested a diplomat and expelled him")
    # What obj= constraints may match, read once per clause (see _object_candidates); a replaced clause reads again.
    candidates: tuple[Token, ...] | None = field(default=None, init=False, repr=False, compare=False)
    candidate_words: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def read(cls, verb: Token) -> Clause:
        """Read the verb's arguments from its dependents."""
        clause = cls(verb)
        returned: list[tuple[str, Token]] = []
        for child in verb.children:
            dep = child.dep_
            if dep == "agent" and _means_read_as_agent(verb, child):
                dep = "prep"
            if dep == "prep" and child.lower_ == "with" and _fronted(child):
                # "With the signing of a memorandum, the two sides agreed to ...": a circumstance, not a partner.
                continue
            if dep in SUBJECT_DEPS:
                if clause.subject is not None and _after_own_mark(child, verb):
                    # "Gadhafi, in his first appearance since the U.S. air raids, condemned ...": the
                    # parser hung a subordinate clause's subject on the main verb.
                    continue
                clause.subject = child
            elif dep in PASSIVE_SUBJECT_DEPS:
                clause.passive = True
                clause.obj = child
            elif dep == "auxpass":
                clause.passive = True
            elif dep == "agent" and not _names_a_time(prep_object(child)):
                clause.agent = prep_object(child)
            elif dep in OBJECT_DEPS and clause.obj is None:
                clause.obj = child
            elif dep == "dobj" and _misread_dative(verb, clause.obj, child):
                # "handed the International Atomic Energy Agency a declaration": the first object is
                # whom the second was given to, as a parsed dative is.
                clause.preps.append(("to", clause.obj))
                clause.obj = child
            elif dep in OBJECT_DEPS and child.pos_ == "NOUN" and _is_captive(child):
                clause.predicates.append(child)
            elif dep == "neg":
                clause.negated = True
            elif dep == "oprd" or (dep == "ccomp" and child.pos_ == "NOUN" and _is_captive(child)):
                # "were taken hostage", "took hundreds of people hostage" (parsed as a clause).
                clause.predicates.append(child)
            elif dep in COMPLEMENT_DEPS:
                clause.complements.append(child)
            if dep in OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
                # "taking hundreds of children and parents hostage", with "hostage" parsed as an appositive
                # (which ends the object's phrase: only then are its children read).
                if child.right_edge.lower_ in CAPTIVES:
                    clause.predicates.extend(a for a in child.children if a.dep_ == "appos" and a.pos_ == "NOUN" and _is_captive(a) and not list(a.children))
                # "hand over 20 fugitives", with "over" parsed as "more than" the number: the particle.
                if verb.lemma_.lower() in HANDING_OVER and any(n.dep_ == "nummod" and any(
                        q.dep_ == "quantmod" and q.lower_ == "over" and q.i == verb.i + 1 for q in n.children) for n in child.children):
                    clause.particles.add("over")
            # "cut short his visit", "set free the hostages": an adjective the parser reads as the verb's
            # predicate before its object is the phrasal verb's particle, as "cut his visit short" is.
            if (dep in PARTICLE_DEPS or (dep == "oprd" and child.pos_ == "ADJ")) and child.i > verb.i and not (dep == "prep" and (tp := prep_object(child)) is not None and is_time(tp)) and not (
                dep == "prep" and clause.obj is not None and clause.obj.i < child.i and any(c.dep_ == "pobj" for c in child.children)
            ):
                clause.particles.add(child.lower_)
            if dep == "dative" and child.pos_ in NOMINAL:
                # "gave Israel $3 billion": the indirect object is whom it was given to.
                clause.preps.append(("to", child))
            elif dep in ("prep", "dative"):
                pobj = prep_object(child)
                # "eased emergency measures on Wednesday": a time is not what "ease ... on" eases.
                if pobj is not None and not is_time(pobj):
                    word = _plain_prep(child)
                    left = verb.doc[child.i - 1]
                    if word == "with" and left.dep_ == "pobj" and left.lemma_.lower() in BORDER_NOUNS:
                        # "held exercises near the border with Azerbaijan", the "with" hung off the
                        # verb: where, as the border's preposition says, not with whom.
                        word = _plain_prep(left.head)
                    clause.preps.append((word, pobj))
                    # "appealed to the World Food Programme and other donors for food": the parser hangs what the
                    # verb asks for or is about on the last conjunct of its phrase's object, as on the object's
                    # (a place or direction there, "stones and bottles at police in Delhi", stays the conjunct's).
                    clause.preps.extend(
                        (_plain_prep(c), o) for last in _conjuncts(pobj)[-1:] for c in last.children
                        if c.dep_ == "prep" and c.lower_ in SOUGHT_PREPS and (o := prep_object(c)) is not None and not is_time(o)
                    )
                    if word in ("in", "over", "into") and pobj.lemma_.lower() in SEA_NOUNS:
                        # "held drills in waters around Taiwan": where, as the sea's own preposition says.
                        clause.preps.extend((c.lower_, o) for c in pobj.children if c.dep_ == "prep" and c.lower_ in SEA_PLACE_PREPS and (o := prep_object(c)) is not None)
                    if child.lower_ in ADDING_PREPS:
                        # "delivered four helicopters along with weapons to Mali", the "to" hung on what was
                        # added: where all of it went.
                        clause.preps.extend(_phrases(pobj, ADDED_TO_PREPS))
                    inner = next((c for c in child.children if c.dep_ == "prep" and c.i == child.i + 1), None)
                    if inner is not None and child.lower_ in PHRASAL_PARTICLES and prep_object(inner) == pobj:
                        # "pulled out of Jenin", parsed with "out" as a preposition: the phrase is
                        # also the "of" phrase that patterns of the particle verb name.
                        clause.preps.append((_plain_prep(inner), pobj))
            if dep == "advmod" and (child.lower_ in RETURN_ADVERBS or child.lower_ in APPROACH_ADVERBS) and child.i > verb.i:
                # "allowed the inspectors back into the country", "moved troops closer to the border": the phrase
                # hung on "back" or "closer" is the verb's (where what it moves goes; kept only when the verb has
                # an object, below).
                returned.extend((_plain_prep(p), pobj) for p in child.children if p.dep_ == "prep" and (pobj := prep_object(p)) is not None and not is_time(pobj))
            if dep in ("advcl", "ccomp") and child.left_edge.lower_ == "for" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
                clause.preps.extend(("for", s) for s in child.children if s.dep_ == "nsubj" and s.pos_ == "NOUN")
        if (not clause.passive and clause.agent is not None and clause.subject is not None and clause.obj is None
                and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                and clause.agent.lemma_.lower() not in MEANS_NOUNS):
            # "said the deal struck by Sunak with the EU failed": the parser made the noun a participle describes
            # its subject. A participle with a "by" agent and no auxiliary is passive; the noun is what was done
            # (not "Blair and Ahern discussed by telephone", a means read as the agent of a verb tagged VBN).
            clause.passive, clause.obj, clause.subject = True, clause.subject, None
        if clause.obj is not None and not clause.passive:
            # "moved tanks and troops closer to its border", with "closer" parsed as the object's modifier.
            returned.extend((_plain_prep(p), pobj) for n in (clause.obj, *_conjuncts(clause.obj)) for a in n.children
                            if a.dep_ in ("amod", "advmod") and a.lower_ in APPROACH_ADVERBS and a.i > n.i
                            for p in a.children if p.dep_ == "prep" and (pobj := prep_object(p)) is not None and not is_time(pobj))
            # "sent the refugees back to Burundi", not "flew back to Moscow" (going home is no visit).
            clause.preps.extend(returned)
        else:
            # "Israeli troops pulled back from Gaza": with no object, what the subject draws back from is the
            # verb's phrase; where it goes back to stays unread.
            clause.preps.extend((word, pobj) for word, pobj in returned if word == "from")
        if clause.obj is not None and not clause.passive:
            # Places the parser hangs on the object (or a conjunct, or the noun of its "of" phrase) that say
            # where the act was, as if hung on the verb: "massed troops and hundreds of tanks on its border
            # with Kuwait", and a place hung on a backing participle or its agent, "massed troops backed by
            # tanks along the border with Syria".
            held = [clause.obj, *clause.obj.conjuncts]
            held += [o for n in list(held) for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and (o := prep_object(c)) is not None]
            if not any(p in BORDER_PLACE_PREPS for p, _ in clause.preps):
                clause.preps.extend(
                    (c.lower_, o) for n in held for c in n.children
                    if c.dep_ == "prep" and c.lower_ in BORDER_PLACE_PREPS and (o := prep_object(c)) is not None and o.lemma_.lower() in BORDER_NOUNS
                    and any(w.dep_ == "prep" and w.lower_ == "with" for w in o.children)
                )
            clause.preps.extend(
                (_plain_prep(p), pobj) for n in held for acl in n.children
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in BACKING_PARTICIPLES and any(a.dep_ == "agent" for a in acl.children)
                for holder in (acl, *(prep_object(a) for a in acl.children if a.dep_ == "agent")) if holder is not None
                for p in holder.children if p.dep_ == "prep" and p.lower_ in LIFTED_PLACE_PREPS and (pobj := prep_object(p)) is not None and not is_time(pobj)
            )
        if clause.passive and clause.obj is not None and clause.obj.dep_ in PASSIVE_SUBJECT_DEPS and verb.lemma_.lower() in GIVING_VERBS:
            given = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and (c.pos_ in NOMINAL or c.pos_ == "NUM")), None)
            if given is not None:
                clause.preps.append(("to", clause.obj))
                clause.obj = given
        if clause.subject is not None and not clause.passive and not any(p == "with" for p, _ in clause.preps):
            # "Maoist rebels armed with automatic rifles attacked a police post": what the subject is armed
            # with is what the act was done with, as "attacked with rifles" says.
            clause.preps.extend(
                ("with", pobj) for acl in clause.subject.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() == ARMED_PARTICIPLE
                for p in acl.children if p.dep_ == "prep" and p.lower_ == "with" and (pobj := prep_object(p)) is not None
            )
        if clause.passive and clause.agent is None and clause.obj is not None and (within := DOING_PARTICIPLES.get(verb.lemma_.lower())):
            if any(p == within for p, _ in clause.preps):
                clause.passive, clause.subject, clause.obj = False, clause.obj, None
        if clause.obj is not None and not clause.passive:
            # "held the rebels responsible for the massacre": the adjective after the object is its predicate
            # (hung on the object, or on the verb: "held Iran liable on Friday for ...", "held Israel fully responsible").
            clause.complements.extend(
                a for a in (*clause.obj.children, *verb.children) if a.pos_ == "ADJ" and a.i > clause.obj.i and a.lemma_.lower() in PREDICATE_ADJECTIVES
                and ((a.dep_ == "amod" and a.head.i == clause.obj.i) or (a.dep_ in ("advcl", "oprd") and a.head.i == verb.i))
            )
        if clause.obj is not None and not clause.complements and clause.obj.lemma_.lower() in HELD_RIGHTS:
            # "reserves the right to use force against Taiwan": the right's infinitive is the act claimed,
            # read as the verb's complement, as in "reserves the option to retaliate" parsed as xcomp.
            clause.complements.extend(c for c in clause.obj.children if c.dep_ == "acl" and is_infinitive(c))
        if verb.lemma_.lower() == "be":
            # "Russia is ready for talks", "Iran is open to dialogue": the adjective of readiness is read as
            # the copula's particle (patterns say "be ready prep=for:..."), and its phrase as the verb's.
            for adjective in verb.children:
                if adjective.dep_ == "acomp" and adjective.lower_ in READINESS_ADJECTIVES:
                    clause.particles.add(adjective.lower_)
                    clause.preps.extend(_phrases(adjective))
        if verb.lemma_.lower() in PLEA_VERBS:
            # "pleaded not guilty at the tribunal": the plea is the verb's particle, "not guilty" read as
            # "innocent" (the "not" negates the plea's word, not the act of pleading), and the adjective's
            # phrase is the verb's.
            for adjective in verb.children:
                if adjective.dep_ in ("acomp", "oprd") and adjective.lower_ in PLEAS:
                    denied = adjective.lower_ == "innocent" or any(n.dep_ == "neg" for n in adjective.children)
                    clause.particles.add("innocent" if denied else "guilty")
                    clause.preps.extend(_phrases(adjective))
            # "pleaded not guilty to crimes against humanity charges at the ICC": the court the plea was
            # entered at may hang on the charges it answers.
            clause.preps.extend(phrase for prep, charge in list(clause.preps) if prep == "to"
                                for t in charge.subtree for phrase in _phrases(t, PLEA_COURT_PREPS))
        for adjective in [c for c in clause.complements if c.pos_ == "ADJ" and c.lemma_.lower() in PREDICATE_ADJECTIVES]:
            # "found Iran liable for the bombing", "held Iraq accountable for the attack": what for is the verb's phrase.
            clause.preps.extend(_phrases(adjective))
        # "threatened to shell towns ... where, it said, 100 people were killed": the act is the
        # infinitive, not a clause the parser hung off the same verb.
        clause.acts = [c for c in clause.complements if c.dep_ == "xcomp"] or clause.complements
        # "warned it would not hesitate to use nuclear weapons": what it would not hesitate to do.
        clause.acts = [
            next((x for x in c.children if x.dep_ == "xcomp"), c)
            if c.lemma_.lower() in UNHESITATING and any(n.dep_ == "neg" for n in c.children) else c
            for c in clause.acts
        ]
        if verb.lemma_.lower() in INFINITIVE_ACTS:
            clause.acts = [c for c in clause.complements if c.dep_ == "xcomp"]
        # "urged Nigeria to move swiftly to restore democracy", "to take steps to free the prisoners":
        # the act is what the step serves.
        clause.acts = [bridged_act(c) for c in clause.acts]
        if visitor_participle(verb) is not None and clause.subject is None and not clause.passive:
            # "held talks with visiting Israeli Prime Minister Rabin", "regret to visiting President Roh":
            # an attributive participle parsed as the verb of its noun; that noun is the visitor, and the
            # host is the subject of the clause the phrase hangs on.
            host = next((h for h in verb.ancestors if h.pos_ in ("VERB", "AUX")), None)
            clause.subject = clause.obj
            clause.obj = next((c for c in host.children if c.dep_ == "nsubj"), None) if host is not None else None
        if clause.subject is None and not clause.passive:
            # "Turkey massed troops ...", the name parsed as an adverbial of the verb it begins.
            clause.subject = next(
                # (not "Rwandan-backed rebels": a name hyphenated to an attributive participle)
                (c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == verb.sent.start and not is_time(c)
                 and not (verb.dep_ == "amod" and verb.i > 0 and verb.doc[verb.i - 1].text == "-")),
                None,
            )
        if clause.subject is None and not clause.passive:
            # "said on Friday it was expelling U.N. staff", parsed with "it" the subject of the auxiliary
            # "was": the auxiliary's subject is the verb's.
            clause.subject = next((s for a in verb.children if a.dep_ == "aux" and a.i < verb.i
                                   for s in a.children if s.dep_ in SUBJECT_DEPS), None)
        if clause.obj is None and not clause.passive:
            # "sealed off the West Bank", parsed with the object inside the particle's phrase.
            clause.obj = next((o for c in verb.children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj"), None)
        captive = clause.obj is not None and _is_captive(clause.obj)
        if (
            verb.dep_ == "acl" and (verb.tag_ == "VBN" or captive) and clause.subject is None and not clause.passive
            and (clause.obj is None or captive) and verb.lemma_.lower() not in STATE_PARTICIPLES and verb.head.dep_ != "appos"
        ):
            # "journalists detained by police in Cairo", "refugees expelled from Lebanon": a
            # participle after a noun is a passive whose subject is that noun (not after an
            # appositive: ", a rights group protested" is a misparsed reporting clause).
            # "Journalists taken hostage": what they were made is no object.
            if captive:
                clause.predicates.append(clause.obj)
            clause.passive, clause.obj = True, verb.head
        if (
            verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() in GO_BETWEEN_VERBS and clause.agent is not None and clause.subject is None
            and not clause.passive and clause.obj is None and verb.head.i != verb.i
        ):
            # ", mediated by former Finnish President Martti Ahtisaari": a go-between's passive participle,
            # done by its "by" phrase to the subject of the clause it hangs on.
            clause.passive, clause.obj = True, next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if (
            verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i < verb.i and clause.subject is None and not clause.passive and clause.obj is not None
            and clause.obj.dep_ == "dobj" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
        ):
            # "Cuba's foreign ministry condemned on Monday the U.S. decision", parsed as a noun sentence with
            # "condemned" a participle on "ministry": a participle with a direct object is no reduced passive;
            # the noun the sentence was hung on is its subject.
            clause.subject = verb.head
        if clause.obj is None and verb.lemma_.lower() in PERMITTING_VERBS:
            # "allowed UN inspectors to return", parsed with the inspectors as the subject of
            # "return": who is allowed is the object.
            clause.obj = next((s for c in clause.complements if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS), None)
        if clause.obj is None and not clause.passive:
            # "struck what New Delhi called a militant camp", "bombed what Hamas said was a mosque": a free
            # relative names the thing acted on; whoever named it is not the target.
            named = next((c for c in verb.children if names_what(c)), None)
            if named is not None:
                clause.obj = next((o for o in named.children if o.dep_ in ("oprd", "dobj", "attr") and o.lower_ != "what"), None) or next(
                    (o for x in named.children if x.dep_ == "ccomp" for o in x.children if o.dep_ in ("attr", "acomp", "oprd") and o.lower_ != "what"), None) or next(
                    (o for p in named.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"), None)
                if clause.obj is not None and clause.obj.head.i == named.i:
                    # "struck what New Delhi called a militant camp near Balakot in Pakistan": the phrases the
                    # parser hangs on the naming verb after the thing named say where it is, as the verb's.
                    clause.preps.extend(
                        (_plain_prep(p), pobj) for p in named.children
                        if p.dep_ == "prep" and p.i > clause.obj.i and (pobj := prep_object(p)) is not None and not is_time(pobj)
                    )
        if clause.passive and clause.agent is None:
            # "was accused of corruption by officials": the parser often hangs the "by" phrase
            # lower down; in a passive it still names who acted.
            by = next((t for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1] if t.lower_ == "by" and t.dep_ in ("prep", "agent") and _in_clause_of(t, verb)
                       and not in_phrase_of(t, verb, CIRCUMSTANCE_PREPS) and not _names_a_time(prep_object(t))), None)
            clause.agent = prep_object(by) if by is not None else None
        if clause.obj is not None:
            # The object is what it is about, through nouns of quantity ("a series of strikes on Gaza").
            nouns = _object_path(clause.obj)
            clause.quantities, clause.obj = nouns[:-1], nouns[-1]
            crossed = {n.i for n in nouns}
            # "imposed sanctions on Iran": the preposition often hangs off the object noun.
            clause.preps.extend(
                (_plain_prep(child), pobj) for noun in nouns for child in noun.children
                if child.dep_ == "prep" and (pobj := prep_object(child)) is not None and pobj.i not in crossed and not is_time(pobj)
            )
            # "handed over Kambanda and six other suspects to the tribunal": the parser hangs the verb's
            # phrase on the last conjunct of the object (its own "of" phrase stays its own).
            clause.preps.extend(
                (_plain_prep(child), pobj) for noun in _conjuncts(clause.obj)[-1:] for child in noun.children
                if child.dep_ == "prep" and child.lower_ != "of" and (pobj := prep_object(child)) is not None and not is_time(pobj)
            )
            # "flew rescue teams, boats and tonnes of relief supplies to Serbia": so it hangs where it goes on what
            # an "of" phrase of the object or of one of its conjuncts names, and whom it is against ("filed charges of
            # abuse of power against Saakashvili").
            clause.preps.extend(
                phrase for noun in (clause.obj, *_conjuncts(clause.obj)) for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                for inner in of.children if inner.dep_ == "pobj" for phrase in _phrases(inner, OF_PHRASE_PREPS)
            )
            # "sent a convoy of trucks loaded with food to Turkey", "fired rockets carrying nerve gas at Kurdish
            # villages": where the load went, or what it was aimed at, is the verb's.
            # The parser may hang the phrase on the load instead ("trucks carrying aid toward eastern Ukraine").
            participles = participles_of(nouns[0])
            clause.preps.extend(
                phrase for t in participles if t.lemma_.lower() in LOADED_PARTICIPLES
                for word in (t, *(c for c in t.children if c.dep_ == "dobj")) for phrase in _phrases(word, LOAD_SENT_PREPS)
            )
            if nouns[-1].lemma_.lower() in MUNITIONS:
                # "dropped bombs containing a nerve agent on Khan Sheikhoun", the "on" hung on the load: where they fell.
                clause.preps.extend(
                    phrase for t in participles if t.head.i == nouns[-1].i and t.lemma_.lower() in MUNITION_LOADS
                    for word in (*(c for c in t.children if c.dep_ == "dobj"), *(prep_object(c) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"))
                    if word is not None for phrase in _phrases(word, MUNITION_AIMED_PREPS)
                )
            # "froze funds earmarked for Hungary": whom the thing is meant for, as in "funds for Hungary".
            meant_for = [phrase for t in participles if t.tag_ == "VBN" and t.lemma_.lower() in MEANT_FOR_PARTICIPLES for phrase in _phrases(t, MEANT_FOR_PREPS)]
            clause.preps.extend(meant_for)
            # Every prepositional object inside the object's phrase, in order, not crossing clauses:
            # "welcomed a resumption of ties with Osgiliath"; and whom it is meant for.
            clause.object_preps = [t for t in phrase_subtree(nouns[0]) if t.dep_ == "pobj" and t.i not in crossed]
            found = origins(participles, crossed)
            if meant_for or found:
                clause.object_preps = sorted({*clause.object_preps, *(pobj for _, pobj in meant_for), *found}, key=lambda t: t.i)
            clause.content = carried(clause.obj)
            head = clause.obj.lemma_.lower()
            if head in VEHICLES or head in MUNITIONS:
                # "sent planes loaded with medicine", "dispatched trucks carrying fuel": the load is what was sent;
                # "fired rockets loaded with sarin", "dropped bombs containing a nerve agent": what was used.
                loads = LOADED_PARTICIPLES if head in VEHICLES else MUNITION_LOADS
                clause.content = [*clause.content, *(
                    inner for acl in clause.obj.children if acl.dep_ == "acl" and acl.lemma_.lower() in loads
                    for inner in (*(c for c in acl.children if c.dep_ in ("dobj", "obj")), *(prep_object(c) for c in acl.children if c.dep_ == "prep" and c.lower_ == "with"))
                    if inner is not None
                )]
            clause.referent = _pronoun_referent(clause)
        return clause

    def prep_objects(self, prep: str) -> list[Token]:
        """Objects of the preposition ``prep`` attached to the verb or its object."""
        prep = PREPOSITION_VARIANTS.get(prep, prep)
        return [pobj for word, pobj in self.preps if word == prep]


NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nn"})


def phrase_head(token: Token) -> Token:
    """Climb from a modifier to the head noun of its phrase ("Foreign" -> "official")."""
    while token.dep_ in _MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
    return token


# Verbs that, negated, announce their infinitive: "would not hesitate to strike".
UNHESITATING = frozenset({"hesitate", "flinch", "shrink"})
# Object nouns whose infinitive is the act the verb is about: "reserves the right to use force".
HELD_RIGHTS = frozenset({"right"})
# Participles that tie a group to an actor it is not: "Iran-backed militias", "al-Qaeda-linked rebels".
AFFILIATIONS = frozenset({"back", "link", "support", "sponsor", "fund", "finance", "arm", "train", "inspire", "ally", "align", "affiliate", "tie", "connect"})
# Participles that say what a group is, not what was done to it: "militiamen armed with machetes",
# "a US-led coalition", "rebels based in Congo".
STATE_PARTICIPLES = AFFILIATIONS | {"base", "lead", "equip", "dress", "mask"}
# Attributive participles of travel: "visiting X" is X who visits.
VISITOR_PARTICIPLES = frozenset({"visit"})
# Titles that make "visiting X" a visitor, not a place visited ("spoke about visiting Iran").
VISITOR_TITLES = frozenset({"president", "premier", "minister", "chancellor", "king", "queen", "emir", "sultan", "prince", "emperor", "secretary", "leader", "envoy", "chairman", "delegation", "governor", "general", "pope"})


def visitor_participle(verb: Token, deps: tuple[str, ...] = ("pcomp", "amod")) -> Token | None:
    """The visitor of "with/to/for visiting X" parsed as a gerund with object X, or None."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in VISITOR_PARTICIPLES or verb.dep_ not in deps:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if not any(t.lemma_.lower() in VISITOR_TITLES for t in (obj, *(c for c in obj.children if c.dep_ == "compound"))):
        # "spoke about visiting Iran": a country or place visited, not a titled visitor.
        return None
    return obj
# Verbs whose object is let do something ("allow inspectors to return").
PERMITTING_VERBS = frozenset({"allow", "let", "permit", "enable"})
# Verbs whose object is given leave to do something later ("authorised the force to use force"): not done.
AUTHORIZING_VERBS = frozenset({"authorize", "authorise", "empower", "mandate"})
# Participles that with "be" and their preposition state what the subject does, not what was done to it
# ("Serb forces were engaged in ethnic cleansing", "the government is committed to a peace agreement").
DOING_PARTICIPLES = {"engage": "in", "involve": "in", "commit": "to", "dedicate": "to", "devote": "to"}
# The participle that says what a subject carries into its act: "rebels armed with rifles attacked".
ARMED_PARTICIPLE = "arm"
# Verbs of naming or saying whose "what" clause names the object of the verb it hangs on.
NAMING_VERBS = frozenset({"call", "describe", "say", "term", "claim", "identify", "believe", "label", "dub", "suspect", "allege"})


def names_what(verb: Token) -> bool:
    """A clause naming the object of the verb it hangs on: "(struck) what New Delhi called a camp",
    "(bombed) what Hamas said was a mosque"."""
    return verb.dep_ == "ccomp" and verb.lemma_.lower() in NAMING_VERBS and any(
        w.lower_ == "what" and w.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and (w.head.i == verb.i or w.head.head.i == verb.i) for w in verb.subtree)


CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis"})


def phrase_subtree(token: Token) -> list[Token]:
    """Tokens of a phrase without the clauses embedded in it, in sentence order."""
    found = []
    stack = [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(child for child in current.children if child.dep_ not in CLAUSE_DEPS)
    return sorted(found, key=lambda t: t.i)


# Verbs that only lead to the act their purpose infinitive names ("move to restore", "take steps to
# free", "do more to protect", "use its influence to secure"), with the objects they must have, if any.
BRIDGING_VERBS = {"move": None, "act": None, "work": None, "strive": None, "do": (), "take": ("step", "measure", "action"),
                  "make": ("effort", "attempt"), "use": ("influence", "leverage", "clout", "office", "power"), "exert": ("influence", "pressure")}


# Verbs of pace: what is sped up is the act their object names, as with what is begun ("urged the AU to
# speed up the deployment of peacekeepers", "accelerated the withdrawal of its troops").
PACE_VERBS = frozenset({"speed", "accelerate", "expedite", "hasten", "quicken"})
PACED_AS = "begin"


# Verbs of keeping an act up or setting about it, read through to the act: "to continue mediating",
# "urged the rebels to begin disarming", "demanded that the IRA start disarming".
CONTINUING_VERBS = frozenset({"continue", "keep", "begin", "start"})
# Verbs of helping with an act, read through to the act when they name no one helped: "to help mediate".
HELPING_VERBS = frozenset({"help"})


def bridged_act(verb: Token) -> Token:
    """The act a bridging verb leads to ("move swiftly to restore democracy": restore), else the verb."""
    lemma = verb.lemma_.lower()
    if lemma not in BRIDGING_VERBS:
        return verb
    wanted = BRIDGING_VERBS[lemma]
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    if wanted is None and obj is not None or wanted and (obj is None or obj.lemma_.lower() not in wanted):
        return verb
    inner = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i and c.pos_ == "VERB"
                  and is_infinitive(c)), None)
    if inner is None and wanted:
        # "to take urgent measures to end the fighting": the infinitive the parser hung on the step itself.
        inner = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i and c.pos_ == "VERB"
                      and is_infinitive(c)), None)
    return inner if inner is not None else verb


def names_action(verb: Token, words: frozenset[str]) -> bool:
    """True when ``words`` name what ``verb`` does: the verb itself or, for a light verb, its
    object ("hold talks" is named by comp=talk as much as "talk"); ``that`` names any finite
    clause with a subject of its own ("agreed that the talks must resume": a view, not an act)."""
    if is_in(verb, words) or any(c.dep_ == "prt" and phrase_width(c, words) > 1 for c in verb.children):
        # "decided to halt the talks": neither talks held nor fighting halted; the halt's own pattern (164) codes it.
        # A phrasal verb is named by the phrase its particle ends ("to step down" by &C_LEADER's "step down"),
        # never by the particle alone ("hand back weapons" is no "back").
        return not _ends_talks(verb)
    if verb.lemma_.lower() in CONTINUING_VERBS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and names_action(c, words) for c in verb.children):
        # "appealed to Annan to continue mediating": what is to be kept up, or begun, names the act.
        return True
    if verb.lemma_.lower() in HELPING_VERBS and not any(c.dep_ in OBJECT_DEPS for c in verb.children) and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and names_action(c, words) for c in verb.children):
        # "offered to help mediate": helping with an act no one is named to do names the act ("help Pakistan
        # fight militants" helps Pakistan).
        return True
    if FINITE_CLAUSE in words and verb.dep_ == "ccomp" and has_own_subject(verb):
        return True
    if verb.lemma_.lower() == "be" and verb.dep_ == "ccomp" and any(c.dep_ == "acomp" and is_in(c, words) for c in verb.children):
        # "ruled that Iran was liable for the bombing": the clause's adjective names what was found.
        return True
    return verb.lemma_.lower() in LIGHT_VERBS and is_in(_light_object(verb), words) and not _ends_talks(verb)


def _light_object(verb: Token) -> Token | None:
    """What a light verb's object names, read through its nouns of quantity ("hold a round of talks"), or None."""
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    return _object_path(obj)[-1] if obj is not None else None


def _ends_talks(verb: Token) -> bool:
    """A verb that ends talks: "suspend the talks", "halt negotiations"."""
    return verb.lemma_.lower() in ENDING_LIGHT_VERBS and (named := _light_object(verb)) is not None and named.lemma_.lower() in TALKS_NAMED


# Prepositions whose phrase says what a passive act was done in the face of, not by whom: "placed on
# alert against possible attacks by rebels" (the rebels did not place anyone).
CIRCUMSTANCE_PREPS = frozenset({"against", "amid", "amidst", "despite"})


def in_phrase_of(token: Token, top: Token, preps: frozenset[str], of_nouns: bool = False) -> bool:
    """True when ``token`` hangs, below ``top`` (else anywhere up to the root), inside a phrase of one of
    ``preps``; with ``of_nouns``, only a phrase of a noun ("a dispute over the fleet")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in preps and (not of_nouns or token.head.pos_ in ("NOUN", "PROPN")):
            return True
        token = token.head
    return False


def _in_clause_of(token: Token, verb: Token) -> bool:
    """True when ``token`` is in ``verb``'s own phrase, not in a clause embedded in it."""
    while token.i != verb.i:
        if token.dep_ in CLAUSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


def _involved_in(nouns: list[Token]) -> list[Token]:
    """What nouns of taking part are about: "part in atrocities" -> atrocities."""
    return [
        inner for noun in nouns if noun.lemma_.lower() in INVOLVEMENT_NOUNS
        for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "in" and (inner := prep_object(prep)) is not None
    ] + [
        # "accused of committing war crimes", "of carrying out air strikes": what was committed.
        _object_path(obj)[-1] for noun in nouns if noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in PERPETRATING
        for obj in noun.children if obj.dep_ in OBJECT_DEPS
    ] + [
        # "of accepting millions of pesos in kickbacks": a sum taken, in what (the parser hangs "in" on the verb).
        inner for noun in nouns if noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in PERPETRATING
        and any(o.dep_ in OBJECT_DEPS and o.lemma_.lower() in AMOUNTS_OF_MONEY for o in noun.children)
        for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "in" and (inner := prep_object(prep)) is not None
    ] + [
        # "accused China of using a balloon to spy on military sites": the use is for what it was put to.
        act for noun in nouns if noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in USING_VERBS
        for act in noun.children if act.dep_ in ("xcomp", "advcl") and act.pos_ == "VERB" and is_infinitive(act)
    ] + [
        # "accused of illegally exploiting Congo's diamonds": how it was done, when a set names the manner.
        adv for noun in nouns if noun.pos_ in ("VERB", "AUX") for adv in noun.children if adv.dep_ == "advmod"
    ]


# Plural counts ("millions of people") that name how many of something, not a sum.
COUNTED_PLURALS = frozenset({"millions", "billions", "trillions"})


def names_prep_object(pobj: Token, words: frozenset[str]) -> bool:
    """True when a preposition's object is one of ``words``, read through nouns of quantity, of
    taking part and of sending ("in a series of clashes", "part in atrocities", "for the deployment
    of troops")."""
    objects = through_quantities([pobj, *pobj.conjuncts])
    objects += [d for o in objects for d in described(o)]
    # "asked for a loan programme", "appealed for an aid package": what a generic noun is of, as for an object.
    objects += [c for o in objects if o.lemma_.lower() in GENERIC_NOUNS for c in o.children if c.dep_ == "compound"]
    # "accused Sudan on Monday of bombing villages": a gerund first in the phrase, parsed as a noun
    # compound of its own object, says what the phrase is of; so does one parsed as an adjective of a count
    # ("of plundering millions of dollars", "of abusing thousands of migrants"; "at falling incomes" is no act).
    gerunds = [c for o in objects for c in o.children if (c.dep_ == "compound" or (c.dep_ == "amod" and len(_object_path(o)) > 1)) and c.lower_.endswith("ing")
               and c.i == o.left_edge.i and c.i > 0 and c.doc[c.i - 1].dep_ == "prep"]
    if any(is_in(g, words) or not words.isdisjoint(_stems(g.lower_)) for g in gerunds):
        return True
    involved = _involved_in(objects)
    acts = [inner for o in (*objects, *involved) if o.lemma_.lower() in READ_THROUGH_OF
            for p in o.children if p.dep_ == "prep" and p.lower_ == "of" and (inner := prep_object(p)) is not None]
    # "for millions of earthquake victims": a plural count read through what it counts is no sum of money.
    objects = [o for o in objects if not (o.lower_ in COUNTED_PLURALS and len(_object_path(o)) > 1)]
    return any(is_in(o, words) for o in (*objects, *involved, *acts))


def through_quantities(nouns: list[Token]) -> list[Token]:
    """The nouns and, for nouns of quantity, what they are of: "at thousands of protesters" is at
    the protesters as well."""
    return [*nouns, *(end for noun in nouns if len(path := _object_path(noun)) > 1 for end in (path[-1], *path[-1].conjuncts))]


def _object_path(noun: Token) -> list[Token]:
    """The nouns from an object to what it is about, through nouns of quantity: "part of the aid"
    is [part, aid]; a plain object is [itself]."""
    path = [noun]
    # "sent 200 of its soldiers", "freed three of the hostages": a number with an "of" phrase is a part of it.
    while (lemma := noun.lemma_.lower()) in TRANSPARENT_NOUNS or lemma in AMOUNTS_OF_MONEY or _counts_part_of(noun):
        # "$50 million in emergency aid": a sum is read through what it is in.
        through = ("of", "in") if lemma in AMOUNTS_OF_MONEY else ("of",)
        inner = next((prep_object(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in through), None)
        worth = next((c for c in noun.children if c.lower_ == "worth" and c.i > noun.i), None) if inner is None and lemma in AMOUNTS_OF_MONEY else None
        if worth is not None and (inner := next((prep_object(c) for c in worth.children if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None:
            # "30 million yuan worth of relief supplies": "worth" hangs off the sum; its phrases are the object's.
            path.append(worth)
        if inner is None and worth is None and lemma in AMOUNTS_OF_MONEY and noun.dep_ in ("dobj", "obj") and noun.right_edge.i + 1 < len(noun.doc):
            # "pledged $14 million in humanitarian aid": the parser hangs the sum's "in" phrase, right after it, on the verb.
            after = noun.doc[noun.right_edge.i + 1]
            if after.dep_ == "prep" and after.lower_ == "in" and after.head.i == noun.head.i:
                inner = prep_object(after)
        if inner is not None and inner.pos_ == "VERB" and inner.dep_ == "pcomp":
            # "hundreds of civilians sheltering in a church": the parser made the noun the gerund's subject.
            inner = next((c for c in inner.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), inner)
        if inner is None or inner.pos_ not in NOMINAL:
            break
        path.append(noun := inner)
    return path


def _counts_part_of(noun: Token) -> bool:
    """True for a bare number heading an "of" phrase: "200" of "the first 200 of its peacekeepers"."""
    return noun.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def participles_of(noun: Token) -> list[Token]:
    """The participles inside a noun phrase ("loaded" of "trucks loaded with food")."""
    return [t for t in noun.subtree if t.dep_ == "acl"]


def origins(participles: Iterable[Token], crossed: set[int] | frozenset[int] = frozenset()) -> list[Token]:
    """Where the things a noun phrase names come from, by its ``participles``: "Serbia" of "goods imported from
    Serbia" (not of a participle on the nouns ``crossed``)."""
    return [pobj for t in participles if t.tag_ == "VBN" and t.lemma_.lower() in ORIGIN_PARTICIPLES and t.head.i not in crossed
            for _, pobj in _phrases(t, ORIGIN_PREPS)]


def _plain_prep(prep: Token) -> str:
    """A preposition in the form patterns name it by ("upon" is "on")."""
    return PREPOSITION_VARIANTS.get(prep.lower_, prep.lower_)


def _in_name(prep: Token) -> bool:
    """A preposition inside a proper name: "Movement for Democratic Change", "Front for the Liberation of Mozambique",
    also when the model tags the name's capitalised head word a common noun ("the rebel Front for Change")."""
    inner, head = prep_object(prep), prep.head
    named = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.is_title and head.i > head.sent.start)
    return named and inner is not None and inner.pos_ == "PROPN"


def carried(noun: Token) -> list[Token]:
    """What a carrier noun proposes: the object of its "for"/"of" phrase ("calls for aid"), or the
    verb and object of its infinitive or gerund ("an offer to hold talks", "a proposal for signing
    a pact"); what a generic noun is of ("an aid programme": aid); [] for other nouns."""
    found = [c for c in noun.children if c.dep_ in ("compound", "nmod")] if noun.lemma_.lower() in GENERIC_NOUNS else []
    if noun.lemma_.lower() in PROPOSED_TEXTS:
        # "rejected a resolution calling for a ceasefire", "one demanding a withdrawal": a text proposes what
        # its participle of asking asks for.
        found.extend(inner for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBG" and acl.lemma_.lower() in ASKING_PARTICIPLES
                     for inner in (*(c for c in acl.children if c.dep_ in OBJECT_DEPS),
                                   *(prep_object(c) for c in acl.children if c.dep_ == "prep" and c.lower_ == "for")) if inner is not None)
    if noun.lemma_.lower() not in CARRIER_NOUNS:
        return found
    # The "for" phrase may hang off a noun inside ("calls by Belarus's rulers for aid"), but not the "for"
    # inside a name ("calls by the Movement for Democratic Change for him to step down").
    parts = [*noun.children, *(t for t in phrase_subtree(noun) if t.lower_ == "for" and t.head.i != noun.i and not _in_name(t))]
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        # "rejected a Portuguese appeal to free Gusmao", the infinitive hung on the verb right after the object: the appeal's.
        parts.extend(c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1 and is_infinitive(c))
    for child in parts:
        # "calls to step down", "demands that he resign", parsed as relative clauses.
        # A bare verb after a singular subject ("that he resign", tagged VBP) can only be a subjunctive.
        subjunctive = child.tag_ == "VB" or (child.tag_ == "VBP" and any(s.dep_ == "nsubj" and (s.lower_ in ("he", "she", "it") or s.tag_ in ("NN", "NNP")) for s in child.children))
        # ("calls for him to step down": the clause _asked_for_clause makes of a "for" infinitive, a ccomp)
        clausal = child.dep_ == "acl" or (child.dep_ in ("relcl", "advcl", "xcomp", "ccomp") and (subjunctive or is_infinitive(child)))
        inner = prep_object(child) if child.dep_ == "prep" and child.lower_ in ("for", "of") else child if clausal else None
        if inner is None:
            continue
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in ASKING_PARTICIPLES:
            # "an ultimatum demanding that Iraq withdraw": what it carries is what its participle asks, not the asking.
            found.extend(c for c in child.children if c.dep_ in ("ccomp", "xcomp", *OBJECT_DEPS))
            continue
        found.append(inner)
        if inner.lemma_.lower() in GENERIC_NOUNS:
            # "a request for a loan payment", "calls for an aid package": what the generic noun is of.
            found.extend(c for c in inner.children if c.dep_ == "compound")
        if inner.pos_ in ("VERB", "AUX"):
            found.extend(_object_path(c)[-1] for c in inner.children if c.dep_ in OBJECT_DEPS)
    return found


def has_own_subject(verb: Token) -> bool:
    """True for a verb with a subject of its own, active or passive."""
    return any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children)


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition; of a two-word one, the second word's ("out of Moldova", "away from")."""
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return visitor_participle(child) or child
    inner = next((child for child in prep.children if child.dep_ == "prep" and child.i == prep.i + 1), None)
    if inner is not None:
        return next((child for child in inner.children if child.dep_ in ("pobj", "pcomp")), None)
    # "in and around Tiananmen Square": the object is parsed under the last of conjoined prepositions.
    shared = next((child for child in prep.children if child.dep_ == "conj" and child.pos_ == "ADP"), None)
    return prep_object(shared) if shared is not None else None


def is_time(noun: Token) -> bool:
    """True for a noun that says when ("on Wednesday"), not for one the parser made the head of a
    name before it ("met with President Bashar Assad Tuesday", with Assad a compound of Tuesday), nor for a
    month's name in lower case ("from marching", "a march on parliament": the walk, not March)."""
    lemma = noun.lemma_.lower()
    return lemma in TIME_NOUNS and not (lemma in _MONTH_NAMES and noun.text.islower()) and not any(c.dep_ == "compound" for c in noun.children)


# Nouns of a point in a span of time: "by the end of August", "by the middle of next year".
POINTS_OF_TIME = frozenset({"end", "beginning", "start", "middle", "close"})


def _conjuncts(noun: Token) -> tuple[Token, ...]:
    """The nouns conjoined to ``noun`` ("tanks and troops"); looked up only when a conjunct hangs on it, which
    few objects have, as Clause.read asks of every object."""
    return noun.conjuncts if any(c.dep_ == "conj" for c in noun.rights) else ()


def _names_a_time(noun: Token | None) -> bool:
    """True for a "by" phrase's object that says by when, not by whom: "would be withdrawn by August 2010",
    "by 2010", "by the end of August"."""
    if noun is None:
        return False
    if noun.lemma_.lower() in POINTS_OF_TIME:
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and (o := prep_object(p)) is not None), noun)
    return is_time(noun) or (noun.tag_ == "CD" and noun.text.isdigit() and len(noun.text) == 4)


def _name_read_as_predicate(token: Token) -> None:
    """"named Energy Minister Jero Wacik as a suspect": the small model reads the name, the verb's only
    object, as its predicate (oprd); an "as" phrase after it says what the object was made, so the name
    is the object. A noun or adjective predicate ("took them hostage", "set them free") is left."""
    verb = token.head
    if token.pos_ != "PROPN" or verb.pos_ != "VERB" or verb.i > token.i or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return
    if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > token.i for c in verb.children):
        token.dep_ = "dobj"


def repair_parse(doc: Doc | Span) -> None:
    """Repair, in place, misparses of the small English models that news leads provoke:
    - with a time or an adverb between a verb and its infinitive ("offered on Tuesday to mediate", "vowed Sunday
      to retaliate", "appealed directly to the rebels to free"), the infinitive is parsed as a purpose clause (advcl) rather than as what was
      offered (xcomp);
    - "demanded the release of two journalists taken hostage": the participle is parsed as a
      clause of the verb, with "the release" as the hostage-taker; it modifies the journalists;
    - "promised on Wednesday sweeping reforms": the object is parsed as a second object of the
      time's preposition;
    - "accused X on Monday of spying": the "of" phrase is hung on the weekday;
    - "blocked a proposal on Thursday to impose sanctions": the proposal's infinitive is hung on the verb;
    - "rejected a decree by President Fujimori": the "by" phrase is hung on the verb;
    - "accused neighbouring Eritrea of ...": "neighbouring" is parsed as a verb taking the country;
    - "indicted ousted President Mubarak", "gave striking teachers an ultimatum": the participle is parsed as
      a verb taking the name (and the second object);
    - "captured the town from retreating Iraqi troops": the participle is parsed as a gerund taking the noun;
    - "Thousands of students demanding reforms rallied": the noun is the root, the verb hung below it;
    - "Leaders of the guerrillas and the government signed": the second party is parsed as an appositive;
    - "Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks": the name is parsed as a second subject;
    - "..., a charge Kigali denied": the trailing denial is parsed as the root, the sentence as what it denies;
    - "has offered to meet President Trump, adviser Chung said": the object is parsed as the speaker's conjunct;
    - "demanded for the first time that Assad step down": the clause is parsed as a relative clause of "time";
    - "Militants abducted 90 Christians, a monitoring group said": the lead is parsed as a noun with a participle,
      a first subject of the trailing "said";
    - "would no longer cooperate": the negation is hung on "longer", not on the verb it negates;
    - "appealed to the rebels to free aid worker X": the infinitive is parsed as an adjective of its object;
    - "named Energy Minister Jero Wacik as a suspect": the name is parsed as the verb's predicate (oprd);
    - "Prime Minister Theresa May held talks": the surname is parsed as the verb's modal auxiliary;
    - "put on hold its talks with the EU": "hold" is parsed as the verb's object, or a compound of the talks;
    - "rejected a ceasefire offer from the rebels": "offer" is parsed as a clause of "ceasefire", taking the "from" phrase;
    - "voted to impeach President Fernando Collor de Mello": the infinitive is tagged a proper noun of the name."""
    first = doc.start if isinstance(doc, Span) else 0
    read = doc.to_array([DEP, HEAD, LOWER, TAG])
    parse = read[:, :2].astype(numpy.int64)
    deps, lower, tags = parse[:, 0], read[:, 2], read[:, 3]
    # Only advcl and ccomp tokens are misparsed so; find them with one array read, not a Python pass per token.
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["advcl"]):
        token = doc.doc[first + int(offset)]
        verb = token.head
        if (
            verb.i < token.i
            and verb.lemma_.lower() in INFINITIVE_TAKERS
            and token.left_edge.lower_ == "to"
            and all(_in_time_phrase(token.doc[i], verb) or _in_addressee(token.doc[i], verb) or _in_agent(token.doc[i], verb)
                    or _in_venue_phrase(token.doc[i], verb) or _is_manner_adverb(token.doc[i], verb)
                    for i in range(verb.i + 1, token.left_edge.i))
        ):
            token.dep_ = "xcomp"
        elif (
            verb.i < token.i and token.tag_ == "VBG" and verb.lemma_.lower() in GERUND_REJECTERS
            and (verb.lemma_.lower() != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children)
            and all(token.doc[i].dep_ == "prt" or _in_time_phrase(token.doc[i], verb) for i in range(verb.i + 1, token.i))
        ):
            token.dep_ = "xcomp"
    for dep in ("ccomp", "advcl"):
        for offset in numpy.flatnonzero(deps == doc.vocab.strings[dep]):
            _attach_captives(doc.doc[first + int(offset)])
    # "took 52 American diplomats hostage": only a captive noun that is an object or a clause; the few such
    # positions are checked one by one (numpy.isin costs more than the whole repair).
    for offset in numpy.flatnonzero((deps == doc.vocab.strings["ccomp"]) | (deps == doc.vocab.strings["dobj"])):
        if int(lower[offset]) in _CAPTIVE_KEYS:
            _captives_read_as_compound(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["ccomp"]):
        _lift_content_of_trailing_attribution(doc.doc[first + int(offset)])
        _asking_noun_read_as_verb(doc.doc[first + int(offset)])
        _subjunctive_read_as_noun(doc.doc[first + int(offset)])
    # "accused two diplomats on Monday of espionage": an "of" or "with" phrase the parser hung on the
    # weekday belongs to the verb. Found by array operations: such a phrase right after a weekday.
    preps = (deps == doc.vocab.strings["prep"]) | (deps == doc.vocab.strings["agent"])
    for offset in numpy.flatnonzero(preps & ((lower == _OF_KEY) | (lower == _WITH_KEY))):
        if not offset or int(lower[offset - 1]) not in _WEEKDAY_KEYS:
            continue
        token = doc.doc[first + int(offset)]
        day, prep = token.head, token.head.head
        if day.i == token.i - 1 and day.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" and prep.i == day.i - 1:
            token.head = prep.head
        elif (
            # "ordered the release on Monday of nine prisoners": the "of" phrase is the noun's before the day
            day.i == token.i - 1 and day.dep_ == "pobj" and prep.dep_ == "prep" and prep.i == day.i - 1 and prep.lower_ == "on"
            and prep.head.pos_ == "NOUN" and prep.head.i == prep.i - 1 and token.lower_ == "of"
            and (pobj := prep_object(token)) is not None and not is_time(pobj)
        ):
            token.head = prep.head
    # "rejected calls on Monday for his resignation", "vetoed a resolution on Friday demanding a ceasefire":
    # the phrase after the day is the object's. Found by array operations: the words right after a weekday.
    for offset in numpy.flatnonzero((lower[:-1, None] == _WEEKDAY_ARRAY).any(axis=1)) + 1:
        _phrase_of_object_after_weekday(doc.doc[first + int(offset)])
    # "rejected a decree by President Fujimori": a "by" phrase right after an active verb's object is
    # the object's (not "by shelling government positions", a means: the verb's).
    for offset in numpy.flatnonzero(preps & (lower == _BY_KEY)):
        token = doc.doc[first + int(offset)]
        verb = token.head
        if verb.pos_ != "VERB" or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
            continue
        if any(c.dep_ == "pobj" and c.lower_ in MEANS_NOUNS for c in token.children):
            # "with U.S. President Bush by telephone": a means, the verb's, not the noun's before it
            continue
        # its object, or that of a particle parsed as a preposition ("voted down a decree by the emir")
        nouns = [c for c in verb.children if c.dep_ == "dobj"] + [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        obj = next((n for n in nouns if n.i < token.i and n.right_edge.i == token.i - 1 and n.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and not any(c.dep_ == "auxpass" for c in verb.children):
            token.head, token.dep_ = obj, "prep"
    # "promised on Wednesday sweeping constitutional reforms": the parser made the object a second
    # object of "on" after the time; it is the verb's. Only a preposition with two objects can be
    # misparsed so: found by array operations, not a Python pass per object.
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["ROOT"]):
        root = _charge_denied_read_as_root(doc.doc[first + int(offset)])
        _reroot_participle(root)
        _subject_out_of_opening_phrase(root)
        for said in [c for c in root.lefts if c.dep_ == "ccomp"]:
            # "After talks in Minsk, Ukraine and the separatists signed a truce, envoys said": the reported clause too.
            _subject_out_of_opening_phrase(said)
            _object_read_as_speaker(said)
        _subject_of_leading_participle(root)
        _reduced_relative(root)
        _finite_verb_under_a_noun_root(root)
        _finite_verb_read_as_modifier_of_its_object(root)
    # Only a relative clause can be misparsed so: found by array operations, not a Python pass per token.
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["relcl"]):
        _clause_after_first_time(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["advcl"]):
        _for_phrase_read_as_mark(doc.doc[first + int(offset)])
        _asked_for_clause(doc.doc[first + int(offset)])
        _infinitive_under_addressee_participle(doc.doc[first + int(offset)])
    # "rejected a ceasefire offer from the rebels": only a token parsed as a clause of a noun can be a noun read so.
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["acl"]):
        _head_noun_read_as_clause(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["conj"]):
        _lift_main_conjunct(doc.doc[first + int(offset)])
        _participle_after_a_count(doc.doc[first + int(offset)])
        _noun_read_as_conjoined_verb(doc.doc[first + int(offset)])
    objects = numpy.flatnonzero(deps == doc.vocab.strings["pobj"])
    heads = objects + parse[objects, 1]
    for offset in objects[numpy.bincount(heads, minlength=len(deps))[heads] > 1]:
        token = doc.doc[first + int(offset)]
        prep, verb = token.head, token.head.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or any(c.dep_ in OBJECT_DEPS for c in verb.children):
            continue
        if any(c.dep_ == "pobj" and c.i < token.i and is_time(c) for c in prep.children) and not is_time(token):
            token.head, token.dep_ = verb, "dobj"
    # "rejected on Wednesday rebel demands for ...": only an object of "on" with a weekday right after the "on".
    for j in numpy.flatnonzero(lower[heads] == _ON_KEY):
        after = int(heads[j]) + 1
        if after < len(lower) and int(lower[after]) in _WEEKDAY_KEYS:
            _weekday_read_as_compound(doc.doc[first + int(objects[j])])
    for offset in numpy.flatnonzero((lower == _NEIGHBOURING_KEYS[0]) | (lower == _NEIGHBOURING_KEYS[1])):
        _neighbouring_adjective(doc.doc[first + int(offset)])
    # "Prime Minister Theresa May held talks": only an auxiliary spelled as a modal name; found by array operations.
    for offset in numpy.flatnonzero((deps == doc.vocab.strings["aux"]) & (lower == _MAY_KEY)):
        _name_read_as_modal(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero((lower[:, None] == _DESCRIBING_KEYS).any(axis=1)):
        _describing_participle(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["appos"]):
        _conjunct_read_as_appositive(doc.doc[first + int(offset)])
        _name_read_as_first_conjuncts_appositive(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["cc"]):
        _conjoined_adjective_read_as_second_modifier(doc.doc[first + int(offset)])
    for offset in numpy.flatnonzero(deps == doc.vocab.strings["oprd"]):
        _name_read_as_predicate(doc.doc[first + int(offset)])
    # Only a verb with two subjects can have a name misread as its second one: found by array operations.
    for offset in _shared_subjects(deps, parse, doc.vocab.strings["nsubj"]):
        _conjunct_read_as_second_subject(doc.doc[first + int(offset)])
        _name_read_as_second_subject(doc.doc[first + int(offset)])
        _lead_read_as_subject_of_attribution(doc.doc[first + int(offset)])
    # "A tanker and its 20 crew members were seized": passive subjects are misread alike.
    for offset in _shared_subjects(deps, parse, doc.vocab.strings["nsubjpass"]):
        _conjunct_read_as_second_subject(doc.doc[first + int(offset)])
    # "would no longer cooperate", "was no longer willing to talk": only a negation right before "longer"
    # can be hung on it; found by array operations.
    for offset in numpy.flatnonzero((deps[:-1] == doc.vocab.strings["neg"]) & (lower[1:] == _LONGER_KEY)):
        _negation_of_no_longer(doc.doc[first + int(offset)])
    # "to impeach President X": only an infinitive right after "to" tagged a proper noun; found by array operations.
    for offset in numpy.flatnonzero((lower[:-1] == _TO_KEY) & (deps[1:] == doc.vocab.strings["xcomp"]) & (tags[1:] == _NNP_KEY)):
        _infinitive_read_as_name(doc.doc[first + int(offset) + 1])
    # "to free aid worker X": only a word right after "to" parsed as an adjective; found by array operations.
    for offset in numpy.flatnonzero((lower[:-1] == _TO_KEY) & (deps[1:] == doc.vocab.strings["amod"])):
        _infinitive_read_as_adjective(doc.doc[first + int(offset)])
    # "put on hold talks with Israel": only "hold" right after "on"; found by array operations.
    for offset in numpy.flatnonzero((lower[:-1] == _ON_KEY) & (lower[1:] == _HOLD_KEY)):
        _object_after_on_hold(doc.doc[first + int(offset)])


def _object_after_on_hold(on: Token) -> None:
    """"put on hold its nuclear talks with the EU", "put on hold accession negotiations with Turkey": with the
    object after "on hold", the parser makes "hold" the verb's object (and the talks its own) or a compound
    of the talks (which it makes the object of "on"). As in "put the talks on hold", "hold" is what "on"
    governs and the talks are the verb's object, with what follows them."""
    hold, verb = on.doc[on.i + 1], on.head
    if on.dep_ not in ("prep", "prt") or verb.pos_ != "VERB" or verb.i > on.i:
        return
    if hold.head.i == verb.i and not any(c.dep_ == "pobj" for c in on.children):
        obj = next((c for c in hold.children if c.dep_ in ("dobj", "pobj") and c.i > hold.i), None)
        if obj is None:
            return
        for later in [c for c in hold.children if c.i > obj.i]:
            later.head = verb  # "the delivery of F-35 jets to Turkey": the "to" phrase is the verb's
    elif hold.dep_ == "compound" and hold.head.dep_ == "pobj" and hold.head.head.i == on.i:
        obj = hold.head
    else:
        return
    obj.head, obj.dep_ = verb, "dobj"
    hold.head, hold.dep_ = on, "pobj"
    on.dep_ = "prep"


def _infinitive_read_as_name(word: Token) -> None:
    """"voted on Tuesday to impeach President Fernando Collor de Mello": before a long titled name the parser
    tags the infinitive a proper noun (NNP), though it hangs it rightly, with "to" as its marker and the name
    as its object, so no verb pattern reads it. A word written in lower case with such a marker and object is
    the verb; a capitalised one ("to Chairman Mao") may be a name."""
    if not word.is_lower or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == word.i - 1 for c in word.children):
        return
    if any(c.dep_ == "dobj" and c.i > word.i for c in word.children):
        word.tag_, word.pos_ = "VB", "VERB"


def _infinitive_read_as_adjective(to: Token) -> None:
    """"appealed to Iraqi insurgents to free aid worker Margaret Hassan", "urged the guerrillas to free
    kidnapped aid workers": the parser made the infinitive an adjective of the noun after it, though it
    tagged it a base verb (VB); a true adjective after "to" ("a return to free elections") is tagged JJ.
    The word is the infinitive of the verb whose object or "to" phrase the noun phrase was, and the noun
    its object."""
    word = to.doc[to.i + 1]
    if word.tag_ != "VB" or not (to.head.i == word.i or (to.dep_ == "prep" and to.head.pos_ == "VERB")):
        return
    phrase = word.head
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.i > word.i:
        phrase = phrase.head
    if phrase.i < word.i or phrase.left_edge.i not in (to.i, word.i):
        return
    if phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB" and phrase.head.i < to.i:
        verb = phrase.head
    elif phrase.dep_ == "pobj" and phrase.head.i == to.i and to.dep_ == "prep":
        verb = to.head
    else:
        return
    word.head, word.dep_, word.pos_ = verb, "xcomp" if verb.lemma_.lower() in INFINITIVE_TAKERS else "advcl", "VERB"
    to.head, to.dep_ = word, "aux"
    phrase.head, phrase.dep_ = word, "dobj"


def _name_read_as_modal(name: Token) -> None:
    """"British Prime Minister Theresa May criticised Russia": the parser tagged "May" a proper noun with
    the given name and title as its compounds, yet hung it on the verb as a modal auxiliary, leaving the
    verb no subject. A name with words of its own before it is the verb's subject; a sentence-initial
    modal ("May God bless") has none."""
    verb = name.head
    if name.tag_ != "NNP" or verb.i < name.i or not any(c.dep_ == "compound" and c.i < name.i for c in name.children):
        return
    if has_own_subject(verb):
        return
    name.dep_ = "nsubj"


def _negation_of_no_longer(no: Token) -> None:
    """"would no longer cooperate with the IAEA": the parser hangs "no" on "longer", which modifies the
    verb; the negation is the verb's, as "not" would be."""
    longer = no.head
    if longer.i == no.i + 1 and longer.dep_ == "advmod" and longer.head.i != longer.i:
        no.head = longer.head


def _weekday_read_as_compound(noun: Token) -> None:
    """"rejected on Wednesday rebel demands for ...": the parser made "Wednesday" a compound of the
    object and the object the pobj of "on" right after the verb; the object is the verb's dobj."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "on" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    verb = prep.head
    if verb.pos_ != "VERB" or prep.i != verb.i + 1 or noun.lemma_.lower() in TIME_NOUNS or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return
    day = noun.doc[prep.i + 1]
    if day.dep_ not in ("compound", "nmod") or day.lower_ not in WEEKDAYS or noun.i <= day.i:
        return
    if noun.i == day.i + 1 and noun.lemma_.lower() not in ANSWERED_NOUNS:
        # "fired on Friday worshippers" is a day's people; "denied on Tuesday allegations" the verb's object
        return
    # the weekday hangs on the object or on a modifier before it ("on Tuesday guerrilla demands"), also
    # through the object's possessor when the object is a proposal or claim ("on Monday Hamas leader
    # Ismail Haniyeh's offer of a truce"), as a day's people ("on Friday the town's worshippers") are not
    head, owned = day.head, False
    while head.i != noun.i and head.dep_ in ("compound", "nmod", "amod", "poss") and head.i < noun.i and head.head.i != head.i:
        owned = owned or head.dep_ == "poss"
        head = head.head
    if head.i != noun.i or (owned and noun.lemma_.lower() not in ANSWERED_NOUNS):
        return
    day.head, day.dep_ = prep, "pobj"
    noun.head, noun.dep_ = verb, "dobj"


# Nouns of a text put to a vote or issued, whose participle says what it does: "a resolution demanding a ceasefire".
PROPOSED_TEXTS = frozenset({"resolution", "draft", "motion", "bill", "decree", "decision", "statement", "declaration", "text"})
# Participles by which such a text asks for what their object or "for" phrase names: "a resolution calling for a ceasefire".
ASKING_PARTICIPLES = frozenset({"call", "demand", "urge", "seek", "propose", "recommend", "request"})


def _phrase_of_object_after_weekday(token: Token) -> None:
    """"rejected calls on Monday for his resignation", "vetoed a resolution on Friday demanding a
    ceasefire", "blocked a proposal on Thursday to impose sanctions": the parser hung the "for" phrase of a
    proposal, the participle of a proposal or resolution, or the infinitive of a proposal, on the verb after
    the time phrase that follows the verb's object; it is the object's."""
    day = token.doc[token.i - 1]
    if token.dep_ == "aux" and token.lower_ == "to" and token.head.left_edge.i == token.i:
        # the infinitive this "to" opens
        token = token.head
    verb = token.head
    on = day.head
    if verb.pos_ != "VERB" or day.dep_ != "pobj" or on.lower_ != "on" or on.i != day.i - 1:
        return
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not obj.i < on.i <= obj.right_edge.i + 1 or on.head.i not in (verb.i, obj.i):
        return
    lemma = obj.lemma_.lower()
    if token.dep_ == "prep" and token.lower_ == "for" and lemma in CARRIER_NOUNS:
        token.head = obj
    elif token.dep_ in ("advcl", "xcomp") and token.tag_ == "VBG" and (lemma in CARRIER_NOUNS or lemma in PROPOSED_TEXTS):
        token.head, token.dep_ = obj, "acl"
    elif token.dep_ in ("advcl", "xcomp") and token.tag_ == "VB" and token.left_edge.lower_ == "to" and lemma in CARRIER_NOUNS:
        token.head, token.dep_ = obj, "acl"


def _means_read_as_agent(verb: Token, by: Token) -> bool:
    """"spoke by telephone with Rouhani": the parser made "by" the agent of an active verb; it is a means."""
    return (
        (means := prep_object(by)) is not None and means.lemma_.lower() in MEANS_NOUNS and verb.tag_ != "VBN"
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )


def _infinitive_under_addressee_participle(token: Token) -> None:
    """"urged NATO leaders gathered in Vilnius on Tuesday to supply more weapons": the parser hung the
    infinitive on the participle that modifies the addressee ("gathered"), or a noun in a phrase of the
    verb ("threatened in a statement published on Sunday to launch attacks"); it is what the verb of
    urging asks for (its xcomp). Only when nothing but the participle's own prepositional phrases
    stands between the two, and the verb has no infinitive of its own."""
    part = token.head
    if token.dep_ != "advcl" or token.left_edge.lower_ != "to" or part.tag_ not in ("VBN", "VBD", "VBG") or part.i > token.i:
        return
    if part.dep_ == "acl":
        obj, verb = part.head, part.head.head
        if obj.dep_ == "pobj" and verb.dep_ == "prep":
            # "threatened in a statement published on Sunday to launch new attacks": the same, with the
            # participle in a phrase of the verb
            verb = verb.head
        elif obj.dep_ != "dobj":
            return
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in INFINITIVE_TAKERS:
            return
        if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return
    elif part.dep_ == "ccomp" and part.head.lemma_.lower() in ADDRESSING_VERBS and part.head.pos_ == "VERB" and part.head.i < part.i:
        # "urged European Union leaders gathered in Brussels to send aid", parsed as "leaders gathered" said
        verb = part.head
        obj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        if obj is None or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "nsubjpass") for c in part.children):
            return
        if any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
            return
    else:
        return
    covered = {t.i for c in part.children if c.dep_ == "prep" and part.i < c.i < token.i for t in c.subtree}
    if all(i in covered for i in range(part.i + 1, token.left_edge.i)):
        if part.dep_ == "ccomp":
            obj.head, obj.dep_ = verb, "dobj"
            part.head, part.dep_ = obj, "acl"
        token.head, token.dep_ = verb, "xcomp"


def _conjunct_read_as_appositive(token: Token) -> None:
    """"Leaders of the URNG guerrillas and President Arzu's government signed a peace accord": the parser
    made the government an appositive of "Leaders" and left the "and" on the guerrillas, so the verb
    had one subject. An appositive right after "and" or "or" (no comma) is a conjunct."""
    before = token.left_edge.i - 1
    if before < 0 or token.doc[before].dep_ != "cc" or token.doc[before].lower_ not in ("and", "or") or token.head.i > token.i:
        return
    token.dep_ = "conj"
    token.doc[before].head = token.head


def _shared_subjects(deps: numpy.ndarray, parse: numpy.ndarray, label: int) -> numpy.ndarray:
    """The offsets of the ``label`` subjects whose verb has more than one of them."""
    subjects = numpy.flatnonzero(deps == label)
    verbs = subjects + parse[subjects, 1]
    return subjects[numpy.bincount(verbs, minlength=len(deps))[verbs] > 1]


def _conjunct_read_as_second_subject(token: Token) -> None:
    """"Uzbek President Shavkat Mirziyoyev and Kyrgyz President Almazbek Atambayev signed a treaty": the parser
    made each titled name a subject of the verb, with the "and" on the first; the second is its conjunct.
    So too for passive subjects ("a tanker and its crew members were seized")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.left_edge.i == 0:
        return
    cc = token.doc[token.left_edge.i - 1]
    first = cc.head
    if cc.dep_ != "cc" or cc.lower_ != "and" or first.dep_ != token.dep_ or first.head.i != token.head.i or first.i > cc.i:
        return
    if first.right_edge.i != cc.i or any(c.dep_ == "conj" for c in first.children):
        return
    token.head, token.dep_ = first, "conj"


def _name_read_as_second_subject(token: Token) -> None:
    """"Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks": the parser made the counterpart
    a conjunct of the first subject and the name after it a second subject of the verb. A name right
    after a conjoined common noun is that noun's appositive, as in the object ("met his Turkish
    counterpart Mevlut Cavusoglu")."""
    if token.pos_ != "PROPN" or token.left_edge.i == 0:
        return
    title = token.doc[token.left_edge.i - 1]
    first = title.head
    if title.dep_ != "conj" or title.pos_ != "NOUN" or title.right_edge.i != title.i or first.dep_ != "nsubj" or first.head.i != token.head.i:
        return
    token.head, token.dep_ = title, "appos"


# Nouns of the one who holds the same office: "and her Slovenian counterpart Borut Pahor".
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})


def _name_read_as_first_conjuncts_appositive(token: Token) -> None:
    """"Croatian Prime Minister Jadranka Kosor and her Slovenian counterpart Borut Pahor signed": the parser
    made the counterpart a conjunct of the first name and the name after it that first name's appositive. A
    name right after a conjoined "counterpart", with no comma between, is its appositive, as when the name is
    read as a second subject (above). Other nouns are left alone: an appositive of the first name may follow them."""
    if token.dep_ != "appos" or token.pos_ != "PROPN" or token.left_edge.i == 0:
        return
    title = token.doc[token.left_edge.i - 1]
    first = token.head
    if title.dep_ != "conj" or title.lower_ not in COUNTERPART_NOUNS or title.head.i != first.i or title.right_edge.i != title.i or first.i > title.i:
        return
    token.head = title


def _lead_read_as_subject_of_attribution(token: Token) -> None:
    """"Islamic State militants abducted 90 Christians in Syria, a monitoring group said": the parser made
    the lead's verb a participle on its subject, and that subject a first subject of the trailing "said". A
    participle right after the noun that takes an object of its own, with no auxiliary or "by" phrase, is
    what was said, and the noun its subject; the speaker after the comma says it."""
    said = token.head
    if said.lemma_.lower() not in REPORTING_VERBS or token.i > said.i or token.dep_ != "nsubj":
        return
    speaker = next((c for c in said.children if c.dep_ == "nsubj" and c.i > token.i), None)
    if speaker is None or speaker.left_edge.i == 0 or token.doc[speaker.left_edge.i - 1].text != ",":
        return
    verb = next((c for c in token.children if c.dep_ == "acl" and c.i == token.i + 1), None)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.right_edge.i >= speaker.left_edge.i:
        return
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children) or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return
    verb.head, verb.dep_ = said, "ccomp"
    token.head, token.dep_ = verb, "nsubj"


def _neighbouring_adjective(token: Token) -> None:
    """"accused neighbouring Eritrea on Wednesday of invading": the parser made "neighbouring" a verb
    (xcomp/ccomp/advcl/conj) with the country as its object, and left the verb before it none. The
    name is that verb's object; "neighbouring" describes it."""
    verb = token.head
    if token.pos_ != "VERB" or token.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "oprd") or verb.pos_ != "VERB" or verb.i > token.i:
        return
    if any(c.dep_ in OBJECT_DEPS for c in verb.children) or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in token.children):
        return
    name = next((c for c in token.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1), None)
    if name is None:
        return
    for phrase in [c for c in token.children if c.dep_ in ("prep", "npadvmod") and c.i > name.i]:
        phrase.head = verb  # "accused neighbouring Sudan of attacking Adre": the "of" phrase is the verb's
    name.head, name.dep_ = verb, "dobj"
    token.head, token.dep_, token.pos_, token.tag_ = name, "amod", "ADJ", "JJ"


def _describing_participle(token: Token) -> None:
    """"indicted ousted President Hosni Mubarak", "gave striking teachers a 48-hour ultimatum": the parser
    made the participle right after a verb with no object of its own a verb (xcomp/ccomp/advcl/oprd)
    taking the noun after it. The noun, and any second object, are that verb's; the participle describes
    the noun. Not a conjunct ("surrounded and detained President X") nor a gerund of aspect ("began
    striking protesters")."""
    verb = token.head
    if _preposition_read_as_infinitive(token) or _participle_read_as_gerund(token):
        return
    if token.pos_ != "VERB" or token.dep_ not in ("xcomp", "ccomp", "advcl", "oprd") or verb.pos_ != "VERB" or token.i != verb.i + 1:
        return
    if verb.lemma_.lower() in ASPECT_VERBS or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return
    noun = next((c for c in token.children if c.dep_ in ("dobj", "obj", "dative")), None)
    if noun is None or noun.pos_ not in ("PROPN", "NOUN") or noun.left_edge.i != token.i + 1:
        return
    if token.lower_ == "visiting" and visitor_participle(token, ("xcomp", "ccomp", "advcl", "oprd")) is None:
        # "considered visiting Iran": the visit is the act; only a titled visitor is described
        return
    noun.head = verb
    if noun.dep_ == "obj":
        noun.dep_ = "dobj"
    # "gave striking teachers an ultimatum on Thursday": the second object and phrases are the verb's
    _participle_describes(token, noun, verb, ("dobj", "obj", "prep", "npadvmod", "advcl"))


def _participle_read_as_gerund(token: Token) -> bool:
    """"seized the town from retreating government troops", "took the case to ousted President X's lawyers":
    the parser made the participle right after a preposition a gerund (pcomp) taking the noun after it.
    A past participle is no gerund, nor is the -ing form of a verb that takes no object: the noun is the
    preposition's object, and the participle describes it ("barred from visiting Israel" is a gerund).
    True when so repaired."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ not in ("prep", "agent") or token.i != prep.i + 1 or prep.head.i == prep.i:
        return False
    if token.tag_ not in ("VBN", "VBD") and token.lower_ not in INTRANSITIVE_PARTICIPLES:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return False
    noun = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if noun is None or noun.pos_ not in ("PROPN", "NOUN") or noun.left_edge.i != token.i + 1:
        return False
    noun.head, noun.dep_ = prep, "pobj"
    _participle_describes(token, noun, prep.head, ("prep", "npadvmod", "advcl"))
    return True


def _participle_describes(token: Token, noun: Token, verb: Token, moved: tuple[str, ...]) -> None:
    """Make the participle ``token`` an adjective of ``noun`` (already re-hung by the caller), and its
    dependents of the kinds ``moved`` after the noun ``verb``'s ("... to Kabul on Wednesday")."""
    for child in [c for c in token.children if c.i > noun.i and c.dep_ in moved]:
        child.head = verb
    token.head, token.dep_, token.pos_, token.tag_ = noun, "amod", "ADJ", "JJ"


def _preposition_read_as_infinitive(token: Token) -> bool:
    """"granted asylum to ousted President Kurmanbek Bakiyev": the parser made "to" the infinitive mark of the
    participle and the name its object. A past participle takes no infinitive "to": the "to" is the verb's
    preposition, the name its object, and the participle describes the name. True when so repaired."""
    verb, to = token.head, token.doc[token.i - 1] if token.i else None
    if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != token.i or token.tag_ not in ("VBN", "VBD"):
        return False
    if token.dep_ not in ("xcomp", "ccomp", "advcl") or verb.pos_ != "VERB" or verb.i > token.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "mark") or (c.dep_ == "aux" and c.i != to.i) for c in token.children):
        return False
    noun = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if noun is None or noun.pos_ not in ("PROPN", "NOUN") or noun.left_edge.i != token.i + 1:
        return False
    to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
    noun.head, noun.dep_ = to, "pobj"
    _participle_describes(token, noun, verb, ("prep", "npadvmod", "advcl"))
    return True


def _after_own_mark(subject: Token, verb: Token) -> bool:
    """True for a subject right after a subordinating word hung on the same verb ("since the raids")."""
    before = subject.left_edge.i - 1
    return before >= 0 and subject.doc[before].dep_ == "mark" and subject.doc[before].head.i == verb.i


def _lacks_subject(verb: Token) -> bool:
    """A verb with no subject of any kind: one the parser may have hung elsewhere."""
    return verb.pos_ == "VERB" and not any(c.dep_ in ANY_SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)


def _subject_of_leading_participle(verb: Token) -> None:
    """"Opposition leader Corazon Aquino, addressing a rally in Manila, demanded that Marcos step down":
    the parser made Aquino the subject of the participle between commas and left the verb none. The
    name is the verb's subject; the participle shares it."""
    if not _lacks_subject(verb):
        return
    for participle in verb.lefts:
        if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i == 0 or participle.doc[participle.i - 1].text != ",":
            continue
        subject = next((c for c in participle.lefts if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
        if subject is not None and subject.right_edge.i >= participle.i - 2:  # the comma may hang on the name
            subject.head = verb
            return


def _reduced_relative(root: Token) -> None:
    """"Two journalists detained in Cairo last week were freed on Monday by police": the parser took
    "journalists detained" for subject and verb and hung "were freed" on it. The participle describes
    the journalists; "were freed" is the main verb, and they are its subject. Only with no object,
    auxiliary or comma that would make the first verb a clause of its own."""
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or root.i == 0:
        return
    subject = next((c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == root.i - 1), None)
    if subject is None or any(c.dep_ in ("aux", "auxpass", "neg", "dobj", "obj", "cc") for c in root.children):
        return
    main = next((c for c in root.rights if c.dep_ in ("conj", "ccomp") and c.tag_ == "VBN"), None)
    if main is None or has_own_subject(main):
        return
    passive = next((c for c in main.lefts if c.dep_ == "auxpass"), None)
    if passive is None or passive.i != main.left_edge.i or root.doc[passive.i - 1].is_punct:
        return
    main.head, main.dep_ = main, "ROOT"
    root.head, root.dep_, root.tag_ = subject, "acl", "VBN"
    subject.head, subject.dep_ = main, "nsubjpass"


def _finite_verb_under_a_noun_root(root: Token) -> None:
    """"Thousands of students demanding the resignation of Suharto rallied in Jakarta": the parser made
    the subject noun the sentence's root and hung the past-tense verb on a noun inside the participle
    phrase. A verb in the past tense with no subject is the main verb, and the root noun its subject."""
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT":
        return
    unsubjected = [t for t in root.subtree if t.i > root.i and t.pos_ == "VERB" and t.dep_ in ("acl", "relcl")
                   and not has_own_subject(t)]
    # "Hundreds of thousands of marchers converged on the palace": the tagger may read the past tense as a
    # participle; with no past-tense verb to be the main one, a participle of a verb that has no passive, with
    # no auxiliary, hung right on the root's phrase is ("Hundreds of civilians killed in air strikes", a
    # headline, stays a passive participle)
    verb = next((t for t in unsubjected if t.tag_ == "VBD"), None) or next(
        (t for t in unsubjected if t.tag_ == "VBN" and t.lemma_.lower() in INTRANSITIVE_MOVES and t.head.i in {n.i for n in of_chain(root)}
         and not any(c.dep_ in ("agent", "aux", "auxpass") for c in t.children)), None)
    if verb is None or any(c.dep_ == "punct" and c.text == "," for c in verb.lefts):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"


def _finite_verb_read_as_modifier_of_its_object(root: Token) -> None:
    """"Myanmar's military seized power and detained Aung San Suu Kyi": the parser made the object the
    root noun and hung the past-tense verb and the subject's words before it on the object as modifiers.
    A past-tense verb right before the root noun, after a word of the noun's own phrase, is the main verb:
    the word before it heads the subject, the root noun is the object, and what follows it is the verb's.
    So too when the parser gave the verb that word as its subject ("Philippine air force planes bombed
    positions of the rebels"): only the object and what follows were misplaced."""
    if root.pos_ != "NOUN" or root.dep_ != "ROOT" or root.i < 2:
        return
    verb, subject = root.doc[root.i - 1], root.doc[root.i - 2]
    if verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.head.i != root.i:
        return
    own_subject = subject.head.i == verb.i and subject.dep_ == "nsubj"
    if [c.i for c in verb.children] != ([subject.i] if own_subject else []):
        return
    if not own_subject and (subject.head.i != root.i or subject.dep_ not in ("amod", "compound")):
        return
    if subject.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return
    before = [c for c in root.children if c.i < subject.i]
    after = [c for c in root.children if c.i > root.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.pos_ == "ADJ":
        subject.pos_, subject.tag_ = "NOUN", "NN"
    for child in before:
        child.head = subject
    for child in after:
        if child.dep_ in ("conj", "cc", "punct", "prep", "npadvmod", "advcl", "advmod"):
            child.head = verb


def of_chain(noun: Token) -> list[Token]:
    """A noun and the nouns of its "of" phrases, up to MAX_OF_PHRASES down: "a wave of raids",
    "$40 billion of debt"."""
    nouns = [noun]
    while len(nouns) <= MAX_OF_PHRASES and (inner := next((prep_object(p) for p in nouns[-1].children if p.dep_ == "prep" and p.lower_ == "of"), None)) is not None:
        nouns.append(inner)
    return nouns


def _fronted(phrase: Token) -> bool:
    """A phrase that opens the sentence and a comma closes: "With elections looming, ..."."""
    end = phrase.right_edge.i
    comma = end if phrase.doc[end].text == "," else end + 1  # the parser may hang the comma inside the phrase
    return phrase.i == phrase.sent.start and comma < phrase.sent.end and phrase.doc[comma].text == ","


def _subject_out_of_opening_phrase(verb: Token) -> None:
    """"With the signing of a memorandum on a ceasefire, the Sudanese government and the SPLM have agreed
    to ...": the parser hangs the subject, after the comma, as a conjunct inside the opening phrase, and
    the verb has none. The noun phrase that runs from that comma to the verb (and its auxiliaries) is
    the verb's subject."""
    # "Meeting in Prague, Obama and Medvedev signed ...": an opening participle the parser made the subject
    leading = next((c for c in verb.lefts if c.dep_ in ("nsubj", "csubj") and c.tag_ == "VBG" and c.i == verb.sent.start), None)
    if leading is None and not _lacks_subject(verb):
        return
    if leading is not None and sum(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children) != 1:
        return
    opening = leading or next((c for c in verb.lefts if c.dep_ == "prep" and c.i == verb.sent.start), None)
    if opening is None:
        return
    doc, end = verb.doc, verb.i - 1
    while end > opening.i:
        if doc[end].head.i == verb.i and doc[end].dep_ in ("aux", "auxpass", "neg", "advmod"):
            end -= 1
        elif doc[end].text == "," and doc[end - 1].text != ",":  # "X, the FARC commander, signed"
            end -= 1
        elif (prep := next((c for c in verb.lefts if c.dep_ == "prep" and c.right_edge.i == end and c.i > opening.right_edge.i), None)) is not None:
            end = prep.left_edge.i - 1  # "Russia and China on Saturday vetoed"
        else:
            break
    noun = next(
        (t for t in opening.subtree if t.dep_ in ("conj", "appos") and t.pos_ in ("NOUN", "PROPN")
         and t.left_edge.i > opening.i and doc[t.left_edge.i - 1].lower_ == "," and t.right_edge.i == end),
        None,
    )
    if noun is not None:
        noun.head, noun.dep_ = verb, "nsubj"
        if leading is not None:
            leading.dep_ = "advcl"


# Nouns of a charge that a trailing clause says was denied ("..., a charge Kigali denied"), and verbs of denying it.
DENIED_CHARGES = frozenset({"charge", "claim", "accusation", "allegation"})
CHARGE_DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "dispute"})


def _charge_denied_read_as_root(root: Token) -> Token:
    """"Congo accused Rwanda of invading North Kivu, a charge Kigali denied": the parser made the trailing
    denial the root and the sentence a clause of it, with the charge its object, its subject (the denier
    the charge's appositive) or a compound of the denier, so the accusation read as what was denied. The
    sentence's verb is the root; the charge describes it, with the denial a relative clause on the
    charge, as the parser reads "..., a charge which Kigali denied". Returns the sentence's root."""
    if root.lemma_.lower() not in CHARGE_DENYING_VERBS:
        return root
    charge = next((c for c in root.children if c.dep_ in ("dobj", "nsubj") and c.i < root.i and c.lemma_.lower() in DENIED_CHARGES), None)
    # "a charge Kigali denies", with "a charge Kigali" parsed as one name
    named = [] if charge is not None else [
        (k, c) for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
        for k in c.children if k.dep_ == "compound" and k.pos_ == "NOUN" and k.lemma_.lower() in DENIED_CHARGES and k.i < c.i]
    if named:
        charge = named[0][0]
    if charge is None:
        return root
    start = min([charge.left_edge.i, *(d.i for _, n in named for d in n.children if d.dep_ == "det" and d.i < charge.i)])
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i < start), None)
    # the denier stands right before the denial and its auxiliaries ("a charge New Delhi has rejected")
    before = min([c.i for c in root.children if c.dep_ in ("aux", "neg") and c.i < root.i], default=root.i)
    denier = next((c for c in (*root.children, *charge.children) if c.dep_ in ("nsubj", "appos") and c.i != charge.i and c.right_edge.i == before - 1), None)
    if start == 0 or root.doc[start - 1].text != "," or said is None or denier is None:
        return root
    if any(c.dep_ not in ("punct", "aux", "neg") and c.i not in (charge.i, denier.i, said.i) for c in root.children):
        return root
    said.head, said.dep_ = said, "ROOT"
    charge.head, charge.dep_ = said, "npadvmod"
    root.head, root.dep_ = charge, "relcl"
    denier.head, denier.dep_ = root, "nsubj"
    for d in [d for _, n in named for d in n.children if d.dep_ == "det" and d.i < charge.i]:
        d.head = charge
    for c in [c for c in root.children if c.dep_ == "punct"]:
        c.head = said
    return said


def _reroot_participle(root: Token) -> None:
    """Make "unions threatened on Thursday to call a strike", parsed as the noun "unions" (the root)
    with "threatened ... to call" a participle clause on it, a sentence whose verb is "threatened" and
    whose subject is the noun. Only for verbs that take an infinitive, with the infinitive after them and
    no auxiliary or "by" phrase (not "unions threatened by the police")."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next((c for c in root.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD")), None)
    if verb is None or verb.lemma_.lower() not in INFINITIVE_TAKERS:
        return
    if any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return
    own = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and is_infinitive(c)]
    hung = [c for c in root.rights if c.i > verb.i and c.dep_ in ("acl", "relcl", "advcl") and c.pos_ in ("VERB", "AUX") and is_infinitive(c)]
    if not own and not hung:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for c in (*own, *hung):
        c.head, c.dep_ = verb, "xcomp"
    for c in [c for c in root.rights if c.i > verb.i and c.dep_ == "punct"]:
        c.head = verb


def _lift_main_conjunct(token: Token) -> None:
    """Make a finite verb that the parser conjoined to a base-form complement ("called on Assad to step
    aside and imposed sanctions", "demanded that Georgia provide information and threatened to act") a
    conjunct of the main verb, whose tense it shares: a past or present verb cannot be conjoined to an
    infinitive or a mandative "that" clause. Not for verbs whose form is their lemma ("cut", "set": the tag
    is a guess) or that have a subject or auxiliary of their own."""
    head = token.head
    main = head.head
    if token.pos_ != "VERB" or head.dep_ not in ("xcomp", "ccomp") or main.i == head.i or main.pos_ != "VERB":
        return
    if not (head.tag_ == "VB" or (head.tag_ == "VBP" and head.dep_ == "ccomp")):
        return  # "to step aside", "that Georgia provide" (a subjunctive the tagger reads as present)
    tense = token.tag_ == main.tag_ == "VBZ" or (main.tag_ == "VBD" and token.tag_ in ("VBD", "VBN"))
    if not tense or token.lower_ == token.lemma_.lower() or token.i < head.i:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return
    for c in [c for c in head.children if c.dep_ == "cc" and c.i < token.i and all(k.i > c.i for k in head.children if k.dep_ == "conj" and k.i != token.i and k.i < token.i)]:
        c.head = main
    token.head = main


def _for_phrase_read_as_mark(token: Token) -> None:
    """"asked the United States on Tuesday for economic aid to rebuild Osh": after a time, the parser made
    "for" the mark of the purpose infinitive and left the noun its object, not the infinitive's subject. A
    mark takes no object: "for" with its noun is a phrase of the verb the infinitive serves."""
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "for" and c.i < token.i), None)
    verb = token.head
    if mark is None or verb.i > mark.i or verb.pos_ != "VERB" or not is_infinitive(token):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) or not any(c.dep_ == "pobj" for c in mark.children):
        return
    mark.head, mark.dep_, mark.pos_, mark.tag_ = verb, "prep", "ADP", "IN"


def _participle_after_a_count(token: Token) -> None:
    """"deported 34 rejected asylum seekers", "freed 12 jailed activists": the parser made the number the
    verb's object and the participle right after it a conjoined verb taking the noun. With no "and" between
    them, the number counts the noun, the noun is the verb's object and the participle describes it."""
    verb, count = token.head, token.doc[token.i - 1]
    if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or verb.i > token.i:
        return
    if count.tag_ != "CD" or count.dep_ not in ("dobj", "obj") or count.head.i != verb.i:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "cc") for c in token.children):
        return
    noun = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != token.i + 1:
        return
    noun.head, noun.dep_ = verb, "dobj"
    count.head, count.dep_ = noun, "nummod"
    _participle_describes(token, noun, verb, ("prep", "npadvmod", "advcl", "advmod"))


def _head_noun_read_as_clause(token: Token) -> None:
    """"rejected a ceasefire offer from the rebels", "welcomed a truce proposal by the army": the parser made
    the compound's head noun ("offer") a clause of the noun before it ("ceasefire"), taking the phrases that
    say whose it is. A singular or plural noun cannot head a clause: it heads the phrase, and the word
    before it modifies it, as in "the rebels' ceasefire offer"."""
    modifier = token.head
    if token.tag_ not in ("NN", "NNS") or modifier.pos_ != "NOUN" or modifier.i != token.i - 1 or modifier.head.i == modifier.i:
        return
    if any(c.i > modifier.i and c.i != token.i for c in modifier.children):
        return
    token.head, token.dep_ = modifier.head, modifier.dep_
    for child in [c for c in modifier.children if c.i < modifier.i]:
        child.head = token
    modifier.head, modifier.dep_ = token, "compound"


def _noun_read_as_conjoined_verb(token: Token) -> None:
    """"fired tear gas and shotgun pellets at protesters", "imposed an arms embargo, travel bans and asset
    freezes on Eritrea": the parser made the last conjoined noun a present-tense verb conjoined to the
    past-tense one, taking the noun after it ("pellets") and the verb's phrases ("at protesters"). A
    present-tense verb with no subject of its own cannot share a past-tense verb's subject: it is a noun
    conjoined to the verb's object ("shotgun" of "pellets"), and its phrases are the verb's."""
    verb = token.head
    if token.tag_ not in PRESENT_TAGS or verb.tag_ != "VBD" or verb.i > token.i or token.lemma_.lower() in REPORTING_VERBS:
        return
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < token.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in UNSHARED_CLAUSE_DEPS for c in token.children):
        return
    inner = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if inner:
        # "shotgun pellets": the word before a bare noun right after it modifies it.
        noun = inner[0]
        if len(inner) > 1 or noun.i != token.i + 1 or noun.pos_ != "NOUN" or any(c.i < noun.i for c in noun.children):
            return
        token.head, token.dep_, token.pos_, token.tag_ = noun, "compound", "NOUN", "NN"
    elif token.tag_ == "VBZ" and token.lower_.endswith("s"):
        noun = token  # "asset freezes": a plural noun
        token.pos_, token.tag_ = "NOUN", "NNS"
    else:
        return
    for child in list(token.children) + list(noun.children if noun is not token else []):
        if child.dep_ in ("prep", "npadvmod", "advcl", "advmod", "punct") and child.i > noun.i:
            child.head = verb
    noun.head, noun.dep_ = obj, "conj"


def _conjoined_adjective_read_as_second_modifier(cc: Token) -> None:
    """"Egyptian and Sudanese air forces": the parser hung "and" on the first adjective but made the second
    a modifier of the noun of its own, not the first's conjunct; the forces are both countries'."""
    adjective = cc.head
    if adjective.dep_ != "amod" or adjective.i != cc.i - 1 or any(c.dep_ == "conj" for c in adjective.children):
        return
    second = cc.doc[cc.i + 1] if cc.i + 1 < len(cc.doc) else None
    if second is not None and second.dep_ == "amod" and second.head.i == adjective.head.i and second.pos_ == adjective.pos_:
        second.head, second.dep_ = adjective, "conj"


def _asked_for_clause(token: Token) -> None:
    """Make "for Israel to withdraw" after a verb of calling ("called for", "appealed for") or a call,
    appeal, request or demand noun ("renewed its call for the Council to lift") what is asked for: a
    clause (ccomp) with its own subject, as in "urged that Israel withdraw"."""
    head = token.head
    if not is_infinitive(token) or head.i == token.i:
        return
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
        # "renewed their call on Sunday for the Security Council to lift": "for" parsed as the verb's
        # preposition, its object ending right before the infinitive
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < token.i), None)
        noun = prep_object(prep) if prep is not None else None
        if noun is None or noun.right_edge.i != token.left_edge.i - 1 or noun.pos_ != "PROPN":
            return  # a named actor only: not "appealed for a rescue package to help Athens avoid default"
        lemma = head.lemma_.lower()
        if not ((head.pos_ == "VERB" and lemma in FOR_ASKING_VERBS) or any(c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS for c in head.children)):
            return
        prep.head, prep.dep_ = token, "mark"
        noun.head, noun.dep_ = token, "nsubj"
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return
    lemma = head.lemma_.lower()
    asking = (head.pos_ == "VERB" and lemma in FOR_ASKING_VERBS) or (head.pos_ == "NOUN" and lemma in ASKING_NOUNS)
    voiced = head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS and c.i < token.i for c in head.children)
    if asking or voiced:
        token.dep_ = "ccomp"
        # ", rejecting Zia's offer of talks" after the asked-for clause is the asker's participle clause
        owner = head if head.pos_ == "VERB" else head.head
        for c in [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > token.i and c.doc[c.left_edge.i - 1].lower_ == ","]:
            c.head = owner


def is_infinitive(verb: Token) -> bool:
    """A verb with its infinitive "to": "(threatened) to attack"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _attach_captives(token: Token) -> None:
    """Make "taken hostage" after a noun that noun's modifier (acl) where the parser made it a clause
    of the verb before: with the noun (or the phrase it ends) as its subject, which then is the verb's
    object, or with no subject at all."""
    if token.lower_ not in CAPTURED or token.i == 0 or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return  # "... said they had been taken hostage": a clause of its own
    if not any(_is_captive(c) for c in token.children if c.dep_ in OBJECT_DEPS or c.dep_ == "oprd"):
        return
    captive, verb = token.doc[token.i - 1], token.head
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if captive.pos_ not in NOMINAL or verb.i == token.i:
        return
    if subject is not None:
        if not subject.left_edge.i <= captive.i < token.i or any(c.dep_ in OBJECT_DEPS for c in verb.children):
            return
        subject.head, subject.dep_ = verb, "dobj"
    token.head, token.dep_ = captive, "acl"


def _captives_read_as_compound(hostage: Token) -> None:
    """"took 52 American diplomats hostage": the parser makes the captives a compound of "hostage", itself
    a clause of the verb or (when a nationality or other adjective says whose they are) its object; the
    captives are the verb's object and "hostage" its predicate, as in "took 800 people hostage"."""
    verb = hostage.head
    if hostage.lower_ not in CAPTIVES or hostage.pos_ != "NOUN" or verb.lemma_.lower() not in HOLDING_CAPTIVE or verb.i > hostage.i:
        return
    captives = next((c for c in hostage.children if c.dep_ == "compound" and c.pos_ in NOMINAL), None)
    if captives is None or any(c.dep_ in OBJECT_DEPS for c in verb.children if c.i != hostage.i):
        return
    if hostage.dep_ != "ccomp" and not any(c.dep_ == "amod" for c in captives.children):
        return  # "took its 25 crew members hostage": who they are is no more than "hostage" says
    for word in [c for c in hostage.children if c.i < captives.i]:
        word.head = captives  # "took its seven crew members hostage": the crew's
    captives.head, captives.dep_ = verb, "dobj"
    hostage.dep_ = "oprd"


def _lift_content_of_trailing_attribution(token: Token) -> None:
    """"Kibaki said on Wednesday he was optimistic ..., state radio reported": the parser hangs what was
    said on the trailing attribution ("reported"), itself hung on "said"; it is the first verb's."""
    said = token.head
    if token.lemma_.lower() not in REPORTING_VERBS or said.i >= token.i or said.lemma_.lower() not in REPORTING_VERBS:
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.left_edge.i == 0 or token.doc[subject.left_edge.i - 1].text != ",":
        return
    content = next((c for c in token.children if c.dep_ == "ccomp" and said.i < c.i < subject.left_edge.i), None)
    if content is not None and not any(c.dep_ in COMPLEMENT_DEPS and c.i != token.i for c in said.children):
        content.head = said


def _object_read_as_speaker(content: Token) -> None:
    """"Kim Jong Un has offered to meet President Donald Trump, South Korean adviser Chung Eui-yong said":
    the parser made the name that ends what was said the subject of the trailing "said", and the speaker
    after the comma its conjunct. A name right after the reported clause, whose last word is a verb with
    no object, joined to the speaker by a comma alone, is that verb's object; the speaker says it."""
    said = content.head
    if said.lemma_.lower() not in REPORTING_VERBS or content.i > said.i:
        return
    name = next((c for c in said.children if c.dep_ == "nsubj" and c.left_edge.i == content.right_edge.i + 1), None)
    verb = content.doc[content.right_edge.i]
    if name is None or name.pos_ != "PROPN" or verb.pos_ != "VERB" or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return
    speaker = next((c for c in name.children if c.dep_ == "conj"), None)
    if speaker is None or speaker.right_edge.i != said.i - 1 or any(c.dep_ == "cc" for c in name.children):
        return
    comma = name.doc[speaker.left_edge.i - 1]
    if comma.text != "," or comma.head.i != name.i:
        return
    comma.head = said
    speaker.head, speaker.dep_ = said, "nsubj"
    name.head, name.dep_ = verb, "dobj"


# Plural nouns of asking that the parser may read as a present-tense verb ("rejected U.N. calls for a ceasefire").
ASKING_PLURALS = frozenset({"calls", "demands"})
# What may stand before a noun as its own: "U.N. calls" (a name the parser made the subject), "opposition calls".
NOUN_MODIFIERS = frozenset({"nsubj", "compound", "amod", "nmod", "det", "poss", "nummod"})
# Verbs that take a clause without "that" ("said Egypt calls for a truce"): what follows them may be a clause.
CLAUSE_TAKERS = REPORTING_VERBS | {
    "think", "believe", "hope", "fear", "feel", "know", "expect", "suggest", "warn", "predict", "doubt", "understand", "hear",
    "learn", "find", "show", "mean", "suspect", "worry", "assume", "agree", "admit", "acknowledge", "deny", "concede", "recall",
}
# Verbs whose "that" clause may follow "for the first time" ("demanded for the first time that Assad step
# down"): those that take a clause, and those that ask for one.
THAT_CLAUSE_TAKERS = CLAUSE_TAKERS | {"demand", "urge", "ask", "request", "propose", "recommend", "order", "recognize", "recognise", "accept", "conclude"}
# Words that make "time" an occasion counted ("for the first time"), not a time of day.
COUNTED_OCCASIONS = frozenset({"first", "second", "third", "last"})


def _clause_after_first_time(token: Token) -> None:
    """"Obama demanded for the first time that Assad step down", "Iran admitted for the first time that
    its forces had shot down the airliner": the parser made what was demanded or admitted a relative
    clause of "time". A "that" clause right after "for the first (second, last) time" hung on a verb that
    takes one is that verb's clause."""
    time = token.head
    prep = time.head
    verb = prep.head
    if time.lemma_.lower() != "time" or time.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return
    mark = token.left_edge
    if mark.lower_ != "that" or mark.i != time.i + 1 or verb.lemma_.lower() not in THAT_CLAUSE_TAKERS or verb.i > prep.i:
        return
    if not any(c.dep_ == "amod" and c.lower_ in COUNTED_OCCASIONS for c in time.children):
        return
    token.head, token.dep_ = verb, "ccomp"
    if mark.head.i == token.i:
        mark.dep_ = "mark"


def _asking_noun_read_as_verb(token: Token) -> None:
    """"Israel rejected U.N. calls for a ceasefire", "Maduro rejected opposition calls for him to step
    down": the parser made the plural noun a present-tense verb, the name before it its subject and
    the two a clause of the verb. After a verb that takes no clause without "that", with nothing but
    that name (and a time) between them, the noun is the verb's object and the name its modifier. So when
    the name was made the verb's object ("Syria rejected Arab League calls for Assad to step down")."""
    verb = token.head
    if token.lower_ not in ASKING_PLURALS or token.tag_ != "VBZ" or verb.pos_ != "VERB" or verb.i > token.i:
        return
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass"]
    # (a name right before the noun that the parser made the verb's object is the noun's modifier)
    owner = objects[0] if len(objects) == 1 and objects[0].dep_ == "dobj" and objects[0].pos_ == "PROPN" and objects[0].right_edge.i == token.i - 1 else None
    if verb.lemma_.lower() in CLAUSE_TAKERS or (objects and owner is None):
        return
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark", "dobj", "nsubjpass") for c in token.children):
        return
    # what stands before the noun is its own modifiers: a name parsed as its subject, adjectives, compounds
    before = [c for c in token.children if c.i < token.i]
    if any(c.dep_ not in NOUN_MODIFIERS or c.pos_ == "PRON" for c in before) or any(c.dep_ == "nsubj" and c.right_edge.i != token.i - 1 for c in before):
        return
    start = owner.left_edge.i if owner is not None else token.left_edge.i
    if not all(_in_time_phrase(token.doc[i], verb) for i in range(verb.i + 1, start)):
        return
    for name in before:
        if name.dep_ == "nsubj":
            name.dep_ = "amod" if name.pos_ == "ADJ" else "compound"
    if owner is not None:
        owner.head, owner.dep_ = token, "compound"
    token.dep_, token.pos_, token.tag_ = "dobj", "NOUN", "NNS"


def _subjunctive_read_as_noun(token: Token) -> None:
    """"demanded that the Palestinian Authority hand over the gunmen": a bare verb after a singular subject
    (the mandative subjunctive) is tagged a noun, though the parser gave it the clause's "that" and
    subject. A word so parsed is the clause's verb."""
    if token.pos_ != "NOUN" or token.head.pos_ != "VERB" or token.head.i > token.i:
        return
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and any(c.dep_ == "nsubj" for c in token.children):
        token.pos_, token.tag_ = "VERB", "VB"


# Verbs that take a recipient and a thing given as two objects ("handed the IAEA a declaration").
DITRANSITIVE_VERBS = GIVING_VERBS | {"pass", "present", "deliver", "show"}


def _misread_dative(verb: Token, first: Token | None, second: Token) -> bool:
    """Whether a verb's first object is a misread dative before a second, common-noun object (spaCy makes both dobj)."""
    return (first is not None and first.dep_ == "dobj" and first.pos_ in ("PROPN", "NOUN") and second.pos_ == "NOUN"
            and verb.lemma_.lower() in DITRANSITIVE_VERBS and verb.i < first.i and second.left_edge.i == first.right_edge.i + 1)


def _is_captive(noun: Token) -> bool:
    """A bare "hostage" or "captive": what someone was made, not hostages someone holds."""
    return noun.lower_ in CAPTIVES and not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in noun.children)


def _in_addressee(token: Token, verb: Token) -> bool:
    """True when ``token`` is in whom an appeal is made to ("called on Iran on Friday to release",
    "urged Hamas on Monday to free"); a verb that addresses no one has none."""
    phrase = _phrase_of(token, verb)
    if phrase is None or verb.lemma_.lower() not in ADDRESSING_VERBS:
        return False
    return phrase.dep_ in ("dobj", "prt") or (phrase.dep_ == "prep" and phrase.lower_ in ("on", "upon", "to"))


def _in_agent(token: Token, verb: Token) -> bool:
    """True when ``token`` is in the "by" phrase of a passive appeal ("was urged by the UN on Monday to free")."""
    phrase = _phrase_of(token, verb)
    return phrase is not None and phrase.dep_ == "agent" and verb.lemma_.lower() in ADDRESSING_VERBS


def _phrase_of(token: Token, verb: Token) -> Token | None:
    """The dependent of ``verb`` whose phrase holds ``token``, or None when it is not below the verb."""
    while token.head.i != verb.i:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _in_venue_phrase(token: Token, verb: Token) -> bool:
    """True when ``token`` is in a phrase of ``verb`` that says where or at what occasion ("pledged at a
    summit in Aqaba to end", "vowed in a televised speech to retaliate"), or is a comma around it."""
    phrase = _phrase_of(token, verb)
    if phrase is None:
        return token.is_punct and token.head.i == verb.i
    return (phrase.dep_ == "prep" and phrase.lower_ in ("at", "in", "during")) or (phrase.dep_ == "punct" and phrase.lower_ == ",")


def _is_manner_adverb(token: Token, verb: Token) -> bool:
    """True for an adverb of ``verb`` itself ("appealed directly to the rebels to free", "urged Iran
    again to halt")."""
    return token.dep_ == "advmod" and token.pos_ == "ADV" and token.head.i == verb.i and not list(token.children)


def _in_time_phrase(token: Token, verb: Token) -> bool:
    """True when ``token`` is in a phrase of ``verb`` that says when ("on Tuesday", "today")."""
    token = _phrase_of(token, verb)
    if token is None:
        return False
    if token.dep_ == "prep":
        pobj = prep_object(token)
        return pobj is not None and is_time(pobj)
    return token.dep_ in ("npadvmod", "advmod", "nmod") and is_time(token)


@dataclass(frozen=True)
class VerbMatch:
    """The pattern that fired for a verb, and the preposition it names for the target."""

    pattern: VerbPattern
    target_prep: str | None
    complement: Token | None
    source_token: Token | None = None  # named by a pattern element marked as the source
    target_token: Token | None = None  # named by a pattern element marked as the target


class VerbIndex:
    """Patterns grouped by verb lemma, most specific first."""

    def __init__(self, patterns: Iterable[VerbPattern]):
        by_verb: dict[str, list[tuple[int, int, VerbPattern]]] = defaultdict(list)
        for order, pattern in enumerate(patterns):
            by_verb[pattern.verb].append((-pattern.specificity, order, pattern))
        self._by_verb = {verb: [p for *_, p in sorted(entries, key=lambda e: e[:2])] for verb, entries in by_verb.items()}
        # (lemma, text) -> the verb its patterns are keyed by: asked of every verb token, twice.
        self._keys: dict[tuple[str, str], str | None] = {}

    def __contains__(self, lemma: str) -> bool:
        return lemma in self._by_verb

    def __len__(self) -> int:
        return sum(len(patterns) for patterns in self._by_verb.values())

    def patterns_for(self, lemma: str) -> list[VerbPattern]:
        """The patterns of a verb lemma, most specific first."""
        return self._by_verb.get(lemma, [])

    def has_patterns(self, token: Token) -> bool:
        """True when some pattern is keyed by the token's lemma or, failing that, its text."""
        return self._key(token) is not None

    def _key(self, verb: Token) -> str | None:
        """The verb a token's patterns are keyed by: its text when the dictionary lists that form as
        a verb of its own ("LEFT" beside "LEAVE"), else its lemma, else (the lemmatizer errs: "staged"
        is "stag") the text without its inflection; a verb of pace with none of its own is read as
        "begin" ("sped up the deployment of peacekeepers")."""
        forms = words_of(verb)
        if forms not in self._keys:
            lemma, lower = forms
            if lower != lemma and lower in self._by_verb:
                key = lower
            elif lemma in self._by_verb:
                key = lemma
            else:
                key = next((stem for stem in _stems(lower) if stem in self._by_verb), None)
            if key is None and lemma in PACE_VERBS and PACED_AS in self._by_verb:
                key = PACED_AS
            self._keys[forms] = key
        return self._keys[forms]

    def _match(self, clause: Clause, by_content: bool = False, lemma: str | None = None) -> VerbMatch | None:
        verb = clause.verb
        key = lemma if lemma is not None and lemma in self._by_verb else self._key(verb)
        patterns = self._by_verb[key] if key is not None else ()
        present: tuple[frozenset[str], frozenset[str]] | None = None
        best: VerbMatch | None = None
        rivals: list[VerbMatch] = []
        for pattern in patterns:
            if by_content and pattern.obj is None:
                continue
            if pattern.words_before or pattern.words_after:
                # PETRARCH verbs carry hundreds of word patterns: reject, by set operations, those
                # whose words do not occur at all before or after the verb before scanning tokens.
                if present is None:
                    present = _words_around(verb)
                if not (_may_occur(pattern.words_before, present[0]) and _may_occur(pattern.words_after, present[1])):
                    continue
            if best is not None and pattern.specificity < best.pattern.specificity:
                break
            found = _holds(pattern, clause)
            if found is None:
                continue
            if best is None:
                best = found
            else:
                rivals.append(found)
        if rivals:
            # Of patterns that demand as much, the one naming more of the object's words says more:
            # "withdrew its peacekeeping force" is a withdrawal of peacekeepers before one of troops;
            # remaining ties go to the pattern written first.
            best = max((best, *rivals), key=lambda f: (
                # an act the complement names itself before one only conjoined to it
                f.complement is None or f.complement in clause.acts,
                max(_object_width(f.pattern, clause), _comp_width(f) if (f.pattern.code or "")[:2] == (best.pattern.code or "")[:2] else 0),
                not (f.pattern.obj is not None and clause.obj is not None and not is_in(clause.obj, f.pattern.obj)
                     and any(is_in(k, f.pattern.obj) for k in clause.obj.conjuncts))))
        return best

    def match(self, clause: Clause, lemma: str | None = None) -> VerbMatch | None:
        """The most specific pattern of the clause's verb that holds, or None. An object that carries
        a proposal is coded by what it proposes when some pattern names that ("rejected calls for
        aid" is a rejected request for aid before it is a rejected call)."""
        if clause.content:
            carrier = replace(clause, obj=None)
            found = self._match(carrier, by_content=True, lemma=lemma)
            if found is not None:
                return found
        return self._match(clause, lemma=lemma)


def described(noun: Token | None) -> tuple[Token, ...]:
    """The words a named noun is described by: the titles before it ("politician Pim Fortuyn",
    "Prime Minister Yitzhak Rabin") and its apposition ("the Islamic Salvation Front, Algeria's main
    opposition party"); () for a common noun."""
    if noun is None or noun.pos_ != "PROPN":
        return ()
    return tuple(c for c in noun.children if (c.dep_ == "compound" and c.i < noun.i) or c.dep_ == "appos")


def _object_candidates(clause: Clause) -> tuple[Token, ...]:
    """The nouns an ``obj=`` constraint may match: the object, any noun conjoined to it ("providing
    photographs and other intelligence"), its titles, the nouns of quantity read through, and what a
    carrier object proposes; with no object, the one a conjoined verb shares. Read once per clause."""
    if clause.candidates is None:
        if clause.obj is None:
            shared = shared_object(clause)
            clause.candidates = (*clause.content, *clause.predicates, *((shared, *described(shared)) if shared is not None else ()))
        else:
            referent = () if clause.referent is None else (clause.referent,)
            clause.candidates = (
                clause.obj, *clause.obj.conjuncts, *described(clause.obj), *clause.quantities, *clause.content, *clause.predicates, *referent
            )
    return clause.candidates


@functools.lru_cache(maxsize=4096)
def _key_words(words: frozenset[str]) -> frozenset[str]:
    """The words a token must be for ``phrase_width`` to find any of ``words`` at it: the words
    themselves, the last words of their phrases and the first words of head-first phrases."""
    return words | frozenset(_multiword(words)) | frozenset(_head_first(words))


def _particle_object_is(pattern: VerbPattern, clause: Clause) -> bool:
    """A phrasal verb's object parsed as its particle's: "demanded that the IRA hand over its weapons",
    with "over" a preposition and "weapons" its object, is the handing over of weapons."""
    return clause.obj is None and any(is_in(o, pattern.obj) for p in pattern.particles for o in clause.prep_objects(p))


def _may_name_object(words: frozenset[str], clause: Clause) -> bool:
    """False when no object candidate can be one of an obj= constraint's ``words``: one set test
    (the candidates' words read once per clause) before the token checks."""
    if clause.candidate_words is None:
        clause.candidate_words = frozenset(w for t in _object_candidates(clause) for w in words_of(t))
    return SUSPECT in words or not _key_words(words).isdisjoint(clause.candidate_words)


def shared_object(clause: Clause) -> Token | None:
    """The object an active verb with none shares with the verb conjoined after it, which has no
    subject of its own: "beat and arrested the protesters"."""
    if clause.passive:
        return None
    for k in clause.verb.children:
        if k.dep_ == "conj" and k.i > clause.verb.i and k.pos_ == "VERB" and not has_own_subject(k):
            obj = next((o for o in k.children if o.dep_ in ("dobj", "obj")), None)
            return _object_path(obj)[-1] if obj is not None else None
    return None


def _pronoun_referent(clause: Clause) -> Token | None:
    """Whom an object pronoun of a verb that follows on from another stands for: that verb's object
    ("arrested a diplomat and expelled him"), when they agree in number (not "broke up a protest,
    beating them")."""
    if clause.obj.lower_ not in PERSONAL_OBJECTS or clause.passive or clause.verb.dep_ not in ("conj", "advcl"):
        return None
    first = next((c for c in clause.verb.head.children if c.dep_ in OBJECT_DEPS), None)
    noun = _object_path(first)[-1] if first is not None else None
    if noun is not None and (noun.tag_ in PLURAL_NOUN_TAGS) == (clause.obj.lower_ == "them"):
        return noun
    return None


def _comp_width(found: VerbMatch) -> int:
    """How many words of a phrase of the pattern's comp= the object of its light-verb complement
    matched ("agreed to provide legal assistance": 2 for "legal assistance"); 0 for none."""
    verb = found.complement
    if found.pattern.comp is None or verb is None or verb.lemma_.lower() not in LIGHT_VERBS:
        return 0
    return phrase_width(_light_object(verb), found.pattern.comp)


def _object_width(pattern: VerbPattern, clause: Clause) -> int:
    """The most words of a phrase of the pattern's ``obj=``, ``prep=...:`` or ``before=`` the clause matched."""
    width = 0
    if pattern.obj is not None:
        width = max((phrase_width(t, pattern.obj) for t in _object_candidates(clause)), default=0)
    if pattern.prep is not None and pattern.prep_obj is not None:
        width = max((width, *(phrase_width(o, pattern.prep_obj) for o in through_quantities(clause.prep_objects(pattern.prep)))))
    if pattern.before is not None:
        width = max((width, *(phrase_width(t, pattern.before) for t in _words_before(clause))))
    return width


def _stems(word: str) -> tuple[str, ...]:
    """Base forms a regularly inflected verb may have: "staged" -> stage, "stopped" -> stop,
    "carries" -> carry, "shelling" -> shell."""
    stems: list[str] = []
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems.extend((stem, stem + "e"))
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # doubled consonant
            if suffix in ("ed", "es") and stem.endswith("i"):
                stems.append(stem[:-1] + "y")
    return tuple(stems)


def _words_around(verb: Token) -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas and lower-cased forms of the words before the verb (in its sentence) and after it."""
    before, after = set(), set()
    for token in verb.sent:
        if token.i < verb.i:
            before.update(words_of(token))
    for token in verb.subtree:
        if token.i > verb.i:
            after.update(words_of(token))
    return frozenset(before), frozenset(after)


@functools.lru_cache(maxsize=65536)
def _last_words(words: frozenset[str]) -> frozenset[str]:
    """The word each alternative ends on (a phrase "golden goblin galleons" ends on "galleons")."""
    return frozenset(w.rsplit(" ", 1)[-1] for w in words)


def _may_occur(elements: tuple[PhraseElement, ...], present: frozenset[str]) -> bool:
    """False when some required word of the elements is absent from ``present`` (a cheap necessary test)."""
    for element in elements:
        if element.prep is not None and element.prep not in present:
            return False
        for words in element.words:
            if _last_words(words).isdisjoint(present):
                return False
    return True


def _holds(pattern: VerbPattern, clause: Clause) -> VerbMatch | None:
    target_prep = pattern.prep
    for particle in pattern.particles:
        if particle not in clause.particles:
            return None
        if target_prep is None and clause.prep_objects(particle):
            target_prep = particle
    if pattern.obj is not None and not (
        _may_name_object(pattern.obj, clause) and any(is_in(t, pattern.obj) or (SUSPECT in pattern.obj and _accused(t)) for t in _object_candidates(clause))
    ) and not _particle_object_is(pattern, clause):
        return None
    if pattern.prep is not None:
        objects = clause.prep_objects(pattern.prep)
        if pattern.prep == "with" and pattern.prep_obj is None and (pattern.code or "")[:2] in PARTNERING_ROOTS:
            # "launched exercises with live ammunition": the means, not a partner to cooperate with; warships
            # a country's name marks ("exercises with Russian warships") are that country's, a partner.
            objects = [o for o in objects if o.lemma_.lower() not in MEANS_NOT_PARTNERS or _named_as_anothers(o)]
        if not objects or (pattern.prep_obj is not None and not any(names_prep_object(o, pattern.prep_obj) for o in objects)):
            return None
    if pattern.before is not None and not any(is_in(t, pattern.before) for t in _words_before(clause)):
        return None
    complement = None
    if pattern.comp is not None:
        complement = next((c for c in _acts_with_conjuncts(clause.acts) if names_action(c, pattern.comp)), None)
        if complement is None:
            return None
    roles: dict[str, Token] = {}
    if pattern.words_before or pattern.words_after:
        verb = clause.verb
        before = [t for t in verb.sent if t.i < verb.i]
        after = [t for t in verb.subtree if t.i > verb.i]
        for elements, tokens in ((pattern.words_before, before), (pattern.words_after, after)):
            if not _match_sequence(elements, tokens, roles, clause):
                return None
    return VerbMatch(pattern, target_prep, complement, roles.get("source"), roles.get("target"))


def _named_as_anothers(noun: Token) -> bool:
    """True when a name before a noun says whose it is: "Russian warships", "Russia's jets", "U.S. aircraft";
    not "live ammunition" or "its own warships"."""
    return any(c.i < noun.i and c.dep_ in ("amod", "compound", "poss") and c.tag_ in ("JJ", "NNP", "NNPS") and c.text[:1].isupper()
               and c.i != c.sent.start for c in noun.children)


def _acts_with_conjuncts(acts: list[Token]) -> Iterator[Token]:
    """The acts, then the words conjoined after each that share its "to" but that the tagger did not
    read as verbs ("asked Cuba to arrest and extradite the commanders", with "extradite" an adjective):
    the extradition is asked for too. A conjoined verb is an act coded on its own; not a finite one
    ("called on Assad to step aside and imposed sanctions")."""
    yield from acts
    for act in acts:
        yield from (c for c in act.conjuncts if c.i > act.i and c.pos_ not in ("VERB", "AUX") and c.tag_ not in FINITE_TAGS
                    and not has_own_subject(c))


def _words_before(clause: Clause) -> list[Token]:
    """The words a ``before=`` constraint looks at: those before the verb in its clause (for a complement
    with no subject of its own, also those before the verb it completes: "police began questioning") and,
    in the passive, its "by" phrase, which names what the active subject would ("was pounded by tanks" as
    "tanks pounded")."""
    verb = clause.verb
    words = [t for t in verb.subtree if t.i < verb.i]
    if clause.subject is None and verb.dep_ == "xcomp" and verb.head.i < verb.i:
        # "police began questioning the suspects": the subject is the governing verb's, before it
        words.extend(t for c in verb.head.lefts for t in c.subtree)
    if clause.passive and clause.agent is not None:
        words.extend(clause.agent.subtree)
    return words


def _accused(noun: Token) -> bool:
    """True for people a participle says are sought by justice: "two agents accused of the Lockerbie
    bombing", "officers indicted for the massacre", "a man wanted for murder"."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.lemma_.lower() in ACCUSING_PARTICIPLES and (c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") or c.dep_ == "relcl" and c.tag_ == "VBN")
        for c in noun.children
    )


def _match_sequence(elements: tuple[PhraseElement, ...], tokens: list[Token], roles: dict[str, Token], clause: Clause) -> bool:
    """True when the elements occur in ``tokens`` in order; records tokens of role-marked elements."""
    cursor = 0
    for element in elements:
        if element.role == COMPOUND:
            subject = clause.subject
            if subject is None or not subject.conjuncts:
                return False
            continue
        found = _find_element(element, tokens, cursor)
        if found is None:
            return False
        cursor, role_token = found
        if element.role is not None and role_token is not None:
            roles[element.role] = role_token
    return True


def _find_element(element: PhraseElement, tokens: list[Token], cursor: int) -> tuple[int, Token | None] | None:
    """(position after the match, the token a role refers to) for the first match at or after ``cursor``."""
    width = len(element.words)
    for position in range(cursor, len(tokens)):
        token = tokens[position]
        if element.prep is None and not width:
            # A placeholder (^, $, +): the next noun phrase; its head carries the role.
            if token.pos_ in NOMINAL:
                return position + 1, phrase_head(token)
            continue
        if element.prep is None:
            if position + width <= len(tokens) and all(is_in(tokens[position + k], element.words[k]) for k in range(width)):
                return position + width, tokens[position + width - 1]
            continue
        if token.lower_ != element.prep:
            continue
        pobj = prep_object(token)
        if not width:
            return position + 1, pobj
        inside = [t for t in token.subtree if t.i > token.i]
        found = _find_element(PhraseElement(element.words), inside, 0)
        if found is not None:
            end = position + 1 + found[0]
            return end, pobj
    return None
