"""From hand-built parses: a movement the dictionaries give one country is, with another country's
possessive before its name, that country's branch ("Jordan's Muslim Brotherhood")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
JOR: Jordan
EGY: Egypt
EGYOPPMBR: Muslim Brotherhood
JORGOV: Amman
"""
AGENTS = "GOV: government\n"
VERBS = """
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_movement_after_another_countrys_possessive_is_its_branch(nlp, coder):
    doc = parse(nlp, "Jordan/Jordan/PROPN/poss/3/NNP 's/'s/PART/case/0/POS Muslim/Muslim/PROPN/compound/3/NNP "
                     "Brotherhood/Brotherhood/PROPN/nsubj/4/NNP condemned/condemn/VERB/ROOT/4/VBD Amman/Amman/PROPN/dobj/4/NNP "
                     "././PUNCT/punct/4/.")
    assert code(coder, doc) == {("JOROPPMBR", "JORGOV", "111")}


def test_assemble_a_movement_after_its_own_countrys_possessive_keeps_its_code(nlp, coder):
    doc = parse(nlp, "Egypt/Egypt/PROPN/poss/3/NNP 's/'s/PART/case/0/POS Muslim/Muslim/PROPN/compound/3/NNP "
                     "Brotherhood/Brotherhood/PROPN/nsubj/4/NNP condemned/condemn/VERB/ROOT/4/VBD Amman/Amman/PROPN/dobj/4/NNP "
                     "././PUNCT/punct/4/.")
    assert code(coder, doc) == {("EGYOPPMBR", "JORGOV", "111")}
