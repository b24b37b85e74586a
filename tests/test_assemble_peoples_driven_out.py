"""From hand-built parses: a mass expulsion (201) is done to the people driven out, not to the country they
were driven into ("drove the Rohingya into Bangladesh"); people named by no country are still placed by
where they went."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
MMR: Burma
MMRCVL: Rohingya
BGD: Bangladesh
AFR: African
"""
AGENTS = "CVL: villagers | people\n"
VERBS = """
&MASSES = Rohingya | villager | people
drive obj=&MASSES prep=into => 201
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_people_driven_into_another_country_are_the_target(nlp, coder):
    doc = parse(nlp, "Burma/Burma/PROPN/nsubj/1/NNP drove/drive/VERB/ROOT/1/VBD Rohingya/Rohingya/PROPN/dobj/1/NNP "
                     "into/into/ADP/prep/1/IN Bangladesh/Bangladesh/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MMR", "MMRCVL", "201")}


def test_people_of_no_country_are_where_they_were_driven(nlp, coder):
    doc = parse(nlp, "Burma/Burma/PROPN/nsubj/1/NNP drove/drive/VERB/ROOT/1/VBD people/people/NOUN/dobj/1/NNS "
                     "into/into/ADP/prep/1/IN Bangladesh/Bangladesh/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MMR", "BGD", "201")}


def test_people_named_by_a_region_are_where_they_were_driven(nlp, coder):
    doc = parse(nlp, "Burma/Burma/PROPN/nsubj/1/NNP drove/drive/VERB/ROOT/1/VBD African/african/ADJ/amod/3/JJ "
                     "villagers/villager/NOUN/dobj/1/NNS into/into/ADP/prep/1/IN Bangladesh/Bangladesh/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MMR", "BGD", "201")}
