"""From a hand-built parse: a calling verb that gives its object a label ("called the decision a
victory for the Palestinians") calls for nothing: the "for" phrase is the label's, no appeal's."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt | Egyptian
PSE: Palestinians | Palestinian
"""
AGENTS = "CVL: people\n"
VERBS = """
call prep=for => 020
"""


@pytest.fixture(scope="module")
def coder(nlp):
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    return matcher, SentenceCoder(matcher, sentences.verbs)


def test_assemble_label_for_someone_is_no_appeal(nlp, coder):
    # "Egypt called the decision a victory for the Palestinians."
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "decision/decision/NOUN/dobj/1/NN a/a/DET/det/5/DT victory/victory/NOUN/oprd/1/NN "
                     "for/for/ADP/prep/1/IN the/the/DET/det/8/DT Palestinians/Palestinians/PROPN/pobj/6/NNPS ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_call_for_without_a_label_stays_an_appeal(nlp, coder):
    # "Egypt called for the Palestinians."  (no label: the "for" phrase is the call's)
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD for/for/ADP/prep/1/IN "
                     "the/the/DET/det/4/DT Palestinians/Palestinians/PROPN/pobj/2/NNPS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("EGY", "PSE", "020")}
