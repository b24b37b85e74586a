"""From hand-built parses: a truce noun whose "between" phrase names its sides, as the subject of the verb
that says it takes effect, is each side's truce with the other (0871); a truce that names no sides, or
another noun taking effect, codes nothing."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ETH: Ethiopia
ERI: Eritrea
"""
AGENTS = "MIL: troops\n"
VERBS = """
&CEASEFIRE = ceasefire | truce
take obj=effect before=&CEASEFIRE => 0871
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_truce_between_two_sides_taking_effect_is_each_sides(nlp, coder):
    doc = parse(nlp, "A/a/DET/det/1/DT truce/truce/NOUN/nsubj/6/NN between/between/ADP/prep/1/IN Ethiopia/Ethiopia/PROPN/pobj/2/NNP "
                     "and/and/CCONJ/cc/3/CC Eritrea/Eritrea/PROPN/conj/3/NNP took/take/VERB/ROOT/6/VBD effect/effect/NOUN/dobj/6/NN "
                     "././PUNCT/punct/6/.")
    assert code(coder, doc) == {("ETH", "ERI", "0871"), ("ERI", "ETH", "0871")}


def test_assemble_truce_naming_no_sides_taking_effect_codes_nothing(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/1/DT truce/truce/NOUN/nsubj/2/NN took/take/VERB/ROOT/2/VBD effect/effect/NOUN/dobj/2/NN "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == set()
