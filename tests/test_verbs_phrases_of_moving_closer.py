"""From hand-built parses: a phrase the parser hangs on "closer" or "nearer" after a verb with an object says
where the object is moved, as if hung on the verb ("moved troops closer to the border with Eritrea"), whether
the comparative is parsed as the verb's adverb or as a modifier of the object; a verb with no object that
moves "closer to" something moves nothing ("the two sides moved closer to a deal")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ETH: Ethiopia
ERI: Eritrea
"""
AGENTS = "MIL: troops | tanks\n"
VERBS = """
&FORCES = troop | tank
move obj=&FORCES prep=to => 154
move prep=to => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_phrase_on_closer_parsed_as_the_verbs_adverb_says_where_the_troops_went(nlp, coder):
    doc = parse(nlp, "Ethiopia/Ethiopia/PROPN/nsubj/1 moved/move/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS "
                     "closer/closer/ADV/advmod/1/RBR to/to/ADP/prep/3 Eritrea/Eritrea/PROPN/pobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("ETH", "ERI", "154")}


def test_phrase_on_nearer_parsed_as_the_objects_modifier_says_where_the_troops_went(nlp, coder):
    # "moved tanks and troops nearer to Eritrea", with "nearer" hung on the first object
    doc = parse(nlp, "Ethiopia/Ethiopia/PROPN/nsubj/1 moved/move/VERB/ROOT/1/VBD tanks/tank/NOUN/dobj/1/NNS and/and/CCONJ/cc/2 "
                     "troops/troop/NOUN/conj/2/NNS nearer/nearer/ADV/amod/2/RBR to/to/ADP/prep/5 Eritrea/Eritrea/PROPN/pobj/6 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("ETH", "ERI", "154")}


def test_moving_closer_with_no_object_moves_nothing(nlp, coder):
    # guard: "Ethiopia moved closer to Eritrea" makes no visit
    doc = parse(nlp, "Ethiopia/Ethiopia/PROPN/nsubj/1 moved/move/VERB/ROOT/1/VBD closer/closer/ADV/advmod/1/RBR "
                     "to/to/ADP/prep/2 Eritrea/Eritrea/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == set()
