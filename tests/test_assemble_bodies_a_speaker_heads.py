"""From a hand-built parse: the subject of a reported clause that names the body its speaker heads by
a pronoun ("the prosecutor said his office was investigating X") refers back to the speaker, as a
bare pronoun does; the same noun owned by someone named is not the speaker's."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOICC: ICC | International Criminal Court
SDN: Sudan | Sudanese
"""
AGENTS = "GOV: government\n"
VERBS = """
investigate => 090
"""


@pytest.fixture(scope="module")
def coder(nlp):
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    return matcher, SentenceCoder(matcher, sentences.verbs)


def test_assemble_his_office_is_the_speakers(nlp, coder):
    # "The ICC prosecutor said his office was investigating Sudan."
    doc = parse(nlp, "The/the/DET/det/2/DT ICC/ICC/PROPN/compound/2/NNP prosecutor/prosecutor/NOUN/nsubj/3/NN "
                     "said/say/VERB/ROOT/3/VBD his/his/PRON/poss/5/PRP$ office/office/NOUN/nsubj/7/NN "
                     "was/be/AUX/aux/7/VBD investigating/investigate/VERB/ccomp/3/VBG Sudan/Sudan/PROPN/dobj/7/NNP "
                     "././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IGOICC", "SDN", "090")}


def test_assemble_an_office_named_by_the_article_is_not_the_speakers(nlp, coder):
    # "The ICC prosecutor said the office was investigating Sudan."  (not the speaker's by any pronoun)
    doc = parse(nlp, "The/the/DET/det/2/DT ICC/ICC/PROPN/compound/2/NNP prosecutor/prosecutor/NOUN/nsubj/3/NN "
                     "said/say/VERB/ROOT/3/VBD the/the/DET/det/5/DT office/office/NOUN/nsubj/7/NN "
                     "was/be/AUX/aux/7/VBD investigating/investigate/VERB/ccomp/3/VBG Sudan/Sudan/PROPN/dobj/7/NNP "
                     "././PUNCT/punct/3/.")
    assert code(coder, doc) == set()
