"""A part of a force counted by a bare number, from hand-built parses: "sent 200 of its peacekeepers" is read
through the number to what it counts, as "a contingent of 2,000 troops" is, so the peacekeepers say the
deployment (074)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "NGA: Nigeria\nLBR: Liberia\n"
AGENTS = "MIL: troops\n"
VERBS = """
deploy obj=peacekeeper prep=to => 074
deploy prep=to => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_number_of_peacekeepers_deployed_is_a_peacekeeping_deployment(nlp, coder):
    # "Nigeria deployed 200 of its peacekeepers to Liberia."
    doc = parse(nlp, "Nigeria/Nigeria/PROPN/nsubj/1/NNP deployed/deploy/VERB/ROOT/1/VBD 200/200/NUM/dobj/1/CD "
                     "of/of/ADP/prep/2/IN its/its/PRON/poss/5/PRP$ peacekeepers/peacekeeper/NOUN/pobj/3/NNS "
                     "to/to/ADP/prep/1/IN Liberia/Liberia/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("NGA", "LBR", "074")}


def test_assemble_number_without_of_phrase_is_no_part(nlp, coder):
    # "Nigeria deployed 200 to Liberia.": a number with nothing it counts names no peacekeepers.
    doc = parse(nlp, "Nigeria/Nigeria/PROPN/nsubj/1/NNP deployed/deploy/VERB/ROOT/1/VBD 200/200/NUM/dobj/1/CD "
                     "to/to/ADP/prep/1/IN Liberia/Liberia/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("NGA", "LBR", "154")}
