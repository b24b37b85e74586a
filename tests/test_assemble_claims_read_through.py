"""From hand-built parses: what a claim says is not known to be done, also when the parser hangs the noun's
"that" clause as an adverbial one ("denied Iranian claims that Iraq had sold arms to Syria"), and for what a
claimed act goes on to ("claims that Iraq was trying to sell arms to Syria"): only the denial is coded."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
deny obj=claim|claims => 016
sell obj=arms prep=to => 072
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_claim_clause_parsed_as_adverbial_is_not_done(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD Iranian/iranian/ADJ/amod/3/JJ "
                     "claims/claim/NOUN/dobj/1/NNS that/that/SCONJ/mark/7/IN Iraq/Iraq/PROPN/nsubj/7/NNP had/have/AUX/aux/7/VBD "
                     "sold/sell/VERB/advcl/3/VBN arms/arm/NOUN/dobj/7/NNS to/to/ADP/prep/7/IN Syria/Syria/PROPN/pobj/9/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "016")}


def test_assemble_what_a_claimed_act_goes_on_to_is_not_done(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD Iranian/iranian/ADJ/amod/3/JJ "
                     "claims/claim/NOUN/dobj/1/NNS that/that/SCONJ/mark/7/IN Iraq/Iraq/PROPN/nsubj/7/NNP was/be/AUX/aux/7/VBD "
                     "trying/try/VERB/acl/3/VBG to/to/PART/aux/9/TO sell/sell/VERB/xcomp/7/VB arms/arm/NOUN/dobj/9/NNS "
                     "to/to/ADP/prep/9/IN Syria/Syria/PROPN/pobj/11/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "016")}


def test_assemble_what_a_claimed_act_is_for_is_not_done(nlp, coder):
    # "denied claims that Iraq was sending a ship to Syria to sell arms to Syria": the purpose of a claimed
    # act is claimed with it.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD Iranian/iranian/ADJ/amod/3/JJ "
                     "claims/claim/NOUN/dobj/1/NNS that/that/SCONJ/mark/7/IN Iraq/Iraq/PROPN/nsubj/7/NNP was/be/AUX/aux/7/VBD "
                     "sending/send/VERB/acl/3/VBG a/a/DET/det/9/DT ship/ship/NOUN/dobj/7/NN to/to/PART/aux/11/TO "
                     "sell/sell/VERB/advcl/7/VB arms/arm/NOUN/dobj/11/NNS to/to/ADP/prep/11/IN Syria/Syria/PROPN/pobj/13/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "016")}
