"""Repairs, from hand-built parses: in "Israel rejected U.N. calls for a ceasefire" the small model reads
"calls" as a present-tense verb with "U.N." as its subject, a clause of "rejected"; after a verb that takes
no clause without "that", repair_parse makes "calls" the verb's object and the name its modifier, also when
the parser made the name the verb's object ("Syria rejected Arab League calls for ..."). A clause
after a verb of saying ("said Egypt calls for a truce") is left alone. And the "for him to step down" clause
repair_parse hangs on a call noun (a ccomp) is what the call asks, for the patterns that read it."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
IGOUNO: U.N. | United Nations
EGY: Egypt | Egyptian
VEN: Venezuela | Venezuelan
USA: American | United States
"""
AGENTS = "GOV: government\n"
VERBS = """
&N_CALLS = call | calls | demand | demands
reject obj=&N_CALLS prep=for:ceasefire => 1246
reject obj=&N_CALLS => 120
step down => 0831
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_calls_after_a_name_is_the_object_of_a_rejection(nlp, coder):
    # "Israel rejected U.N. calls for a ceasefire."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD U.N./U.N./PROPN/nsubj/3/NNP "
                     "calls/call/VERB/ccomp/1/VBZ for/for/ADP/prep/3/IN a/a/DET/det/6/DT ceasefire/ceasefire/NOUN/pobj/4/NN "
                     "././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[3].pos_, doc[2].dep_) == ("dobj", 1, "NOUN", "compound")
    assert code(coder, doc) == {("ISR", "IGOUNO", "1246")}


def test_repair_calls_after_a_name_read_as_the_verbs_object(nlp, coder):
    # "Israel rejected United Nations calls for a ceasefire.", with "United Nations" the verb's object
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD United/United/PROPN/compound/3/NNP "
                     "Nations/Nations/PROPN/dobj/1/NNP calls/call/VERB/ccomp/1/VBZ for/for/ADP/prep/4/IN a/a/DET/det/7/DT "
                     "ceasefire/ceasefire/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.i, doc[3].dep_, doc[3].head.i) == ("dobj", 1, "compound", 4)
    assert code(coder, doc) == {("ISR", "IGOUNO", "1246")}


def test_repair_calls_after_a_noun_modifier_is_the_object(nlp, coder):
    # "Israel rejected Egyptian calls on Monday.": an adjective before the noun
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD Egyptian/egyptian/ADJ/amod/3/JJ "
                     "calls/call/VERB/ccomp/1/VBZ on/on/ADP/prep/1/IN Monday/Monday/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("dobj", 1)
    assert code(coder, doc) == {("ISR", "EGY", "120")}


def test_repair_leaves_a_clause_after_a_verb_of_saying(nlp):
    # "Israel said Egypt calls for a truce.": a clause of its own
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Egypt/Egypt/PROPN/nsubj/3/NNP "
                     "calls/call/VERB/ccomp/1/VBZ for/for/ADP/prep/3/IN a/a/DET/det/6/DT truce/truce/NOUN/pobj/4/NN "
                     "././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].pos_, doc[2].dep_) == ("ccomp", "VERB", "nsubj")


def test_repair_leaves_a_verb_with_its_own_object(nlp):
    # "Israel told Egypt it calls ...": not a noun after a name
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP told/tell/VERB/ROOT/1/VBD Egypt/Egypt/PROPN/dobj/1/NNP "
                     "it/it/PRON/nsubj/4/PRP calls/call/VERB/ccomp/1/VBZ for/for/ADP/prep/4/IN calm/calm/NOUN/pobj/5/NN "
                     "././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[4].dep_ == "ccomp"


def test_calls_for_him_to_step_down_frame_the_rejection(nlp, coder):
    # "Maduro rejected American calls for him to step down.": the clause hangs on the noun as a ccomp
    doc = parse(nlp, "Venezuela/Venezuela/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD American/american/ADJ/amod/3/JJ "
                     "calls/call/NOUN/dobj/1/NNS for/for/SCONJ/mark/7/IN him/he/PRON/nsubj/7/PRP to/to/PART/aux/7/TO "
                     "step/step/VERB/ccomp/3/VB down/down/ADP/prt/7/RP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(coder, doc) == {("VEN", "USA", "1231")}
