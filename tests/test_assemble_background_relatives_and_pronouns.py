"""Background the lead wraps round its news: a relative clause dated "last month", an "according to"
attribution's relative clause, and a "he" or "she" in an adverbial clause that is not the plural subject."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "GOV: official | officials | president\nCOP: police\n"
VERBS = """
condemn => 111
seize obj=sailor => 181
bomb => 195
visit => 042
arrest => 173
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_relative_clause_dated_last_month_is_background(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/8 ,/,/PUNCT/punct/0 which/which/PRON/nsubj/3 seized/seize/VERB/relcl/0/VBD "
                     "Syrian/Syrian/ADJ/amod/5 sailors/sailor/NOUN/dobj/3/NNS last/last/ADJ/amod/7 month/month/NOUN/npadvmod/3 "
                     "condemned/condemn/VERB/ROOT/8/VBD Syria/Syria/PROPN/dobj/8 ././PUNCT/punct/8")
    assert code(coder, doc, dt.date(2007, 4, 24)) == {("IRN", "SYR", "111")}


def test_relative_clause_in_according_to_attribution_is_not_news(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 bombed/bomb/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 ,/,/PUNCT/punct/1 "
                     "according/accord/VERB/prep/1/VBG to/to/ADP/prep/4 Iranian/Iranian/ADJ/amod/7 officials/official/NOUN/pobj/5/NNS "
                     "who/who/PRON/nsubj/9 visited/visit/VERB/relcl/7/VBD Syria/Syria/PROPN/dobj/9 ././PUNCT/punct/1")
    assert code(coder, doc, dt.date(1988, 3, 23)) == {("IRQ", "SYR", "195")}


def test_singular_pronoun_in_adverbial_clause_is_not_the_plural_subject(nlp, coder):
    doc = parse(nlp, "Iranian/Iranian/ADJ/amod/1 police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "Iraqi/Iraqi/ADJ/amod/4 President/president/PROPN/dobj/2/NNP as/as/SCONJ/mark/7 he/he/PRON/nsubj/7/PRP "
                     "visited/visit/VERB/advcl/2/VBD Syria/Syria/PROPN/dobj/7/NNP ././PUNCT/punct/2")
    got = code(coder, doc, dt.date(1998, 9, 20))
    assert ("IRQGOV", "SYR", "042") in got
    assert not any(s == "IRNCOP" and c == "042" for s, t, c in got)
