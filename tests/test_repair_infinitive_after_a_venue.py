"""An infinitive the parser hangs as an adverbial clause after a phrase of where or at what occasion ("vowed at a
rally to attack", "pledged in a speech, to ...") is what was vowed."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IRQ: Iraq | Iraqi
"""
AGENTS = "GOV: government\n"
VERBS = """
vow => 030
vow comp=attack => 1384
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_infinitive_after_a_venue_phrase_is_what_was_vowed(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 vowed/vow/VERB/ROOT/1/VBD at/at/ADP/prep/1 a/a/DET/det/4 "
                     "rally/rally/NOUN/pobj/2 to/to/PART/aux/6 attack/attack/VERB/advcl/1/VB "
                     "Iraq/Iraq/PROPN/dobj/6 ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("IRN", "IRQ", "1384")}


def test_infinitive_after_a_venue_phrase_and_a_comma_is_what_was_vowed(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 vowed/vow/VERB/ROOT/1/VBD in/in/ADP/prep/1 a/a/DET/det/4 "
                     "speech/speech/NOUN/pobj/2 ,/,/PUNCT/punct/1 to/to/PART/aux/7 attack/attack/VERB/advcl/1/VB "
                     "Iraq/Iraq/PROPN/dobj/7 ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("IRN", "IRQ", "1384")}
