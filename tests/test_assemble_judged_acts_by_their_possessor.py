"""Codes, from hand-built parses: a condemnation, inquiry or protest of a harm or an attack named by a noun
is aimed at whoever the noun's possessor names ("condemned Russia's shelling of civilians"), not at a
composite of the doer and the harmed (RUSCVL)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "JOR: Jordan\nISR: Israel | Israeli\n"
AGENTS = "HLH: hospitals | hospital\nCVL: civilians\nMIL: soldiers\n"
VERBS = "condemn => 111\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("noun, victims", [
    ("bombardment/bombardment", "hospitals/hospital"),
    ("killing/killing", "civilians/civilian"),
])
def test_assemble_a_condemned_act_is_aimed_at_its_possessor(nlp, coder, noun, victims):
    # "Jordan condemned Israel's bombardment of hospitals."
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Israel/Israel/PROPN/poss/4/NNP 's/'s/PART/case/2/POS "
                     f"{noun}/NOUN/dobj/1/NN of/of/ADP/prep/4/IN {victims}/NOUN/pobj/5/NNS ././PUNCT/punct/1")
    assert code(coder, doc) == {("JOR", "ISR", "111")}


def test_assemble_a_condemned_act_of_no_named_doer_keeps_its_phrase(nlp, coder):
    # "Jordan condemned the bombardment of Israeli hospitals": no doer, so the phrase is read as before.
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "bombardment/bombardment/NOUN/dobj/1/NN of/of/ADP/prep/3/IN Israeli/Israeli/ADJ/amod/6/JJ "
                     "hospitals/hospital/NOUN/pobj/4/NNS ././PUNCT/punct/1")
    assert code(coder, doc) == {("JOR", "ISRHLH", "111")}


def test_assemble_a_condemned_harm_is_aimed_at_who_the_harmeds_participle_names(nlp, coder):
    # "Jordan condemned the killing of civilians shot by Israeli soldiers": the shooters, not the victims.
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "killing/killing/NOUN/dobj/1/NN of/of/ADP/prep/3/IN civilians/civilian/NOUN/pobj/4/NNS "
                     "shot/shoot/VERB/acl/5/VBN by/by/ADP/agent/6/IN Israeli/Israeli/ADJ/amod/9/JJ "
                     "soldiers/soldier/NOUN/pobj/7/NNS ././PUNCT/punct/1")
    assert code(coder, doc) == {("JOR", "ISRMIL", "111")}
