"""From a hand-built parse: a threat's deadline hung on the object of a preposition of the
condition ("unless Washington withdraws from the gulf by Friday") still makes the threat an ultimatum (139)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran
USA: Washington
"""
AGENTS = "GOV: government\n"
VERBS = """
threaten comp=close => 1381
threaten => 130
give obj=ultimatum => 139
withdraw => 0874
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_deadline_on_the_place_left_makes_an_ultimatum(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO close/close/VERB/xcomp/1/VB "
                     "the/the/DET/det/5/DT strait/strait/NOUN/dobj/3/NN unless/unless/SCONJ/mark/8/IN Washington/Washington/PROPN/nsubj/8/NNP "
                     "withdraws/withdraw/VERB/advcl/1/VBZ from/from/ADP/prep/8/IN the/the/DET/det/11/DT gulf/gulf/NOUN/pobj/9/NN "
                     "by/by/ADP/prep/11/IN Friday/Friday/PROPN/pobj/12/NNP ././PUNCT/punct/1/.")
    assert {c[2] for c in code(coder, doc)} == {"139"}
