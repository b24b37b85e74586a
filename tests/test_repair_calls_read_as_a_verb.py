"""From hand-built parses: the "for him to step down" clause repair_parse hangs on a call noun (a ccomp)
is what the call asks, for the patterns that read it ("rejected American calls for him to step down")."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
IGOUNO: U.N. | United Nations
EGY: Egypt | Egyptian
VEN: Venezuela | Venezuelan
USA: American | United States
"""
AGENTS = "GOV: government\n"
VERBS = """
&N_CALLS = call | calls | demand | demands
reject obj=&N_CALLS prep=for:ceasefire => 1246
reject obj=&N_CALLS => 120
step down => 0831
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_calls_for_him_to_step_down_frame_the_rejection(nlp, coder):
    # "Maduro rejected American calls for him to step down.": the clause hangs on the noun as a ccomp
    doc = parse(nlp, "Venezuela/Venezuela/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD American/american/ADJ/amod/3/JJ "
                     "calls/call/NOUN/dobj/1/NNS for/for/SCONJ/mark/7/IN him/he/PRON/nsubj/7/PRP to/to/PART/aux/7/TO "
                     "step/step/VERB/ccomp/3/VB down/down/ADP/prt/7/RP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(coder, doc) == {("VEN", "USA", "1231")}
