"""From hand-built parses: expelling thousands is a mass expulsion (201), expelling hundreds a deportation
(174), and deporting thousands still a deportation, as the codebook keeps legal deportations at 174."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
AGO: Angola
COD: Congolese
"""
AGENTS = "REF: migrant | migrants\n"
VERBS = """
expel | deport => 174
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def expelled(nlp, verb: str, lemma: str, count: str) -> object:
    # "Angola <verb> <count> Congolese migrants"
    return parse(
        nlp,
        f"Angola/Angola/PROPN/nsubj/1 {verb}/{lemma}/VERB/ROOT/1/VBD {count}/{count}/NUM/nummod/4/CD "
        "Congolese/Congolese/ADJ/amod/4 migrants/migrant/NOUN/dobj/1",
    )


def test_assemble_expelling_thousands_is_a_mass_expulsion(nlp, coder):
    assert code(coder, expelled(nlp, "expelled", "expel", "300,000")) == {("AGO", "CODREF", "201")}


def test_assemble_expelling_hundreds_is_a_deportation(nlp, coder):
    assert code(coder, expelled(nlp, "expelled", "expel", "300")) == {("AGO", "CODREF", "174")}


def test_assemble_deporting_thousands_is_a_deportation(nlp, coder):
    assert code(coder, expelled(nlp, "deported", "deport", "300,000")) == {("AGO", "CODREF", "174")}


def test_assemble_expelling_thousands_of_people_counted_by_of(nlp, coder):
    # "Angola expelled thousands of Congolese migrants", the migrants read by their count
    doc = parse(
        nlp,
        "Angola/Angola/PROPN/nsubj/1 expelled/expel/VERB/ROOT/1/VBD thousands/thousand/NOUN/dobj/1/NNS of/of/ADP/prep/2 "
        "Congolese/Congolese/ADJ/amod/5 migrants/migrant/NOUN/pobj/3",
    )
    assert code(coder, doc) == {("AGO", "CODREF", "201")}
