"""From hand-built parses: people said to be foreign are not of the place an "in" or "from" phrase names
("attacked foreign troops in Afghanistan" is not an attack on Afghan troops), while people not so called
still are ("troops in Afghanistan")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
AFGINS: Taliban
AFG: Afghanistan
SDN: Sudan
SDNGOV: Khartoum
"""
AGENTS = "MIL: troops\nNGO: agencies\n"
VERBS = """
attack => 190
kidnap => 181
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_foreign_troops_in_a_country_are_not_its_troops(nlp, coder):
    doc = parse(nlp, "Taliban/Taliban/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD foreign/foreign/ADJ/amod/3/JJ "
                     "troops/troop/NOUN/dobj/1/NNS in/in/ADP/prep/3/IN Afghanistan/Afghanistan/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("AFGINS", "---MIL", "190")}


def test_troops_not_called_foreign_are_of_where_they_are(nlp, coder):
    doc = parse(nlp, "Taliban/Taliban/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD "
                     "troops/troop/NOUN/dobj/1/NNS in/in/ADP/prep/2/IN Afghanistan/Afghanistan/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("AFGINS", "AFGMIL", "190")}


def test_foreign_modifier_of_a_compound_noun(nlp, coder):
    # "foreign aid agencies from Sudan", with "foreign" parsed as the modifier of "aid"
    doc = parse(nlp, "Khartoum/Khartoum/PROPN/nsubj/1/NNP kidnapped/kidnap/VERB/ROOT/1/VBD foreign/foreign/ADJ/amod/3/JJ "
                     "aid/aid/NOUN/compound/4/NN agencies/agency/NOUN/dobj/1/NNS from/from/ADP/prep/4/IN "
                     "Sudan/Sudan/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SDNGOV", "NGO", "181")}
