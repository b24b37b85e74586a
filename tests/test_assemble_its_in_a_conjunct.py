"""Codes, from hand-built parses: "its" in a conjunct after a possessed noun refers to the possessor
("sanctions on Eritrea's military and its ruling party"), not to the sentence's subject."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "USA: United States\nERI: Eritrea\n"
AGENTS = "MIL: military | army\nPTY: party\n"
VERBS = "&SANCTION = sanctions\nimpose obj=&SANCTION prep=on => 163\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


SANCTIONS = ("The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/3/NNP imposed/impose/VERB/ROOT/3/VBD "
             "sanctions/sanction/NOUN/dobj/3/NNS on/on/ADP/prep/4/IN ")


def test_assemble_its_in_a_conjunct_is_the_first_conjuncts_owners(nlp, coder):
    # "The United States imposed sanctions on Eritrea's military and its ruling party."
    doc = parse(nlp, SANCTIONS + "Eritrea/Eritrea/PROPN/poss/8/NNP 's/'s/PART/case/6/POS military/military/NOUN/pobj/5/NN and/and/CCONJ/cc/8/CC "
                     "its/its/PRON/poss/12/PRP$ ruling/rule/VERB/amod/12/VBG party/party/NOUN/conj/8/NN ././PUNCT/punct/3")
    assert code(coder, doc) == {("USA", "ERIMIL", "163"), ("USA", "ERIPTY", "163")}


def test_assemble_its_in_a_conjunct_with_no_owner_before_is_the_subjects(nlp, coder):
    # "The United States imposed sanctions on the military and its party" names no owner first: "its" stays the subject's.
    doc = parse(nlp, SANCTIONS + "the/the/DET/det/7/DT military/military/NOUN/pobj/5/NN and/and/CCONJ/cc/7/CC "
                     "its/its/PRON/poss/10/PRP$ party/party/NOUN/conj/7/NN ././PUNCT/punct/3")
    assert ("USA", "USAPTY", "163") in code(coder, doc)
