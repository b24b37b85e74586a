"""From hand-built parses: a protest that fills or holds a place its pattern names as object ("packed the
capital's main square") and demands that someone act is aimed at whom the demand is made of, not at the
country the place's name points to; without a demand the place still tells whom it is against."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi | Iraqis | Baghdad
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\nMIL: troops\n"
VERBS = """
&TROOPS = troop | troops
fill obj=square => 141
demand comp=withdraw => 1056
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _filled(nlp, tail: str):
    # "Iraqis filled Baghdad's main square<tail>"
    return parse(nlp, "Iraqis/Iraqis/PROPN/nsubj/1/NNPS filled/fill/VERB/ROOT/1/VBD Baghdad/Baghdad/PROPN/poss/5/NNP "
                      "'s/'s/PART/case/2/POS main/main/ADJ/amod/5/JJ square/square/NOUN/dobj/1/NN " + tail)


def test_assemble_protest_filling_a_square_and_demanding_a_withdrawal_is_against_whom_it_asks(nlp, coder):
    doc = _filled(nlp, ",/,/PUNCT/punct/1/, demanding/demand/VERB/advcl/1/VBG that/that/SCONJ/mark/10/IN "
                       "Iran/Iran/PROPN/nsubj/10/NNP withdraw/withdraw/VERB/ccomp/7/VB its/its/PRON/poss/12/PRP$ "
                       "troops/troop/NOUN/dobj/10/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "1412")}


def test_assemble_protest_filling_a_square_with_no_demand_is_against_the_places_rulers(nlp, coder):
    # guard: the place still names the target when nothing else does
    doc = _filled(nlp, "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRQGOV", "141")}
