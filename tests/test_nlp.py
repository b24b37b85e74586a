"""The spaCy pipeline: no NER, and the faster numeric backend gives the same parses."""

from __future__ import annotations

import json

import pytest

from eventcoder.errors import ModelError
from eventcoder.nlp import load_pipeline

TEXTS = [
    "Iraq and Iran condemned Syria on Friday after the attack.",
    "A Russian Foreign Ministry official told Interfax that Moscow could join the U.S.-led coalition.",
    "Syria was attacked by Turkish troops, who said they had been fired upon from across the border.",
    "The United Nations suspended aid deliveries after a convoy was attacked near Aleppo.",
]


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) for t in doc]


@pytest.mark.slow
def test_nlp_numpy_backend_parses_exactly_like_blis(shared):
    texts = TEXTS + [json.loads(line)["text"] for line in (shared / "corpus" / "gigaword_sample.jsonl").open(encoding="utf-8")]
    fast, default = load_pipeline(backend="numpy"), load_pipeline(backend="blis")
    for ours, theirs in zip(fast.pipe(texts), default.pipe(texts)):
        assert annotations(ours) == annotations(theirs)


@pytest.mark.slow
def test_nlp_pipeline_has_parser_and_lemmatizer_but_no_ner():
    nlp = load_pipeline()
    assert "ner" not in nlp.pipe_names and {"parser", "lemmatizer"} <= set(nlp.pipe_names)


def test_nlp_unknown_backend_is_refused():
    with pytest.raises(ModelError, match="unknown backend"):
        load_pipeline(backend="gpu-please")


def test_nlp_an_acronym_before_a_hyphenated_participle_is_its_own_token():
    import spacy

    from eventcoder.nlp import _split_acronym_compounds

    nlp = spacy.blank("en")
    _split_acronym_compounds(nlp)
    assert [t.text for t in nlp("the U.S.-led coalition and a U.N.-backed well-known plan")] == [
        "the", "U.S.", "-", "led", "coalition", "and", "a", "U.N.", "-", "backed", "well", "-", "known", "plan",
    ]


@pytest.mark.slow
def test_nlp_bases_in_the_news_are_the_plural_of_base():
    nlp = load_pipeline()
    lemmas = {t.text: t.lemma_ for t in nlp("Rebels shelled two army bases on the basis of old maps.")}
    assert lemmas["bases"] == "base" and lemmas["basis"] == "basis"


@pytest.mark.slow
def test_nlp_dictionary_acronyms_are_parsed_as_names():
    from eventcoder.nlp import read_acronyms_as_names

    nlp = load_pipeline()
    read_acronyms_as_names(nlp, ["ECOWAS", "SADC", "Hamas", "UN"])
    doc = nlp("A mediation team from the regional bloc ECOWAS held talks in Conakry with Guinea's new military rulers.")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["held"] and doc[7].tag_ == "NNP"
    assert nlp("SADC leaders urged Zimbabwe to hold free elections.")[0].tag_ == "NNP"
    # Only all-capital single words of three letters or more take NATO's features.
    assert nlp.vocab["Hamas"].norm_ == "hamas" and nlp.vocab["UN"].suffix_ == "UN"


@pytest.mark.slow
def test_nlp_an_acronym_shaped_like_a_verb_still_names_its_actor():
    from conftest import sentence_events

    events = sentence_events("A mediation team from the regional bloc ECOWAS held talks in Conakry with Guinea's new military rulers.", "2021-09-10")
    assert ("IGOECW", "GINGOV", "046") in events
