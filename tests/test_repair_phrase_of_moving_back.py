"""From hand-built parses: a phrase the parser hangs on "back" after a verb with an object says where the
object goes, as if hung on the verb ("allowed the inspectors back into Iraq"); a verb with no object that
goes "back to" a place goes home, and makes no visit ("flew back to Moscow")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
IGOUNO: UN
"""
AGENTS = "GOV: government\n"
VERBS = """
allow obj=inspector prep=into => 0862
allow => ---
fly prep=to => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_phrase_on_back_says_where_the_object_was_let_in(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 allowed/allow/VERB/ROOT/1/VBD UN/UN/PROPN/compound/3 inspectors/inspector/NOUN/dobj/1 "
                     "back/back/ADV/advmod/1 into/into/ADP/prep/4 Iraq/Iraq/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IGOUNO", "0862")}


def test_going_back_to_a_place_with_no_object_is_no_visit(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 flew/fly/VERB/ROOT/1/VBD back/back/ADV/advmod/1 to/to/ADP/prep/2 "
                     "Iraq/Iraq/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == set()
