"""From hand-built parses: a verb dated to a day of the report's week ("condemned Syria on Friday") is news even when
the parser hangs a "decades ago" of a later phrase on it ("over soldiers seized decades ago"); without the weekday,
the "ago" dates the verb before the report as before."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
VERBS = "condemn => 111\n"
DAY = dt.date(2004, 12, 24)

# "Iraq condemned Syria on Friday over soldiers seized decades ago.", with "ago" hung on "condemned".
ON_FRIDAY = (
    "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 on/on/ADP/prep/1 "
    "Friday/Friday/PROPN/pobj/3 over/over/ADP/prep/1 soldiers/soldier/NOUN/pobj/5 seized/seize/VERB/acl/6/VBN "
    "decades/decade/NOUN/npadvmod/9 ago/ago/ADV/advmod/1 ././PUNCT/punct/1"
)
# The same without the weekday: "Iraq condemned Syria over soldiers seized decades ago."
NO_DAY = (
    "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 over/over/ADP/prep/1 "
    "soldiers/soldier/NOUN/pobj/3 seized/seize/VERB/acl/4/VBN decades/decade/NOUN/npadvmod/7 ago/ago/ADV/advmod/1 "
    "././PUNCT/punct/1"
)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_weekday_on_the_verb_outweighs_a_stray_ago(nlp, coder):
    assert code(coder, parse(nlp, ON_FRIDAY), DAY) == {("IRQ", "SYR", "111")}


def test_assemble_an_ago_with_no_weekday_still_dates_the_verb_before_the_report(nlp, coder):
    assert code(coder, parse(nlp, NO_DAY), DAY) == set()
