"""Acts not done, from hand-built parses: a bare infinitive with its own subject ("to help Kenyan troops
fight Somalia") is as done as the verb that governs it; under an infinitive of purpose it is what the aid
is for, not a fight reported."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GBR: Britain | British
KEN: Kenya | Kenyan
SOM: Somalia
"""
AGENTS = "MIL: troops\n"
VERBS = """
send obj=weapon prep=to => 072
fight => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_small_clause_under_a_purpose_is_not_done(nlp, coder):
    # "Britain sent weapons to Kenya to help Kenyan troops fight Somalia."
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD weapons/weapon/NOUN/dobj/1/NNS "
                     "to/to/ADP/dative/1/IN Kenya/Kenya/PROPN/pobj/3/NNP to/to/PART/aux/6/TO help/help/VERB/advcl/1/VB "
                     "Kenyan/Kenyan/ADJ/amod/8/JJ troops/troop/NOUN/nsubj/9/NNS fight/fight/VERB/ccomp/6/VB "
                     "Somalia/Somalia/PROPN/dobj/9/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GBR", "KEN", "072")}


def test_assemble_a_small_clause_under_a_done_verb_is_done(nlp, coder):
    # "Britain helped Kenyan troops fight Somalia."
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP helped/help/VERB/ROOT/1/VBD Kenyan/Kenyan/ADJ/amod/3/JJ "
                     "troops/troop/NOUN/nsubj/4/NNS fight/fight/VERB/ccomp/1/VB Somalia/Somalia/PROPN/dobj/4/NNP ././PUNCT/punct/1/.")
    assert ("KENMIL", "SOM", "190") in code(coder, doc)
