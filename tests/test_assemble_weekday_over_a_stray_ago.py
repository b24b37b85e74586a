"""From hand-built parses: a verb dated to a day of the report's week ("condemned Syria on Friday") is news even when
the parser hangs a "decades ago" or an "in the 1970s" of a later phrase on it ("over soldiers seized decades ago",
"over abductions in the 1970s"); without the weekday, the old time dates the verb before the report as before."""

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

# "Iraq condemned Syria on Friday over abductions in the 1970s.", with "in the 1970s" hung on "condemned".
IN_A_DECADE = (
    "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 on/on/ADP/prep/1 "
    "Friday/Friday/PROPN/pobj/3 over/over/ADP/prep/1 abductions/abduction/NOUN/pobj/5 in/in/ADP/prep/1 "
    "the/the/DET/det/9 1970s/1970s/NOUN/pobj/7 ././PUNCT/punct/1"
)
# The same without the weekday: "Iraq condemned Syria over abductions in the 1970s."
IN_A_DECADE_NO_DAY = (
    "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 over/over/ADP/prep/1 "
    "abductions/abduction/NOUN/pobj/3 in/in/ADP/prep/1 the/the/DET/det/7 1970s/1970s/NOUN/pobj/5 ././PUNCT/punct/1"
)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_weekday_on_the_verb_outweighs_a_stray_ago(nlp, coder):
    assert code(coder, parse(nlp, ON_FRIDAY), DAY) == {("IRQ", "SYR", "111")}


def test_assemble_an_ago_with_no_weekday_still_dates_the_verb_before_the_report(nlp, coder):
    assert code(coder, parse(nlp, NO_DAY), DAY) == set()


def test_assemble_a_weekday_on_the_verb_outweighs_a_stray_decade(nlp, coder):
    assert code(coder, parse(nlp, IN_A_DECADE), DAY) == {("IRQ", "SYR", "111")}


def test_assemble_a_decade_with_no_weekday_still_dates_the_verb_before_the_report(nlp, coder):
    assert code(coder, parse(nlp, IN_A_DECADE_NO_DAY), DAY) == set()
