"""Armed men named by the militant network they are tied to, from hand-built parses: "a bomber linked to
Islamic State" and "gunmen loyal to al-Qaeda" are the network's own (its code), wherever they struck;
unarmed people tied to it are not it."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IMGMOSISI: Islamic State
ALB: Albania
IRQ: Baghdad
"""
AGENTS = "UAF: gunmen\nMED: journalists\nCVL: people\n"
VERBS = "kill => 190\nvisit => 042\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def tied(nlp, noun: str, lemma: str, word: str, tie: str, pos: str, dep: str, verb: str, lemma_of_verb: str, other: str,
         other_lemma: str, other_pos: str):
    # "<noun> <word> to Islamic State <verb> <other> in Baghdad."
    return parse(nlp, f"{noun}/{lemma}/NOUN/nsubj/5/NNS {word}/{tie}/{pos}/{dep}/0/VBN to/to/ADP/prep/1/IN Islamic/Islamic/PROPN/compound/4/NNP "
                      f"State/State/PROPN/pobj/2/NNP {verb}/{lemma_of_verb}/VERB/ROOT/5/VBD {other}/{other_lemma}/{other_pos}/dobj/5/NNS "
                      "in/in/ADP/prep/5/IN Baghdad/Baghdad/PROPN/pobj/7/NNP ././PUNCT/punct/5/.")


def test_assemble_gunmen_linked_to_a_militant_network_are_its_own(nlp, coder):
    doc = tied(nlp, "Gunmen", "gunman", "linked", "link", "VERB", "acl", "killed", "kill", "people", "people", "NOUN")
    assert code(coder, doc, dt.date(2015, 7, 20)) == {("IMGMOSISI", "IRQCVL", "190")}


def test_assemble_gunmen_loyal_to_a_militant_network_are_its_own(nlp, coder):
    doc = tied(nlp, "Gunmen", "gunman", "loyal", "loyal", "ADJ", "amod", "killed", "kill", "people", "people", "NOUN")
    assert code(coder, doc, dt.date(2015, 7, 20)) == {("IMGMOSISI", "IRQCVL", "190")}


def test_assemble_unarmed_people_linked_to_a_militant_network_are_not_it(nlp, coder):
    doc = tied(nlp, "Journalists", "journalist", "linked", "link", "VERB", "acl", "visited", "visit", "Albania", "Albania", "PROPN")
    assert not any(s.startswith("IMG") for s, _, _ in code(coder, doc, dt.date(2015, 7, 20)))
