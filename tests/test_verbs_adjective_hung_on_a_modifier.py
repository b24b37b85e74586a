"""From hand-built parses: a two-word set phrase ("joint exercise") matches when the parser hangs its first word on a
noun modifier between the two ("a two-week joint counterterrorism exercise", with "joint" an adjective of
"counterterrorism"), as it does when the adjective hangs on the head itself."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRQ: Iraq | Iraqi\nSYR: Syria | Syrian\n"
AGENTS = "MIL: troops\n"
VERBS = """
&M_JOINT = joint exercise | joint drill
begin obj=&M_JOINT => 062
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_first_word_hung_on_a_noun_modifier_still_makes_the_phrase(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 began/begin/VERB/ROOT/3/VBD "
                     "a/a/DET/det/7 joint/joint/ADJ/amod/6/JJ counterterrorism/counterterrorism/NOUN/compound/7/NN "
                     "exercise/exercise/NOUN/dobj/3/NN ././PUNCT/punct/3")
    assert code(coder, doc) == {("IRQ", "SYR", "062"), ("SYR", "IRQ", "062")}


def test_an_adjective_of_another_noun_makes_no_phrase(nlp, coder):
    # "began an exercise of joint forces": "joint" is not the exercise's.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 began/begin/VERB/ROOT/3/VBD "
                     "an/an/DET/det/5 exercise/exercise/NOUN/dobj/3/NN of/of/ADP/prep/5 joint/joint/ADJ/amod/8/JJ "
                     "forces/force/NOUN/pobj/6/NNS ././PUNCT/punct/3")
    assert code(coder, doc) == set()
