"""From hand-built parses: a weapon subject whose participle names who fired, launched, dropped or planted it
("rockets fired by Hamas hit Sderot") is that actor's attack, as a bomb "claimed by" a group is; and a weapon's
load does not take where it was aimed ("fired rockets carrying gas at Israel": at Israel), nor do the weapons an attack
names take it from its object ("attacked troops with rockets in the hills of X": the troops)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
PSEREBHMS: Hamas
EGY: Egypt
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
&HEAVY = rocket | missile
hit before=&HEAVY => 194
fire obj=&HEAVY prep=at => 194
attack prep=with:&HEAVY => 194
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_rockets_fired_by_a_group_are_its_attack(nlp, coder):
    # "Rockets fired by Hamas hit Israel ."
    doc = parse(nlp, "Rockets/rocket/NOUN/nsubj/4/NNS fired/fire/VERB/acl/0/VBN by/by/ADP/agent/1/IN Hamas/Hamas/PROPN/pobj/2/NNP "
                     "hit/hit/VERB/ROOT/4/VBD Israel/Israel/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("PSEREBHMS", "ISR", "194")}


def test_assemble_a_participle_with_an_agent_tagged_as_past_tense_is_read_alike(nlp, coder):
    # "Missiles launched by Hamas hit Israel .", with "launched" tagged VBD
    doc = parse(nlp, "Missiles/missile/NOUN/nsubj/4/NNS launched/launch/VERB/acl/0/VBD by/by/ADP/agent/1/IN Hamas/Hamas/PROPN/pobj/2/NNP "
                     "hit/hit/VERB/ROOT/4/VBD Israel/Israel/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("PSEREBHMS", "ISR", "194")}


def test_assemble_rockets_fired_at_someone_name_no_attacker(nlp, coder):
    # "Rockets fired at Israel hit Israel ." : no "by", no one named fired them
    doc = parse(nlp, "Rockets/rocket/NOUN/nsubj/4/NNS fired/fire/VERB/acl/0/VBN at/at/ADP/prep/1/IN Israel/Israel/PROPN/pobj/2/NNP "
                     "hit/hit/VERB/ROOT/4/VBD Israel/Israel/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert all(s != "PSEREBHMS" for s, _, _ in code(coder, doc))


def test_assemble_a_phrase_of_the_weapon_s_load_that_says_where_it_was_aimed_is_the_verb_s(nlp, coder):
    # "Hamas fired rockets carrying explosives at Israel ."
    doc = parse(nlp, "Hamas/Hamas/PROPN/nsubj/1/NNP fired/fire/VERB/ROOT/1/VBD rockets/rocket/NOUN/dobj/1/NNS "
                     "carrying/carry/VERB/acl/2/VBG explosives/explosive/NOUN/dobj/3/NNS at/at/ADP/prep/3/IN "
                     "Israel/Israel/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PSEREBHMS", "ISR", "194")}


def test_assemble_an_attack_with_weapons_is_on_its_object_not_a_place_among_the_weapons(nlp, coder):
    # "Hamas attacked Israeli troops with rockets in the deserts of Egypt ."
    doc = parse(nlp, "Hamas/Hamas/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD Israeli/Israeli/ADJ/amod/3/JJ troops/troop/NOUN/dobj/1/NNS "
                     "with/with/ADP/prep/1/IN rockets/rocket/NOUN/pobj/4/NNS in/in/ADP/prep/5/IN the/the/DET/det/8/DT "
                     "deserts/desert/NOUN/pobj/6/NNS of/of/ADP/prep/8/IN Egypt/Egypt/PROPN/pobj/9/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PSEREBHMS", "ISRMIL", "194")}


def test_assemble_a_missile_fired_from_a_craft_is_the_craft_s_side_s_attack(nlp, coder):
    # "A missile fired from an Israeli helicopter hit Hamas .", with "fired" tagged as past tense
    doc = parse(nlp, "A/a/DET/det/1/DT missile/missile/NOUN/nsubj/7/NN fired/fire/VERB/acl/1/VBD from/from/ADP/prep/2/IN "
                     "an/an/DET/det/6/DT Israeli/Israeli/ADJ/amod/6/JJ helicopter/helicopter/NOUN/pobj/3/NN "
                     "hit/hit/VERB/ROOT/7/VBD Hamas/Hamas/PROPN/dobj/7/NNP ././PUNCT/punct/7/.")
    assert code(coder, doc) == {("ISR", "PSEREBHMS", "194")}


def test_assemble_a_missile_fired_from_a_place_names_no_attacker(nlp, coder):
    # "A missile fired from Egypt hit Israel ." : where it came from is not who fired it
    doc = parse(nlp, "A/a/DET/det/1/DT missile/missile/NOUN/nsubj/5/NN fired/fire/VERB/acl/1/VBN from/from/ADP/prep/2/IN "
                     "Egypt/Egypt/PROPN/pobj/3/NNP hit/hit/VERB/ROOT/5/VBD Israel/Israel/PROPN/dobj/5/NNP ././PUNCT/punct/5/.")
    assert all(s != "EGY" for s, _, _ in code(coder, doc))
