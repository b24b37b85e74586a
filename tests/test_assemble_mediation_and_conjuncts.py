"""Assembly rules for gaps named by held-out lead sets, from hand-built parses: a
counterfactual "would have" act, a passive conjunct done to the shared subject, a mediator named by
an absolute "with" phrase, a threat conjoined to a demand made of whom the demand asks to act."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | officials | government\n"
VERBS = """
attack => 190
threaten => 130
veto obj=resolution => 129
arrive prep=in => 042
greet => 043
hold obj=talks => 046
mediate => 045
demand comp=withdraw => 1056
threaten obj=sanctions => 1312
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_act_that_would_have_been_done_was_not(nlp, coder):
    # "Iraq said Syria would have attacked Iran": no attack, and no threat of one.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Syria/Syria/PROPN/nsubj/5/NNP would/would/AUX/aux/5/MD "
                     "have/have/AUX/aux/5/VB attacked/attack/VERB/ccomp/1/VBN Iran/Iran/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_a_passive_conjunct_is_done_to_the_shared_subject(nlp, coder):
    # "Iraqi officials arrived in Syria and were greeted by Syrian troops".
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ officials/official/NOUN/nsubj/2/NNS arrived/arrive/VERB/ROOT/2/VBD in/in/ADP/prep/2/IN "
                     "Syria/Syria/PROPN/pobj/3/NNP and/and/CCONJ/cc/2/CC were/be/AUX/auxpass/7/VBD greeted/greet/VERB/conj/2/VBN "
                     "by/by/ADP/agent/7/IN Syrian/Syrian/ADJ/amod/10/JJ troops/troop/NOUN/pobj/8/NNS ././PUNCT/punct/2/.")
    assert ("SYRMIL", "IRQGOV", "043") in code(coder, doc)


def test_assemble_a_mediator_in_a_with_phrase_mediates_between_the_parties(nlp, coder):
    # "Iraq held talks with Iran, with Syria mediating": Syria is no party to the talks, it mediates.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP held/hold/VERB/ROOT/1/VBD talks/talk/NOUN/dobj/1/NNS with/with/ADP/prep/2/IN "
                     "Iran/Iran/PROPN/pobj/3/NNP ,/,/PUNCT/punct/1/, with/with/ADP/prep/1/IN Syria/Syria/PROPN/nsubj/8/NNP "
                     "mediating/mediating/NOUN/pobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "046"), ("IRN", "IRQ", "046"), ("SYR", "IRQ", "045"), ("SYR", "IRN", "045")}


def test_assemble_a_threat_conjoined_to_a_demand_is_made_of_whom_it_asks(nlp, coder):
    # "Iraq demanded that Iran withdraw and threatened sanctions": the sanctions threaten Iran.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4/IN Iran/Iran/PROPN/nsubj/4/NNP "
                     "withdraw/withdraw/VERB/ccomp/1/VB and/and/CCONJ/cc/1/CC threatened/threaten/VERB/conj/1/VBD "
                     "sanctions/sanction/NOUN/dobj/6/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "1056"), ("IRQ", "IRN", "1312")}
