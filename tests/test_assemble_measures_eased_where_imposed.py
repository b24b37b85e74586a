"""Targets, from hand-built parses: sanctions lifted are aimed at whom they were imposed on, also when a
relative clause with a subject of its own says so ("lifted the sanctions it imposed on India", "the
sanctions that Russia imposed on Turkey"), as the participle does ("sanctions imposed on India")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States
IND: India
"""
AGENTS = "GOV: government\n"
VERBS = """
lift obj=sanction => 085
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("relative", ["", "that/that/PRON/dobj/8/WDT "])
def test_assemble_sanctions_lifted_are_aimed_where_a_relative_clause_imposed_them(nlp, coder, relative):
    # "The United States lifted the sanctions [that] it imposed on India."
    doc = parse(nlp, "The/the/DET/det/2 United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/3/NNP lifted/lift/VERB/ROOT/3/VBD "
                     "the/the/DET/det/5 sanctions/sanction/NOUN/dobj/3/NNS " + relative +
                     f"it/it/PRON/nsubj/{7 + bool(relative)}/PRP imposed/impose/VERB/relcl/5/VBD on/on/ADP/prep/{7 + bool(relative)} "
                     f"India/India/PROPN/pobj/{8 + bool(relative)}/NNP ././PUNCT/punct/3")
    assert code(coder, doc) == {("USA", "IND", "085")}
