"""From a hand-built parse: a threatened act's "for" phrase says whom the threat is aimed at, as it does in
the act itself ("threatened to suspend trade benefits for Guatemala")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States
GTM: Guatemala
"""
AGENTS = "GOV: government\n"
VERBS = """
threaten comp=suspend => 131
threaten => 130
suspend obj=benefits => 163
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_threatened_act_for_someone_is_aimed_at_them(nlp, coder):
    # "The United States threatened to suspend benefits for Guatemala."
    doc = parse(nlp, "The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/3/NNP "
                     "threatened/threaten/VERB/ROOT/3/VBD to/to/PART/aux/5/TO suspend/suspend/VERB/xcomp/3/VB "
                     "benefits/benefit/NOUN/dobj/5/NNS for/for/ADP/prep/5/IN Guatemala/Guatemala/PROPN/pobj/7/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("USA", "GTM", "1312")}
