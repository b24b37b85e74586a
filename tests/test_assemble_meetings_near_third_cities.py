"""From a hand-built parse: a meeting placed "outside" or "near" a city of a third country is a meeting at a
third location (044), as "in" the city is; near a city of one party it stays a meeting."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian | Damascus
"""
AGENTS = "GOV: official | officials | government | president\n"
VERBS = """
meet => 040
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_meeting_outside_a_third_countrys_city_is_at_a_third_location(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 officials/official/NOUN/nsubj/4 "
                     "met/meet/VERB/ROOT/4/VBD outside/outside/ADP/prep/4 Damascus/Damascus/PROPN/pobj/5 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQGOV", "IRNGOV", "044"), ("IRNGOV", "IRQGOV", "044")}


def test_assemble_meeting_near_a_city_of_one_party_stays_a_meeting(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Syrian/Syrian/ADJ/conj/0 officials/official/NOUN/nsubj/4 "
                     "met/meet/VERB/ROOT/4/VBD near/near/ADP/prep/4 Damascus/Damascus/PROPN/pobj/5 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQGOV", "SYRGOV", "040"), ("SYRGOV", "IRQGOV", "040")}
