"""From hand-built parses: humanitarian aid sent to a capital the dictionaries code as its government is for
the people there ("airlifted food to Mogadishu"), as aid given in it is; economic aid "to Kabul" stays the
government's."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IRQ: Iraq | Iraqi
IRQGOV: Baghdad
"""
AGENTS = "GOV: government\nCVL: people\n"
VERBS = """
send obj=food prep=to => 073
give obj=loan prep=to => 071
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_relief_sent_to_a_capital_is_for_its_people(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD food/food/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Baghdad/Baghdad/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQCVL", "073")}


def test_loans_given_to_a_capital_stay_its_government_s(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 gave/give/VERB/ROOT/1/VBD loans/loan/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Baghdad/Baghdad/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQGOV", "071")}
