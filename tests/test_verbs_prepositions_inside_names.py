"""A "for" inside an organisation's name ("Movement for Democratic Change") is no carrier phrase of
"calls": the refused call is the infinitive after the name."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ZWEGOV: Mugabe
ZWEOPP: Movement for Democratic Change
"""
AGENTS = "GOV: government | president\nOPP: opposition\n"
VERBS = """
reject obj=call|calls|demand|demands => 120
reject obj=reform|change => 123
step down => 0831
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_for_inside_a_name_is_not_what_a_call_is_for(nlp, coder):
    doc = parse(nlp, "Mugabe/Mugabe/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD calls/call/NOUN/dobj/1 by/by/ADP/prep/2 "
                     "the/the/DET/det/5 Movement/Movement/PROPN/pobj/3 for/for/ADP/prep/5 Democratic/Democratic/PROPN/compound/8 "
                     "Change/Change/PROPN/pobj/6 for/for/SCONJ/mark/12 him/he/PRON/nsubj/12 to/to/PART/aux/12 "
                     "step/step/VERB/advcl/2/VB down/down/ADP/prt/12 ././PUNCT/punct/1")
    assert code(coder, doc) == {("ZWEGOV", "ZWEOPP", "1231")}
