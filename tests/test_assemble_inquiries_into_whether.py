"""Investigations, from hand-built parses: an inquiry "into whether" someone did something is aimed at
whoever the open question is about, as "investigate whether ..." is, and coded by what was done
("opened an inquiry into whether Syrian troops had used chemical weapons" is 094 against the troops)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops\n"
VERBS = """
open obj=investigation prep=into => 090
investigate => 090
use obj=gas => 2041
block => 110
"""
REPORT = dt.date(2015, 6, 1)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_inquiry_into_whether_is_aimed_at_the_questions_doer(nlp, coder):
    # "Iraq opened an investigation into whether Syria had blocked trade."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 opened/open/VERB/ROOT/1/VBD an/an/DET/det/3 investigation/investigation/NOUN/dobj/1/NN "
                     "into/into/ADP/prep/1 whether/whether/SCONJ/mark/8 Syria/Syria/PROPN/nsubj/8/NNP had/have/AUX/aux/8/VBD "
                     "blocked/block/VERB/pcomp/4/VBN trade/trade/NOUN/dobj/8/NN")
    assert code(coder, doc, REPORT) == {("IRQ", "SYR", "090")}


def test_assemble_an_inquiry_into_whether_takes_the_code_of_the_act(nlp, coder):
    # "Iraq opened an investigation into whether Syrian troops had used gas."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 opened/open/VERB/ROOT/1/VBD an/an/DET/det/3 investigation/investigation/NOUN/dobj/1/NN "
                     "into/into/ADP/prep/1 whether/whether/SCONJ/mark/9 Syrian/Syrian/ADJ/amod/7/JJ troops/troops/NOUN/nsubj/9/NNS "
                     "had/have/AUX/aux/9/VBD used/use/VERB/pcomp/4/VBN gas/gas/NOUN/dobj/9/NN")
    assert code(coder, doc, REPORT) == {("IRQ", "SYRMIL", "094")}


def test_assemble_a_question_after_a_time_read_as_an_adverbial_clause_is_still_investigated(nlp, coder):
    # "Iraq investigated on Monday whether Syrian troops had used gas", the "whether" clause an advcl after the time.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 investigated/investigate/VERB/ROOT/1/VBD on/on/ADP/prep/1/IN Monday/Monday/PROPN/pobj/2/NNP "
                     "whether/whether/SCONJ/mark/8/IN Syrian/Syrian/ADJ/amod/6/JJ troops/troops/NOUN/nsubj/8/NNS "
                     "had/have/AUX/aux/8/VBD used/use/VERB/advcl/1/VBN gas/gas/NOUN/dobj/8/NN")
    assert code(coder, doc, REPORT) == {("IRQ", "SYRMIL", "094")}
