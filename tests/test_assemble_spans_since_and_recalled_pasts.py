"""From hand-built parses: what a lead tells only as the past its news is measured from or recalls. A past-tense
"since" clause is the act that began the span its verb measures ("have been killed since Hezbollah captured two
soldiers"), the story's background, while an "after" clause of no measure stays news."""

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
