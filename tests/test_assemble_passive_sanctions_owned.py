"""From hand-built parses: a passive "was hit with U.S. sanctions" with no "by" phrase is done by whose
sanctions they are, as "U.N. sanctions against Libya were suspended" is the U.N.'s act."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: U.S. | United States
VEN: Venezuela | Venezuelan
"""
AGENTS = "BUS: company\nCVL: people\n"
VERBS = """
&EMBARGO = sanction | embargo | tariff
hit prep=with:&EMBARGO => 163
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_hit_with_a_states_sanctions_is_that_states_sanction(nlp, coder):
    # "Venezuela was hit with U.S. sanctions ."
    doc = parse(nlp, "Venezuela/Venezuela/PROPN/nsubjpass/2/NNP was/be/AUX/auxpass/2/VBD hit/hit/VERB/ROOT/2/VBN "
                     "with/with/ADP/prep/2/IN U.S./U.S./PROPN/compound/5/NNP sanctions/sanction/NOUN/pobj/3/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("USA", "VEN", "163")}


def test_assemble_hit_with_sanctions_of_no_one_named_has_no_source(nlp, coder):
    # "Venezuela was hit with new sanctions ."
    doc = parse(nlp, "Venezuela/Venezuela/PROPN/nsubjpass/2/NNP was/be/AUX/auxpass/2/VBD hit/hit/VERB/ROOT/2/VBN "
                     "with/with/ADP/prep/2/IN new/new/ADJ/amod/5/JJ sanctions/sanction/NOUN/pobj/3/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()
