"""From hand-built parses: attackers an unidentified-armed-forces word heads ("suicide bombers") are rebels or
insurgents when the phrase says so ("Iraqi insurgent suicide bombers"); with nothing more they stay UAF."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "REB: rebel | rebels | insurgent | insurgents\nUAF: suicide bomber | suicide bombers | gunmen\nCOP: police\n"
VERBS = """
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_suicide_bombers_a_modifier_calls_insurgents_are_insurgents(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/3 insurgent/insurgent/NOUN/compound/3 suicide/suicide/NOUN/compound/3 "
                     "bombers/bomber/NOUN/nsubj/4 attacked/attack/VERB/ROOT/4/VBD Syrian/syrian/ADJ/amod/6 "
                     "police/police/NOUN/dobj/4 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQREB", "SYRCOP", "190")}


def test_assemble_suicide_bombers_named_by_their_country_alone_stay_unidentified(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/2 suicide/suicide/NOUN/compound/2 bombers/bomber/NOUN/nsubj/3 "
                     "attacked/attack/VERB/ROOT/3/VBD Syrian/syrian/ADJ/amod/5 police/police/NOUN/dobj/3 ././PUNCT/punct/3")
    assert code(coder, doc) == {("IRQUAF", "SYRCOP", "190")}
