"""Repairs, from hand-built parses: in "asked visiting Foreign Minister Wang Yi to help", where the small model
makes "visiting" a verb (xcomp) of the verb before it, taking the titled name, repair_parse makes the name that
verb's object and "visiting" its adjective, so the infinitive is what was asked, not a visit. A place visited
("considered visiting Iran") names no titled visitor and is left as parsed."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IND: India
IRN: Iran
CHNGOV: Wang
"""
AGENTS = "GOV: minister\n"
VERBS = """
ask comp=visit => 026
ask comp=send => 023
consider => 014
visit => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_visiting_before_a_titled_name_describes_the_visitor(nlp, coder):
    # "India asked visiting Minister Wang to send aid."
    doc = parse(nlp, "India/India/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD visiting/visit/VERB/xcomp/1/VBG "
                     "Minister/Minister/PROPN/compound/4/NNP Wang/Wang/PROPN/dobj/2/NNP to/to/PART/aux/6/TO "
                     "send/send/VERB/xcomp/1/VB aid/aid/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[4].head.i, doc[4].dep_, doc[2].head.i, doc[2].dep_) == (1, "dobj", 4, "amod")
    assert code(coder, doc) == {("IND", "CHNGOV", "023")}


def test_repair_leaves_a_place_visited(nlp, coder):
    # guard: "India considered visiting Iran." is a visit considered, not a visitor described
    doc = parse(nlp, "India/India/PROPN/nsubj/1/NNP considered/consider/VERB/ROOT/1/VBD visiting/visit/VERB/xcomp/1/VBG "
                     "Iran/Iran/PROPN/dobj/2/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].head.i, doc[2].dep_) == (2, "xcomp")
