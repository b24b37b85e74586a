"""From hand-built parses: talks a verb of ending ends are not talks held ("decided to suspend talks with
Iran" is no intent to meet) nor a de-escalation ("decided to halt talks" is no halt of fighting): the
halt's own pattern codes it (164), and a threat of it is framed by the halt (134)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\n"
VERBS = """
decide comp=talk => 036
decide comp=halt => 0356
suspend | halt obj=talk prep=with => 164
hold obj=talk prep=with => 040
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("verb", ["suspend/suspend", "halt/halt"])
def test_assemble_talks_decided_to_be_ended_are_ended(nlp, coder, verb):
    # "Iraq decided to suspend talks with Iran ."
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/1/NNP decided/decide/VERB/ROOT/1/VBD to/to/PART/aux/3/TO {verb}/VERB/xcomp/1/VB "
                     "talks/talk/NOUN/dobj/3/NNS with/with/ADP/prep/3/IN Iran/Iran/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "164")}


def test_assemble_talks_decided_to_be_held_are_an_intent(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP decided/decide/VERB/ROOT/1/VBD to/to/PART/aux/3/TO hold/hold/VERB/xcomp/1/VB "
                     "talks/talk/NOUN/dobj/3/NNS with/with/ADP/prep/3/IN Iran/Iran/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert ("IRQ", "IRN", "036") in code(coder, doc)
