"""From hand-built parses: a phrase the parser hangs on the last of conjoined objects is the verb's
("handed over Kambanda and six suspects to the tribunal"), except that conjunct's own "of" phrase; so is one
hung on the last of conjoined objects of the verb's phrase ("appealed to Japan and other donors for food")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
KEN: Kenya
JPN: Japan
RWA: Kambanda
IGOUNOICT: tribunal
"""
AGENTS = "GOV: officials\n"
VERBS = """
hand over prep=to => 063
hand over => 080
appeal prep=for:food => 0233
appeal prep=to => 020
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_phrase_on_the_last_conjunct_is_the_verbs(nlp, coder):
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP Kambanda/Kambanda/PROPN/dobj/1/NNP "
                     "and/and/CCONJ/cc/3/CC suspects/suspect/NOUN/conj/3/NNS to/to/ADP/prep/5/IN the/the/DET/det/8/DT "
                     "tribunal/tribunal/NOUN/pobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KEN", "IGOUNOICT", "063")}


def test_of_phrase_of_the_last_conjunct_stays_its_own(nlp, coder):
    # "handed over Kambanda and officials of the tribunal": no phrase "to" anyone
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP Kambanda/Kambanda/PROPN/dobj/1/NNP "
                     "and/and/CCONJ/cc/3/CC officials/official/NOUN/conj/3/NNS of/of/ADP/prep/5/IN the/the/DET/det/8/DT "
                     "tribunal/tribunal/NOUN/pobj/6/NN ././PUNCT/punct/1/.")
    assert ("KEN", "IGOUNOICT", "063") not in code(coder, doc)


def test_phrase_on_the_last_conjunct_of_the_verbs_phrase_is_the_verbs(nlp, coder):
    # "Kenya appealed to Japan and other donors for food."
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP appealed/appeal/VERB/ROOT/1/VBD to/to/ADP/prep/1/IN Japan/Japan/PROPN/pobj/2/NNP "
                     "and/and/CCONJ/cc/3/CC other/other/ADJ/amod/6/JJ donors/donor/NOUN/conj/3/NNS for/for/ADP/prep/6/IN "
                     "food/food/NOUN/pobj/7/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KEN", "JPN", "0233")}
