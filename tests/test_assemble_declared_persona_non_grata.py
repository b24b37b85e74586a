"""A complement with no verb, from hand-built parses: "declared the ambassador persona non grata" acts on the
ambassador, the subject of "persona" (or, when the parser folds him into the noun, the noun's own phrase);
a "declare" heard as reporting a view does not keep that target from the event."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PER: Peru
VEN: Venezuela
"""
AGENTS = "GOV: ambassador\n"
VERBS = """
declare comp=persona => 161
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_envoy_declared_persona_non_grata_is_the_target(nlp, coder):
    # "Peru declared Venezuela's ambassador persona non grata."
    doc = parse(nlp, "Peru/Peru/PROPN/nsubj/1/NNP declared/declare/VERB/ROOT/1/VBD Venezuela/Venezuela/PROPN/poss/4/NNP "
                     "'s/'s/PART/case/2/POS ambassador/ambassador/NOUN/nsubj/5/NN persona/persona/NOUN/ccomp/1/NN "
                     "non/non/PROPN/compound/7/NNP grata/grata/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PER", "VENGOV", "161")}


def test_assemble_envoy_folded_into_the_predicate_noun_is_the_target(nlp, coder):
    # the same, with "ambassador" parsed as a compound of "persona"
    doc = parse(nlp, "Peru/Peru/PROPN/nsubj/1/NNP declared/declare/VERB/ROOT/1/VBD Venezuela/Venezuela/PROPN/poss/4/NNP "
                     "'s/'s/PART/case/2/POS ambassador/ambassador/NOUN/compound/5/NN persona/persona/NOUN/ccomp/1/NN "
                     "non/non/PROPN/compound/7/NNP grata/grata/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PER", "VENGOV", "161")}
