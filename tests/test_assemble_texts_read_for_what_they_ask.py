"""From hand-built parses: a resolution, draft or motion is read for what its participle of asking asks for
("rejected a UN resolution calling for a ceasefire" is a refused de-escalation, 1246), as a call or proposal is;
one whose participle asks nothing ("condemning Iran") stays a plain rejection (120)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IGOUNO: UN | United Nations
"""
VERBS = """
&CEASEFIRE = ceasefire | truce
reject obj=&CEASEFIRE => 1246
reject => 120
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "GOV: government\n", VERBS)


@pytest.mark.parametrize("participle", [
    "calling/call/VERB/acl/4/VBG for/for/ADP/prep/5 a/a/DET/det/8 ceasefire/ceasefire/NOUN/pobj/6",
    "demanding/demand/VERB/acl/4/VBG an/an/DET/det/8 immediate/immediate/ADJ/amod/8 truce/truce/NOUN/dobj/5",
])
def test_assemble_a_text_is_read_for_what_it_asks(nlp, coder, participle):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/4 UN/UN/PROPN/compound/4 "
                     f"resolution/resolution/NOUN/dobj/1 {participle}")
    assert code(coder, doc) == {("IRN", "IGOUNO", "1246")}


def test_assemble_a_text_that_asks_nothing_stays_a_plain_rejection(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/4 UN/UN/PROPN/compound/4 "
                     "resolution/resolution/NOUN/dobj/1 mentioning/mention/VERB/acl/4/VBG a/a/DET/det/7 ceasefire/ceasefire/NOUN/dobj/5")
    assert code(coder, doc) == {("IRN", "IGOUNO", "120")}
