"""From hand-built parses: a demand to stop a non-military practice ("stop visiting the shrine") is a demand for
policy change, not de-escalation; Geneva is a third location for a meeting of two other states."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
CHE: Switzerland | Swiss
"""
AGENTS = "MIL: troops | soldiers\nGOV: government\n"
VERBS = """
demand comp=withdraw|stop|halt => 1056
stop comp=attack|fire => 087
stop comp=visit|export => 0832
meet => 040
"""
DAY = dt.date(2005, 4, 12)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_demand_to_stop_a_non_military_practice_is_a_policy_change(nlp, coder):
    # "Iraq demanded that Iran stop visiting Syria": 1042 by the stopped act (0832), not 1056 by "stop".
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4/IN Iran/Iran/PROPN/nsubj/4 "
                     "stop/stop/VERB/ccomp/1/VB visiting/visit/VERB/xcomp/4/VBG Syria/Syria/PROPN/dobj/5 ././PUNCT/punct/1")
    got = code(coder, doc, DAY)
    assert ("IRQ", "IRN", "1042") in got and not any(c == "1056" for _, _, c in got)


def test_assemble_demand_to_stop_attacking_stays_de_escalation(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4/IN Iran/Iran/PROPN/nsubj/4 "
                     "stop/stop/VERB/ccomp/1/VB attacking/attack/VERB/xcomp/4/VBG Syria/Syria/PROPN/dobj/5 ././PUNCT/punct/1")
    assert ("IRQ", "IRN", "1056") in code(coder, doc, DAY)


def test_assemble_meeting_of_two_states_in_geneva_is_at_a_third_location(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 met/meet/VERB/ROOT/3/VBD "
                     "in/in/ADP/prep/3 Geneva/Geneva/PROPN/pobj/4 ././PUNCT/punct/3")
    assert code(coder, doc, DAY) == {("IRQ", "IRN", "044"), ("IRN", "IRQ", "044")}


def test_assemble_meeting_with_switzerland_in_geneva_is_not_at_a_third_location(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Switzerland/Switzerland/PROPN/conj/0 met/meet/VERB/ROOT/3/VBD "
                     "in/in/ADP/prep/3 Geneva/Geneva/PROPN/pobj/4 ././PUNCT/punct/3")
    assert code(coder, doc, DAY) == {("IRQ", "CHE", "040"), ("CHE", "IRQ", "040")}
