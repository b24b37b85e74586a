"""A night of an act is read through to the act, as a day or a year of it is: "launched a second night of
air strikes against Iraq" is an air attack on Iraq (195)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States | U.S. | American
IRQ: Iraq | Iraqi
"""
AGENTS = "MIL: troops | forces | warplanes\n"
VERBS = """
&AIRSTRIKE = air strike | airstrike
launch obj=&AIRSTRIKE prep=against => 195
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_night_of_air_strikes_is_air_strikes(nlp, coder):
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1/NNP warplanes/warplane/NOUN/nsubj/2/NNS launched/launch/VERB/ROOT/2/VBD "
                     "a/a/DET/det/5/DT second/second/ADJ/amod/5/JJ night/night/NOUN/dobj/2/NN of/of/ADP/prep/5/IN "
                     "air/air/NOUN/compound/8/NN strikes/strike/NOUN/pobj/6/NNS against/against/ADP/prep/8/IN Iraq/Iraq/PROPN/pobj/9/NNP")
    assert code(coder, doc) == {("USAMIL", "IRQ", "195")}
