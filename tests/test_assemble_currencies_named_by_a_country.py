"""From a hand-built parse: a country's name or adjective that qualifies a currency ("1 billion Australian
dollars", "U.S. dollars") names the money's unit, not an actor: the aid goes to whom the sentence names."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUR: Ruritania | Ruritanian
GON: Gondor
ROH: Rohan
"""
AGENTS = """
GOV: government
"""
VERBS = """
pledge => 0331
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_currency_named_by_a_country_is_no_target(nlp, coder):
    # "Gondor pledged 5 million Ruritanian dollars to Rohan."
    doc = parse(nlp, "Gondor/Gondor/PROPN/nsubj/1/NNP pledged/pledge/VERB/ROOT/1/VBD 5/5/NUM/compound/3/CD "
                     "million/million/NUM/nummod/5/CD Ruritanian/ruritanian/ADJ/amod/5/JJ dollars/dollar/NOUN/dobj/1/NNS "
                     "to/to/ADP/prep/1/IN Rohan/Rohan/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GON", "ROH", "0331")}


def test_assemble_a_country_before_another_noun_still_names_it(nlp, coder):
    # "Gondor pledged the Ruritanian government ...": before any other noun the adjective still names its country.
    doc = parse(nlp, "Gondor/Gondor/PROPN/nsubj/1/NNP pledged/pledge/VERB/ROOT/1/VBD Ruritanian/ruritanian/ADJ/amod/3/JJ "
                     "government/government/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GON", "RURGOV", "0331")}
