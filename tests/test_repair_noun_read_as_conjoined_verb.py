"""Repairs, from hand-built parses: in "Police fired tear gas and shotgun pellets at protesters" and "imposed
an embargo and asset freezes on Iraq" the small model reads the last conjoined noun as a present-tense verb
conjoined to the past-tense one, taking the noun after it and the verb's phrases. repair_parse makes it a
noun conjoined to the verb's object and gives its phrases back to the verb. A present-tense verb that has
a clause of its own ("arrested ten people and say they ..."), or a verb of saying, is left alone."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

import pytest

ACTORS = "IRQ: Iraq | Iraqi\nSYR: Syria\n"
AGENTS = "COP: police\nCVL: protesters\n"
VERBS = """
&RIOTGEAR = gas | tear gas | pellet
&EMBARGO = embargo | freeze | asset freeze
fire obj=&RIOTGEAR prep=at => 175
impose obj=&EMBARGO prep=on => 163
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_noun_compound_read_as_a_present_tense_verb(nlp, coder):
    # "Iraqi police fired gas and shotgun pellets at protesters."
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS fired/fire/VERB/ROOT/2/VBD gas/gas/NOUN/dobj/2/NN "
                     "and/and/CCONJ/cc/2/CC shotgun/shotgun/VERB/conj/2/VB pellets/pellet/NOUN/dobj/5/NNS at/at/ADP/prep/5/IN "
                     "protesters/protester/NOUN/pobj/7/NNS ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.i, doc[6].dep_, doc[6].head.i, doc[7].head.i) == ("compound", 6, "conj", 3, 2)
    assert code(coder, doc) == {("IRQCOP", "IRQCVL", "175")}


def test_repair_a_plural_noun_read_as_a_present_tense_verb(nlp, coder):
    # "Syria imposed an embargo and asset freezes on Iraq."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP imposed/impose/VERB/ROOT/1/VBD an/an/DET/det/3/DT embargo/embargo/NOUN/dobj/1/NN "
                     "and/and/CCONJ/cc/1/CC asset/asset/NOUN/compound/6/NN freezes/freeze/VERB/conj/1/VBZ on/on/ADP/prep/6/IN "
                     "Iraq/Iraq/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[6].pos_, doc[6].dep_, doc[6].head.i, doc[7].head.i) == ("NOUN", "conj", 3, 1)
    assert code(coder, doc) == {("SYR", "IRQ", "163")}


def test_repair_leaves_a_present_tense_verb_with_its_own_clause(nlp, coder):
    # "Iraqi police fired gas and say protesters attacked them."
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS fired/fire/VERB/ROOT/2/VBD gas/gas/NOUN/dobj/2/NN "
                     "and/and/CCONJ/cc/2/CC say/say/VERB/conj/2/VBP protesters/protester/NOUN/nsubj/7/NNS attacked/attack/VERB/ccomp/5/VBD "
                     "them/they/PRON/dobj/7/PRP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.i, doc[5].pos_) == ("conj", 2, "VERB")
