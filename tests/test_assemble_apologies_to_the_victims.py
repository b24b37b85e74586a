"""An apology that names no addressee, from hand-built parses: "apologized for the deaths of Pakistani
soldiers" is to the victims of the act regretted, as an admission is toward whom the admitted act was done;
an addressee named in a "to" phrase comes first. An apology made in another country, naming no one else, is
made to it ("apologized in Kabul"), not so in one's own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGONAT: NATO
PAK: Pakistan | Pakistani
AFG: Afghanistan
AFGGOV: Kabul
PAKGOV: Islamabad
"""
AGENTS = "MIL: soldiers\n"
VERBS = "apologize prep=to => 055\napologize => 055\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_apology_for_deaths_is_to_the_victims(nlp, coder):
    doc = parse(nlp, "NATO/NATO/PROPN/nsubj/1 apologized/apologize/VERB/ROOT/1/VBD for/for/ADP/prep/1 the/the/DET/det/4 "
                     "deaths/death/NOUN/pobj/2 of/of/ADP/prep/4 Pakistani/pakistani/ADJ/amod/7 soldiers/soldier/NOUN/pobj/5 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("IGONAT", "PAKMIL", "055")}


def test_assemble_apology_to_a_named_addressee_is_to_it(nlp, coder):
    # guard: the "to" phrase names whom the apology is made to
    doc = parse(nlp, "NATO/NATO/PROPN/nsubj/1 apologized/apologize/VERB/ROOT/1/VBD to/to/ADP/prep/1 Afghanistan/Afghanistan/PROPN/pobj/2 "
                     "for/for/ADP/prep/1 the/the/DET/det/6 deaths/death/NOUN/pobj/4 of/of/ADP/prep/6 Pakistani/pakistani/ADJ/amod/9 "
                     "soldiers/soldier/NOUN/pobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IGONAT", "AFG", "055")}


@pytest.mark.parametrize("city,expected", [("Kabul/Kabul", {("PAK", "AFG", "055")}), ("Islamabad/Islamabad", set())])
def test_assemble_apology_made_in_another_country_is_to_it(nlp, coder, city, expected):
    # "Pakistan apologized in Kabul for the raid."
    doc = parse(nlp, f"Pakistan/Pakistan/PROPN/nsubj/1 apologized/apologize/VERB/ROOT/1/VBD in/in/ADP/prep/1 {city}/PROPN/pobj/2 "
                     "for/for/ADP/prep/1 the/the/DET/det/6 raid/raid/NOUN/pobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == expected
