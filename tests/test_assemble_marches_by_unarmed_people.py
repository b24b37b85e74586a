"""From hand-built parses: a march on a place or into it by people with no arms (civilians, the opposition,
workers, students) is a demonstration (141), not an assault (190) or an occupation (192); armed men
marching on a capital still fight."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
ARN: Arnor | Arnorian
ARNCVL: Arnorians
ARNGOV: Annuminas
"""
AGENTS = "REB: rebels\nOPP: opposition supporters\nMIL: troops\n"
VERBS = """
march prep=on => 190
march prep=into => 192
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def march(subject: str, prep: str = "on") -> str:
    return f"{subject} marched/march/VERB/ROOT/1/VBD {prep}/{prep}/ADP/prep/1 Annuminas/Annuminas/PROPN/pobj/2"


def test_assemble_civilians_marching_on_the_capital_demonstrate(nlp, coder):
    # "Arnorians marched on Annuminas"
    assert code(coder, parse(nlp, march("Arnorians/Arnorians/PROPN/nsubj/1"))) == {("ARNCVL", "ARNGOV", "141")}


def test_assemble_civilians_marching_into_the_capital_demonstrate(nlp, coder):
    # "Arnorians marched into Annuminas": no occupation by unarmed people
    assert code(coder, parse(nlp, march("Arnorians/Arnorians/PROPN/nsubj/1", "into"))) == {("ARNCVL", "ARNGOV", "141")}


def test_assemble_rebels_marching_on_the_capital_still_fight(nlp, coder):
    # "Arnorian rebels marched on Annuminas"
    doc = parse(nlp, "Arnorian/Arnorian/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2/NNS marched/march/VERB/ROOT/2/VBD on/on/ADP/prep/2 Annuminas/Annuminas/PROPN/pobj/3")
    assert code(coder, doc) == {("ARNREB", "ARNGOV", "190")}
