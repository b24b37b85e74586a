"""Repairs, from hand-built parses: a party after "and" parsed as an appositive is a conjunct ("Leaders of
the URNG guerrillas and President Arzu's government signed"); and in "accused neighbouring Eritrea on Wednesday
of invading ...", where the small model makes "neighbouring" a verb (xcomp) with the country as its object,
repair_parse makes the country the accusing verb's object, "neighbouring" its adjective, and moves phrases hung
on "neighbouring" after the name (the "of" phrase) back to the verb."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ETH: Ethiopia | Ethiopian
ERI: Eritrea | Eritrean
"""
AGENTS = "GOV: government\n"
VERBS = """
accuse prep=of:invade|attack => 1123
accuse => 112
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_neighbouring_verb_gives_its_object_to_the_verb(nlp, coder):
    # "Ethiopia accused neighbouring Eritrea on Wednesday of invading Ethiopian territory."
    doc = parse(nlp, "Ethiopia/Ethiopia/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1/VBD neighbouring/neighbour/VERB/xcomp/1/VBG "
                     "Eritrea/Eritrea/PROPN/dobj/2/NNP on/on/ADP/prep/1 Wednesday/Wednesday/PROPN/pobj/4/NNP "
                     "of/of/ADP/prep/1 invading/invade/VERB/pcomp/6/VBG Ethiopian/ethiopian/ADJ/amod/9/JJ "
                     "territory/territory/NOUN/dobj/7/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[3].head.i == 1 and doc[3].dep_ == "dobj" and doc[2].dep_ == "amod"
    assert code(coder, doc) == {("ETH", "ERI", "1123")}


def test_repair_neighbouring_verb_returns_its_of_phrase_to_the_verb(nlp, coder):
    # "Ethiopia accused neighboring Eritrea of attacking the town." with "of attacking" hung on "neighboring"
    doc = parse(nlp, "Ethiopia/Ethiopia/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1/VBD neighboring/neighbor/VERB/xcomp/1/VBG "
                     "Eritrea/Eritrea/PROPN/dobj/2/NNP of/of/ADP/prep/2 attacking/attack/VERB/pcomp/4/VBG "
                     "the/the/DET/det/7/DT town/town/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[4].head.i == 1
    assert code(coder, doc) == {("ETH", "ERI", "1123")}


def test_repair_an_appositive_after_and_is_a_conjunct(nlp):
    # "Leaders of the rebels and the government signed an accord": "government" parsed as an appositive
    doc = parse(nlp, "Leaders/leader/NOUN/nsubj/7 of/of/ADP/prep/0 the/the/DET/det/3 rebels/rebel/NOUN/pobj/1 and/and/CCONJ/cc/3 "
                     "the/the/DET/det/6 government/government/NOUN/appos/0 signed/sign/VERB/ROOT/7/VBD an/an/DET/det/9 "
                     "accord/accord/NOUN/dobj/7 ././PUNCT/punct/7")
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.i, doc[4].head.i) == ("conj", 0, 0)


def test_repair_leaves_an_appositive_set_off_by_commas(nlp):
    doc = parse(nlp, "Annan/Annan/PROPN/nsubj/5 ,/,/PUNCT/punct/0 the/the/DET/det/3 secretary/secretary/NOUN/appos/0 ,/,/PUNCT/punct/0 "
                     "met/meet/VERB/ROOT/5/VBD Arafat/Arafat/PROPN/dobj/5 ././PUNCT/punct/5")
    repair_parse(doc)
    assert doc[3].dep_ == "appos"
