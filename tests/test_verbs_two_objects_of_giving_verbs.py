"""A misread dative: spaCy makes both nouns of "handed the IAEA a declaration" objects; the first is whom the
second was given to."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IGOUNOAEA: IAEA
"""
AGENTS = "GOV: government\n"
VERBS = """
hand obj=declaration prep=to => 064
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_first_of_two_objects_of_a_giving_verb_is_the_recipient(nlp, coder):
    # "Iran handed the IAEA a declaration.": spaCy makes both nouns dobj of "handed".
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 handed/hand/VERB/ROOT/1/VBD the/the/DET/det/3 IAEA/IAEA/PROPN/dobj/1 "
                     "a/a/DET/det/5 declaration/declaration/NOUN/dobj/1 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IGOUNOAEA", "064")}
