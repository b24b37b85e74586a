"""Repairs, from hand-built parses: in "captured the town from retreating Iraqi troops", where the small model
makes the participle after a preposition a gerund (pcomp) taking the noun after it, repair_parse makes the noun
the preposition's object and the participle its adjective, for past participles and for the -ing forms of verbs
that take no object. A gerund of a verb that takes one ("barred the mayor from visiting Jerusalem") is left."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraqi
ISR: Israel
SYR: Syrian
"""
AGENTS = "MIL: troops | army\nREB: fighters | rebels\n"
VERBS = """
capture obj=town prep=from => 192
bar => 172
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_retreating_read_as_a_gerund_gives_the_troops_to_from(nlp, coder):
    # "Syrian rebels captured the town from retreating Iraqi troops on Monday."
    doc = parse(nlp, "Syrian/syrian/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS captured/capture/VERB/ROOT/2/VBD "
                     "the/the/DET/det/4/DT town/town/NOUN/dobj/2/NN from/from/ADP/prep/2/IN "
                     "retreating/retreat/VERB/pcomp/5/VBG Iraqi/iraqi/ADJ/amod/8/JJ troops/troop/NOUN/dobj/6/NNS "
                     "on/on/ADP/prep/6/IN Monday/Monday/PROPN/pobj/9/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[8].head.i, doc[8].dep_, doc[6].head.i, doc[6].dep_, doc[9].head.i) == (5, "pobj", 8, "amod", 2)
    assert code(coder, doc) == {("SYRREB", "IRQMIL", "192")}


def test_repair_leaves_a_gerund_that_takes_an_object(nlp):
    # guard: "Israel barred the mayor from visiting Jerusalem." is a visit barred, not a visiting Jerusalem
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP barred/bar/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "mayor/mayor/NOUN/dobj/1/NN from/from/ADP/prep/1/IN visiting/visit/VERB/pcomp/4/VBG "
                     "Jerusalem/Jerusalem/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[6].head.i, doc[6].dep_, doc[5].dep_) == (5, "dobj", "pcomp")
