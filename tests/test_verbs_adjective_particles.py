"""From hand-built parses: an adjective the parser reads as the verb's predicate before its object ("cut
short his visit", "oprd") is the phrasal verb's particle, as it is after the object ("cut his visit short")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: president\n"
VERBS = """
cut => 190
cut short obj=visit => 161
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_cut_short_before_the_object_is_the_phrasal_verb(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 cut/cut/VERB/ROOT/1/VBD short/short/ADJ/oprd/1 its/its/PRON/poss/4 "
                     "visit/visit/NOUN/dobj/1 to/to/ADP/prep/4 Iran/Iran/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "161")}


def test_cut_short_after_the_object_is_the_phrasal_verb(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 cut/cut/VERB/ROOT/1/VBD its/its/PRON/poss/3 visit/visit/NOUN/dobj/1 "
                     "to/to/ADP/prep/3 Iran/Iran/PROPN/pobj/4 short/short/ADJ/advmod/1 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "161")}
