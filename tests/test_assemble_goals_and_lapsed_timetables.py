"""From hand-built parses: the goal of a participle of aiming ("talks aimed at
ending the war"), a participle of seeking after the act it explains ("signed a deal,
seeking to end the war") and a past perfect timetable ("had been due to visit") report no act."""

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
seek | hope comp=end => 0356
expel obj=ambassador => 161
retaliate => 190
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


def test_seeking_after_the_act_is_its_purpose_not_an_act(nlp, coder):
    # "Iraq visited Iran , seeking to end the war with Iran ."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP visited/visit/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1/NNP ,/,/PUNCT/punct/1/, "
                     "seeking/seek/VERB/advcl/1/VBG to/to/PART/aux/6/TO end/end/VERB/xcomp/4/VB the/the/DET/det/8/DT "
                     "war/war/NOUN/dobj/6/NN with/with/ADP/prep/8/IN Iran/Iran/PROPN/pobj/9/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "042")}


def test_retaliating_after_the_act_is_its_cause_not_an_attack(nlp, coder):
    # "Iraq expelled Iran 's ambassador , retaliating against Iranian attacks ."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP expelled/expel/VERB/ROOT/1/VBD Iran/Iran/PROPN/poss/4/NNP 's/'s/PART/case/2/POS "
                     "ambassador/ambassador/NOUN/dobj/1/NN ,/,/PUNCT/punct/1/, retaliating/retaliate/VERB/advcl/1/VBG "
                     "against/against/ADP/prep/6/IN Iranian/Iranian/ADJ/amod/9/JJ attacks/attack/NOUN/pobj/7/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "161")}


def test_retaliating_as_the_main_verb_is_an_attack(nlp, coder):
    # "Iraq retaliated against Iran ."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP retaliated/retaliate/VERB/ROOT/1/VBD against/against/ADP/prep/1/IN "
                     "Iran/Iran/PROPN/pobj/2/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "190")}


def test_seeking_as_the_main_verb_is_an_intent(nlp, coder):
    # "Iraq is seeking to end the war with Iran ."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/2/NNP is/be/AUX/aux/2/VBZ seeking/seek/VERB/ROOT/2/VBG to/to/PART/aux/4/TO "
                     "end/end/VERB/xcomp/2/VB the/the/DET/det/6/DT war/war/NOUN/dobj/4/NN with/with/ADP/prep/6/IN "
                     "Iran/Iran/PROPN/pobj/7/NNP ././PUNCT/punct/2/.")
    assert ("IRQ", "IRN", "0356") in code(coder, doc)


def test_past_perfect_timetable_is_not_done(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/2 had/have/AUX/aux/2/VBD been/be/AUX/ROOT/2/VBN due/due/ADJ/acomp/2/JJ "
                     "to/to/PART/aux/5/TO visit/visit/VERB/xcomp/3/VB Iran/Iran/PROPN/dobj/5 ././PUNCT/punct/2")
    assert code(coder, doc) == set()


def test_present_timetable_still_codes(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 is/be/AUX/ROOT/1/VBZ due/due/ADJ/acomp/1/JJ "
                     "to/to/PART/aux/4/TO visit/visit/VERB/xcomp/2/VB Iran/Iran/PROPN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) != set()
