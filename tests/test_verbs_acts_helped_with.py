"""From hand-built parses: helping with an act that no one is named to do names the act, as keeping it up does
("offered to help mediate between Iraq and Syria" is an offer to mediate); helping a named party stays help
("offered to help Iraq")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
VERBS = """
offer comp=mediate => 039
offer comp=help => 033
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_offer_to_help_mediate_is_an_offer_to_mediate(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 offered/offer/VERB/ROOT/1/VBD to/to/PART/aux/3 help/help/VERB/xcomp/1/VB "
                     "mediate/mediate/VERB/xcomp/3/VB between/between/ADP/prep/4 Iraq/Iraq/PROPN/pobj/5 and/and/CCONJ/cc/6 "
                     "Syria/Syria/PROPN/conj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQ", "039"), ("IRN", "SYR", "039")}


def test_offer_to_help_a_named_party_stays_help(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 offered/offer/VERB/ROOT/1/VBD to/to/PART/aux/3 help/help/VERB/xcomp/1/VB "
                     "Iraq/Iraq/PROPN/dobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQ", "033")}
