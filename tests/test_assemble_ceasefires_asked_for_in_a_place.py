"""From hand-built parses: a call for a ceasefire, or a demand for it, in a place that names no one else is
aimed at the sides fighting there, named by the place (0256, 1056); other appeals are not aimed at where
what they ask for would happen."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia
YEM: Yemen
"""
AGENTS = "MIL: troops\n"
VERBS = """
&DEESC = ceasefire | truce
&TALKS = talks
urge obj=&DEESC => 0256
demand obj=&DEESC => 1056
urge obj=&TALKS => 026
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("verb, lemma, expected", [("urged", "urge", "0256"), ("demanded", "demand", "1056")])
def test_assemble_ceasefire_asked_for_in_a_country_is_aimed_at_it(nlp, coder, verb, lemma, expected):
    doc = parse(nlp, f"Russia/Russia/PROPN/nsubj/1/NNP {verb}/{lemma}/VERB/ROOT/1/VBD a/a/DET/det/3/DT ceasefire/ceasefire/NOUN/dobj/1/NN "
                     "in/in/ADP/prep/3/IN Yemen/Yemen/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "YEM", expected)}


def test_assemble_talks_urged_in_a_country_are_not_aimed_at_it(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP urged/urge/VERB/ROOT/1/VBD talks/talks/NOUN/dobj/1/NNS "
                     "in/in/ADP/prep/2/IN Yemen/Yemen/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
