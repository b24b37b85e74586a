"""From hand-built parses: a body named by no actor of its own that the subject sets up, sends or orders to act
("appointed a three-member panel to investigate war crimes", "ordered a team to investigate") acts for whoever set it
up."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOUNO: United Nations | UN
LKA: Sri Lanka | Lanka
IRQ: Iraq
"""
AGENTS = "GOV: government\n"
VERBS = """
investigate obj=crime prep=in => 094
release => 084
order comp=investigate => 1042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_panel_appointed_to_investigate_acts_for_the_appointer(nlp, coder):
    doc = parse(nlp, "UN/UN/PROPN/nsubj/1 appointed/appoint/VERB/ROOT/1/VBD a/a/DET/det/3 panel/panel/NOUN/dobj/1 "
                     "to/to/PART/aux/5/TO investigate/investigate/VERB/xcomp/1/VB crimes/crime/NOUN/dobj/5 "
                     "in/in/ADP/prep/5 Lanka/Lanka/PROPN/pobj/7 ././PUNCT/punct/1")
    assert {e[0] for e in code(coder, doc)} == {"IGOUNO"}


def test_assemble_a_named_addressee_still_acts_itself(nlp, coder):
    # "UN urged Iraq to investigate ...": the object control stays for a named object.
    doc = parse(nlp, "UN/UN/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1 "
                     "to/to/PART/aux/4/TO investigate/investigate/VERB/xcomp/1/VB crimes/crime/NOUN/dobj/4 "
                     "in/in/ADP/prep/4 Lanka/Lanka/PROPN/pobj/6 ././PUNCT/punct/1")
    assert {e[0] for e in code(coder, doc)} == {"IRQ"}


def test_assemble_team_ordered_to_investigate_acts_for_the_orderer(nlp, coder):
    # "UN ordered a team to investigate crimes in Lanka": the team's inquiry is the UN's (094), no demand (1042).
    doc = parse(nlp, "UN/UN/PROPN/nsubj/1 ordered/order/VERB/ROOT/1/VBD a/a/DET/det/3 team/team/NOUN/dobj/1 "
                     "to/to/PART/aux/5/TO investigate/investigate/VERB/xcomp/1/VB crimes/crime/NOUN/dobj/5 "
                     "in/in/ADP/prep/5 Lanka/Lanka/PROPN/pobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IGOUNO", "LKA", "094")}


def test_assemble_a_named_state_ordered_to_investigate_is_still_asked(nlp, coder):
    doc = parse(nlp, "UN/UN/PROPN/nsubj/1 ordered/order/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1 "
                     "to/to/PART/aux/4/TO investigate/investigate/VERB/xcomp/1/VB crimes/crime/NOUN/dobj/4 "
                     "in/in/ADP/prep/4 Lanka/Lanka/PROPN/pobj/6 ././PUNCT/punct/1")
    assert ("IGOUNO", "IRQ", "1042") in code(coder, doc)
