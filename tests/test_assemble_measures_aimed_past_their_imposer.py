"""From hand-built parses: a measure noun with its imposer before it and an "against", "on" or "of" phrase
after it is aimed at that phrase when the act is the measure's own ("tightened the U.S. embargo against
Cuba" is at Cuba, "enforced a U.N. blockade of Haiti" at Haiti); criticism of it stays at who imposed it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: U.S. | United States
USAGOV: Washington
CUB: Cuba
HTI: Haiti
IGOUNO: U.N.
VAT: Vatican
"""
AGENTS = "MIL: warships\n"
VERBS = """
&EMBARGO = sanction | embargo | blockade
tighten obj=&EMBARGO => 163
enforce obj=blockade => 191
criticize => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_tightened_own_embargo_is_aimed_at_its_against_phrase(nlp, coder):
    # "Washington tightened the U.S. embargo against Cuba ."
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1/NNP tightened/tighten/VERB/ROOT/1/VBD the/the/DET/det/4/DT "
                     "U.S./U.S./PROPN/compound/4/NNP embargo/embargo/NOUN/dobj/1/NN against/against/ADP/prep/4/IN "
                     "Cuba/Cuba/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("USAGOV", "CUB", "163")}


def test_assemble_enforced_blockade_of_a_body_is_aimed_at_its_of_phrase(nlp, coder):
    # "U.S. warships enforced a U.N. blockade of Haiti ."
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1/NNP warships/warship/NOUN/nsubj/2/NNS enforced/enforce/VERB/ROOT/2/VBD "
                     "a/a/DET/det/5/DT U.N./U.N./PROPN/nmod/5/NNP blockade/blockade/NOUN/dobj/2/NN of/of/ADP/prep/5/IN "
                     "Haiti/Haiti/PROPN/pobj/6/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("USAMIL", "HTI", "191")}


def test_assemble_criticized_embargo_stays_at_who_imposed_it(nlp, coder):
    # "The Vatican criticized the U.S. embargo against Cuba ."
    doc = parse(nlp, "The/the/DET/det/1/DT Vatican/Vatican/PROPN/nsubj/2/NNP criticized/criticize/VERB/ROOT/2/VBD "
                     "the/the/DET/det/5/DT U.S./U.S./PROPN/compound/5/NNP embargo/embargo/NOUN/dobj/2/NN "
                     "against/against/ADP/prep/5/IN Cuba/Cuba/PROPN/pobj/6/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("VAT", "USA", "111")}
