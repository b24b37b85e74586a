"""From hand-built parses: the goal of a participle of aiming ("talks aimed at
ending the war") and a past perfect timetable ("had been due to visit") report no act."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: official | government | president | delegation\n"
VERBS = """
hold obj=talk => 046
end obj=war => 087
visit => 042
pledge comp=visit => 036
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_goal_of_aimed_at_is_not_done(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 delegations/delegation/NOUN/nsubj/4 "
                     "held/hold/VERB/ROOT/4/VBD talks/talk/NOUN/dobj/4 aimed/aim/VERB/advcl/4/VBN at/at/ADP/prep/6 "
                     "ending/end/VERB/pcomp/7/VBG the/the/DET/det/10 war/war/NOUN/dobj/8 ././PUNCT/punct/4")
    got = code(coder, doc)
    assert not any(c == "087" for _, _, c in got)
    assert any(c == "046" for _, _, c in got)


def test_past_perfect_timetable_is_not_done(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/2 had/have/AUX/aux/2/VBD been/be/AUX/ROOT/2/VBN due/due/ADJ/acomp/2/JJ "
                     "to/to/PART/aux/5/TO visit/visit/VERB/xcomp/3/VB Iran/Iran/PROPN/dobj/5 ././PUNCT/punct/2")
    assert code(coder, doc) == set()


def test_present_timetable_still_codes(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 is/be/AUX/ROOT/1/VBZ due/due/ADJ/acomp/1/JJ "
                     "to/to/PART/aux/4/TO visit/visit/VERB/xcomp/2/VB Iran/Iran/PROPN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) != set()
