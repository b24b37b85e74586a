"""From hand-built parses: an act a drill rehearses ("practising how to repel an attack", "rehearsed seizing
the islands") is the exercise's scenario, not an act done to anyone; the same act not rehearsed is coded."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CHN: China | Chinese
TWN: Taiwan
"""
AGENTS = "MIL: troops\n"
VERBS = """
attack => 190
seize obj=island => 192
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_infinitive_practised_is_no_act(nlp, coder):
    # "Chinese troops practised how to attack Taiwan ."
    doc = parse(nlp, "Chinese/chinese/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS practised/practise/VERB/ROOT/2/VBD "
                     "how/how/SCONJ/advmod/5/WRB to/to/PART/aux/5/TO attack/attack/VERB/xcomp/2/VB Taiwan/Taiwan/PROPN/dobj/5/NNP "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_a_gerund_rehearsed_is_no_act(nlp, coder):
    # "Chinese troops rehearsed seizing Taiwan 's islands ."
    doc = parse(nlp, "Chinese/chinese/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS rehearsed/rehearse/VERB/ROOT/2/VBD "
                     "seizing/seize/VERB/xcomp/2/VBG Taiwan/Taiwan/PROPN/poss/6/NNP 's/'s/PART/case/4/POS islands/island/NOUN/dobj/3/NNS "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_an_act_not_rehearsed_is_coded(nlp, coder):
    # "Chinese troops tried to attack Taiwan ."
    doc = parse(nlp, "Chinese/chinese/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS tried/try/VERB/ROOT/2/VBD "
                     "to/to/PART/aux/4/TO attack/attack/VERB/xcomp/2/VB Taiwan/Taiwan/PROPN/dobj/4/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("CHNMIL", "TWN", "190")}
