"""From a hand-built parse: a gerund first in a preposition's phrase that the parser hung as an adjective on a
count ("accused Gondor of stealing millions of dollars", with "stealing" an amod of "millions") says what the
phrase is of, as one parsed as a compound does."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUR: Ruritania
GON: Gondor
"""
VERBS = """
accuse prep=of => 112
accuse prep=of:steal => 1121
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_gerund_hung_on_a_count_names_the_act(nlp, coder):
    # "Ruritania accused Gondor of stealing millions of dollars."
    doc = parse(nlp, "Ruritania/Ruritania/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Gondor/Gondor/PROPN/dobj/1/NNP "
                     "of/of/ADP/prep/1/IN stealing/steal/VERB/amod/5/VBG millions/million/NOUN/pobj/3/NNS of/of/ADP/prep/5/IN "
                     "dollars/dollar/NOUN/pobj/6/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUR", "GON", "1121")}
