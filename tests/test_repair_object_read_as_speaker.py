"""Repair, from hand-built parses: in "Kim has offered to meet President Trump, adviser Chung said", the small
model makes the name that ends what was said ("Trump") the subject of the trailing "said" and the speaker
after the comma its conjunct, so the meeting offered has no one to meet; repair_parse makes the name the
object of the clause's last verb and the speaker the subject of "said". Two speakers joined by "and" are
left as they are."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PRKGOV: Kim
USAGOV: Trump
KORGOV: Chung
"""
AGENTS = "GOV: adviser | president\n"
VERBS = """
offer comp=meet => 036
"""

# "Kim has offered to meet President Trump, adviser Chung said." as the small model parses it.
MISPARSED = ("Kim/Kim/PROPN/nsubj/2/NNP has/have/AUX/aux/2/VBZ offered/offer/VERB/ccomp/10/VBN to/to/PART/aux/4/TO "
             "meet/meet/VERB/xcomp/2/VB President/President/PROPN/compound/6/NNP Trump/Trump/PROPN/nsubj/10/NNP "
             ",/,/PUNCT/punct/6/, adviser/adviser/NOUN/compound/9/NN Chung/Chung/PROPN/conj/6/NNP said/say/VERB/ROOT/10/VBD "
             "././PUNCT/punct/10/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_name_after_the_reported_clause_is_its_object(nlp, coder):
    doc = parse(nlp, MISPARSED)
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 4)
    assert (doc[9].dep_, doc[9].head.i) == ("nsubj", 10)
    assert code(coder, doc) == {("PRKGOV", "USAGOV", "036")}


def test_repair_two_speakers_joined_by_and_are_left_alone(nlp, coder):
    # "Kim has offered to meet, Trump and Chung said": the names are both speakers.
    doc = parse(nlp, "Kim/Kim/PROPN/nsubj/2/NNP has/have/AUX/aux/2/VBZ offered/offer/VERB/ccomp/9/VBN to/to/PART/aux/4/TO "
                     "meet/meet/VERB/xcomp/2/VB ,/,/PUNCT/punct/9/, Trump/Trump/PROPN/nsubj/9/NNP and/and/CCONJ/cc/6/CC "
                     "Chung/Chung/PROPN/conj/6/NNP said/say/VERB/ROOT/9/VBD ././PUNCT/punct/9/.")
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("nsubj", 9)
