"""From a hand-built parse: an "including" phrase that lists some of a group of no country names the
group's countries even when the parser hangs it on the verb, past a time phrase ("freed 30 captives
on Monday, including 12 Nepalis"), as it does when the phrase hangs on the group itself."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
MLI: Mali | Malian
NPL: Nepal | Nepali | Nepalis
"""
AGENTS = "CVL: captives\nREB: rebels\n"
VERBS = """
free => 0841
"""


@pytest.fixture(scope="module")
def coder(nlp):
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    return matcher, SentenceCoder(matcher, sentences.verbs)


def test_assemble_including_phrase_hung_on_the_verb_names_the_group(nlp, coder):
    # "Malian rebels freed 30 captives on Monday, including 12 Nepalis."
    doc = parse(nlp, "Malian/Malian/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS freed/free/VERB/ROOT/2/VBD "
                     "30/30/NUM/nummod/4/CD captives/captive/NOUN/dobj/2/NNS on/on/ADP/prep/2/IN "
                     "Monday/Monday/PROPN/pobj/5/NNP ,/,/PUNCT/punct/2/, including/include/VERB/prep/2/VBG "
                     "12/12/NUM/nummod/10/CD Nepalis/Nepalis/PROPN/pobj/8/NNPS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("MLIREB", "NPL", "0841")}

