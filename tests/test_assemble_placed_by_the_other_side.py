"""Actors placed by the other side, from hand-built parses: "government troops" fighting an armed group are the
forces of that group's country; victims "including an American and a Briton" are of those countries; police
arresting a country's former minister are that country's; "the army" fighting an armed group is its
country's too, and troops withdrawing from a place of their own country retreat from no one there."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
LKAREB: Tamil Tigers | Tamil rebels
IRQ: Iraq | Iraqi | Basra
IRQELI: Iraqi minister
USA: American | Americans
GBR: Briton | Britons
"""
AGENTS = "MIL: troops | soldiers | army\nGOV: government\nLAB: workers | worker\nCOP: police\n"
VERBS = """
ambush => 190
kidnap => 181
arrest => 173
withdraw prep=from => 0874
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_government_troops_fighting_rebels_are_the_rebels_country(nlp, coder):
    doc = parse(nlp, "Government/government/NOUN/compound/1/NN troops/troop/NOUN/nsubj/2/NNS ambushed/ambush/VERB/ROOT/2/VBD "
                     "Tamil/Tamil/PROPN/compound/4/NNP rebels/rebel/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("LKAMIL", "LKAREB", "190")}


def test_assemble_troops_fighting_rebels_without_government_stay_unplaced(nlp, coder):
    # guard: plain "troops" (no "government") are not given the rebels' country
    doc = parse(nlp, "Troops/troop/NOUN/nsubj/1/NNS ambushed/ambush/VERB/ROOT/1/VBD "
                     "Tamil/Tamil/PROPN/compound/3/NNP rebels/rebel/NOUN/dobj/1/NNS ././PUNCT/punct/1/.")
    assert ("LKAMIL", "LKAREB", "190") not in code(coder, doc)


def test_assemble_victims_including_nationals_are_of_their_countries(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP kidnapped/kidnap/VERB/ROOT/1/VBD workers/worker/NOUN/dobj/1/NNS ,/,/PUNCT/punct/2/, "
                     "including/include/VERB/prep/2/VBG an/an/DET/det/6/DT American/american/ADJ/pobj/4/JJ and/and/CCONJ/cc/6/CC "
                     "a/a/DET/det/9/DT Briton/Briton/PROPN/conj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "USA", "181"), ("IRQ", "GBR", "181")}


def test_assemble_victims_including_no_nationals_stay_the_group(nlp, coder):
    # guard: an "including" phrase naming no country leaves the group itself as the target
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP kidnapped/kidnap/VERB/ROOT/1/VBD workers/worker/NOUN/dobj/1/NNS ,/,/PUNCT/punct/2/, "
                     "including/include/VERB/prep/2/VBG two/two/NUM/nummod/6/CD engineers/engineer/NOUN/pobj/4/NNS ././PUNCT/punct/1/.")
    assert all(c[1] not in ("USA", "GBR") for c in code(coder, doc))


def test_assemble_police_arresting_a_countrys_elite_are_its_police(nlp, coder):
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS arrested/arrest/VERB/ROOT/1/VBD an/an/DET/det/4/DT "
                     "Iraqi/Iraqi/ADJ/amod/4/JJ minister/minister/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQCOP", "IRQELI", "173")}


def test_assemble_the_army_fighting_rebels_is_the_rebels_country(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/1/DT army/army/NOUN/nsubj/2/NN ambushed/ambush/VERB/ROOT/2/VBD "
                     "Tamil/Tamil/PROPN/compound/4/NNP rebels/rebel/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("LKAMIL", "LKAREB", "190")}


def test_assemble_troops_withdrawing_from_a_place_of_their_own_country_retreat_from_no_one_there(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS withdrew/withdraw/VERB/ROOT/2/VBD "
                     "from/from/ADP/prep/2/IN Basra/Basra/PROPN/pobj/3/NNP ././PUNCT/punct/2/.")
    assert all(t is None for _, t, _ in code(coder, doc))
