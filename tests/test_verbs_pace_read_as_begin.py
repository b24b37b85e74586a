"""From hand-built parses: a verb of pace with no patterns of its own is read with those of "begin", so
what is sped up is the act its object names ("accelerated the withdrawal of its troops", "urged the UN to
speed up the deployment of peacekeepers")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
IGOUNO: UN
"""
AGENTS = "MIL: troops\n"
VERBS = """
urge => 020
begin obj=withdrawal prep=from => 0874
begin obj=deployment prep=of:peacekeeper => 074
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_withdrawal_accelerated_is_a_withdrawal(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 accelerated/accelerate/VERB/ROOT/1/VBD the/the/DET/det/3 withdrawal/withdrawal/NOUN/dobj/1 "
                     "from/from/ADP/prep/3 Iran/Iran/PROPN/pobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "0874")}


def test_deployment_urged_sped_up_is_protection_appealed_for(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD the/the/DET/det/3 UN/UN/PROPN/dobj/1 to/to/PART/aux/5 "
                     "speed/speed/VERB/xcomp/1/VB up/up/ADP/prt/5 the/the/DET/det/8 deployment/deployment/NOUN/dobj/5 "
                     "of/of/ADP/prep/8 peacekeepers/peacekeeper/NOUN/pobj/9 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IGOUNO", "0234")}
