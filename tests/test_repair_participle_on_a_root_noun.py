"""A participle with a direct object hung on a ROOT noun
("Iran's foreign ministry condemned on Sunday the U.S. decision") is that noun's verb, not a reduced passive."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
USA: U.S. | United States
"""
AGENTS = "GOV: ministry | government\n"
VERBS = """
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_participle_with_object_on_root_noun_takes_the_noun_as_subject(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/poss/3 's/'s/PART/case/0 foreign/foreign/ADJ/amod/3 ministry/ministry/NOUN/ROOT/3 "
                     "condemned/condemn/VERB/acl/3/VBN on/on/ADP/prep/4 Sunday/Sunday/PROPN/pobj/5 the/the/DET/det/9 "
                     "U.S./U.S./PROPN/compound/9 decision/decision/NOUN/dobj/4 ././PUNCT/punct/3")
    assert code(coder, doc) == {("IRNGOV", "USA", "111")}


def test_participle_without_object_on_root_noun_stays_a_passive(nlp, coder):
    # "Iran's foreign ministry condemned by the U.S.": no direct object, still the reduced passive.
    doc = parse(nlp, "Iran/Iran/PROPN/poss/3 's/'s/PART/case/0 foreign/foreign/ADJ/amod/3 ministry/ministry/NOUN/ROOT/3 "
                     "condemned/condemn/VERB/acl/3/VBN by/by/ADP/agent/4 the/the/DET/det/7 U.S./U.S./PROPN/pobj/5 ././PUNCT/punct/3")
    assert code(coder, doc) == {("USA", "IRNGOV", "111")}
