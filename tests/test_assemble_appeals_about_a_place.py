"""From hand-built parses: an appeal or demand that names no one to act, only what should stop where it goes
on ("demanded an end to the violence in Syria", "urged restraint in Syria"), is made of that place; an actor
the asked-for act names itself ("an end to Iraqi attacks in Syria") comes first."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt
IRQ: Iraq | Iraqi
SYR: Syria
"""
AGENTS = "GOV: government\n"
VERBS = """
demand obj=end prep=to:violence|attack => 1056
urge obj=restraint => 0256
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Egypt demanded an end to the violence in Syria."
END_TO_VIOLENCE_IN = (
    "Egypt/Egypt/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD an/an/DET/det/3 end/end/NOUN/dobj/1 "
    "to/to/ADP/prep/3 the/the/DET/det/6 violence/violence/NOUN/pobj/4 in/in/ADP/prep/6 "
    "Syria/Syria/PROPN/pobj/7 ././PUNCT/punct/1"
)
# "Egypt urged restraint in Syria."
RESTRAINT_IN = (
    "Egypt/Egypt/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD restraint/restraint/NOUN/dobj/1 in/in/ADP/prep/2 "
    "Syria/Syria/PROPN/pobj/3 ././PUNCT/punct/1"
)
# "Egypt demanded an end to Iraqi attacks in Syria."
NAMED_DOER = (
    "Egypt/Egypt/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD an/an/DET/det/3 end/end/NOUN/dobj/1 "
    "to/to/ADP/prep/3 Iraqi/Iraqi/ADJ/amod/6 attacks/attack/NOUN/pobj/4 in/in/ADP/prep/6 "
    "Syria/Syria/PROPN/pobj/7 ././PUNCT/punct/1"
)


def test_assemble_a_demand_to_end_violence_in_a_place_is_made_of_it(nlp, coder):
    assert code(coder, parse(nlp, END_TO_VIOLENCE_IN)) == {("EGY", "SYR", "1056")}


def test_assemble_an_appeal_for_restraint_in_a_place_is_made_of_it(nlp, coder):
    assert code(coder, parse(nlp, RESTRAINT_IN)) == {("EGY", "SYR", "0256")}


def test_assemble_an_actor_named_by_the_act_asked_to_stop_comes_first(nlp, coder):
    assert code(coder, parse(nlp, NAMED_DOER)) == {("EGY", "IRQ", "1056")}
