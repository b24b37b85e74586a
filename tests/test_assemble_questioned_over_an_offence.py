"""An interrogation's "over" or "about" phrase says what it is about, as its "in" phrase does: "questioned
five Syrian officials over the assassination of a Lebanese minister" is aimed at the officials, not the
victim the phrase names."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
FRA: French
SYR: Syrian
LBN: Lebanese
"""
AGENTS = "GOV: officials | minister\nCOP: police\n"
VERBS = """
&I_CRIME = assassination | murder
question prep=over:&I_CRIME => 091
question prep=about:&I_CRIME => 091
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("prep", ["over", "about"])
def test_assemble_questioned_over_an_offence_is_aimed_at_whom_was_questioned(nlp, coder, prep):
    doc = parse(nlp, "French/french/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS questioned/question/VERB/ROOT/2/VBD "
                     "Syrian/syrian/ADJ/amod/4/JJ officials/official/NOUN/dobj/2/NNS "
                     f"{prep}/{prep}/ADP/prep/2/IN the/the/DET/det/7/DT assassination/assassination/NOUN/pobj/5/NN "
                     "of/of/ADP/prep/7/IN a/a/DET/det/11/DT Lebanese/lebanese/ADJ/amod/11/JJ minister/minister/NOUN/pobj/8/NN")
    assert code(coder, doc) == {("FRACOP", "SYRGOV", "091")}


def test_assemble_questioned_with_no_one_named_is_about_the_victim(nlp, coder):
    doc = parse(nlp, "French/french/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS questioned/question/VERB/ROOT/2/VBD "
                     "two/two/NUM/nummod/4/CD men/man/NOUN/dobj/2/NNS "
                     "over/over/ADP/prep/2/IN the/the/DET/det/7/DT assassination/assassination/NOUN/pobj/5/NN "
                     "of/of/ADP/prep/7/IN a/a/DET/det/11/DT Lebanese/lebanese/ADJ/amod/11/JJ minister/minister/NOUN/pobj/8/NN")
    assert code(coder, doc) == {("FRACOP", "LBNGOV", "091")}
