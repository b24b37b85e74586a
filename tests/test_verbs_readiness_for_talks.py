"""A copula with an adjective of readiness and its phrase ("Russia is ready for talks with Ukraine",
"Iran is open to dialogue") is read as `be ready prep=for:...`: an intent to negotiate."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia
UKR: Ukraine
"""
AGENTS = "GOV: government\n"
VERBS = """
be ready prep=for:talk|dialogue => 036
be open prep=to:talk|dialogue => 036
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_ready_for_talks_is_an_intent_to_negotiate(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 is/be/AUX/ROOT/1/VBZ ready/ready/ADJ/acomp/1/JJ for/for/ADP/prep/2 "
                     "talks/talk/NOUN/pobj/3/NNS with/with/ADP/prep/4 Ukraine/Ukraine/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "UKR", "036")}


def test_open_to_dialogue_is_an_intent_to_negotiate(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 was/be/AUX/ROOT/1/VBD open/open/ADJ/acomp/1/JJ to/to/ADP/prep/2 "
                     "dialogue/dialogue/NOUN/pobj/3 with/with/ADP/prep/4 Ukraine/Ukraine/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "UKR", "036")}


def test_a_phrase_of_the_copula_itself_is_no_readiness(nlp, coder):
    # "Russia was in Geneva for talks with Ukraine": no adjective of readiness, no intent.
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 was/be/AUX/ROOT/1/VBD in/in/ADP/prep/1 Geneva/Geneva/PROPN/pobj/2 "
                     "for/for/ADP/prep/1 talks/talk/NOUN/pobj/4/NNS with/with/ADP/prep/5 Ukraine/Ukraine/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == set()
