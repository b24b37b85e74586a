"""From a hand-built parse: a place after conjoined prepositions ("in and around Cairo"), parsed under the
last of them, still says where the act was: protesters arrested there are that country's people."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt | Egyptian | Cairo
"""
AGENTS = "COP: police\nCVL: protesters\n"
VERBS = """
arrest => 173
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_place_after_in_and_around_places_the_people(nlp, coder):
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS arrested/arrest/VERB/ROOT/1/VBD protesters/protester/NOUN/dobj/1/NNS "
                     "in/in/ADP/prep/1/IN and/and/CCONJ/cc/3/CC around/around/ADP/conj/3/IN Cairo/Cairo/PROPN/pobj/5/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("EGYCOP", "EGYCVL", "173")}
