"""From a hand-built parse: a vehicle sent "carrying" aid carries the sender's aid ("the UAE sent a ship carrying
food to Aden"), and where it was sent "toward" is where the aid went."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
LBN: Lebanon | Lebanese
SYR: Syria | Syrian
JOR: Jordan
"""
AGENTS = "OPP: opposition\nGOV: government\n"
VERBS = """
accuse => 112
carry obj=aid prep=to => 073
send obj=aid => 073
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_vehicle_sent_carrying_aid_carries_the_senders_aid(nlp, coder):
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1 dispatched/dispatch/VERB/ROOT/1/VBD a/a/DET/det/3 plane/plane/NOUN/dobj/1 "
                     "carrying/carry/VERB/acl/3/VBG aid/aid/NOUN/dobj/4 to/to/ADP/prep/4 Lebanon/Lebanon/PROPN/pobj/6 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("JOR", "LBN", "073")}


# "toward" on the participle, or on the load it carries, where the parser often hangs it
@pytest.mark.parametrize("toward_head", [4, 5])
def test_assemble_vehicle_sent_carrying_aid_toward_a_country_is_aid_to_it(nlp, coder, toward_head):
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD a/a/DET/det/3 convoy/convoy/NOUN/dobj/1 "
                     f"carrying/carry/VERB/acl/3/VBG aid/aid/NOUN/dobj/4 toward/toward/ADP/prep/{toward_head} "
                     "Lebanon/Lebanon/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("JOR", "LBN", "073")}
