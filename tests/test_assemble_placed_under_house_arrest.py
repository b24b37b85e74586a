"""Who is placed under arrest, from hand-built parses: "Soldiers placed Gabon's president under house
arrest" is an arrest of the president (the object); the "under" phrase says what is done to him, and an
agent noun inside it ("house", a household) is not the target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GAB: Gabon
"""
AGENTS = "MIL: soldiers\nGOV: president\nCVL: house\n"
VERBS = "place prep=under:arrest|house|detention => 173\n"

PLACED = ("Soldiers/soldier/NOUN/nsubj/1/NNS placed/place/VERB/ROOT/1/VBD Gabon/Gabon/PROPN/poss/4/NNP "
          "'s/'s/PART/case/2/POS president/president/NOUN/dobj/1/NN under/under/ADP/prep/1/IN ")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_placed_under_house_arrest_is_of_the_object(nlp, coder):
    doc = parse(nlp, PLACED + "house/house/NOUN/compound/7/NN arrest/arrest/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    assert ("GABMIL", "GABGOV", "173") in code(coder, doc)
    assert not any(t == "---CVL" for _, t, _ in code(coder, doc))


def test_assemble_placed_under_arrest_is_of_the_object(nlp, coder):
    # guard
    doc = parse(nlp, PLACED + "arrest/arrest/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GABMIL", "GABGOV", "173")}
