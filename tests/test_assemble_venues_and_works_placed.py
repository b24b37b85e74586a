"""From a hand-built parse: a reactor or factory is a place whose own phrase says whose it is ("bombed a
reactor in Syria" is an attack on Syria), and a villa, residence or castle a place whose own phrase says where
a meeting was ("met at a villa in Damascus" is a meeting in a third country, 044)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian | Damascus
ISR: Israel | Israeli
"""
AGENTS = "GOV: official | officials | government | president\nMIL: jets | warplanes\n"
VERBS = """
meet => 040
bomb => 195
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_meeting_at_a_villa_in_a_third_countrys_city_is_at_a_third_location(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 officials/official/NOUN/nsubj/4 "
                     "met/meet/VERB/ROOT/4/VBD at/at/ADP/prep/4 a/a/DET/det/7 villa/villa/NOUN/pobj/5 "
                     "in/in/ADP/prep/7 Damascus/Damascus/PROPN/pobj/8 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQGOV", "IRNGOV", "044"), ("IRNGOV", "IRQGOV", "044")}


def test_assemble_reactor_bombed_in_a_country_is_an_attack_on_it(nlp, coder):
    doc = parse(nlp, "Israeli/Israeli/ADJ/amod/1 jets/jet/NOUN/nsubj/2 bombed/bomb/VERB/ROOT/2/VBD a/a/DET/det/4 "
                     "reactor/reactor/NOUN/dobj/2 in/in/ADP/prep/4 Syria/Syria/PROPN/pobj/5 ././PUNCT/punct/2")
    assert code(coder, doc) == {("ISRMIL", "SYR", "195")}


def test_assemble_meeting_at_a_villa_in_geneva_is_at_a_third_location(nlp, coder):
    # Geneva is a neutral venue (no actor of its own): placed by the villa's phrase, as "met in Geneva" is.
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 officials/official/NOUN/nsubj/4 "
                     "met/meet/VERB/ROOT/4/VBD at/at/ADP/prep/4 a/a/DET/det/7 villa/villa/NOUN/pobj/5 "
                     "in/in/ADP/prep/7 Geneva/Geneva/PROPN/pobj/8 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQGOV", "IRNGOV", "044"), ("IRNGOV", "IRQGOV", "044")}
