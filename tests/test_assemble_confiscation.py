"""From hand-built parses: a state that confiscates property of no named owner takes it from its own people."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ZWE: Zimbabwe | Zimbabwean
ZWEGOV: Harare
"""
AGENTS = "GOV: government | official\nREB: rebels\n"
VERBS = """
&SEIZURE_ORDER = seizure | confiscation
order obj=&SEIZURE_ORDER prep=of => 1711
seize => 171
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_state_confiscating_unowned_property_takes_it_from_its_own_people(nlp, coder):
    doc = parse(nlp, "Zimbabwe/Zimbabwe/PROPN/poss/2 's/'s/PART/case/0 government/government/NOUN/nsubj/3 "
                     "ordered/order/VERB/ROOT/3/VBD the/the/DET/det/5 seizure/seizure/NOUN/dobj/3 of/of/ADP/prep/5 "
                     "farms/farm/NOUN/pobj/6 ././PUNCT/punct/3")
    assert code(coder, doc) == {("ZWEGOV", "ZWECVL", "1711")}


def test_assemble_rebels_confiscating_stay_without_a_target(nlp, coder):
    doc = parse(nlp, "Rebels/rebel/NOUN/nsubj/1 ordered/order/VERB/ROOT/1/VBD the/the/DET/det/3 seizure/seizure/NOUN/dobj/1 "
                     "of/of/ADP/prep/3 farms/farm/NOUN/pobj/4 ././PUNCT/punct/1")
    assert all(t[1] != "ZWECVL" for t in code(coder, doc))
