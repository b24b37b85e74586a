"""Actors, from hand-built parses: the state a member or colony once belonged to, named after "former"
("the former Soviet republic of Georgia", "a former Yugoslav republic", "the former British colony of Hong
Kong"), is not that member; the "of" phrase may name it. The former state itself ("the former Soviet
Union") stays what it names."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia | Russian
GEO: Georgia
USR: Soviet Union | Soviet
"""
AGENTS = "GOV: government\n"
VERBS = """
attack => 190
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_former_republic_is_not_the_union_it_left(nlp, coder):
    # "Russia attacked the former Soviet republic of Georgia."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1/VBD the/the/DET/det/5 former/former/ADJ/amod/5/JJ "
                     "Soviet/soviet/ADJ/amod/5/JJ republic/republic/NOUN/dobj/1/NN of/of/ADP/prep/5 Georgia/Georgia/PROPN/pobj/6/NNP "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "GEO", "190")}


def test_assemble_the_former_union_itself_stays_named(nlp, coder):
    # "Georgia condemned the former Soviet Union."
    doc = parse(nlp, "Georgia/Georgia/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/5 former/former/ADJ/amod/5/JJ "
                     "Soviet/Soviet/PROPN/compound/5/NNP Union/Union/PROPN/dobj/1/NNP ././PUNCT/punct/1")
    assert code(coder, doc) == {("GEO", "USR", "111")}
