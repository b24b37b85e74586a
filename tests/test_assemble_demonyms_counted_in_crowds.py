"""From hand-built parses: a demonym spelt alike in the singular and the plural ("Taiwanese", "Chinese"),
counted by a crowd's number, is the country's people (CVL), as the plural demonyms the dictionaries list are;
the country itself, or a share of it, is not."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
TWN: Taiwan | Taiwanese
CHN: China | Chinese
PHL: Philippines
"""
AGENTS = "MIL: troops\n"
VERBS = """
protest prep=against => 141
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_thousands_of_a_demonym_are_its_people(nlp, coder):
    doc = parse(nlp, "Thousands/thousand/NOUN/nsubj/3/NNS of/of/ADP/prep/0/IN Taiwanese/Taiwanese/PROPN/pobj/1/NNPS "
                     "protested/protest/VERB/ROOT/3/VBD against/against/ADP/prep/3/IN China/China/PROPN/pobj/4/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("TWNCVL", "CHN", "141")}


def test_hundreds_of_thousands_of_a_demonym_are_its_people(nlp, coder):
    doc = parse(nlp, "Hundreds/hundred/NOUN/nsubj/5/NNS of/of/ADP/prep/0/IN thousands/thousand/NOUN/pobj/1/NNS of/of/ADP/prep/2/IN "
                     "Taiwanese/Taiwanese/PROPN/pobj/3/NNPS protested/protest/VERB/ROOT/5/VBD against/against/ADP/prep/5/IN "
                     "China/China/PROPN/pobj/6/NNP ././PUNCT/punct/5/.")
    assert code(coder, doc) == {("TWNCVL", "CHN", "141")}


def test_a_country_counted_by_a_share_is_no_crowd(nlp, coder):
    doc = parse(nlp, "Most/most/ADJ/nsubj/4/JJS of/of/ADP/prep/0/IN the/the/DET/det/3/DT Philippines/Philippines/PROPN/pobj/1/NNPS "
                     "protested/protest/VERB/ROOT/4/VBD against/against/ADP/prep/4/IN China/China/PROPN/pobj/5/NNP ././PUNCT/punct/4/.")
    assert ("PHLCVL", "CHN", "141") not in code(coder, doc)


def test_troops_of_a_country_counted_keep_their_sector(nlp, coder):
    doc = parse(nlp, "Thousands/thousand/NOUN/nsubj/4/NNS of/of/ADP/prep/0/IN Chinese/chinese/ADJ/amod/3/JJ troops/troops/NOUN/pobj/1/NNS "
                     "protested/protest/VERB/ROOT/4/VBD against/against/ADP/prep/4/IN Taiwan/Taiwan/PROPN/pobj/5/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("CHNMIL", "TWN", "141")}
