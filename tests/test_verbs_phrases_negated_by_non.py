"""From hand-built parses: a set phrase whose first word is the end of a "non-" compound names what the thing is
not: "dropped the largest non-nuclear bomb on ..." is an air strike (195), not a nuclear attack (2042)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "USA: United States | U.S.\nAFG: Afghanistan\n"
AGENTS = "MIL: forces\n"
VERBS = """
&NUKE = nuclear bomb | nuclear weapon
drop obj=&NUKE prep=on => 2042
drop obj=bomb prep=on => 195
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_a_non_nuclear_bomb_is_no_nuclear_bomb(nlp, coder):
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1 forces/force/NOUN/nsubj/2 dropped/drop/VERB/ROOT/2/VBD a/a/DET/det/7 "
                     "non/non/ADJ/amod/7/JJ -/-/ADJ/amod/7/JJ nuclear/nuclear/ADJ/amod/7/JJ bomb/bomb/NOUN/dobj/2/NN "
                     "on/on/ADP/prep/2 Afghanistan/Afghanistan/PROPN/pobj/8 ././PUNCT/punct/2")
    assert code(coder, doc) == {("USAMIL", "AFG", "195")}


def test_a_nuclear_bomb_still_is(nlp, coder):
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1 forces/force/NOUN/nsubj/2 dropped/drop/VERB/ROOT/2/VBD a/a/DET/det/5 "
                     "nuclear/nuclear/ADJ/amod/5/JJ bomb/bomb/NOUN/dobj/2/NN "
                     "on/on/ADP/prep/2 Afghanistan/Afghanistan/PROPN/pobj/6 ././PUNCT/punct/2")
    assert code(coder, doc) == {("USAMIL", "AFG", "2042")}
