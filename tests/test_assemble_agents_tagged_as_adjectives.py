"""From a hand-built parse: an agent word the parser tagged as an adjective but made the head of its phrase
("Ruritania's military detained ...", "military" tagged JJ as the subject) is a noun and names its sector;
one modifying a noun ("military action") still names no one."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUR: Ruritania
GON: Gondor
"""
AGENTS = """
MIL: military
"""
VERBS = """
detain => 173
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_adjective_tagged_agent_heading_its_phrase_names_the_sector(nlp, coder):
    # "Ruritania's military detained Gondor's envoy."
    doc = parse(nlp, "Ruritania/Ruritania/PROPN/poss/2/NNP 's/'s/PART/case/0/POS military/military/ADJ/nsubj/3/JJ "
                     "detained/detain/VERB/ROOT/3/VBD Gondor/Gondor/PROPN/poss/6/NNP 's/'s/PART/case/4/POS "
                     "envoy/envoy/NOUN/dobj/3/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("RURMIL", "GON", "173")}


def test_assemble_an_agent_adjective_before_a_noun_names_no_one(nlp, coder):
    # "Gondor condemned Ruritanian military action." has no military actor: the target is Ruritania.
    doc = parse(nlp, "Gondor/Gondor/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Ruritania/Ruritania/PROPN/compound/4/NNP "
                     "military/military/ADJ/amod/4/JJ action/action/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GON", "RUR", "111")}
