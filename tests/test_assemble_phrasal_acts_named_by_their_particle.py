"""Assembly, from hand-built parses: a phrasal verb in a comp= set ("step down" in a set of acts of
leaving office) names the complement whose verb it is with its particle: "called for Saddam Hussein to
step down" is a call for a change in leadership (0241), as "to resign" is."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "EGY: Egypt\nIRQGOV: Saddam Hussein\n"
AGENTS = "GOV: government\n"
VERBS = """
&C_LEADER = resign | step down | stand down
call comp=&C_LEADER => 0241
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_phrasal_verb_named_by_its_particle(nlp, coder):
    # "Egypt called for Saddam Hussein to step down."
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD for/for/SCONJ/mark/6/IN "
                     "Saddam/Saddam/PROPN/compound/4/NNP Hussein/Hussein/PROPN/nsubj/6/NNP to/to/PART/aux/6/TO "
                     "step/step/VERB/advcl/1/VB down/down/ADP/prt/6/RP ././PUNCT/punct/1/.")
    repair_parse(doc)  # as the pipeline does: the "for" clause is what was called for
    assert code(coder, doc) == {("EGY", "IRQGOV", "0241")}


def test_verb_without_the_particle_is_not_the_phrase(nlp, coder):
    # guard: "Egypt called for Saddam Hussein to step forward." names no act of leaving office
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD for/for/SCONJ/mark/6/IN "
                     "Saddam/Saddam/PROPN/compound/4/NNP Hussein/Hussein/PROPN/nsubj/6/NNP to/to/PART/aux/6/TO "
                     "step/step/VERB/advcl/1/VB forward/forward/ADV/advmod/6/RB ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(coder, doc) == set()


def test_particle_alone_names_no_act(nlp):
    # guard: "Egypt called for Israel to hand back the weapons." is no call for support, though "back" is one
    matcher_coder = make_coder(nlp, "EGY: Egypt\nISR: Israel\n", AGENTS, "call comp=support|back => 022\n")
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD for/for/SCONJ/mark/5/IN "
                     "Israel/Israel/PROPN/nsubj/5/NNP to/to/PART/aux/5/TO hand/hand/VERB/advcl/1/VB "
                     "back/back/ADP/prt/5/RP the/the/DET/det/8/DT weapons/weapon/NOUN/dobj/5/NNS ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(matcher_coder, doc) == set()
