"""An office left, demanded or urged, from hand-built parses: "demanded that the president leave office" is a
demand for a change of leadership (1041), told by the office the act's pattern sees, not the withdrawal
(1056) that "demand comp=leave" gives by the verb alone; leaving a country stays a withdrawal."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KEN: Kenya\nSOM: Somalia\n"
AGENTS = "GOV: president\nOPP: opposition\n"
VERBS = """
demand comp=withdraw|leave => 1056
demand => 100
leave obj=office|power => 0831
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_office_left_on_demand_is_leadership_change(nlp, coder):
    # "Kenya's opposition demanded that the president leave office."
    doc = parse(nlp, "Kenya/Kenya/PROPN/poss/2/NNP 's/'s/PART/case/0/POS opposition/opposition/NOUN/nsubj/3/NN "
                     "demanded/demand/VERB/ROOT/3/VBD that/that/SCONJ/mark/7/IN the/the/DET/det/6/DT "
                     "president/president/NOUN/nsubj/7/NN leave/leave/VERB/ccomp/3/VB office/office/NOUN/dobj/7/NN "
                     "././PUNCT/punct/3/.")
    assert code(coder, doc) == {("KENOPP", "KENGOV", "1041")}


def test_assemble_country_left_on_demand_stays_a_withdrawal(nlp, coder):
    # guard: "Kenya demanded that the president leave Somalia."
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN "
                     "the/the/DET/det/4/DT president/president/NOUN/nsubj/5/NN leave/leave/VERB/ccomp/1/VB "
                     "Somalia/Somalia/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KEN", "---GOV", "1056")}
