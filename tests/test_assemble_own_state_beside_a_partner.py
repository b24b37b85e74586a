"""Targets, from hand-built parses: a state body's own state, conjoined by name with a foreign actor,
is on its side, not a target ("Sargsyan was optimistic about Armenia and Turkey" is about Turkey);
a people of the same name is still a target ("Iraqi police arrested Iraqis and Iranians")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi | Iraqis
IRN: Iran | Iranian | Iranians
"""
AGENTS = "GOV: president\nCOP: police\n"
VERBS = """
optimistic prep=about => 013
arrest => 173
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_own_state_beside_a_foreign_one_is_no_target(nlp, coder):
    # "The Iraqi president was optimistic about Iraq and Iran."
    doc = parse(nlp, "The/the/DET/det/2/DT Iraqi/Iraqi/ADJ/amod/2/JJ president/president/NOUN/nsubj/3/NN was/be/AUX/ROOT/3/VBD "
                     "optimistic/optimistic/ADJ/acomp/3/JJ about/about/ADP/prep/4/IN Iraq/Iraq/PROPN/pobj/5/NNP and/and/CCONJ/cc/6/CC "
                     "Iran/Iran/PROPN/conj/6/NNP ././PUNCT/punct/3")
    assert code(coder, doc) == {("IRQGOV", "IRN", "013")}


def test_assemble_own_people_beside_a_foreign_one_stays_a_target(nlp, coder):
    # "Iraqi police arrested Iraqis and Iranians."
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "Iraqis/Iraqis/PROPN/dobj/2/NNPS and/and/CCONJ/cc/3/CC Iranians/Iranians/PROPN/conj/3/NNPS ././PUNCT/punct/2")
    assert {t for _, t, _ in code(coder, doc)} == {"IRQ", "IRN"}
