"""A proposal's content, from hand-built parses: the "for" phrase inside a name in a proposal's phrase
("an offer from the Front for Change") is part of the name, not what is proposed, also when the model
tags the name's capitalised head word a common noun. A lower-case noun's "for" phrase ("an offer from
the rebels' front for change") is left to say what is proposed."""

from __future__ import annotations

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

import pytest

ACTORS = "IRQ: Iraq\nSYR: Syria\n"
AGENTS = ""
VERBS = """
reject obj=change => 123
reject obj=offer => 127
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_for_phrase_in_a_name_with_a_common_noun_head_is_not_the_offer_s_content(nlp, coder):
    # "Iraq rejected an offer from Syria's Front for Change."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD an/an/DET/det/3/DT offer/offer/NOUN/dobj/1/NN "
                     "from/from/ADP/prep/3/IN Syria/Syria/PROPN/poss/7/NNP 's/'s/PART/case/5/POS Front/front/NOUN/pobj/4/NN "
                     "for/for/ADP/prep/7/IN Change/Change/PROPN/pobj/8/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "127")}


def test_for_phrase_of_a_lower_case_noun_stays_the_offer_s_content(nlp, coder):
    # "Iraq rejected an offer from Syria's front for change." (no name: the phrase may say what is offered)
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD an/an/DET/det/3/DT offer/offer/NOUN/dobj/1/NN "
                     "from/from/ADP/prep/3/IN Syria/Syria/PROPN/poss/7/NNP 's/'s/PART/case/5/POS front/front/NOUN/pobj/4/NN "
                     "for/for/ADP/prep/7/IN change/change/NOUN/pobj/8/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "123")}
