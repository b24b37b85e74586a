"""From hand-built parses: a border named in a phrase of the verb or of its object ("captured a highway to the
Turkish border", "seized a road on the border with Turkey") says where the thing taken lies or leads; a border is
on both sides, so it names no one acted on. A border that is the object itself ("closed the Turkish border")
still does."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
TUR: Turkey | Turkish
"""
AGENTS = "REB: rebel | rebels\n"
VERBS = """
capture | seize obj=highway|road => 192
close obj=border => 191
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Iraqi rebels captured a highway to the Turkish border." (the parser hangs "to" on the verb)
TO_THE_BORDER = (
    "Iraqi/Iraqi/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 captured/capture/VERB/ROOT/2/VBD a/a/DET/det/4 "
    "highway/highway/NOUN/dobj/2 to/to/ADP/prep/2 the/the/DET/det/8 Turkish/Turkish/ADJ/amod/8 "
    "border/border/NOUN/pobj/5 ././PUNCT/punct/2"
)
# "Iraqi rebels seized a road on the border with Turkey."
ON_THE_BORDER_WITH = (
    "Iraqi/Iraqi/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 seized/seize/VERB/ROOT/2/VBD a/a/DET/det/4 "
    "road/road/NOUN/dobj/2 on/on/ADP/prep/4 the/the/DET/det/7 border/border/NOUN/pobj/5 with/with/ADP/prep/7 "
    "Turkey/Turkey/PROPN/pobj/8 ././PUNCT/punct/2"
)
# "Iraq closed the Turkish border."
CLOSED_BORDER = (
    "Iraq/Iraq/PROPN/nsubj/1 closed/close/VERB/ROOT/1/VBD the/the/DET/det/4 Turkish/Turkish/ADJ/amod/4 "
    "border/border/NOUN/dobj/1 ././PUNCT/punct/1"
)


def test_assemble_a_border_a_taken_road_leads_to_names_no_target(nlp, coder):
    assert code(coder, parse(nlp, TO_THE_BORDER)) == set()


def test_assemble_the_other_side_of_a_border_a_road_lies_on_names_no_target(nlp, coder):
    assert code(coder, parse(nlp, ON_THE_BORDER_WITH)) == set()


def test_assemble_a_border_closed_is_the_neighbours(nlp, coder):
    assert code(coder, parse(nlp, CLOSED_BORDER)) == {("IRQ", "TUR", "191")}
