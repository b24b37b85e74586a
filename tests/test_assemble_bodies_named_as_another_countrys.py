"""A body the dictionaries give one country, named as another's, from hand-built parses: "the Philippine Justice
Department" is the Philippines' (PHLJUD), not the U.S. one the bare name means; with no country before it, the
bare name keeps its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "PHL: Philippine | Philippines\nJPN: Japan\nUSAJUD: Justice Department\n"
VERBS = "condemn => 111\n"
BODY = "Justice/Justice/PROPN/compound/{d}/NNP Department/Department/PROPN/nsubj/{v}/NNP condemned/condemn/VERB/ROOT/{v}/VBD Japan/Japan/PROPN/dobj/{v}/NNP ././PUNCT/punct/{v}/."


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_body_named_as_another_countrys_is_that_countrys(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/3/DT Philippine/Philippine/ADJ/amod/3/JJ " + BODY.format(d=3, v=4))
    assert code(coder, doc) == {("PHLJUD", "JPN", "111")}


def test_assemble_a_body_named_with_a_possessive_country_is_that_countrys(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/1/DT Philippines/Philippines/PROPN/poss/4/NNPS '/'/PART/case/1/POS " + BODY.format(d=4, v=5))
    assert code(coder, doc) == {("PHLJUD", "JPN", "111")}


def test_assemble_a_bare_body_name_keeps_its_own_country(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/2/DT " + BODY.format(d=2, v=3))
    assert code(coder, doc) == {("USAJUD", "JPN", "111")}
