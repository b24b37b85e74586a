"""Codes, from hand-built parses: what a single actor discusses is a topic, not a party to the talks, and
whom it discusses it with is the "with" phrase, also where the parser hangs it inside the topic."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRQ: Iraq\nSYR: Syria\nIRN: Iran\n"
AGENTS = "GOV: president\n"
VERBS = "discuss => 046\ndiscuss prep=with => 046\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_partner_hung_inside_the_topic_is_whom_it_was_discussed_with(nlp, coder):
    # "Iraq discussed Iran's request for jets with Syria" ("with Syria" hung on "jets").
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP discussed/discuss/VERB/ROOT/1/VBD Iran/Iran/PROPN/poss/4/NNP 's/'s/PART/case/2/POS "
                     "request/request/NOUN/dobj/1/NN for/for/ADP/prep/4/IN jets/jet/NOUN/pobj/5/NNS with/with/ADP/prep/6/IN "
                     "Syria/Syria/PROPN/pobj/7/NNP ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "SYR", "046"), ("SYR", "IRQ", "046")}


def test_assemble_a_topic_discussed_alone_names_no_party(nlp, coder):
    # "Iraq discussed Iran's offensive": with whom, the sentence does not say.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP discussed/discuss/VERB/ROOT/1/VBD Iran/Iran/PROPN/poss/4/NNP 's/'s/PART/case/2/POS "
                     "offensive/offensive/NOUN/dobj/1/NN ././PUNCT/punct/1")
    assert code(coder, doc) == set()


def test_assemble_two_sides_discussing_a_topic_still_talk_to_each_other(nlp, coder):
    # "Iraq and Syria discussed Iran" (as before).
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Syria/Syria/PROPN/conj/0/NNP discussed/discuss/VERB/ROOT/3/VBD "
                     "Iran/Iran/PROPN/dobj/3/NNP ././PUNCT/punct/3")
    assert code(coder, doc) == {("IRQ", "SYR", "046"), ("SYR", "IRQ", "046")}
