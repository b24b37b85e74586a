"""A capital named before the title of a person the dictionaries do not know places the title's holder:
"Baghdad police chief Ali Hassan" is Iraq's police, as "the Baghdad police chief" is, not the government the
capital alone stands for; a person the dictionaries know keeps his own code."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQGOV: Baghdad
USA: United States
IRQMIL: Qassim Ali
"""
AGENTS = "COP: police chief\nGOV: government\nMIL: army\n"
VERBS = "criticize => 111\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _doc(nlp, given, surname):
    return parse(nlp, f"Baghdad/Baghdad/PROPN/compound/4/NNP police/police/NOUN/compound/2/NN chief/chief/NOUN/compound/4/NN "
                      f"{given}/{given}/PROPN/compound/4/NNP {surname}/{surname}/PROPN/nsubj/5/NNP criticized/criticize/VERB/ROOT/5/VBD "
                      "the/the/DET/det/8/DT United/United/PROPN/compound/8/NNP States/States/PROPN/dobj/5/NNP ././PUNCT/punct/5/.")


def test_assemble_a_capitals_title_before_an_unknown_name_places_its_holder(nlp, coder):
    assert code(coder, _doc(nlp, "Ali", "Hassan")) == {("IRQCOP", "USA", "111")}


def test_assemble_a_known_person_after_a_capitals_title_keeps_his_code(nlp, coder):
    assert code(coder, _doc(nlp, "Qassim", "Ali")) == {("IRQMIL", "USA", "111")}
