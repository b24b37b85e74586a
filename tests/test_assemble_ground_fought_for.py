"""From hand-built parses: two sides that fight each other ("the army and the rebels fought fierce battles")
fight each other, not a place their fight is near or the ground it is for, even when the dictionaries
know the place ("for the town of Kandahar", "near Kandahar")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
AFG: Afghanistan | Afghan | Kandahar
AFGINSTAL: Taliban
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
fight obj=battle => 190:190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_sides_fighting_for_a_town_fight_each_other(nlp, coder):
    # "Afghan troops and the Taliban fought battles for the town of Kandahar ."
    doc = parse(nlp, "Afghan/Afghan/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/5/NNS and/and/CCONJ/cc/1/CC the/the/DET/det/4/DT "
                     "Taliban/Taliban/PROPN/conj/1/NNP fought/fight/VERB/ROOT/5/VBD battles/battle/NOUN/dobj/5/NNS "
                     "for/for/ADP/prep/6/IN the/the/DET/det/9/DT town/town/NOUN/pobj/7/NN of/of/ADP/prep/9/IN "
                     "Kandahar/Kandahar/PROPN/pobj/10/NNP ././PUNCT/punct/5/.")
    assert code(coder, doc) == {("AFGMIL", "AFGINSTAL", "190"), ("AFGINSTAL", "AFGMIL", "190")}


def test_assemble_sides_fighting_near_a_city_fight_each_other(nlp, coder):
    # "Afghan troops and the Taliban fought battles near Kandahar ."
    doc = parse(nlp, "Afghan/Afghan/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/5/NNS and/and/CCONJ/cc/1/CC the/the/DET/det/4/DT "
                     "Taliban/Taliban/PROPN/conj/1/NNP fought/fight/VERB/ROOT/5/VBD battles/battle/NOUN/dobj/5/NNS "
                     "near/near/ADP/prep/5/IN Kandahar/Kandahar/PROPN/pobj/7/NNP ././PUNCT/punct/5/.")
    assert code(coder, doc) == {("AFGMIL", "AFGINSTAL", "190"), ("AFGINSTAL", "AFGMIL", "190")}
