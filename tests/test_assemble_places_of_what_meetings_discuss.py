"""From hand-built parses: a meeting is not held with the place of what it is to discuss ("will meet in
Abuja to discuss the crisis in Niger" names no party); one held with a party keeps it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
NGA: Nigeria | Nigerian
NER: Niger
"""
AGENTS = "MIL: army chiefs\n"
VERBS = "meet => 040\nmeet prep=with => 040\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_meeting_is_not_with_the_place_it_is_to_discuss(nlp, coder):
    # "Nigerian army chiefs met to discuss the crisis in Niger."
    doc = parse(nlp, "Nigerian/nigerian/ADJ/amod/2/JJ army/army/NOUN/compound/2/NN chiefs/chief/NOUN/nsubj/3/NNS met/meet/VERB/ROOT/3/VBD "
                     "to/to/PART/aux/5/TO discuss/discuss/VERB/advcl/3/VB the/the/DET/det/7/DT crisis/crisis/NOUN/dobj/5/NN "
                     "in/in/ADP/prep/7/IN Niger/Niger/PROPN/pobj/8/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == set()


def test_assemble_a_meeting_with_a_party_keeps_it(nlp, coder):
    # "Nigerian army chiefs met with Niger to discuss the crisis."
    doc = parse(nlp, "Nigerian/nigerian/ADJ/amod/2/JJ army/army/NOUN/compound/2/NN chiefs/chief/NOUN/nsubj/3/NNS met/meet/VERB/ROOT/3/VBD "
                     "with/with/ADP/prep/3/IN Niger/Niger/PROPN/pobj/4/NNP to/to/PART/aux/7/TO discuss/discuss/VERB/advcl/3/VB "
                     "the/the/DET/det/9/DT crisis/crisis/NOUN/dobj/7/NN ././PUNCT/punct/3/.")
    assert ("NGAMIL", "NER", "040") in code(coder, doc)
