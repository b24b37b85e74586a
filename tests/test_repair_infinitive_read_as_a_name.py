"""From hand-built parses: in "voted on Tuesday to impeach President Fernando Collor de Mello" the small model
hangs the infinitive rightly (marker "to", the name its object) but tags it a proper noun of the long titled
name after it, so no verb pattern reads it. repair_parse makes a lower-case word so placed a verb; a
capitalised one is left a name."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
Fernando Collor de Mello | Collor
    BRAGOV
BRALEG: Chamber of Deputies
BRA: Brazil
"""
AGENTS = "GOV: government\n"
VERBS = """
impeach => 115
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_infinitive_tagged_a_proper_noun_is_the_verb(nlp, coder):
    # "Brazil's Chamber of Deputies voted on Tuesday to impeach President Fernando Collor de Mello."
    doc = parse(nlp, "Brazil/Brazil/PROPN/poss/2/NNP 's/'s/PART/case/0/POS Chamber/Chamber/PROPN/nsubj/5/NNP "
                     "of/of/ADP/prep/2/IN Deputies/Deputies/PROPN/pobj/3/NNPS voted/vote/VERB/ROOT/5/VBD "
                     "on/on/ADP/prep/5/IN Tuesday/Tuesday/PROPN/pobj/6/NNP to/to/ADP/aux/9/IN "
                     "impeach/impeach/PROPN/xcomp/5/NNP President/President/PROPN/compound/14/NNP "
                     "Fernando/Fernando/PROPN/compound/14/NNP Collor/Collor/PROPN/compound/14/NNP "
                     "de/de/PROPN/compound/14/NNP Mello/Mello/PROPN/dobj/9/NNP ././PUNCT/punct/5/.")
    repair_parse(doc)
    assert (doc[9].pos_, doc[9].tag_) == ("VERB", "VB")
    assert code(coder, doc) == {("BRALEG", "BRAGOV", "115")}


def test_capitalised_name_after_to_is_left(nlp):
    # guard: a capitalised word after "to" may be a name, whatever the parser hung on it
    doc = parse(nlp, "Brazil/Brazil/PROPN/nsubj/1/NNP wrote/write/VERB/ROOT/1/VBD to/to/ADP/aux/3/IN "
                     "Impeach/Impeach/PROPN/xcomp/1/NNP Collor/Collor/PROPN/dobj/3/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].pos_, doc[3].tag_) == ("PROPN", "NNP")
