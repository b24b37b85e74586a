"""From hand-built parses: in a sentence that names one country only, its unnamed state bodies (police,
courts, parliament, government, and its forces where they use no force) are that country's; forces
attacked are not ("Palestinian gunmen attacked troops"), and a body the other side of itself stays of none."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
FRA: France
FRAGOV: Sarkozy
PSE: Palestinian
"""
AGENTS = "COP: police\nMIL: troops | army\nREB: gunmen\nJUD: prosecutor | judge\n"
VERBS = """
praise => 051
attack => 190
ask => 020
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_police_praised_in_a_one_country_sentence_are_its(nlp, coder):
    doc = parse(nlp, "Sarkozy/Sarkozy/PROPN/nsubj/1/NNP praised/praise/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "police/police/NOUN/dobj/1/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("FRAGOV", "FRACOP", "051")}


def test_assemble_the_army_praised_in_a_one_country_sentence_is_its(nlp, coder):
    doc = parse(nlp, "Sarkozy/Sarkozy/PROPN/nsubj/1/NNP praised/praise/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "army/army/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("FRAGOV", "FRAMIL", "051")}


def test_assemble_troops_attacked_are_not_the_attackers_country(nlp, coder):
    doc = parse(nlp, "Palestinian/Palestinian/ADJ/amod/1/JJ gunmen/gunman/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD "
                     "troops/troop/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert not any(t == "PSEMIL" for _, t, _ in code(coder, doc))


def test_assemble_a_body_facing_the_state_itself_is_not_its(nlp, coder):
    # "The government attacked Iran", "Venezuela accused a government": a state does not face its own.
    doc = parse(nlp, "The/the/DET/det/1/DT police/police/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD "
                     "France/France/PROPN/dobj/2/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("---COP", "FRA", "190")}


def test_assemble_a_country_named_by_its_gunmen_only_gives_no_state_bodies(nlp, coder):
    # "Police investigated a cyberattack by Chinese hackers": whose police is not said.
    doc = parse(nlp, "The/the/DET/det/1/DT prosecutor/prosecutor/NOUN/nsubj/2/NN asked/ask/VERB/ROOT/2/VBD "
                     "Palestinian/Palestinian/ADJ/amod/4/JJ gunmen/gunman/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("---JUD", "PSEREB", "020")}


def test_assemble_a_country_named_by_its_former_leader_gives_its_state_bodies(nlp):
    # "Former President Fujimori denied accusations by prosecutors": Peru's
    coder = make_coder(nlp, "FRAELI: Chirac\n", AGENTS, VERBS)
    doc = parse(nlp, "Chirac/Chirac/PROPN/nsubj/1/NNP praised/praise/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "police/police/NOUN/dobj/1/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("FRAELI", "FRACOP", "051")}


def test_assemble_people_the_placed_police_coerce_are_its_own(nlp):
    # "Police fired tear gas at protesters outside Argentina's Congress": two actors of no country, both
    # placed by the one country the sentence names, the police as its own and the protesters as its people.
    coder = make_coder(nlp, ACTORS, AGENTS + "CVL: protester | protesters\n", "disperse => 175\n")
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS dispersed/disperse/VERB/ROOT/1/VBD protesters/protester/NOUN/dobj/1/NNS "
                     "as/as/SCONJ/mark/5/IN Sarkozy/Sarkozy/PROPN/nsubj/5/NNP spoke/speak/VERB/advcl/1/VBD ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("FRACOP", "FRACVL", "175")}


def test_assemble_two_actors_of_no_country_in_a_sentence_of_none_stay_unwritten(nlp):
    coder = make_coder(nlp, ACTORS, AGENTS + "CVL: protester | protesters\n", "disperse => 175\n")
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS dispersed/disperse/VERB/ROOT/1/VBD protesters/protester/NOUN/dobj/1/NNS "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
