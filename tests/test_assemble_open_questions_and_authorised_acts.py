"""From hand-built parses: acts a lead leaves open. An infinitive asked about with "whether" ("is debating whether to
arm the rebels") is an open question, as a "whether" clause is, while the same infinitive without it is coded. What
a verb of authorising gives leave to do ("authorised Syrian forces to attack the rebels") is not done, while what one
helps to do is."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | forces\nREB: rebels\n"
VERBS = """
attack => 190
arm => 072
"""
DAY = dt.date(2013, 4, 17)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Iraq is debating whether to arm Syrian rebels."
DEBATING = (
    "Iraq/Iraq/PROPN/nsubj/2 is/be/AUX/aux/2 {verb}/{lemma}/VERB/ROOT/2/VBG {mark} to/to/PART/aux/{infinitive} "
    "arm/arm/VERB/xcomp/2/VB Syrian/syrian/ADJ/amod/{rebels} rebels/rebel/NOUN/dobj/{infinitive} ././PUNCT/punct/2"
)


def test_assemble_an_infinitive_asked_about_with_whether_is_an_open_question(nlp, coder):
    doc = parse(nlp, DEBATING.format(verb="debating", lemma="debate", mark="whether/whether/SCONJ/mark/5", infinitive=5, rebels=7))
    assert code(coder, doc, DAY) == set()


def test_assemble_the_same_infinitive_without_whether_is_coded(nlp, coder):
    doc = parse(nlp, DEBATING.format(verb="beginning", lemma="begin", mark="", infinitive=4, rebels=6).replace("  ", " "))
    assert code(coder, doc, DAY) == {("IRQ", "SYRREB", "072")}


# "Iraq authorised Syrian forces to attack Iraqi rebels."
AUTHORISED = (
    "Iraq/Iraq/PROPN/nsubj/1 {verb}/{lemma}/VERB/ROOT/1/VBD Syrian/syrian/ADJ/amod/3 forces/force/NOUN/dobj/1 "
    "to/to/PART/aux/5 attack/attack/VERB/xcomp/1/VB Iraqi/iraqi/ADJ/amod/7 rebels/rebel/NOUN/dobj/5 ././PUNCT/punct/1"
)


@pytest.mark.parametrize("verb, lemma", [("authorised", "authorise"), ("authorized", "authorize"), ("mandated", "mandate")])
def test_assemble_what_is_authorised_is_not_done(nlp, coder, verb, lemma):
    doc = parse(nlp, AUTHORISED.format(verb=verb, lemma=lemma))
    assert code(coder, doc, DAY) == set()


def test_assemble_what_one_helps_to_do_is_done(nlp, coder):
    doc = parse(nlp, AUTHORISED.format(verb="helped", lemma="help"))
    assert code(coder, doc, DAY) == {("SYRMIL", "IRQREB", "190")}
