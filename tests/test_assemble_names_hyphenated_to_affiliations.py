"""A name hyphenated to a participle of affiliation, from hand-built parses: "the UN-backed government in Tripoli"
is Libya's government, not the UN, whether the parser hangs "UN" on "backed" or, as it often does, on the noun
itself as a compound beside the participle. Who leads talks mediates them ("AU-led talks"), but a coalition led
by a state is that state's ("the Saudi-led coalition")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
LBYREB: Haftar
IGOUNO: UN
LBY: Tripoli
SAU: Saudi
YEMREB: Houthis
IGOAFU: AU
"""
AGENTS = "GOV: government\nMIL: coalition\nMIL: generals\nOPP: opposition\n"
VERBS = "attack => 190\nresume obj=talks => 046\n"


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


def test_assemble_a_name_hyphenated_to_led_talks_is_not_a_party(nlp, coder):
    # "The generals and the opposition resumed AU-led talks."
    doc = parse(nlp, "The/the/DET/det/1/DT generals/general/NOUN/nsubj/5/NNS and/and/CCONJ/cc/1/CC the/the/DET/det/4/DT "
                     "opposition/opposition/NOUN/conj/1/NN resumed/resume/VERB/ROOT/5/VBD AU/AU/PROPN/npadvmod/8/NNP "
                     "-/-/PUNCT/punct/8/HYPH led/lead/VERB/amod/9/VBN talks/talk/NOUN/dobj/5/NNS ././PUNCT/punct/5/.")
    assert {(s, t) for s, t, _ in code(coder, doc)} == {("---MIL", "---OPP"), ("---OPP", "---MIL")}


def test_assemble_a_name_hyphenated_to_a_led_coalition_is_the_actor(nlp, coder):
    # "The Saudi-led coalition attacked the Houthis."
    doc = parse(nlp, "The/the/DET/det/4/DT Saudi/Saudi/PROPN/npadvmod/3/NNP -/-/PUNCT/punct/3/HYPH led/lead/VERB/amod/4/VBN "
                     "coalition/coalition/NOUN/nsubj/5/NN attacked/attack/VERB/ROOT/5/VBD the/the/DET/det/7/DT "
                     "Houthis/Houthis/PROPN/dobj/5/NNPS ././PUNCT/punct/5/.")
    assert code(coder, doc) == {("SAUMIL", "YEMREB", "190")}
