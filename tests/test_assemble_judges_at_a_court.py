"""Actors, from hand-built parses: judges and prosecutors "at" a court are of it, as officials at a
ministry are ("judges at the International Criminal Court", "prosecutors at the Special Court")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOICC: International Criminal Court
SRB: Serbia
"""
AGENTS = "JUD: judge | judges | prosecutor | prosecutors\nMIL: military\n"
VERBS = """
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("noun", ["Judges/judge", "Prosecutors/prosecutor"])
def test_assemble_judges_at_a_court_are_of_it(nlp, coder, noun):
    # "Judges at the International Criminal Court condemned Serbia."
    doc = parse(nlp, f"{noun}/NOUN/nsubj/6/NNS at/at/ADP/prep/0 the/the/DET/det/5 International/International/PROPN/compound/5/NNP "
                     "Criminal/Criminal/PROPN/compound/5/NNP Court/Court/PROPN/pobj/1/NNP condemned/condemn/VERB/ROOT/6/VBD "
                     "Serbia/Serbia/PROPN/dobj/6/NNP ././PUNCT/punct/6")
    assert code(coder, doc) == {("IGOICCJUD", "SRB", "111")}

