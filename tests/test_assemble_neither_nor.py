"""An act denied by "neither ... nor", from hand-built parses: the subject, the verb or the object
opened by "neither" is denied of each of its conjuncts, as "not" would deny it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia | Russian
CHN: China | Chinese
UKR: Ukraine | Ukrainian
POL: Poland | Polish
"""
AGENTS = "GOV: official | officials | government\n"
VERBS = """
support => 051
confirm => 010
deny => 013
accuse => 112
release => 0841
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_neither_subject_nor_other_did_it(nlp, coder):
    doc = parse(nlp, "Neither/neither/CCONJ/det/1/CC Russia/Russia/PROPN/nsubj/4/NNP nor/nor/CCONJ/cc/1/CC China/China/PROPN/conj/1/NNP "
                     "supported/support/VERB/ROOT/4/VBD Ukraine/Ukraine/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == set()


def test_assemble_neither_one_verb_nor_the_other_was_done(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/2/NNP neither/neither/CCONJ/preconj/2/CC confirmed/confirm/VERB/ROOT/2/VBD "
                     "nor/nor/CCONJ/cc/2/CC denied/deny/VERB/conj/2/VBD Ukraine/Ukraine/PROPN/dobj/4/NNP 's/'s/PART/case/5/POS "
                     "report/report/NOUN/dobj/4/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_neither_object_nor_the_other_was_acted_on(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD neither/neither/CCONJ/det/3/CC "
                     "Ukraine/Ukraine/PROPN/dobj/1/NNP nor/nor/CCONJ/cc/3/CC Poland/Poland/PROPN/conj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_either_or_is_not_denied(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD either/either/CCONJ/preconj/3/CC "
                     "Ukraine/Ukraine/PROPN/dobj/1/NNP or/or/CCONJ/cc/3/CC Poland/Poland/PROPN/conj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "UKR", "112"), ("RUS", "POL", "112")}


def test_assemble_neither_under_a_future_auxiliary_is_a_refusal(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/3/NNP would/would/AUX/aux/3/MD neither/neither/CCONJ/preconj/3/CC "
                     "release/release/VERB/ROOT/3/VB Ukraine/Ukraine/PROPN/dobj/3/NNP nor/nor/CCONJ/cc/3/CC accuse/accuse/VERB/conj/3/VB "
                     "Poland/Poland/PROPN/dobj/6/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("RUS", "UKR", "1243")}
