"""From hand-built parses: a truce conjoined parties agree along a border named for a third country is
between them (B1), while one party's truce there keeps the border's country as its place (B2)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
NOR: Norway
SWE: Sweden
FIN: Finnish
"""
AGENTS = "GOV: government\n"
VERBS = """
agree prep=to:ceasefire => 0871
declare obj=ceasefire => 0871
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_truce_two_parties_agree_along_a_third_border_is_between_them(nlp, coder):
    doc = parse(nlp, "Norway/Norway/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Sweden/Sweden/PROPN/conj/0/NNP "
                     "agreed/agree/VERB/ROOT/3/VBD to/to/ADP/prep/3/IN a/a/DET/det/6/DT ceasefire/ceasefire/NOUN/pobj/4/NN "
                     "along/along/ADP/prep/6/IN the/the/DET/det/10/DT Finnish/finnish/ADJ/amod/10/JJ "
                     "border/border/NOUN/pobj/7/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("NOR", "SWE", "0871"), ("SWE", "NOR", "0871")}


def test_assemble_one_partys_truce_along_a_border_keeps_it_as_the_place(nlp, coder):
    doc = parse(nlp, "Norway/Norway/PROPN/nsubj/1/NNP declared/declare/VERB/ROOT/1/VBD a/a/DET/det/3/DT "
                     "ceasefire/ceasefire/NOUN/dobj/1/NN along/along/ADP/prep/3/IN the/the/DET/det/7/DT "
                     "Finnish/finnish/ADJ/amod/7/JJ border/border/NOUN/pobj/4/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("NOR", "FIN", "0871")}
