"""Armed men named by whom they follow, from hand-built parses: "troops led by Colonel Goita" are of his
country, as "forces loyal to Aidid" are; "rebels led by Laurent Kabila" in his rebel years are his rebels
(his own code), and so are "forces loyal to" him then."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
Kabila
    ZARREBAFD 1996-10-18..1997-05-17
    CODGOV
Goita
    MLIMIL
ZAR: Goma
MLIGOV: Keita
"""
AGENTS = "REB: rebels\nMIL: troops | forces\n"
VERBS = "capture => 192\narrest => 173\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def led(nlp, noun: str, lemma: str, leader: str, verb: str, lemma_of_verb: str, other: str):
    # "<noun> led by <leader> <verb> <other>."
    return parse(nlp, f"{noun}/{lemma}/NOUN/nsubj/4/NNS led/lead/VERB/acl/0/VBN by/by/ADP/agent/1/IN {leader}/{leader}/PROPN/pobj/2/NNP "
                      f"{verb}/{lemma_of_verb}/VERB/ROOT/4/VBD {other}/{other}/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")


def test_assemble_rebels_led_by_a_rebel_leader_are_his(nlp, coder):
    assert code(coder, led(nlp, "Rebels", "rebel", "Kabila", "captured", "capture", "Goma"), dt.date(1996, 11, 1)) == {("ZARREBAFD", "ZAR", "192")}


def test_assemble_troops_led_by_an_officer_are_of_his_country(nlp, coder):
    # "Troops led by Colonel Goita arrested Keita."
    assert code(coder, led(nlp, "Troops", "troop", "Goita", "arrested", "arrest", "Keita"), dt.date(2020, 8, 18)) == {("MLIMIL", "MLIGOV", "173")}


def test_assemble_forces_loyal_to_a_rebel_leader_are_his(nlp, coder):
    doc = parse(nlp, "Forces/force/NOUN/nsubj/4/NNS loyal/loyal/ADJ/amod/0/JJ to/to/ADP/prep/1/IN Kabila/Kabila/PROPN/pobj/2/NNP "
                     "captured/capture/VERB/ROOT/4/VBD Goma/Goma/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc, dt.date(1996, 11, 1)) == {("ZARREBAFD", "ZAR", "192")}
