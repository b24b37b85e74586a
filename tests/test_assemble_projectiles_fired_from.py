"""A "from" phrase of a projectile verb is where the shot came from, not whom it hit: "fired rockets
from the Gaza Strip"."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PSE: Gaza Strip | Palestinian
ISR: Israel | Israeli
"""
AGENTS = "REB: militants\nMIL: troops\n"
VERBS = """
&ROCKETS = rocket | missile
fire obj=&ROCKETS => 194
fire obj=&ROCKETS prep=at => 194
fire obj=&ROCKETS prep=from => 194
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_rockets_fired_from_a_place_are_not_fired_at_it(nlp, coder):
    # "Palestinian militants fired rockets from the Gaza Strip."
    doc = parse(nlp, "Palestinian/Palestinian/ADJ/amod/1 militants/militant/NOUN/nsubj/2 fired/fire/VERB/ROOT/2/VBD "
                     "rockets/rocket/NOUN/dobj/2 from/from/ADP/prep/2 the/the/DET/det/7 Gaza/Gaza/PROPN/compound/7 "
                     "Strip/Strip/PROPN/pobj/4 ././PUNCT/punct/2")
    assert code(coder, doc) == set()  # no target named


def test_rockets_fired_from_a_place_at_a_target_hit_the_target(nlp, coder):
    # "Palestinian militants fired rockets from the Gaza Strip at Israel."
    doc = parse(nlp, "Palestinian/Palestinian/ADJ/amod/1 militants/militant/NOUN/nsubj/2 fired/fire/VERB/ROOT/2/VBD "
                     "rockets/rocket/NOUN/dobj/2 from/from/ADP/prep/2 the/the/DET/det/7 Gaza/Gaza/PROPN/compound/7 "
                     "Strip/Strip/PROPN/pobj/4 at/at/ADP/prep/2 Israel/Israel/PROPN/pobj/8 ././PUNCT/punct/2")
    assert code(coder, doc) == {("PSEREB", "ISR", "194")}
