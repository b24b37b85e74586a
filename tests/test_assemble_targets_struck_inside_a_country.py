"""A place the attack struck "inside" a country is in it, as one "in" it is: "Turkish artillery pounded
targets inside Syria" and "jets struck targets inside Syria" are aimed at Syria, with the phrase hung on
the object or on the verb."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
TUR: Turkish
SYR: Syria
"""
AGENTS = "MIL: artillery\n"
VERBS = """
&HEAVY = artillery
pound before=&HEAVY => 194
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("prep", ["inside", "in"])
@pytest.mark.parametrize("head", [3, 2])
def test_assemble_targets_struck_inside_a_country_are_its(nlp, coder, prep, head):
    doc = parse(nlp, "Turkish/turkish/ADJ/amod/1/JJ artillery/artillery/NOUN/nsubj/2/NN pounded/pound/VERB/ROOT/2/VBD "
                     f"targets/target/NOUN/dobj/2/NNS {prep}/{prep}/ADP/prep/{head}/IN Syria/Syria/PROPN/pobj/4/NNP")
    assert code(coder, doc) == {("TURMIL", "SYR", "194")}

