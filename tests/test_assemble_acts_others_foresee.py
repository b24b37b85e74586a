"""From hand-built parses: a conflictual act announced in the "that" clause of a word of worry or expectation
("investors worried that the West would impose sanctions", "analysts expect Russia will attack", "fretted that
Russia could attack") is what others foresee, no threat of whoever would do it; said by the doer, it stays a threat."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia | Russian
UKR: Ukraine | Ukrainian
"""
AGENTS = "BUS: investors\n"
VERBS = """
attack => 190
threaten => 130
threaten comp=attack => 1384
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("word,lemma,pos,tag", [
    ("worried", "worry", "VERB", "VBD"),
    ("expect", "expect", "VERB", "VBP"),
])
def test_assemble_an_attack_others_foresee_is_no_threat(nlp, coder, word, lemma, pos, tag):
    # "Investors worried that Russia would attack Ukraine ."
    doc = parse(nlp, f"Investors/investor/NOUN/nsubj/1/NNS {word}/{lemma}/{pos}/ROOT/1/{tag} that/that/SCONJ/mark/5/IN "
                     "Russia/Russia/PROPN/nsubj/5/NNP would/would/AUX/aux/5/MD attack/attack/VERB/ccomp/1/VB "
                     "Ukraine/Ukraine/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


@pytest.mark.parametrize("word,lemma,modal", [
    ("fretted", "fret", "could"),
    ("feared", "fear", "might"),
])
def test_assemble_a_possible_attack_others_foresee_is_no_threat(nlp, coder, word, lemma, modal):
    # "Investors fretted that Russia could attack Ukraine .": a modal of possibility foresees as a future does
    doc = parse(nlp, f"Investors/investor/NOUN/nsubj/1/NNS {word}/{lemma}/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN "
                     f"Russia/Russia/PROPN/nsubj/5/NNP {modal}/{modal}/AUX/aux/5/MD attack/attack/VERB/ccomp/1/VB "
                     "Ukraine/Ukraine/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_an_attack_its_doer_says_is_possible_stays_a_threat(nlp, coder):
    # "Russia said that it could attack Ukraine ."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN "
                     "it/it/PRON/nsubj/5/PRP could/could/AUX/aux/5/MD attack/attack/VERB/ccomp/1/VB "
                     "Ukraine/Ukraine/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "UKR", "1384")}


def test_assemble_an_attack_its_doer_announces_stays_a_threat(nlp, coder):
    # "Russia said that it would attack Ukraine ."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN "
                     "it/it/PRON/nsubj/5/PRP would/would/AUX/aux/5/MD attack/attack/VERB/ccomp/1/VB "
                     "Ukraine/Ukraine/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "UKR", "1384")}
