"""Whose prosecutors question a former leader, from hand-built parses: "Prosecutors questioned Alberto
Fujimori" are Peru's, as "Police arrested a former Zambian minister" are Zambia's; a state probes its own
elites. Prosecutors named with a country keep it ("French prosecutors questioned ...")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PERELI: Alberto Fujimori
FRA: French
"""
AGENTS = "JUD: prosecutors\n"
VERBS = "question => 091\narrest => 173\n"

QUESTIONED = "Alberto/alberto/PROPN/compound/{n}/NNP Fujimori/fujimori/PROPN/dobj/{v}/NNP ././PUNCT/punct/{v}/."


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_elite_questioned_by_unnamed_prosecutors_is_of_their_country(nlp, coder):
    doc = parse(nlp, "Prosecutors/prosecutor/NOUN/nsubj/1/NNS questioned/question/VERB/ROOT/1/VBD " + QUESTIONED.format(n=3, v=1))
    assert code(coder, doc) == {("PERJUD", "PERELI", "091")}


def test_assemble_elite_questioned_by_named_prosecutors_keeps_their_country(nlp, coder):
    doc = parse(nlp, "French/french/ADJ/amod/1/JJ prosecutors/prosecutor/NOUN/nsubj/2/NNS questioned/question/VERB/ROOT/2/VBD "
                     + QUESTIONED.format(n=4, v=2))
    assert code(coder, doc) == {("FRAJUD", "PERELI", "091")}


def test_assemble_elite_arrested_by_unnamed_prosecutors_is_of_their_country(nlp, coder):
    # guard: the arrest rule this extends
    doc = parse(nlp, "Prosecutors/prosecutor/NOUN/nsubj/1/NNS arrested/arrest/VERB/ROOT/1/VBD " + QUESTIONED.format(n=3, v=1))
    assert code(coder, doc) == {("PERJUD", "PERELI", "173")}
