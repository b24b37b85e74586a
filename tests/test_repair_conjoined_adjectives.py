"""Repairs, from hand-built parses: in "Egyptian and Sudanese air forces held joint exercises" the small model
hangs "and" on the first adjective and makes the second a modifier of the noun of its own; repair_parse makes
it the first's conjunct, so the forces are both countries' and act together."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "EGY: Egyptian\nSDN: Sudanese\n"
AGENTS = "MIL: forces | air forces\n"
VERBS = "&M_JOINT = joint exercise\nbegin obj=&M_JOINT => 062\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_second_adjective_after_and_is_the_firsts_conjunct(nlp, coder):
    # "Egyptian and Sudanese air forces began joint exercises."
    doc = parse(nlp, "Egyptian/egyptian/ADJ/amod/4/JJ and/and/CCONJ/cc/0/CC Sudanese/sudanese/ADJ/amod/4/JJ air/air/NOUN/compound/4/NN "
                     "forces/force/NOUN/nsubj/5/NNS began/begin/VERB/ROOT/5/VBD joint/joint/ADJ/amod/7/JJ exercises/exercise/NOUN/dobj/5/NNS "
                     "././PUNCT/punct/5/.")
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].head.i) == ("conj", 0)
    assert code(coder, doc) == {("EGYMIL", "SDNMIL", "062"), ("SDNMIL", "EGYMIL", "062")}
