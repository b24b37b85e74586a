"""From a hand-built parse: whom one acts "on behalf of" is no party to the act ("agreed to mediate in
the crisis on behalf of the African Union" is not aimed at the Union), unless the pattern names the
phrase ("campaigned on behalf of the prisoners" rallies support for them, 053)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
KEN: Kenya | Kenyan
IGOAFU: African Union
"""
AGENTS = "GOV: minister\nCVL: prisoners\n"
VERBS = """
&C_MEDIATE = mediate
agree comp=&C_MEDIATE => 039
campaign prep=on:behalf => 053
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_whom_one_acts_on_behalf_of_is_no_target(nlp, coder):
    # "Kenya agreed to mediate in the crisis on behalf of the African Union."
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP agreed/agree/VERB/ROOT/1/VBD to/to/PART/aux/3/TO mediate/mediate/VERB/xcomp/1/VB "
                     "in/in/ADP/prep/3/IN the/the/DET/det/6/DT crisis/crisis/NOUN/pobj/4/NN on/on/ADP/prep/6/IN "
                     "behalf/behalf/NOUN/pobj/7/NN of/of/ADP/prep/8/IN the/the/DET/det/12/DT African/African/PROPN/compound/12/NNP "
                     "Union/Union/PROPN/pobj/9/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_a_pattern_naming_the_behalf_phrase_keeps_it_as_the_target(nlp, coder):
    # "The African Union campaigned on behalf of Kenya."
    doc = parse(nlp, "The/the/DET/det/2/DT African/African/PROPN/compound/2/NNP Union/Union/PROPN/nsubj/3/NNP "
                     "campaigned/campaign/VERB/ROOT/3/VBD on/on/ADP/prep/3/IN behalf/behalf/NOUN/pobj/4/NN of/of/ADP/prep/5/IN "
                     "Kenya/Kenya/PROPN/pobj/6/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IGOAFU", "KEN", "053")}
