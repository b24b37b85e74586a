"""From hand-built parses: a further verb of a demanded "that" clause is asked of the clause's subject, not of
the place it is to leave ("demanded that Israel halt the offensive and withdraw its troops from Lebanon"); an
"after" clause measured in weeks, months or years is the story's background ("freed the prisoners, months after
Syria seized the soldiers"), one measured in hours is not."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
EGY: Egypt | Egyptian
ISR: Israel | Israeli
LBN: Lebanon | Lebanese
"""
AGENTS = "MIL: troops | soldiers\nGOV: government\n"
VERBS = """
&TROOPS = troop | soldier
demand comp=withdraw|halt => 1056
demand comp=release => 1053
free => 0841
seize obj=&TROOPS => 181
"""
DAY = dt.date(2004, 4, 17)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Egypt demanded that Israel halt its offensive and withdraw its troops from Lebanon."
FURTHER_DEMAND = (
    "Egypt/Egypt/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 Israel/Israel/PROPN/nsubj/4 "
    "halt/halt/VERB/ccomp/1/VB its/its/PRON/poss/6 offensive/offensive/NOUN/dobj/4 and/and/CCONJ/cc/4 "
    "{verb}/{lemma}/VERB/conj/4/VB its/its/PRON/poss/10 {object}/{object_lemma}/NOUN/dobj/8 from/from/ADP/prep/8 "
    "Lebanon/Lebanon/PROPN/pobj/11 ././PUNCT/punct/1"
)


def test_assemble_further_verb_of_a_demanded_clause_is_asked_of_its_subject_not_the_place_left(nlp, coder):
    doc = parse(nlp, FURTHER_DEMAND.format(verb="withdraw", lemma="withdraw", object="troops", object_lemma="troop"))
    assert code(coder, doc) == {("EGY", "ISR", "1056")}


def test_assemble_further_demanded_act_of_another_kind_is_asked_of_the_same_subject(nlp, coder):
    doc = parse(nlp, FURTHER_DEMAND.format(verb="release", lemma="release", object="prisoners", object_lemma="prisoner"))
    assert code(coder, doc) == {("EGY", "ISR", "1056"), ("EGY", "ISR", "1053")}


# "Iraq freed Syrian prisoners on Monday, months after Syria seized Iraqi soldiers."
AFTER_A_PERIOD = (
    "Iraq/Iraq/PROPN/nsubj/1 freed/free/VERB/ROOT/1/VBD Syrian/syrian/ADJ/amod/3 prisoners/prisoner/NOUN/dobj/1 "
    "on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/4 ,/,/PUNCT/punct/1 {period}/{period_lemma}/NOUN/npadvmod/10 "
    "after/after/SCONJ/mark/10 Syria/Syria/PROPN/nsubj/10 seized/seize/VERB/advcl/1/VBD Iraqi/iraqi/ADJ/amod/12 "
    "soldiers/soldier/NOUN/dobj/10 ././PUNCT/punct/1"
)


@pytest.mark.parametrize("period, period_lemma", [("weeks", "week"), ("months", "month"), ("years", "year"), ("decades", "decade")])
def test_assemble_an_after_clause_measured_in_weeks_months_or_years_is_background(nlp, coder, period, period_lemma):
    doc = parse(nlp, AFTER_A_PERIOD.format(period=period, period_lemma=period_lemma))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "0841")}


@pytest.mark.parametrize("period, period_lemma", [("hours", "hour"), ("days", "day")])
def test_assemble_an_after_clause_measured_in_hours_or_days_is_news(nlp, coder, period, period_lemma):
    doc = parse(nlp, AFTER_A_PERIOD.format(period=period, period_lemma=period_lemma))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "0841"), ("SYR", "IRQMIL", "181")}
