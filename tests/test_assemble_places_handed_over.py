"""From hand-built parses: a named place handed over or back goes to whom the "to" phrase names ("Portugal
handed Macau back to China" is 084 at China, not at Macau); a named person handed over to a state is still
extradited (063), and so is anyone, named or not, handed over "to face" a trial or charges."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PRT: Portugal
CHN: China
MAC: Macau
AFG: Afghanistan
USA: United States
IMGMOSALQ: bin Laden
"""
AGENTS = "GOV: government\n"
VERBS = """
hand over => 084
hand back => 084
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_place_handed_back_goes_to_the_receiver(nlp, coder):
    doc = parse(nlp, "Portugal/Portugal/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD Macau/Macau/PROPN/dobj/1/NNP "
                     "back/back/ADV/advmod/1/RB to/to/ADP/prep/3/IN China/China/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PRT", "CHN", "084")}


def test_assemble_a_place_handed_over_goes_to_the_receiver(nlp, coder):
    doc = parse(nlp, "Portugal/Portugal/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP "
                     "Macau/Macau/PROPN/dobj/1/NNP to/to/ADP/prep/1/IN China/China/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PRT", "CHN", "084")}


def test_assemble_a_named_person_handed_over_is_still_extradited(nlp, coder):
    doc = parse(nlp, "Afghanistan/Afghanistan/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP "
                     "bin/bin/PROPN/compound/4/NNP Laden/Laden/PROPN/dobj/1/NNP to/to/ADP/prep/1/IN the/the/DET/det/8/DT "
                     "United/United/PROPN/compound/8/NNP States/States/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("AFG", "USA", "063")}


def test_assemble_a_person_named_after_his_title_handed_over_is_extradited(nlp, coder):
    # "handed over militant leader bin Laden to the United States": the name in apposition is who is handed over.
    doc = parse(nlp, "Afghanistan/Afghanistan/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP "
                     "militant/militant/ADJ/amod/4/JJ leader/leader/NOUN/dobj/1/NN bin/bin/PROPN/compound/6/NNP "
                     "Laden/Laden/PROPN/appos/4/NNP to/to/ADP/prep/1/IN the/the/DET/det/10/DT United/United/PROPN/compound/10/NNP "
                     "States/States/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("AFG", "USA", "063")}


@pytest.mark.parametrize("charges,expected", [
    ("charges/charge", {("PRT", "CHN", "063")}),
    # guard: handed over to face nothing that is a trial stays a handover of the suspect, to no one named
    ("hardship/hardship", {("PRT", "CHN", "084")}),
])
def test_assemble_a_suspect_handed_over_to_face_charges_is_extradited(nlp, coder, charges, expected):
    # "Portugal handed over the suspect to China to face charges."
    doc = parse(nlp, "Portugal/Portugal/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP "
                     "the/the/DET/det/4/DT suspect/suspect/NOUN/dobj/1/NN to/to/ADP/prep/1/IN China/China/PROPN/pobj/5/NNP "
                     f"to/to/PART/aux/8/TO face/face/VERB/advcl/1/VB {charges}/NOUN/dobj/8/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == expected
