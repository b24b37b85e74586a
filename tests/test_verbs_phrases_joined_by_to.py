"""From a hand-built parse: a word-set phrase joined by "to" ("return to civilian rule")
is read from its head noun, as "state of emergency" is, so it beats the bare head word ("return")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRQ: Iraq | Iraqi\nSYR: Syria | Syrian\n"
AGENTS = "GOV: government\nOPP: opposition\n"
VERBS = """
&D_REGIME = return to civilian rule | civilian rule
&D_RELEASE = release | return
reject obj=&D_REGIME => 1234
reject obj=&D_RELEASE => 1243
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_head_first_phrase_joined_by_to_beats_its_bare_head(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Syria/Syria/PROPN/poss/4 's/'s/PART/case/2 "
                     "return/return/NOUN/dobj/1 to/to/ADP/prep/4 civilian/civilian/ADJ/amod/7 rule/rule/NOUN/pobj/5 ././PUNCT/punct/1")
    assert {c for _, _, c in code(coder, doc)} == {"1234"}


def test_bare_return_of_people_stays_a_release(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/3 return/return/NOUN/dobj/1 "
                     "of/of/ADP/prep/3 Syrian/Syrian/ADJ/amod/6 prisoners/prisoner/NOUN/pobj/4 ././PUNCT/punct/1")
    assert {c for _, _, c in code(coder, doc)} == {"1243"}
