"""From hand-built parses: the release of the demander's own nationals held by someone is demanded of the
captors."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GBR: Britain | British
IRN: Iran | Iranian
"""
AGENTS = "MIL: sailors | servicemen\nGOV: government\n"
VERBS = """
&D_RELEASE = release
demand obj=&D_RELEASE => 1053
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_release_of_own_nationals_is_demanded_of_their_captors(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD the/the/DET/det/3 "
                     "release/release/NOUN/dobj/1 of/of/ADP/prep/3 British/British/ADJ/amod/6 "
                     "sailors/sailor/NOUN/pobj/4 held/hold/VERB/acl/6/VBN by/by/ADP/agent/7 "
                     "Iran/Iran/PROPN/pobj/8 ././PUNCT/punct/1")
    assert code(coder, doc) == {("GBR", "IRN", "1053")}


def test_assemble_release_of_own_nationals_held_by_no_one_named_stays_untargeted(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD the/the/DET/det/3 "
                     "release/release/NOUN/dobj/1 of/of/ADP/prep/3 British/British/ADJ/amod/6 "
                     "sailors/sailor/NOUN/pobj/4 ././PUNCT/punct/1")
    assert all(t != "GBRMIL" for _, t, _ in code(coder, doc))
