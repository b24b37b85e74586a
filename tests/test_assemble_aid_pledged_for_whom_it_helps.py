"""From hand-built parses: aid a pledge promises goes to whom the promised act gives it "for" ("pledged to
provide $100 million in aid for Haiti") or whom it is to help ("to provide aid to help Haiti", "to help Greece
cope with the migrants"), not to those it is to help fight."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
JPN: Japan
HTI: Haiti
GRC: Greece
USA: United States
SYR: Syria
HTICVL: Haitians
"""
AGENTS = "GOV: government\n"
VERBS = """
pledge comp=aid => 0333
help => 070
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_aid_pledged_for_a_country(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1/VBD to/to/PART/aux/3 provide/provide/VERB/xcomp/1/VB "
                     "aid/aid/NOUN/dobj/3 for/for/ADP/prep/3 Haiti/Haiti/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("JPN", "HTI", "0333")}


def test_aid_pledged_to_help_a_country(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1/VBD to/to/PART/aux/3 provide/provide/VERB/xcomp/1/VB "
                     "aid/aid/NOUN/dobj/3 to/to/PART/aux/6 help/help/VERB/advcl/3/VB Haiti/Haiti/PROPN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("JPN", "HTI", "0333")}


def test_aid_pledged_to_help_a_country_cope(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1/VBD to/to/PART/aux/3 provide/provide/VERB/xcomp/1/VB "
                     "aid/aid/NOUN/dobj/3 to/to/PART/aux/6 help/help/VERB/advcl/3/VB Greece/Greece/PROPN/nsubj/8 "
                     "cope/cope/VERB/ccomp/6/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("JPN", "GRC", "0333")}


def test_aid_pledged_to_help_fight_someone_is_not_for_them(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1/VBD to/to/PART/aux/3 provide/provide/VERB/xcomp/1/VB "
                     "aid/aid/NOUN/dobj/3 to/to/PART/aux/6 help/help/VERB/advcl/3/VB fight/fight/VERB/xcomp/6/VB "
                     "Syria/Syria/PROPN/dobj/7 ././PUNCT/punct/1")
    assert ("JPN", "SYR", "0333") not in code(coder, doc)


def test_a_search_helped_for_survivors_gives_them_nothing(nlp, coder):
    # "help search for survivors": the "for" of an act that gives nothing is not a recipient
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 helped/help/VERB/ROOT/1/VBD search/search/VERB/xcomp/1/VB "
                     "for/for/ADP/prep/2 Haitians/Haitians/PROPN/pobj/3 ././PUNCT/punct/1")
    assert ("JPN", "HTICVL", "070") not in code(coder, doc)
