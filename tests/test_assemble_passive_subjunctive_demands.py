"""Demands whose "that" clause is a passive, from hand-built parses: "demanded that Israel be expelled" asks
that something be done to Israel, so Israel is the demand's target, as the subject of an active subjunctive
is ("demanded that Israel withdraw"); so with a mandative modal ("should be punished"). A plain past passive
("that Israel was expelled") asks for nothing."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt
ISR: Israel
"""
AGENTS = "GOV: minister | ministers\n"
VERBS = """
demand => 100
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("words", [
    # "Egypt demanded that Israel be expelled."
    "Egypt/Egypt/PROPN/nsubj/1/NNP demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN Israel/Israel/PROPN/nsubjpass/5/NNP "
    "be/be/AUX/auxpass/5/VB expelled/expel/VERB/ccomp/1/VBN ././PUNCT/punct/1/.",
    # "Egypt demanded that Israel should be punished."
    "Egypt/Egypt/PROPN/nsubj/1/NNP demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/6/IN Israel/Israel/PROPN/nsubjpass/6/NNP "
    "should/should/AUX/aux/6/MD be/be/AUX/auxpass/6/VB punished/punish/VERB/ccomp/1/VBN ././PUNCT/punct/1/.",
])
def test_assemble_the_subject_of_a_passive_subjunctive_is_the_demands_target(nlp, coder, words):
    assert code(coder, parse(nlp, words)) == {("EGY", "ISR", "100")}


def test_assemble_a_plain_past_passive_names_no_target(nlp, coder):
    # "Egypt demanded that Israel was expelled."
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN Israel/Israel/PROPN/nsubjpass/5/NNP "
                     "was/be/AUX/auxpass/5/VBD expelled/expel/VERB/ccomp/1/VBN ././PUNCT/punct/1/.")
    assert ("EGY", "ISR", "100") not in code(coder, doc)
