"""From hand-built parses: what a lead tells only as the past its news is measured from or recalls. A past-tense
"since" clause is the act that began the span its verb measures ("have been killed since Hezbollah captured two
soldiers"), the story's background, while an "after" clause of no measure stays news. A clause told of what an
anniversary recalls ("the anniversary of the massacre in which Serb forces killed ...") or of a war named by past
years ("the 1991 massacre at Vukovar, where Serb forces killed ...") is of that past, while one of a war not dated
stays news."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
&TROOPS = troop | soldier
condemn => 111
seize obj=&TROOPS => 181
"""
DAY = dt.date(2006, 7, 20)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Iraq has condemned Syria daily since Syrian troops seized Iraqi soldiers."
SPAN_FROM = (
    "Iraq/Iraq/PROPN/nsubj/2 has/have/AUX/aux/2 condemned/condemn/VERB/ROOT/2/VBN Syria/Syria/PROPN/dobj/2 "
    "daily/daily/ADV/advmod/2 {mark}/{mark}/SCONJ/mark/8 Syrian/syrian/ADJ/amod/7 troops/troop/NOUN/nsubj/8 "
    "seized/seize/VERB/advcl/2/VBD Iraqi/iraqi/ADJ/amod/10 soldiers/soldier/NOUN/dobj/8 ././PUNCT/punct/2"
)


def test_assemble_a_past_since_clause_is_the_background_a_span_is_measured_from(nlp, coder):
    doc = parse(nlp, SPAN_FROM.format(mark="since"))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "111")}


def test_assemble_an_after_clause_of_no_measure_stays_news(nlp, coder):
    doc = parse(nlp, SPAN_FROM.format(mark="after"))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "111"), ("SYRMIL", "IRQMIL", "181")}


# "Iraq condemned Syria over the war in which Syrian troops seized Iraqi soldiers.", with the war's phrase varied.
RECALLED = (
    "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 {prep}/{prep}/ADP/prep/1 "
    "the/the/DET/det/5 {noun}/{noun_lemma}/NOUN/pobj/3 of/of/ADP/prep/5 {war_modifier} war/war/NOUN/pobj/6 "
    "in/in/ADP/prep/13 which/which/PRON/pobj/9 Syrian/syrian/ADJ/amod/12 troops/troop/NOUN/nsubj/13 "
    "seized/seize/VERB/relcl/8/VBD Iraqi/iraqi/ADJ/amod/15 soldiers/soldier/NOUN/dobj/13 ././PUNCT/punct/1"
)
UNDATED, DATED = "the/the/DET/det/8", "1991/1991/NUM/nummod/8"


def test_assemble_a_clause_of_what_an_anniversary_recalls_is_background(nlp, coder):
    doc = parse(nlp, RECALLED.format(prep="on", noun="anniversary", noun_lemma="anniversary", war_modifier=UNDATED))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "111")}


def test_assemble_a_clause_in_the_phrase_of_a_war_of_past_years_is_background(nlp, coder):
    # "over the start of the 1991 war in which ...": the clause hangs on the dated war inside the phrase.
    doc = parse(nlp, RECALLED.format(prep="over", noun="start", noun_lemma="start", war_modifier=DATED))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "111")}


def test_assemble_a_clause_of_a_war_not_dated_nor_recalled_stays_news(nlp, coder):
    doc = parse(nlp, RECALLED.format(prep="over", noun="start", noun_lemma="start", war_modifier=UNDATED))
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "111"), ("SYRMIL", "IRQMIL", "181")}
