"""A protest noun's British "in protest at" names what (and whom) the protest is against; verbs that set
something up (impose, enforce, establish) are light verbs whose object names the act a comp= pattern asks
for ("urged NATO to impose a no-fly zone")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\nCVL: doctors\n"
VERBS = """
&P_POLICY = plan | law
&C_PEACEKEEP = deploy | buffer zone
strike => 143
protest prep=against:&P_POLICY => 1412
protest prep=at:&P_POLICY => 1412
urge => 020
urge comp=&C_PEACEKEEP => 0234
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_in_protest_at_a_government_plan_targets_that_government(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 doctors/doctor/NOUN/nsubj/2 struck/strike/VERB/ROOT/2/VBD in/in/ADP/prep/2 "
                     "protest/protest/NOUN/pobj/3 at/at/ADP/prep/4 Iranian/Iranian/ADJ/amod/8 government/government/NOUN/compound/8 "
                     "plans/plan/NOUN/pobj/5 ././PUNCT/punct/2")
    assert code(coder, doc) == {("IRQCVL", "IRNGOV", "1432")}


def test_urging_to_impose_a_buffer_zone_is_an_appeal_for_protection(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 to/to/PART/aux/4 "
                     "impose/impose/VERB/xcomp/1/VB a/a/DET/det/7 buffer/buffer/NOUN/compound/7 "
                     "zone/zone/NOUN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "0234")}
