"""Whom and what acts name, read through: "the first of 18 helicopters", "the U.S.-led invasion of Iraq"
(aimed at its leader), "threatened to send troops into Somalia" (at the destination), and "drills with
live ammunition" (a means, not a partner), though "drills with Russian warships" have Russia as a partner."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States | U.S.
IRQ: Iraq
SYR: Syria
ETH: Ethiopia
SOM: Somalia
CHN: China
COL: Colombia
RUS: Russian
"""
AGENTS = "MIL: troops | army\nGOV: government\n"
VERBS = """
&ARMS = helicopter | weapon
&M_EXERCISE = exercise | drill
&DRILL = exercise | drill
deliver obj=&ARMS prep=to => 072
condemn => 111
send obj=troop prep=into => 154
threaten => 130
launch obj=&M_EXERCISE prep=with => 062
launch obj=&DRILL prep=near => 150
launch obj=&DRILL => 150
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_first_of_what_is_delivered_is_what_is_delivered(nlp, coder):
    doc = parse(nlp, "U.S./U.S./PROPN/nsubj/1 delivered/deliver/VERB/ROOT/1/VBD the/the/DET/det/3 "
                     "first/first/ADJ/dobj/1 of/of/ADP/prep/3 helicopters/helicopter/NOUN/pobj/4 to/to/ADP/prep/1 "
                     "Colombia/Colombia/PROPN/pobj/6 ././PUNCT/punct/1")
    assert ("COL", "072") in {(t, c) for _, t, c in code(coder, doc)}


def test_led_act_criticised_is_aimed_at_its_leader(nlp, coder):
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/6 U.S./U.S./PROPN/npadvmod/5 "
                     "-/-/PUNCT/punct/5 led/lead/VERB/amod/6/VBN invasion/invasion/NOUN/dobj/1 of/of/ADP/prep/6 "
                     "Iraq/Iraq/PROPN/pobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("SYR", "USA", "111")}


def test_threat_to_send_troops_is_aimed_where_they_would_go(nlp, coder):
    doc = parse(nlp, "Ethiopia/Ethiopia/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3 "
                     "send/send/VERB/xcomp/1/VB troops/troop/NOUN/dobj/3 into/into/ADP/prep/3 Somalia/Somalia/PROPN/pobj/5 "
                     "././PUNCT/punct/1")
    assert {t for _, t, _ in code(coder, doc)} == {"SOM"}


def test_drills_with_ammunition_are_no_joint_exercise(nlp, coder):
    doc = parse(nlp, "China/China/PROPN/nsubj/1 launched/launch/VERB/ROOT/1/VBD exercises/exercise/NOUN/dobj/1 "
                     "with/with/ADP/prep/1 ammunition/ammunition/NOUN/pobj/3 near/near/ADP/prep/1 Syria/Syria/PROPN/pobj/5 ././PUNCT/punct/1")
    assert {c for _, _, c in code(coder, doc)} == {"150"}


def test_drills_with_warships_a_country_names_are_joint_exercises(nlp, coder):
    doc = parse(nlp, "China/China/PROPN/nsubj/1 launched/launch/VERB/ROOT/1/VBD exercises/exercise/NOUN/dobj/1 "
                     "with/with/ADP/prep/2 Russian/russian/ADJ/amod/5/JJ warships/warship/NOUN/pobj/3/NNS near/near/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("CHN", "RUS", "062"), ("RUS", "CHN", "062")}


def test_drills_with_warships_of_no_named_country_are_no_joint_exercise(nlp, coder):
    doc = parse(nlp, "China/China/PROPN/nsubj/1 launched/launch/VERB/ROOT/1/VBD exercises/exercise/NOUN/dobj/1 "
                     "with/with/ADP/prep/2 new/new/ADJ/amod/5/JJ warships/warship/NOUN/pobj/3/NNS near/near/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/6 ././PUNCT/punct/1")
    assert {c for _, _, c in code(coder, doc)} == {"150"}
