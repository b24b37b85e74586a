"""From a hand-built parse: conjoined parties of one country holding talks in a place named for another country
consult each other, also where the parser hangs the place on the talks; the host is no partner."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RWA: Rwanda | Rwandan
TZA: Tanzania | Tanzanian | Arusha
"""
AGENTS = "GOV: official | officials\nREB: rebel | rebels\n"
VERBS = """
&N_NEGOT = talk | negotiation
hold obj=&N_NEGOT => 046
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_one_countrys_parties_talking_in_another_countrys_town_talk_to_each_other(nlp, coder):
    doc = parse(nlp, "Rwandan/Rwandan/ADJ/amod/1 officials/official/NOUN/nsubj/5 and/and/CCONJ/cc/1 Rwandan/Rwandan/ADJ/amod/4 "
                     "rebels/rebel/NOUN/conj/1 held/hold/VERB/ROOT/5/VBD talks/talk/NOUN/dobj/5 in/in/ADP/prep/6 "
                     "the/the/DET/det/10 Tanzanian/Tanzanian/ADJ/amod/10 town/town/NOUN/pobj/7 of/of/ADP/prep/10 "
                     "Arusha/Arusha/PROPN/pobj/11 ././PUNCT/punct/5")
    assert code(coder, doc) == {("RWAGOV", "RWAREB", "046"), ("RWAREB", "RWAGOV", "046")}
