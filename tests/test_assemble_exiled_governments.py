"""Actors, from hand-built parses: a government in exile still governs ("Yemen's exiled government" is
`YEMGOV`), while an exiled person's title, like a former one, is of the elite ("the exiled president")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
YEM: Yemen | Yemeni
IRN: Iran
"""
AGENTS = "GOV: government | president\n"
VERBS = "condemn => 111\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_exiled_government_is_still_the_government(nlp, coder):
    # "Yemen's exiled government condemned Iran."
    doc = parse(nlp, "Yemen/Yemen/PROPN/poss/3/NNP 's/'s/PART/case/0/POS exiled/exile/VERB/amod/3/VBN government/government/NOUN/nsubj/4/NN "
                     "condemned/condemn/VERB/ROOT/4/VBD Iran/Iran/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("YEMGOV", "IRN", "111")}


def test_assemble_an_exiled_president_is_out_of_office(nlp, coder):
    # "The exiled Yemeni president condemned Iran."
    doc = parse(nlp, "The/the/DET/det/3/DT exiled/exile/VERB/amod/3/VBN Yemeni/Yemeni/ADJ/amod/3/JJ president/president/NOUN/nsubj/4/NN "
                     "condemned/condemn/VERB/ROOT/4/VBD Iran/Iran/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("YEMELI", "IRN", "111")}
