"""From a hand-built parse: conjoined parties of different countries consulting at a venue named for a third actor
consult each other; the venue's owner is no partner."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
SYR: Syria | Syrian
USAGOV: White House
"""
AGENTS = "GOV: official | negotiator\n"
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
