"""From hand-built parses: conjoined travellers visit the place they reach, not each other (V1)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
NOR: Norway
SWE: Sweden
DEU: Berlin
"""
AGENTS = "GOV: government\n"
VERBS = """
arrive prep=in => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_two_states_arriving_somewhere_do_not_visit_each_other(nlp, coder):
    doc = parse(nlp, "Norway/Norway/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Sweden/Sweden/PROPN/conj/0/NNP "
                     "arrived/arrive/VERB/ROOT/3/VBD in/in/ADP/prep/3/IN Berlin/Berlin/PROPN/pobj/4/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("NOR", "DEU", "042"), ("SWE", "DEU", "042")}

