"""From hand-built parses: dissidents and students of no named country whom police act on as they march
are of the place their march names, as civilians are (A1)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CUB: Havana
"""
AGENTS = "COP: police\nOPP: dissidents\n"
VERBS = """
&PROTESTERS = dissident
beat obj=&PROTESTERS => 175
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_dissidents_beaten_as_they_marched_through_a_city_are_its(nlp, coder):
    # "Police beat dissidents as they marched through Havana."
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS beat/beat/VERB/ROOT/1/VBD dissidents/dissident/NOUN/dobj/1/NNS "
                     "as/as/SCONJ/mark/5/IN they/they/PRON/nsubj/5/PRP marched/march/VERB/advcl/1/VBD "
                     "through/through/ADP/prep/5/IN Havana/Havana/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("CUBCOP", "CUBOPP", "175")}
