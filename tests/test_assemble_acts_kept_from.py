"""Acts one is kept from, from hand-built parses: "police prevented protesters from marching to the embassy"
is the police's repression of the protesters (175), and the march is not done; nor is what another is kept
from in "to prevent Iraq attacking Israel". A month's name in lower case ("from marching") is no time."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "EGY: Egyptian\nISR: Israeli | Israel\nIRQ: Iraq\nTUR: Turkey\n"
AGENTS = "COP: police\nCVL: protesters\nGOV: embassy\n"
VERBS = "march prep=to => 141\nattack => 190\nprevent prep=from:march|marching => 175\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_act_kept_from_is_not_done_and_the_kept_are_the_target(nlp, coder):
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS prevented/prevent/VERB/ROOT/2/VBD "
                     "protesters/protester/NOUN/dobj/2/NNS from/from/ADP/prep/2/IN marching/march/VERB/pcomp/4/VBG "
                     "to/to/ADP/prep/5/IN the/the/DET/det/9/DT Israeli/Israeli/ADJ/amod/9/JJ embassy/embassy/NOUN/pobj/6/NN "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "EGYCVL", "175")}


def test_assemble_an_act_another_is_prevented_doing_is_not_done(nlp, coder):
    doc = parse(nlp, "Turkey/Turkey/PROPN/nsubj/1/NNP tried/try/VERB/ROOT/1/VBD to/to/PART/aux/3/TO prevent/prevent/VERB/xcomp/1/VB "
                     "Iraq/Iraq/PROPN/nsubj/5/NNP attacking/attack/VERB/ccomp/3/VBG Israel/Israel/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_a_lower_case_month_name_is_an_act_not_a_time(nlp, coder):
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS prevented/prevent/VERB/ROOT/2/VBD "
                     "protesters/protester/NOUN/dobj/2/NNS from/from/ADP/prep/2/IN marching/marching/NOUN/pobj/4/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "EGYCVL", "175")}
