"""From hand-built parses: a plain statement in a participle hung on an act between the same two
actors only says what the act said ("issued an ultimatum to the generals, telling them to leave" is the
ultimatum alone); told to someone else, it stays a statement of its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia
GEO: Georgia
UKR: Ukraine
"""
AGENTS = "GOV: government\n"
VERBS = """
condemn => 111
tell => 010
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_telling_the_party_condemned_adds_no_statement(nlp, coder):
    # "Russia condemned Georgia , telling Georgia ."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Georgia/Georgia/PROPN/dobj/1/NNP "
                     ",/,/PUNCT/punct/1/, telling/tell/VERB/advcl/1/VBG Georgia/Georgia/PROPN/dobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "GEO", "111")}


def test_assemble_telling_another_party_stays_a_statement(nlp, coder):
    # "Russia condemned Georgia , telling Ukraine ."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Georgia/Georgia/PROPN/dobj/1/NNP "
                     ",/,/PUNCT/punct/1/, telling/tell/VERB/advcl/1/VBG Ukraine/Ukraine/PROPN/dobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "GEO", "111"), ("RUS", "UKR", "010")}
