"""Codes, from hand-built parses: a named person captured is arrested (173), in the active and the passive,
while a place captured is occupied (192) as before."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: U.S. | United States
IRQ: Iraq | Mosul
Saddam Hussein | Saddam
    IRQGOV ..2003-04-09
    IRQELI 2003-04-09..
"""
AGENTS = "MIL: troops\n"
VERBS = """
capture => 192
"""
DAY = dt.date(2003, 12, 14)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_named_person_captured_is_arrested(nlp, coder):
    # "U.S. troops captured Saddam Hussein."
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1/NNP troops/troop/NOUN/nsubj/2/NNS captured/capture/VERB/ROOT/2/VBD "
                     "Saddam/Saddam/PROPN/compound/4/NNP Hussein/Hussein/PROPN/dobj/2/NNP ././PUNCT/punct/2")
    assert code(coder, doc, DAY) == {("USAMIL", "IRQELI", "173")}


def test_assemble_a_named_person_captured_in_the_passive_is_arrested(nlp, coder):
    # "Saddam Hussein was captured by U.S. troops."
    doc = parse(nlp, "Saddam/Saddam/PROPN/compound/1/NNP Hussein/Hussein/PROPN/nsubjpass/3/NNP was/be/AUX/auxpass/3/VBD "
                     "captured/capture/VERB/ROOT/3/VBN by/by/ADP/agent/3 U.S./U.S./PROPN/compound/6/NNP "
                     "troops/troop/NOUN/pobj/4/NNS ././PUNCT/punct/3")
    assert code(coder, doc, DAY) == {("USAMIL", "IRQELI", "173")}


def test_assemble_a_place_captured_is_still_occupied(nlp, coder):
    # "U.S. troops captured Mosul."
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1/NNP troops/troop/NOUN/nsubj/2/NNS captured/capture/VERB/ROOT/2/VBD "
                     "Mosul/Mosul/PROPN/dobj/2/NNP ././PUNCT/punct/2")
    assert code(coder, doc, DAY) == {("USAMIL", "IRQ", "192")}
