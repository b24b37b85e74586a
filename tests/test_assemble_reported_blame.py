"""Reported blame, from hand-built parses: "A said B was behind the attack", "... was responsible for the
bombing", "... was to blame for the massacre" is A blaming B, coded with the pattern of "blame" that names
the act; not when the copula is negated, nor for something that is no act of blame's kinds ("behind
bars", "responsible for security"). So is what B is said to have committed ("said Russia committed the
attack")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GBR: Britain
RUS: Russia
"""
AGENTS = ""
VERBS = """
&A_AGGRESSION = attack | bombing
say => 010
blame prep=for:&A_AGGRESSION => 1123
blame prep=for => 112
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def said(nlp, predicate: str):
    # "Britain said Russia was <predicate>."
    return parse(nlp, f"Britain/Britain/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Russia/Russia/PROPN/nsubj/3/NNP "
                      f"was/be/AUX/ccomp/1/VBD {predicate} ././PUNCT/punct/1/.")


def test_assemble_reported_behind_an_attack_is_blame(nlp, coder):
    doc = said(nlp, "behind/behind/ADP/prep/3/IN the/the/DET/det/6/DT attack/attack/NOUN/pobj/4/NN")
    assert code(coder, doc) == {("GBR", "RUS", "1123")}


def test_assemble_reported_responsible_for_a_bombing_is_blame(nlp, coder):
    doc = said(nlp, "responsible/responsible/ADJ/acomp/3/JJ for/for/ADP/prep/4/IN the/the/DET/det/7/DT bombing/bombing/NOUN/pobj/5/NN")
    assert code(coder, doc) == {("GBR", "RUS", "1123")}


def test_assemble_reported_to_blame_for_an_attack_is_blame(nlp, coder):
    doc = said(nlp, "to/to/PART/aux/5/TO blame/blame/VERB/xcomp/3/VB for/for/ADP/prep/5/IN the/the/DET/det/8/DT attack/attack/NOUN/pobj/6/NN")
    assert code(coder, doc) == {("GBR", "RUS", "1123")}


def test_assemble_reported_not_behind_an_attack_is_no_blame(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Russia/Russia/PROPN/nsubj/3/NNP was/be/AUX/ccomp/1/VBD "
                     "not/not/PART/neg/3/RB behind/behind/ADP/prep/3/IN the/the/DET/det/7/DT attack/attack/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    assert not any(c.startswith("112") for _, _, c in code(coder, doc))


def test_assemble_reported_behind_bars_is_no_blame(nlp, coder):
    doc = said(nlp, "behind/behind/ADP/prep/3/IN bars/bar/NOUN/pobj/4/NNS")
    assert not any(c.startswith("112") for _, _, c in code(coder, doc))


def test_assemble_reported_act_committed_is_blame(nlp, coder):
    # "Britain said Russia committed the attack."
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Russia/Russia/PROPN/nsubj/3/NNP "
                     "committed/commit/VERB/ccomp/1/VBD the/the/DET/det/5/DT attack/attack/NOUN/dobj/3/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GBR", "RUS", "1123")}


def test_assemble_reported_act_not_committed_is_no_blame(nlp, coder):
    # "Britain said Russia did not commit the attack."
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Russia/Russia/PROPN/nsubj/5/NNP did/do/AUX/aux/5/VBD "
                     "not/not/PART/neg/5/RB commit/commit/VERB/ccomp/1/VB the/the/DET/det/7/DT attack/attack/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    assert not any(c.startswith("112") for _, _, c in code(coder, doc))
