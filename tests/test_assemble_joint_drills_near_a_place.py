"""Joint drills held near a place, from hand-built parses: "Russian and Tajik troops began joint exercises near
Afghanistan" is military cooperation between the two (062), not a show of force at Afghanistan; one side's
"joint" drills near it (of its own services) stay a show of force (150). Drills that states hold together,
"joint" or not, are their cooperation: "Russia and Tajikistan began exercises" (062 each way), also near a place:
"Russian and Tajik troops began exercises near Afghanistan", and "began air and naval exercises" parsed with "air" as
the object."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "RUS: Russian | Russia\nTJK: Tajik | Tajikistan\nAFG: Afghanistan\n"
AGENTS = "MIL: troops\n"
VERBS = "&M_JOINT = joint exercise\nbegin obj=&M_JOINT => 062\nbegin obj=exercise prep=near => 150\nbegin obj=exercise => 150\n"
NEAR = ("began/begin/VERB/ROOT/{v}/VBD joint/joint/ADJ/amod/{o}/JJ exercises/exercise/NOUN/dobj/{v}/NNS near/near/ADP/prep/{v}/IN "
        "Afghanistan/Afghanistan/PROPN/pobj/{p}/NNP ././PUNCT/punct/{v}/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_joint_drills_of_two_partners_near_a_place_are_their_cooperation(nlp, coder):
    doc = parse(nlp, "Russian/Russian/ADJ/amod/3/JJ and/and/CCONJ/cc/0/CC Tajik/Tajik/ADJ/conj/0/JJ troops/troop/NOUN/nsubj/4/NNS "
                     + NEAR.format(v=4, o=6, p=7))
    assert code(coder, doc) == {("RUSMIL", "TJKMIL", "062"), ("TJKMIL", "RUSMIL", "062")}


def test_assemble_one_sides_joint_drills_near_a_place_are_a_show_of_force(nlp, coder):
    doc = parse(nlp, "Russian/Russian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS " + NEAR.format(v=2, o=4, p=5))
    assert code(coder, doc) == {("RUSMIL", "AFG", "150")}


def test_assemble_drills_two_states_begin_together_are_their_cooperation(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Tajikistan/Tajikistan/PROPN/conj/0/NNP began/begin/VERB/ROOT/3/VBD "
                     "exercises/exercise/NOUN/dobj/3/NNS ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("RUS", "TJK", "062"), ("TJK", "RUS", "062")}


def test_assemble_drills_of_two_states_forces_near_a_place_are_their_cooperation(nlp, coder):
    doc = parse(nlp, "Russian/Russian/ADJ/amod/3/JJ and/and/CCONJ/cc/0/CC Tajik/Tajik/ADJ/conj/0/JJ troops/troop/NOUN/nsubj/4/NNS "
                     "began/begin/VERB/ROOT/4/VBD exercises/exercise/NOUN/dobj/4/NNS near/near/ADP/prep/4/IN "
                     "Afghanistan/Afghanistan/PROPN/pobj/6/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("RUSMIL", "TJKMIL", "062"), ("TJKMIL", "RUSMIL", "062")}


def test_assemble_drills_named_after_a_conjoined_service_are_still_drills(nlp, coder):
    # "began air and naval exercises", parsed with "air" as the object and "exercises" its conjunct
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Tajikistan/Tajikistan/PROPN/conj/0/NNP began/begin/VERB/ROOT/3/VBD "
                     "air/air/NOUN/dobj/3/NN and/and/CCONJ/cc/4/CC naval/naval/ADJ/amod/7/JJ exercises/exercise/NOUN/conj/4/NNS "
                     "././PUNCT/punct/3/.")
    assert code(coder, doc) == {("RUS", "TJK", "062"), ("TJK", "RUS", "062")}
