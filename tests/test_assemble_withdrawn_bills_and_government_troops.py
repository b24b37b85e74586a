"""Rules from hand-built parses: "government troops" of no named country that an armed group faces in any act
(not only in fighting) are the group's country's; "withdraw" ends what its object names, so a demand that X
"withdraw the bill" is the act's policy change (1042), while "withdraw its troops" stays de-escalation (1056)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RWAREB: RPF
RUS: Russia
UKR: Ukraine
"""
AGENTS = "MIL: troops | troop\nREB: rebels | rebel\nGOV: government\n"
VERBS = """
accuse prep=of:shell|attack => 1123
accuse => 112
shell => 194
demand comp=withdraw|stop|halt|end => 1056
demand => 100
withdraw obj=bill|plan|increase => 0832
withdraw obj=troop|troops|force => 0874
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_government_troops_accused_by_rebels_are_their_countrys(nlp, coder):
    # "RPF rebels accused government troops of shelling the town."
    doc = parse(nlp, "RPF/RPF/PROPN/compound/1 rebels/rebel/NOUN/nsubj/2 accused/accuse/VERB/ROOT/2/VBD "
                     "government/government/NOUN/compound/4 troops/troop/NOUN/dobj/2/NNS of/of/ADP/prep/2 "
                     "shelling/shell/VERB/pcomp/5/VBG the/the/DET/det/8 town/town/NOUN/dobj/6/NN ././PUNCT/punct/2")
    assert code(coder, doc) == {("RWAREB", "RWAMIL", "1123")}


def test_assemble_demand_to_withdraw_a_bill_is_a_policy_demand(nlp, coder):
    # "Russia demanded that Ukraine withdraw the bill."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 "
                     "Ukraine/Ukraine/PROPN/nsubj/4 withdraw/withdraw/VERB/ccomp/1/VB the/the/DET/det/6 "
                     "bill/bill/NOUN/dobj/4/NN ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "UKR", "1042")}


def test_assemble_demand_to_withdraw_troops_stays_de_escalation(nlp, coder):
    # control: "Russia demanded that Ukraine withdraw the troops."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 "
                     "Ukraine/Ukraine/PROPN/nsubj/4 withdraw/withdraw/VERB/ccomp/1/VB the/the/DET/det/6 "
                     "troops/troop/NOUN/dobj/4/NNS ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "UKR", "1056")}
