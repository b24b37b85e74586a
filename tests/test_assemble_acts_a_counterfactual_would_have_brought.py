"""From a hand-built parse: an act that a counterfactual "would have" act would have brought about
("a resolution that would have required Syria to withdraw") was not done, nor announced: no
intent and no threat is coded from it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops\n"
VERBS = """
attack => 190
threaten => 138
veto obj=resolution => 129
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_act_a_counterfactual_would_have_required_is_not_coded(nlp, coder):
    # "Iran vetoed a resolution that would have required Syria to attack Iraq."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP vetoed/veto/VERB/ROOT/1/VBD a/a/DET/det/3/DT resolution/resolution/NOUN/dobj/1/NN "
                     "that/that/PRON/nsubj/7/WDT would/would/AUX/aux/7/MD have/have/AUX/aux/7/VB required/require/VERB/relcl/3/VBN "
                     "Syria/Syria/PROPN/dobj/7/NNP to/to/PART/aux/10/TO attack/attack/VERB/xcomp/7/VB Iraq/Iraq/PROPN/dobj/10/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_an_act_a_plain_would_requires_is_still_announced(nlp, coder):
    # "Iran said it would force Syria to attack Iraq": announced, so a threat (no perfect, no counterfactual).
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/4/PRP would/would/AUX/aux/4/MD "
                     "force/force/VERB/ccomp/1/VB Syria/Syria/PROPN/dobj/4/NNP to/to/PART/aux/7/TO attack/attack/VERB/xcomp/4/VB "
                     "Iraq/Iraq/PROPN/dobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "IRQ", "138")}
