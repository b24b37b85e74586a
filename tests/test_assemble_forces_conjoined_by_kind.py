"""From hand-built parses: forces a show of force asks for by kind are what was moved, never its target,
also when conjoined to the object and counted ("massed tanks and thousands of troops along the border with
Ukraine" faces Ukraine, not the troops)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia | Russian
UKR: Ukraine | Ukrainian
"""
AGENTS = "MIL: troops | tanks\n"
VERBS = """
&FORCES = troop | troops | tank | tanks
mass obj=&FORCES prep=along => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_counted_forces_conjoined_to_the_object_are_what_was_moved(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP massed/mass/VERB/ROOT/1/VBD tanks/tank/NOUN/dobj/1/NNS and/and/CCONJ/cc/2/CC "
                     "thousands/thousand/NOUN/conj/2/NNS of/of/ADP/prep/4/IN troops/troop/NOUN/pobj/5/NNS along/along/ADP/prep/2/IN "
                     "the/the/DET/det/9/DT border/border/NOUN/pobj/7/NN with/with/ADP/prep/2/IN Ukraine/Ukraine/PROPN/pobj/10/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "UKR", "154")}

