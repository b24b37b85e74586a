"""A participle with a "by" agent and no auxiliary that the parser gave a subject ("said the deal struck by
Kuwait with Iran failed", "deal" read as the subject of "struck") is a passive: the noun is what was done,
so the patterns keyed on the object ("strike obj=deal") read it. A "by" phrase of means ("discussed by
telephone") is no agent, and the verb keeps its subject."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq
KWT: Kuwait
IRN: Iran
"""
AGENTS = "MIL: troops\n"
VERBS = """
strike => 190
strike obj=deal => ---
discuss prep=with => 046
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_deal_struck_by_a_party_is_no_strike(nlp, coder):
    # "Iraq said the deal struck by Kuwait with Iran failed ."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD the/the/DET/det/3/DT deal/deal/NOUN/nsubj/4/NN "
                     "struck/strike/VERB/ccomp/1/VBN by/by/ADP/agent/4/IN Kuwait/Kuwait/PROPN/pobj/5/NNP "
                     "with/with/ADP/prep/4/IN Iran/Iran/PROPN/pobj/7/NNP failed/fail/VERB/ccomp/1/VBD ././PUNCT/punct/1/.")
    assert ("KWT", "IRN", "190") not in code(coder, doc)


def test_assemble_an_active_participle_with_an_auxiliary_keeps_its_subject(nlp, coder):
    # "Kuwait has struck Iran ." stays an attack.
    doc = parse(nlp, "Kuwait/Kuwait/PROPN/nsubj/2/NNP has/have/AUX/aux/2/VBZ struck/strike/VERB/ROOT/2/VBN "
                     "Iran/Iran/PROPN/dobj/2/NNP ././PUNCT/punct/2/.")
    assert ("KWT", "IRN", "190") in code(coder, doc)


def test_assemble_a_means_read_as_agent_leaves_the_subject(nlp, coder):
    # "Kuwait discussed by telephone with Iran ." with "discussed" tagged a participle.
    doc = parse(nlp, "Kuwait/Kuwait/PROPN/nsubj/1/NNP discussed/discuss/VERB/ROOT/1/VBN by/by/ADP/agent/1/IN "
                     "telephone/telephone/NOUN/pobj/2/NN with/with/ADP/prep/1/IN Iran/Iran/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert ("KWT", "IRN", "046") in code(coder, doc)
