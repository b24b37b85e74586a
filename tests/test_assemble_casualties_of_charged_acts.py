"""From hand-built parses: a casualty participle ("..., killing dozens of civilians") tells what the act it
belongs to did. Hung by the parser on a charge or a denial, it is the charged or denied act's, not the
accuser's or the denier's; hung on a denied that-clause, it is denied with it. Neither is an event."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi | Basra
IRN: Iran | Iranian
"""
AGENTS = "MIL: troops | soldiers\nCVL: civilians\n"
VERBS = """
accuse prep=of => 112
condemn => 111
deny => 016
fire => 190
shell => 194
kill => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_casualties_hung_on_an_accusation_are_the_accused_acts(nlp, coder):
    # "Iraq accused Iran of firing missiles, killing dozens of civilians": Iraq killed no one.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1/NNP of/of/ADP/prep/1/IN "
                     "firing/fire/VERB/pcomp/3/VBG missiles/missile/NOUN/dobj/4/NNS ,/,/PUNCT/punct/1/, "
                     "killing/kill/VERB/advcl/1/VBG dozens/dozen/NOUN/dobj/7/NNS of/of/ADP/prep/8/IN civilians/civilian/NOUN/pobj/9/NNS "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "1123")}


def test_assemble_casualties_hung_on_a_condemnation_are_the_condemned_acts(nlp, coder):
    # "Iraq condemned Iran, killing dozens of civilians" (a misparse of "condemned Iran for the shelling, ...").
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1/NNP ,/,/PUNCT/punct/1/, "
                     "killing/kill/VERB/advcl/1/VBG dozens/dozen/NOUN/dobj/4/NNS of/of/ADP/prep/5/IN civilians/civilian/NOUN/pobj/6/NNS "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "111")}


def test_assemble_casualties_of_a_denied_clause_are_denied_with_it(nlp, coder):
    # "Iran denied that its troops shelled Basra, killing dozens of Iraqi civilians"
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN its/its/PRON/poss/4/PRP$ "
                     "troops/troop/NOUN/nsubj/5/NNS shelled/shell/VERB/ccomp/1/VBD Basra/Basra/PROPN/dobj/5/NNP ,/,/PUNCT/punct/5/, "
                     "killing/kill/VERB/advcl/5/VBG dozens/dozen/NOUN/dobj/8/NNS of/of/ADP/prep/9/IN Iraqi/iraqi/ADJ/amod/12/JJ "
                     "civilians/civilian/NOUN/pobj/10/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "IRQ", "016")}


def test_assemble_casualties_of_an_act_done_stay_an_event(nlp, coder):
    # "Iranian troops shelled Basra, killing dozens of Iraqi civilians": the shelling is done, and so are its dead.
    doc = parse(nlp, "Iranian/iranian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS shelled/shell/VERB/ROOT/2/VBD "
                     "Basra/Basra/PROPN/dobj/2/NNP ,/,/PUNCT/punct/2/, killing/kill/VERB/advcl/2/VBG dozens/dozen/NOUN/dobj/5/NNS "
                     "of/of/ADP/prep/6/IN Iraqi/iraqi/ADJ/amod/9/JJ civilians/civilian/NOUN/pobj/7/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRNMIL", "IRQ", "194"), ("IRNMIL", "IRQCVL", "190")}
