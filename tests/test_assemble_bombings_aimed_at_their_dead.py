"""A bombing that names no victim is aimed at the dead its casualty participle names ("detonated a bomb
in Iraq, killing five Iranian soldiers"), not at the place's civilians."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "MIL: troops | soldiers\nREB: rebels\nCVL: civilians | people\n"
VERBS = """
detonate obj=bomb => 183
kill => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _bombing(nlp, coder, victims):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 detonated/detonate/VERB/ROOT/2/VBD a/a/DET/det/4 "
                     "bomb/bomb/NOUN/dobj/2 in/in/ADP/prep/2 Baghdad/Baghdad/PROPN/pobj/5 ,/,/PUNCT/punct/2 "
                     "killing/kill/VERB/advcl/2/VBG " + victims + " ././PUNCT/punct/2")
    return {(s, t) for s, t, c in code(coder, doc) if c == "183"}


def test_bombing_aimed_at_the_soldiers_its_casualty_participle_names(nlp, coder):
    # without the fix the bombing has no victim (or the place's civilians): the dead soldiers are its target
    assert _bombing(nlp, coder, "five/five/NUM/nummod/11 Iranian/Iranian/ADJ/amod/11 soldiers/soldier/NOUN/dobj/8") == {("IRQREB", "IRNMIL")}
