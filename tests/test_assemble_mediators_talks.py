"""Talks held by a subject named a mediator with two parties are mediation (045), from hand-built parses."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | officials | government\n"
VERBS = """
hold obj=talks prep=with => 046
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_talks_a_mediator_holds_with_two_parties_are_mediation(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1/JJ mediators/mediator/NOUN/nsubj/2/NNS held/hold/VERB/ROOT/2/VBD talks/talk/NOUN/dobj/2/NNS "
                     "with/with/ADP/prep/2/IN Iraq/Iraq/PROPN/pobj/4/NNP and/and/CCONJ/cc/5/CC Iran/Iran/PROPN/conj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("SYR", "IRQ", "045"), ("SYR", "IRN", "045")}


def test_assemble_talks_of_a_subject_not_named_mediator_stay_negotiation(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1/JJ officials/official/NOUN/nsubj/2/NNS held/hold/VERB/ROOT/2/VBD talks/talk/NOUN/dobj/2/NNS "
                     "with/with/ADP/prep/2/IN Iraq/Iraq/PROPN/pobj/4/NNP and/and/CCONJ/cc/5/CC Iran/Iran/PROPN/conj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("SYRGOV", "IRQ", "046"), ("IRQ", "SYRGOV", "046"), ("SYRGOV", "IRN", "046"), ("IRN", "SYRGOV", "046")}


def test_assemble_a_mediator_talking_with_one_party_is_no_mediation(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1/JJ mediators/mediator/NOUN/nsubj/2/NNS held/hold/VERB/ROOT/2/VBD talks/talk/NOUN/dobj/2/NNS "
                     "with/with/ADP/prep/2/IN Iraq/Iraq/PROPN/pobj/4/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("SYR", "IRQ", "046"), ("IRQ", "SYR", "046")}
