"""From a hand-built parse: a disapproval of an act noun that names its doer in a "by" phrase
("condemned the storming of the mosque by Israeli police") is aimed at the doer, not at whom or
what the act's "of" phrase names, though that phrase comes first."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt | Egyptian
ISR: Israel | Israeli
"""
AGENTS = "COP: police\nREL: mosque\nCVL: villagers\n"
VERBS = """
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    return matcher, SentenceCoder(matcher, sentences.verbs)


def test_assemble_condemned_act_noun_is_aimed_at_its_by_phrase_doer(nlp, coder):
    # "Egypt condemned the storming of an Egyptian mosque by Israeli police."
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "storming/storming/NOUN/dobj/1/NN of/of/ADP/prep/3/IN an/an/DET/det/7/DT Egyptian/Egyptian/ADJ/amod/7/JJ "
                     "mosque/mosque/NOUN/pobj/4/NN by/by/ADP/prep/3/IN Israeli/Israeli/ADJ/amod/10/JJ "
                     "police/police/NOUN/pobj/8/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("EGY", "ISRCOP", "111")}


def test_assemble_condemned_act_noun_without_a_doer_keeps_its_of_phrase(nlp, coder):
    # "Egypt condemned the shelling of Israeli villagers."
    doc = parse(nlp, "Egypt/Egypt/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD the/the/DET/det/3/DT "
                     "shelling/shelling/NOUN/dobj/1/NN of/of/ADP/prep/3/IN Israeli/Israeli/ADJ/amod/6/JJ "
                     "villagers/villager/NOUN/pobj/4/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("EGY", "ISRCVL", "111")}
