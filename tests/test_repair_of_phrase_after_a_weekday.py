"""A repair, from a hand-built parse: an "of" phrase the parser hangs on a weekday right after a noun is the
noun's ("ordered the release on Monday of nine prisoners")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\n"
VERBS = """
&CAPTIVE = prisoner
order obj=release prep=of:&CAPTIVE => 0841
order obj=release => 1053
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_of_phrase_after_a_weekday_belongs_to_the_noun_before_it(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 ordered/order/VERB/ROOT/1/VBD the/the/DET/det/3 release/release/NOUN/dobj/1 "
                     "on/on/ADP/prep/3 Monday/Monday/PROPN/pobj/4 of/of/ADP/prep/5 Iranian/Iranian/ADJ/amod/8 "
                     "prisoners/prisoner/NOUN/pobj/6 ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("IRQ", "IRN", "0841")}


def test_repair_of_phrase_naming_a_time_stays_on_the_weekday(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 ordered/order/VERB/ROOT/1/VBD the/the/DET/det/3 release/release/NOUN/dobj/1 "
                     "on/on/ADP/prep/3 Monday/Monday/PROPN/pobj/4 of/of/ADP/prep/5 next/next/ADJ/amod/8 "
                     "week/week/NOUN/pobj/6 ././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[6].head.i == 5
