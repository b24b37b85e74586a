"""Names listed before "other" ones of a kind, from hand-built parses: "sued Colt and other U.S. gun makers"
is aimed at the U.S. companies when the dictionaries do not know Colt; a first conjunct that names no
actor and no "other" kind after it still names no target ("condemned the attack and Germany")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
MEX: Mexico
USA: U.S.
DEU: Germany
"""
AGENTS = "BUS: company | companies\n"
VERBS = """
sue => 115
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_unknown_name_before_other_companies_takes_their_code(nlp, coder):
    # "Mexico sued Colt and other U.S. companies."
    doc = parse(nlp, "Mexico/Mexico/PROPN/nsubj/1/NNP sued/sue/VERB/ROOT/1/VBD Colt/Colt/PROPN/dobj/1/NNP "
                     "and/and/CCONJ/cc/2/CC other/other/ADJ/amod/6/JJ U.S./U.S./PROPN/compound/6/NNP "
                     "companies/company/NOUN/conj/2/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MEX", "USABUS", "115")}


def test_assemble_unknown_first_conjunct_without_other_names_no_target(nlp, coder):
    # guard: "Mexico condemned the attack and Germany." stays uncoded
    doc = parse(nlp, "Mexico/Mexico/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "attack/attack/NOUN/dobj/1/NN and/and/CCONJ/cc/3/CC Germany/Germany/PROPN/conj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
