"""Rules from hand-built parses: a "by" phrase of means ("by telephone") stays the verb's, where repair_parse
would hang it on the noun before it ("with Bush by telephone"), so the telephone pattern (041) holds; halting
fighting by one noun's conjoined nationality adjectives is between them, as fighting is."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Putin
USA: Bush
IRQ: Iraq
ARM: Armenian
AZE: Azerbaijani
"""
AGENTS = "GOV: government\nMIL: forces | troops\n"
VERBS = """
discuss prep=with => 046
discuss prep=by:telephone => 041
reject => 120
halt obj=fighting => 087
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_by_telephone_after_a_with_partner_is_the_verbs_means(nlp, coder):
    doc = parse(nlp, "Putin/Putin/PROPN/nsubj/1 discussed/discuss/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1 "
                     "with/with/ADP/prep/1 Bush/Bush/PROPN/pobj/3 by/by/ADP/prep/1 telephone/telephone/NOUN/pobj/5 "
                     "././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[5].head.i == 1
    got = code(coder, doc)
    assert ("RUS", "USA", "041") in got
    assert {c for *_, c in got} == {"041"}


def test_repair_a_by_phrase_naming_an_actor_still_goes_to_the_object(nlp, coder):
    doc = parse(nlp, "Putin/Putin/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3 decree/decree/NOUN/dobj/1 "
                     "by/by/ADP/prep/1 Bush/Bush/PROPN/pobj/4 ././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[4].head.i == 3


def test_assemble_nationalities_halting_fighting_halt_it_with_each_other(nlp, coder):
    doc = parse(nlp, "Armenian/Armenian/ADJ/amod/3 and/and/CCONJ/cc/0 Azerbaijani/Azerbaijani/ADJ/conj/0 forces/force/NOUN/nsubj/4 "
                     "halted/halt/VERB/ROOT/4/VBD fighting/fighting/NOUN/dobj/4 ././PUNCT/punct/4")
    assert code(coder, doc) == {("ARMMIL", "AZEMIL", "087"), ("AZEMIL", "ARMMIL", "087")}
