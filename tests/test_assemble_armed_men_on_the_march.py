"""From hand-built parses: troops or rebels marching or rallying somewhere move; they do not demonstrate
(141), while their supporters do."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russian
UKR: Ukrainian
LBN: Hezbollah
"""
AGENTS = "MIL: troops\nCVL: supporters\n"
VERBS = """
march prep=near => 141
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_troops_marching_near_a_border_do_not_demonstrate(nlp, coder):
    doc = parse(nlp, "Russian/Russian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS marched/march/VERB/ROOT/2/VBD "
                     "near/near/ADP/prep/2/IN the/the/DET/det/6/DT Ukrainian/Ukrainian/ADJ/amod/6/JJ border/border/NOUN/pobj/3/NN "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_supporters_marching_near_a_border_demonstrate(nlp, coder):
    doc = parse(nlp, "Hezbollah/Hezbollah/PROPN/compound/1/NNP supporters/supporter/NOUN/nsubj/2/NNS marched/march/VERB/ROOT/2/VBD "
                     "near/near/ADP/prep/2/IN the/the/DET/det/6/DT Ukrainian/Ukrainian/ADJ/amod/6/JJ border/border/NOUN/pobj/3/NN "
                     "././PUNCT/punct/2/.")
    assert {c for _, _, c in code(coder, doc)} == {"141"}
