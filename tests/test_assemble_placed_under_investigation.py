"""Who is placed under investigation, from hand-built parses: "Italian prosecutors placed Egyptian officers
under investigation over the murder of an Italian student" is an inquiry into the officers (the object); the
"under" phrase says what is done to them, and the victim named inside it is not the target, as "charged X
with" and "questioned X in an inquiry into" say what for, not whom."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ITA: Italian
EGY: Egyptian
"""
AGENTS = "JUD: prosecutors\nMIL: officers\nEDU: student\n"
VERBS = "place prep=under:investigation => 091\n"

PLACED = ("Italian/italian/ADJ/amod/1/JJ prosecutors/prosecutor/NOUN/nsubj/2/NNS placed/place/VERB/ROOT/2/VBD "
          "Egyptian/egyptian/ADJ/amod/4/JJ officers/officer/NOUN/dobj/2/NNS under/under/ADP/prep/2/IN "
          "investigation/investigation/NOUN/pobj/5/NN ")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_placed_under_investigation_over_a_murder_is_into_the_object(nlp, coder):
    doc = parse(nlp, PLACED + "over/over/ADP/prep/6/IN the/the/DET/det/9/DT murder/murder/NOUN/pobj/7/NN of/of/ADP/prep/9/IN "
                     "an/an/DET/det/13/DT Italian/italian/ADJ/amod/13/JJ student/student/NOUN/pobj/10/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("ITAJUD", "EGYMIL", "091")}


def test_assemble_placed_under_investigation_alone_is_into_the_object(nlp, coder):
    # guard
    assert code(coder, parse(nlp, PLACED + "././PUNCT/punct/2/.")) == {("ITAJUD", "EGYMIL", "091")}
