"""From a hand-built parse: drones, jets or missiles a state says are "its" or "theirs" in what it reports
("Ukraine said its drones had struck a Russian air base") are that state's, as "his country" is the
speaker's country; the same craft named without an owner are no one's."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
UKR: Ukraine | Ukrainian
RUS: Russia | Russian
"""
AGENTS = "MIL: army\n"
VERBS = """
strike => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    return matcher, SentenceCoder(matcher, sentences.verbs)


def test_assemble_its_drones_are_the_speaking_states(nlp, coder):
    # "Ukraine said its drones had struck a Russian base."
    doc = parse(nlp, "Ukraine/Ukraine/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD its/its/PRON/poss/3/PRP$ "
                     "drones/drone/NOUN/nsubj/5/NNS had/have/AUX/aux/5/VBD struck/strike/VERB/ccomp/1/VBN "
                     "a/a/DET/det/8/DT Russian/russian/ADJ/amod/8/JJ base/base/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("UKR", "RUS", "190")}


def test_assemble_drones_of_no_owner_are_no_ones(nlp, coder):
    # "Ukraine said drones had struck a Russian base."  (no pronoun ties them to the speaker)
    doc = parse(nlp, "Ukraine/Ukraine/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD "
                     "drones/drone/NOUN/nsubj/4/NNS had/have/AUX/aux/4/VBD struck/strike/VERB/ccomp/1/VBN "
                     "a/a/DET/det/7/DT Russian/russian/ADJ/amod/7/JJ base/base/NOUN/dobj/4/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
