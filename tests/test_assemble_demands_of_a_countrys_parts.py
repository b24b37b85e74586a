"""From hand-built parses: a country's rebels are not its own bodies when it demands something of them; a
phrasal verb's object the parser hung under its particle is still its object; a demand rejected is its
maker's, also when the maker is a part of the rejecting state's country; a country's rebels demand things of
their own country."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
COL: Colombia
COLREBFAR: FARC
GBR: Britain | Scotland
GBRGOV: London
"""
AGENTS = "GOV: government\n"
VERBS = """
demand => 100
demand comp=release => 1053
surrender obj=weapon => 0873
hand over obj=weapon => 0873
hand over => 084
reject => 120
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_demand_of_a_countrys_rebels_is_of_them(nlp, coder):
    # "Colombia demanded that the FARC surrender its weapons": the FARC are asked, not Colombia's own body
    doc = parse(
        nlp,
        "Colombia/Colombia/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 that/that/SCONJ/mark/4 FARC/FARC/PROPN/nsubj/4 "
        "surrender/surrender/VERB/ccomp/1/VB its/its/PRON/poss/6 weapons/weapon/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("COL", "COLREBFAR", "1056")}


def test_assemble_a_phrasal_verbs_object_under_its_particle(nlp, coder):
    # "FARC handed over its weapons to Colombia", parsed with "over" a preposition: weapons handed over
    doc = parse(
        nlp,
        "FARC/FARC/PROPN/nsubj/1 handed/hand/VERB/ROOT/1/VBD over/over/ADP/prep/1 its/its/PRON/poss/4 weapons/weapon/NOUN/pobj/2 "
        "to/to/ADP/prep/1 Colombia/Colombia/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("COLREBFAR", "COL", "0873")}


def test_assemble_a_demand_rejected_is_its_makers_of_the_same_country(nlp, coder):
    # "London rejected Scotland's demand": Scotland made it, though Scotland is Britain's
    doc = parse(
        nlp,
        "London/London/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1 Scotland/Scotland/PROPN/poss/4 's/'s/PART/case/2 "
        "demand/demand/NOUN/dobj/1",
    )
    assert code(coder, doc) == {("GBRGOV", "GBR", "1232")}


def test_assemble_rebels_demand_of_their_own_country(nlp, coder):
    # "FARC demanded that Colombia release jailed guerrillas": the rebels ask their state, which is no measure of their own
    doc = parse(
        nlp,
        "FARC/FARC/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 that/that/SCONJ/mark/4 Colombia/Colombia/PROPN/nsubj/4 "
        "release/release/VERB/ccomp/1/VB jailed/jail/VERB/amod/6/VBN guerrillas/guerrilla/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("COLREBFAR", "COL", "1053")}


def test_assemble_a_state_asks_nothing_of_its_own_country(nlp, coder):
    # "Colombia demanded that Colombia release ...": a state's own country is never whom it asks
    doc = parse(
        nlp,
        "Colombia/Colombia/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 that/that/SCONJ/mark/4 Colombia/Colombia/PROPN/nsubj/4 "
        "release/release/VERB/ccomp/1/VB jailed/jail/VERB/amod/6/VBN guerrillas/guerrilla/NOUN/dobj/4",
    )
    assert code(coder, doc) == set()
