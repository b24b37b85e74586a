"""Actor phrase matching: names that places in several countries share are resolved from context."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventcoder.actors import ActorMatcher
from eventcoder.dictionaries import parse_native
from eventcoder.errors import DictionaryError

ACTORS = """
LBY: Libya | Libyan
LBN: Lebanon | Lebanese
LBYGOV/LBN: Tripoli
"""


@pytest.fixture(scope="module")
def matcher():
    nlp = spacy.blank("en")
    return nlp, ActorMatcher(nlp.vocab, nlp.tokenizer, parse_native(ACTORS, ".actors"))


def codes_of(matcher, sentences: list[str]) -> list[str | None]:
    """The code found on each "Tripoli" of a Doc made of the given sentences."""
    nlp, actors = matcher
    words = [sentence.split() for sentence in sentences]
    doc = Doc(nlp.vocab, words=[w for s in words for w in s], sent_starts=[i == 0 for s in words for i in range(len(s))])
    mentions = actors.find_mentions(doc)
    return [actors.actor_code(mentions[t.i], None) if mentions[t.i] else None for t in doc if t.text == "Tripoli"]


def test_shared_name_takes_the_country_its_sentence_names(matcher):
    assert codes_of(matcher, ["Militias fought in Tripoli , the north Lebanese port ."]) == ["LBN"]
    assert codes_of(matcher, ["Libyan rebels advanced on Tripoli ."]) == ["LBYGOV"]


def test_shared_name_falls_back_to_the_article_and_the_sentence_wins_over_it(matcher):
    assert codes_of(matcher, ["Lebanon said on Monday it was worried .", "Shells hit Tripoli ."]) == ["LBN"]
    assert codes_of(matcher, ["Lebanon and Lebanese troops .", "Libyan jets hit Tripoli ."]) == ["LBYGOV"]


def test_shared_name_is_left_uncoded_when_the_context_does_not_decide(matcher):
    assert codes_of(matcher, ["Shells hit Tripoli ."]) == [None]
    assert codes_of(matcher, ["Libya and Lebanon met in Tripoli ."]) == [None]


def test_shared_entry_choices_must_be_of_different_countries():
    with pytest.raises(DictionaryError, match="different countries"):
        parse_native("LBYGOV/LBY: Tripoli\n", ".actors")


def codes_found(nlp, actors: ActorMatcher, text: str) -> list[str]:
    """The code of every actor phrase in ``text``, at its first token."""
    doc = nlp(text)
    mentions = actors.find_mentions(doc)
    return [actors.actor_code(mentions[t.i], None) for t in doc if mentions[t.i] is not None and mentions[t.i].start == t.i]


def test_capitalised_names_match_only_as_written_or_in_capitals():
    # "an offer of amnesty" is not Amnesty International; "turkey" is not Turkey.
    nlp = spacy.blank("en")
    actors = ActorMatcher(nlp.vocab, nlp.tokenizer, parse_native("NGOAMN: Amnesty\nTUR: Turkey\nIGOUNO: world body\nTUN: Tunisian\n", ".actors"))

    def found(text: str) -> list[str]:
        return codes_found(nlp, actors, text)

    assert found("Amnesty said Turkey and the world body erred") == ["NGOAMN", "TUR", "IGOUNO"]
    assert found("AMNESTY said TURKEY and the World Body erred") == ["NGOAMN", "TUR", "IGOUNO"]
    assert found("They refused an offer of amnesty and ate turkey") == []
    # In lower case, a single name still matches where the parser reads a name or an adjective.
    doc = Doc(nlp.vocab, words=["tunisian", "rioters", "want", "amnesty"], pos=["ADJ", "NOUN", "VERB", "NOUN"])
    mentions = actors.find_mentions(doc)
    assert [actors.actor_code(m, None) for m in mentions if m is not None] == ["TUN"]


def test_a_country_named_for_its_border_does_not_decide_a_shared_name(matcher):
    nlp, actors = matcher
    words = "Libyan rebels took Tripoli near the Lebanese border .".split()
    heads = [1, 2, 2, 2, 2, 7, 7, 4, 2]
    deps = ["amod", "nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    mentions = actors.find_mentions(doc)
    assert actors.actor_code(mentions[3], None) == "LBYGOV"


def _person_finder(people: str):
    """The codes a one-person dictionary finds in words with given parts of speech."""
    nlp = spacy.blank("en")
    actors = ActorMatcher(nlp.vocab, nlp.tokenizer, parse_native(people, ".actors"))

    def found(words: str, pos: str) -> list[str]:
        doc = Doc(nlp.vocab, words=words.split(), pos=pos.split())
        mentions = actors.find_mentions(doc)
        return [actors.actor_code(m, None) for m in dict.fromkeys(mentions) if m is not None]

    return found


def test_a_surname_after_another_given_name_is_someone_else():
    found = _person_finder("Colin Powell | Colin Luther Powell | Powell\n    USAGOV 2001-01-20..2005-01-26\n    USAELI\n")
    assert found("Jonathan Powell met Adams", "PROPN PROPN VERB PROPN") == []
    assert found("Colin L. Powell met Adams", "PROPN PROPN PROPN VERB PROPN") == ["USAELI"]
    assert found("Mr. Powell met Adams", "PROPN PROPN VERB PROPN") == ["USAELI"]
    assert found("General Powell met Adams", "PROPN PROPN VERB PROPN") == ["USAELI"]
    assert found("Powell met Adams", "PROPN VERB PROPN") == ["USAELI"]


def test_an_agent_word_after_a_hyphenated_modifier_names_no_one():
    # "one-party rule" names no party, "anti-government protests" no government; "ex-soldiers" still are soldiers.
    nlp = spacy.blank("en")
    actors = ActorMatcher(nlp.vocab, nlp.tokenizer, parse_native("PTY: party\nGOV: government\nMIL: soldiers\n", ".agents"))
    for text, expected in (("an end to one-party rule", []), ("anti-government protests", []), ("ex-soldiers marched", ["soldiers"]),
                           ("the ruling party", ["party"])):
        doc = nlp(text)
        assert [t.text for t in doc if actors.find_mentions(doc)[t.i] is not None] == expected, text


def test_a_country_after_pro_or_anti_names_whom_the_noun_supports_or_opposes_not_its_own():
    # "pro-Russian rebels" fight in Ukraine, "a pro-Western party" runs in Moldova, "anti-Russian protesters"
    # march in Tbilisi; "Russian rebels" are Russia's.
    nlp = spacy.blank("en")
    actors = ActorMatcher(nlp.vocab, nlp.tokenizer, parse_native("RUS: Russian\nUSA: Western\n", ".actors"))
    for text, expected in (("pro-Russian rebels shelled Donetsk", []), ("a pro-Western party won", []),
                           ("Russian rebels shelled Donetsk", ["Russian"]), ("anti-Western rhetoric", []),
                           ("anti-Russian protesters", [])):
        doc = nlp(text)
        assert [t.text for t in doc if actors.find_mentions(doc)[t.i] is not None] == expected, text


def test_a_surname_before_another_surname_is_someone_elses_given_name():
    found = _person_finder("Imad Khamis | Emad Khamis | Khamis\n    SYRGOV 2016-06-22..2020-08-30\n    SYRELI\n")
    # "Khamis Abakar", a governor in Darfur, is not Syria's Imad Khamis.
    assert found("Governor Khamis Abakar was killed", "PROPN PROPN PROPN AUX VERB") == []
    assert found("Khamis met Putin Tuesday", "PROPN VERB PROPN PROPN") == ["SYRELI"]
    assert found("Khamis Tuesday met Putin", "PROPN PROPN VERB PROPN") == ["SYRELI"]
    assert found("Imad Khamis met Putin", "PROPN PROPN VERB PROPN") == ["SYRELI"]


def test_a_place_name_matches_with_its_kind_of_land_in_lower_case():
    # Wire copy writes "the Swat valley", "Iraq's Kurdistan region"; not "an Islamic state".
    nlp = spacy.blank("en")
    actors = ActorMatcher(nlp.vocab, nlp.tokenizer, parse_native("PAK: Swat Valley\nIRQ: Kurdistan Region\nIMGMOSISI: Islamic State\n", ".actors"))

    def found(text: str) -> list[str]:
        return codes_found(nlp, actors, text)

    assert found("troops in the Swat valley and the Kurdistan region") == ["PAK", "IRQ"]
    assert found("troops in the Swat Valley and the Islamic State") == ["PAK", "IMGMOSISI"]
    assert found("militants declared an Islamic state in the swat valley") == []
