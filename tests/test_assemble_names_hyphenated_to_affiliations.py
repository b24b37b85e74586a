"""A name hyphenated to a participle of affiliation, from hand-built parses: "the UN-backed government in Tripoli"
is Libya's government, not the UN, whether the parser hangs "UN" on "backed" or, as it often does, on the noun
itself as a compound beside the participle."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
LBYREB: Haftar
IGOUNO: UN
LBY: Tripoli
"""
AGENTS = "GOV: government\n"
VERBS = "attack => 190\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("un", ["UN/UN/PROPN/compound/6/NNP", "UN/UN/PROPN/npadvmod/5/NNP"])
def test_assemble_a_name_hyphenated_to_backed_is_not_the_actor(nlp, coder, un):
    # "Haftar attacked the UN-backed government in Tripoli."
    doc = parse(nlp, f"Haftar/Haftar/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD the/the/DET/det/6/DT {un} "
                     "-/-/PUNCT/punct/5/HYPH backed/back/VERB/amod/6/VBN government/government/NOUN/dobj/1/NN "
                     "in/in/ADP/prep/6/IN Tripoli/Tripoli/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("LBYREB", "LBYGOV", "190")}
