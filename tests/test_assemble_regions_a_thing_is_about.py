"""From hand-built parses: a region that says what a thing is about ("the Middle East peace plan") gives way to
whoever a participle's "by" phrase says made the thing ("unveiled by Donald Trump"), as it gives way to another
actor named in the phrase; with no maker named it stays the phrase's actor."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
MEA: Middle East
"""
AGENTS = "GOV: government\n"
VERBS = """
reject obj=plan => 127
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Iraq rejected the Middle East plan unveiled by Syria."
MADE_BY = (
    "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/5 Middle/Middle/PROPN/compound/4 "
    "East/East/PROPN/compound/5 plan/plan/NOUN/dobj/1 unveiled/unveil/VERB/acl/5/VBN by/by/ADP/agent/6 "
    "Syria/Syria/PROPN/pobj/7 ././PUNCT/punct/1"
)
# "Iraq rejected the Middle East plan."
NO_MAKER = (
    "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/5 Middle/Middle/PROPN/compound/4 "
    "East/East/PROPN/compound/5 plan/plan/NOUN/dobj/1 ././PUNCT/punct/1"
)


def test_assemble_a_region_a_thing_is_about_gives_way_to_its_maker(nlp, coder):
    assert code(coder, parse(nlp, MADE_BY)) == {("IRQ", "SYR", "127")}


def test_assemble_a_region_a_thing_is_about_stays_when_no_maker_is_named(nlp, coder):
    assert code(coder, parse(nlp, NO_MAKER)) == {("IRQ", "MEA", "127")}
