"""Acts held as a right, from hand-built parses: "Israel reserves the right to retaliate against Iran" names
its act in the infinitive hung on "right", read as the verb's complement; a verb that has a complement of its
own keeps it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "ISR: Israel\nIRN: Iran\n"
AGENTS = "GOV: government\n"
VERBS = "reserve obj=right comp=retaliate => 138\nretaliate prep=against => 190\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_the_infinitive_of_a_right_reserved_is_the_act_claimed(nlp, coder):
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP reserves/reserve/VERB/ROOT/1/VBZ the/the/DET/det/3/DT right/right/NOUN/dobj/1/NN "
                     "to/to/PART/aux/5/TO retaliate/retaliate/VERB/acl/3/VB against/against/ADP/prep/5/IN Iran/Iran/PROPN/pobj/6/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ISR", "IRN", "138")}


def test_assemble_a_right_without_an_infinitive_names_no_act(nlp, coder):
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP reserves/reserve/VERB/ROOT/1/VBZ the/the/DET/det/3/DT right/right/NOUN/dobj/1/NN "
                     "of/of/ADP/prep/3/IN reply/reply/NOUN/pobj/4/NN to/to/ADP/prep/1/IN Iran/Iran/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
