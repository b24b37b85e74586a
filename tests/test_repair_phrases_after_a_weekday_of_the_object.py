"""A repair, from hand-built parses: the "for" phrase of a proposal, and the participle of a proposal or
resolution, that the parser hangs on the verb after the time phrase following the verb's object are the
object's ("rejected calls on Monday for talks", "vetoed a resolution on Friday condemning Iraq")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
IGOUNO: UN
"""
AGENTS = "GOV: government\n"
VERBS = """
reject obj=call => 120
reject obj=talk => 125
veto obj=resolution => 129
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_for_phrase_after_a_weekday_says_what_the_rejected_call_was_for(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3 calls/call/NOUN/dobj/1 "
                     "on/on/ADP/prep/3 Monday/Monday/PROPN/pobj/4 for/for/ADP/prep/1 talks/talk/NOUN/pobj/6 ././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[6].head.i == 3
    assert code(coder, doc) == {("IRQ", "IRN", "125")}


def test_participle_after_a_weekday_is_the_vetoed_resolution_s_not_the_vetoer_s(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 vetoed/veto/VERB/ROOT/1/VBD a/a/DET/det/4 UN/UN/PROPN/compound/4 "
                     "resolution/resolution/NOUN/dobj/1 on/on/ADP/prep/1 Friday/Friday/PROPN/pobj/5 "
                     "condemning/condemn/VERB/advcl/1/VBG Iraq/Iraq/PROPN/dobj/7 ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("IRN", "IGOUNO", "129")}


def test_phrase_after_a_weekday_stays_the_verb_s_after_another_object(nlp, coder):
    # "Iraq condemned Iran on Monday for the attack": the "for" phrase is what Iran was condemned for.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 "
                     "on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/3 for/for/ADP/prep/1 talks/talk/NOUN/pobj/5 ././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[5].head.i == 1
