"""From hand-built parses: whom a government agrees or refuses to meet is the meeting's other party, also
when named only by kind ("agreed to meet opposition leaders"), and an unnamed opposition, union or rebel
group it agrees to meet is its own country's; troops it agrees to withdraw stay no target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
FRA: France | French
"""
AGENTS = "GOV: government\nOPP: opposition\nLAB: union\nMIL: troops\n"
VERBS = """
agree comp=meet => 036
agree comp=withdraw => 0874
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def agreed(nlp, verb: str, noun: str, lemma: str) -> object:
    # "The French government agreed to <verb> <noun> ."
    return parse(
        nlp,
        "The/the/DET/det/2 French/French/ADJ/amod/2 government/government/NOUN/nsubj/3 agreed/agree/VERB/ROOT/3/VBD "
        f"to/to/PART/aux/5 {verb}/{verb}/VERB/xcomp/3/VB {noun}/{lemma}/NOUN/compound/7 leaders/leader/NOUN/dobj/5/NNS",
    )


@pytest.mark.parametrize("noun,lemma,target", [("opposition", "opposition", "FRAOPP"), ("union", "union", "FRALAB")])
def test_assemble_an_unnamed_party_a_government_agrees_to_meet_is_its_own(nlp, coder, noun, lemma, target):
    assert code(coder, agreed(nlp, "meet", noun, lemma)) == {("FRAGOV", target, "036")}


def test_assemble_unnamed_troops_agreed_to_be_withdrawn_are_no_target(nlp, coder):
    # guard: "agreed to withdraw troops": what would move, not whom it is aimed at
    doc = parse(
        nlp,
        "The/the/DET/det/2 French/French/ADJ/amod/2 government/government/NOUN/nsubj/3 agreed/agree/VERB/ROOT/3/VBD "
        "to/to/PART/aux/5 withdraw/withdraw/VERB/xcomp/3/VB troops/troops/NOUN/dobj/5/NNS",
    )
    assert code(coder, doc) == set()
