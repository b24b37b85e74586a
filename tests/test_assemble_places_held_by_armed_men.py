"""A place named by who holds it, from hand-built parses: "the rebel-held town of Goma" is the rebels', not its
townspeople; "rebel-held suburbs of Kinshasa" are the rebels', not the capital's government; "Houthi-controlled
Hodeidah" is the Houthis'; people killed in an attack on such a place are of its country."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "ZAR: Goma\nZARGOV: Kinshasa\nYEMREBHOU: Houthi\nYEM: Hodeidah\n"
AGENTS = "REB: rebels | rebel\nMIL: troops\nCVL: town | civilians\nGOV: government\n"
VERBS = "shell => 194\nkill prep=in:attack => 190\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def shelled(nlp, place: str) -> object:
    # "Troops shelled <place>." with the place's tokens from index 2 on, the object at ``place``'s head.
    return parse(nlp, f"Troops/troop/NOUN/nsubj/1/NNS shelled/shell/VERB/ROOT/1/VBD {place} ././PUNCT/punct/1/.")


def held(holder: str, lemma: str, participle: str, participle_lemma: str, start: int) -> str:
    # "<holder>-<participle>" modifying the token after them, from index ``start``.
    return (f"{holder}/{lemma}/NOUN/npadvmod/{start + 2}/NN -/-/PUNCT/punct/{start + 2}/HYPH "
            f"{participle}/{participle_lemma}/VERB/amod/{start + 3}/VBN")


def test_assemble_a_town_held_by_rebels_is_theirs(nlp, coder):
    doc = shelled(nlp, f"the/the/DET/det/6/DT {held('rebel', 'rebel', 'held', 'hold', 3)} town/town/NOUN/dobj/1/NN "
                       "of/of/ADP/prep/6/IN Goma/Goma/PROPN/pobj/7/NNP")
    assert code(coder, doc) == {("---MIL", "ZARREB", "194")}


def test_assemble_a_town_no_one_is_said_to_hold_is_its_people(nlp, coder):
    doc = shelled(nlp, "the/the/DET/det/3/DT town/town/NOUN/dobj/1/NN of/of/ADP/prep/3/IN Goma/Goma/PROPN/pobj/4/NNP")
    assert code(coder, doc) == {("---MIL", "ZARCVL", "194")}


def test_assemble_suburbs_of_a_capital_held_by_rebels_are_theirs(nlp, coder):
    doc = shelled(nlp, f"{held('rebel', 'rebel', 'held', 'hold', 2)} suburbs/suburb/NOUN/dobj/1/NNS "
                       "of/of/ADP/prep/5/IN Kinshasa/Kinshasa/PROPN/pobj/6/NNP")
    assert code(coder, doc) == {("---MIL", "ZARREB", "194")}


def test_assemble_a_city_controlled_by_a_named_group_is_the_groups(nlp, coder):
    doc = shelled(nlp, f"{held('Houthi', 'Houthi', 'controlled', 'control', 2)} Hodeidah/Hodeidah/PROPN/dobj/1/NNP")
    assert code(coder, doc) == {("---MIL", "YEMREBHOU", "194")}


def test_assemble_people_killed_in_an_attack_on_a_held_place_are_of_its_country(nlp, coder):
    # "Troops killed civilians in an attack on rebel-held suburbs of Kinshasa."
    doc = parse(nlp, "Troops/troop/NOUN/nsubj/1/NNS killed/kill/VERB/ROOT/1/VBD civilians/civilian/NOUN/dobj/1/NNS in/in/ADP/prep/1/IN "
                     f"an/an/DET/det/5/DT attack/attack/NOUN/pobj/3/NN on/on/ADP/prep/5/IN {held('rebel', 'rebel', 'held', 'hold', 7)} "
                     "suburbs/suburb/NOUN/pobj/6/NNS of/of/ADP/prep/10/IN Kinshasa/Kinshasa/PROPN/pobj/11/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("---MIL", "ZARCVL", "190")}

