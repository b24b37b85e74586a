"""From hand-built parses: a name the dictionaries do not know, with an appositive, is of the sector the
appositive's head noun names ("La Prensa, Nicaragua's only opposition newspaper" is media), not of the
nearest modifier of that noun."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt | Egyptian
"""
AGENTS = "COP: police\nOPP: opposition\nMED: journalist\n"
VERBS = """
arrest => 173
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_unknown_name_takes_its_appositives_head_sector(nlp, coder):
    # "Egyptian police arrested Ali , an Egyptian opposition journalist ."
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "Ali/Ali/PROPN/dobj/2/NNP ,/,/PUNCT/punct/3/, an/an/DET/det/8/DT Egyptian/Egyptian/ADJ/amod/8/JJ "
                     "opposition/opposition/NOUN/compound/8/NN journalist/journalist/NOUN/appos/3/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "EGYMED", "173")}


def test_assemble_appositive_without_a_role_keeps_the_nearest_sector(nlp, coder):
    # "Egyptian police arrested Ali , an Egyptian opposition figure ." (the head noun is no role)
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "Ali/Ali/PROPN/dobj/2/NNP ,/,/PUNCT/punct/3/, an/an/DET/det/8/DT Egyptian/Egyptian/ADJ/amod/8/JJ "
                     "opposition/opposition/NOUN/compound/8/NN figure/figure/NOUN/appos/3/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "EGYOPP", "173")}
