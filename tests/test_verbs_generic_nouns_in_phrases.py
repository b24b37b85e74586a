"""From hand-built parses: a generic noun in a preposition's object (programme, package, plan) is read by the
noun before it, as an object is ("asked Iran for a loan programme" asks for a loan)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
VERBS = """
ask prep=for => 020
ask prep=for:loan => 0231
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_loan_programme_asked_for_is_a_loan(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 asked/ask/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 for/for/ADP/prep/1 a/a/DET/det/6 "
                     "loan/loan/NOUN/compound/6 programme/programme/NOUN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "0231")}


def test_other_programme_asked_for_stays_an_appeal(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 asked/ask/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 for/for/ADP/prep/1 a/a/DET/det/6 "
                     "training/training/NOUN/compound/6 programme/programme/NOUN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "020")}
