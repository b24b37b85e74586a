"""From hand-built parses: what talks are about is not done, also when the parser hangs the topic phrase on
the verb rather than on "talks" ("opened talks with Ireland on releasing prisoners" reports no release)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GBR: Britain
IRL: Ireland
"""
AGENTS = "CVL: prisoners\n"
VERBS = """
open obj=talk prep=with => 046
release obj=prisoner => 0841
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_topic_of_talks_hung_on_the_verb_is_not_done(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP opened/open/VERB/ROOT/1/VBD talks/talk/NOUN/dobj/1/NNS "
                     "with/with/ADP/prep/2/IN Ireland/Ireland/PROPN/pobj/3/NNP on/on/ADP/prep/1/IN "
                     "releasing/release/VERB/pcomp/5/VBG prisoners/prisoner/NOUN/dobj/6/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GBR", "IRL", "046"), ("IRL", "GBR", "046")}


def test_assemble_an_act_after_talks_is_still_done(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP opened/open/VERB/ROOT/1/VBD talks/talk/NOUN/dobj/1/NNS "
                     "with/with/ADP/prep/2/IN Ireland/Ireland/PROPN/pobj/3/NNP after/after/ADP/prep/1/IN "
                     "releasing/release/VERB/pcomp/5/VBG prisoners/prisoner/NOUN/dobj/6/NNS ././PUNCT/punct/1/.")
    assert ("GBR", "IRL", "046") in code(coder, doc)
