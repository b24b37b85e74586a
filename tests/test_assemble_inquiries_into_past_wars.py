"""Background, from hand-built parses: an act dated by a war of past years ("during the 1991-2002 war") is
background, but judging or recalling a past act is today's news; so is opening an investigation, a trial
or a case into it, whatever its verb ("opened an investigation into Croatian commanders over killings
during the 1995 offensive")."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "GOV: government\n"
VERBS = """
open obj=investigation prep=into => 090
attack => 190
"""
REPORT = dt.date(2015, 6, 1)
WAR = "during/during/ADP/prep/1 the/the/DET/det/{w} 1991/1991/NUM/nummod/{w} -/-/SYM/punct/{y} 2002/2002/NUM/prep/{n} war/war/NOUN/pobj/{d}"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_investigation_opened_into_a_past_war_is_todays(nlp, coder):
    # "Iraq opened an investigation into Syria during the 1991-2002 war."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 opened/open/VERB/ROOT/1/VBD an/an/DET/det/3 investigation/investigation/NOUN/dobj/1/NN "
                     "into/into/ADP/prep/3 Syria/Syria/PROPN/pobj/4/NNP " + WAR.format(w=11, y=10, n=8, d=6))
    assert code(coder, doc, REPORT) == {("IRQ", "SYR", "090")}


def test_assemble_an_act_during_a_past_war_stays_background(nlp, coder):
    # "Iraq attacked Syria during the 1991-2002 war."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP " + WAR.format(w=8, y=7, n=5, d=3))
    assert code(coder, doc, REPORT) == set()
