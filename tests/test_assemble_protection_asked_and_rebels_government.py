"""Rules from hand-built parses: forces asked to be sent are protection asked for (0234, 1034), a protest
"demanding that the government <act>" whose act no demand code names is a policy-change protest (14x2), and
"the government" rebels deal with in a non-violent act is their country's."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
FRA: France | French
ALB: Albania
IGONAT: NATO
"""
AGENTS = "REB: rebels\nGOV: government\nLAB: truckers\n"
VERBS = """
&C_AID = send
&FORCES = troop
urge comp=&C_AID => 023
demand => 100
send obj=&FORCES => 154
block obj=road => 144
praise => 051
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_appeal_to_send_forces_is_appeal_for_protection(nlp, coder):
    doc = parse(nlp, "Albania/Albania/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD NATO/NATO/PROPN/dobj/1 to/to/PART/aux/4 "
                     "send/send/VERB/xcomp/1/VB troops/troop/NOUN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("ALB", "IGONAT", "0234")}


def test_assemble_demand_to_send_forces_is_demand_for_protection(nlp, coder):
    doc = parse(nlp, "Albania/Albania/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 NATO/NATO/PROPN/nsubj/4 "
                     "send/send/VERB/ccomp/1/VB troops/troop/NOUN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("ALB", "IGONAT", "1034")}


def test_assemble_protest_demanding_that_the_government_act_is_for_policy_change(nlp, coder):
    doc = parse(nlp, "French/French/ADJ/amod/1 truckers/trucker/NOUN/nsubj/2 blocked/block/VERB/ROOT/2/VBD roads/road/NOUN/dobj/2 "
                     ",/,/PUNCT/punct/2 demanding/demand/VERB/advcl/2/VBG that/that/SCONJ/mark/9 the/the/DET/det/8 "
                     "government/government/NOUN/nsubj/9 cut/cut/VERB/ccomp/5/VB taxes/tax/NOUN/dobj/9 ././PUNCT/punct/2")
    assert {c for _, _, c in code(coder, doc)} == {"1442"}


def test_assemble_the_government_rebels_praise_is_their_countrys(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 praised/praise/VERB/ROOT/2/VBD the/the/DET/det/4 "
                     "government/government/NOUN/dobj/2 ././PUNCT/punct/2")
    assert code(coder, doc) == {("IRQREB", "IRQGOV", "051")}
