"""From hand-built parses: agreeing to observe or implement a ceasefire is the ceasefire (0871), as the
codebook codes agreements to commence one and as "agreed to a ceasefire" already is; a pledge to keep
one ("pledged to observe a ceasefire") stays an intent to de-escalate (0356)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IND: India
PAK: Pakistan
"""
AGENTS = "MIL: army\n"
VERBS = """
agree => 030
pledge => 030
observe obj=ceasefire => 0871
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_agreeing_to_observe_a_ceasefire_is_the_ceasefire(nlp, coder):
    doc = parse(nlp, "India/India/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Pakistan/Pakistan/PROPN/conj/0/NNP "
                     "agreed/agree/VERB/ROOT/3/VBD to/to/PART/aux/5/TO observe/observe/VERB/xcomp/3/VB "
                     "a/a/DET/det/7/DT ceasefire/ceasefire/NOUN/dobj/5/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IND", "PAK", "0871"), ("PAK", "IND", "0871")}


def test_assemble_pledging_to_observe_a_ceasefire_stays_an_intent(nlp, coder):
    doc = parse(nlp, "India/India/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Pakistan/Pakistan/PROPN/conj/0/NNP "
                     "pledged/pledge/VERB/ROOT/3/VBD to/to/PART/aux/5/TO observe/observe/VERB/xcomp/3/VB "
                     "a/a/DET/det/7/DT ceasefire/ceasefire/NOUN/dobj/5/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IND", "PAK", "0356"), ("PAK", "IND", "0356")}
