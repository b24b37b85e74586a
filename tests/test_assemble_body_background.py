"""Background in body sentences, from hand-built parses: after the lead, "last week", "late last month",
"since January" and a dated noun ("after the August 30 ballot") date an act before the report; a lead keeps
"last week" as its news."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
attack => 190
seize => 192
"""
DAY = dt.date(2015, 6, 10)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def code_as(coder, doc, index):
    """The events of a one-sentence doc coded as sentence ``index`` of an article (0 = the lead)."""
    matcher, sentences = coder
    mentions = matcher.find_mentions(doc)
    return {(e.source, e.target, e.code) for sent in doc.sents for e in sentences.code_sentence(sent, index, mentions, DAY)}


LAST_WEEK = ("Last/last/ADJ/amod/1/JJ week/week/NOUN/npadvmod/5/NN ,/,/PUNCT/punct/5/, Iraqi/Iraqi/ADJ/amod/4/JJ "
             "troops/troop/NOUN/nsubj/5/NNS attacked/attack/VERB/ROOT/5/VBD Syria/Syria/PROPN/dobj/5/NNP ././PUNCT/punct/5/.")
SINCE_JANUARY = ("Iraq/Iraq/PROPN/nsubj/2/NNP has/have/AUX/aux/2/VBZ seized/seize/VERB/ROOT/2/VBN Syria/Syria/PROPN/dobj/2/NNP "
                 "since/since/ADP/prep/2/IN January/January/PROPN/pobj/4/NNP ././PUNCT/punct/2/.")
LAST_MONTHS_NAME = ("Iraq/Iraq/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP "
                    "in/in/ADP/prep/1/IN May/May/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
AFTER_DATED_BALLOT = ("Iraq/Iraq/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP "
                      "after/after/ADP/prep/1/IN the/the/DET/det/7/DT May/May/PROPN/nmod/7/NNP 5/5/NUM/nummod/5/CD "
                      "ballot/ballot/NOUN/pobj/3/NN ././PUNCT/punct/1/.")


@pytest.mark.parametrize("spec", [LAST_WEEK, SINCE_JANUARY, LAST_MONTHS_NAME, AFTER_DATED_BALLOT],
                         ids=["last_week", "since_january", "in_last_months_name", "after_a_dated_ballot"])
def test_assemble_a_body_sentences_act_dated_last_week_or_since_a_month_is_background(nlp, coder, spec):
    # "Last week, Iraqi troops attacked Syria", "Iraq has seized Syria since January", "... in May" (a June
    # report), "... after the May 5 ballot": in a body sentence, the story's background.
    assert code_as(coder, parse(nlp, spec), 1) == set()


@pytest.mark.parametrize("spec", [LAST_WEEK, LAST_MONTHS_NAME])
def test_assemble_a_lead_keeps_last_week_and_last_month(nlp, coder, spec):
    # A lead may report just that ("food aid was delivered last week"): unchanged.
    assert code_as(coder, parse(nlp, spec), 0) != set()


def test_assemble_a_body_sentence_keeps_a_recent_day_and_a_since_phrase_without_a_date(nlp, coder):
    # "Iraq attacked Syria on June 8" (two days before the report) and "Iraq has attacked Syria since the
    # first round in March" (the since-phrase's noun carries no date of its own) are news.
    recent = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP "
                        "on/on/ADP/prep/1/IN June/June/PROPN/pobj/3/NNP 8/8/NUM/nummod/4/CD ././PUNCT/punct/1/.")
    assert code_as(coder, recent, 1) == {("IRQ", "SYR", "190")}
    since_round = parse(nlp, "Iraq/Iraq/PROPN/nsubj/2/NNP has/have/AUX/aux/2/VBZ attacked/attack/VERB/ROOT/2/VBN Syria/Syria/PROPN/dobj/2/NNP "
                             "since/since/ADP/prep/2/IN the/the/DET/det/7/DT first/first/ADJ/amod/7/JJ round/round/NOUN/pobj/4/NN "
                             "in/in/ADP/prep/7/IN March/March/PROPN/pobj/8/NNP ././PUNCT/punct/2/.")
    assert code_as(coder, since_round, 1) == {("IRQ", "SYR", "190")}
