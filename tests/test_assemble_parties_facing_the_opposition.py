"""From hand-built parses: an unnamed opposition or party named together with, or dealing with, a
country's named party or opposition is of that country ("between Zimbabwe's ruling party and the
opposition"), as an unnamed branch of state facing a named one is of its state."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ZWE: Zimbabwe | Zimbabwean
NOR: Norway
"""
AGENTS = "OPP: opposition\nPTY: party\n"
VERBS = """
mediate obj=talk => 045
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_the_opposition_conjoined_with_a_countrys_ruling_party_is_that_countrys(nlp, coder):
    # "Norway mediated talks between Zimbabwe's ruling party and the opposition."
    doc = parse(nlp, "Norway/Norway/PROPN/nsubj/1/NNP mediated/mediate/VERB/ROOT/1/VBD talks/talk/NOUN/dobj/1/NNS "
                     "between/between/ADP/prep/2/IN Zimbabwe/Zimbabwe/PROPN/poss/7/NNP 's/'s/PART/case/4/POS ruling/rule/VERB/amod/7/VBG "
                     "party/party/NOUN/pobj/3/NN and/and/CCONJ/cc/7/CC the/the/DET/det/10/DT opposition/opposition/NOUN/conj/7/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("NOR", "ZWEPTY", "045"), ("NOR", "ZWEOPP", "045")}


def test_assemble_a_party_conjoined_with_a_countrys_opposition_is_that_countrys(nlp, coder):
    # "Norway mediated talks between the Zimbabwean opposition and the ruling party."
    doc = parse(nlp, "Norway/Norway/PROPN/nsubj/1/NNP mediated/mediate/VERB/ROOT/1/VBD talks/talk/NOUN/dobj/1/NNS "
                     "between/between/ADP/prep/2/IN the/the/DET/det/6/DT Zimbabwean/Zimbabwean/ADJ/amod/6/JJ opposition/opposition/NOUN/pobj/3/NN "
                     "and/and/CCONJ/cc/6/CC the/the/DET/det/10/DT ruling/rule/VERB/amod/10/VBG party/party/NOUN/conj/6/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("NOR", "ZWEOPP", "045"), ("NOR", "ZWEPTY", "045")}
