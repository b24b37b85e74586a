"""From hand-built parses: conjoined parties consulting at a venue named for a third actor consult each other, the
venue's owner no partner; so do parties of one country holding talks in a place named for another country, also
where the parser hangs the place on the talks."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
SYR: Syria | Syrian
USAGOV: White House
RWA: Rwanda | Rwandan
TZA: Tanzania | Tanzanian | Arusha
"""
AGENTS = "GOV: official | officials | negotiator\nREB: rebel | rebels\n"
VERBS = """
&N_NEGOT = talk | negotiation
hold obj=&N_NEGOT => 046
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_conjoined_parties_talking_at_a_third_actors_venue_talk_to_each_other(nlp, coder):
    doc = parse(nlp, "Israeli/Israeli/ADJ/amod/3 and/and/CCONJ/cc/0 Syrian/Syrian/ADJ/conj/0 negotiators/negotiator/NOUN/nsubj/4 "
                     "held/hold/VERB/ROOT/4/VBD talks/talk/NOUN/dobj/4 at/at/ADP/prep/5 the/the/DET/det/9 "
                     "White/White/PROPN/compound/9 House/House/PROPN/pobj/6 ././PUNCT/punct/4")
    assert code(coder, doc) == {("ISR", "SYR", "046"), ("SYR", "ISR", "046")}


def test_assemble_one_countrys_parties_talking_in_another_countrys_town_talk_to_each_other(nlp, coder):
    doc = parse(nlp, "Rwandan/Rwandan/ADJ/amod/1 officials/official/NOUN/nsubj/5 and/and/CCONJ/cc/1 Rwandan/Rwandan/ADJ/amod/4 "
                     "rebels/rebel/NOUN/conj/1 held/hold/VERB/ROOT/5/VBD talks/talk/NOUN/dobj/5 in/in/ADP/prep/6 "
                     "the/the/DET/det/10 Tanzanian/Tanzanian/ADJ/amod/10 town/town/NOUN/pobj/7 of/of/ADP/prep/10 "
                     "Arusha/Arusha/PROPN/pobj/11 ././PUNCT/punct/5")
    assert code(coder, doc) == {("RWAGOV", "RWAREB", "046"), ("RWAREB", "RWAGOV", "046")}
