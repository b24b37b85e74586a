"""Repairs, from hand-built parses: in "Iraq rejected a truce offer from Syria" the small model reads the
compound's head noun ("offer") as a clause (acl) of the noun before it, hanging the "from" phrase that says
whose offer it is on that clause, out of the object's reach. repair_parse makes the second noun the head of
the phrase and the first its compound, as in "Syria's truce offer". A participle or verb read as a clause
("a truce offered by Syria", "a truce ending the war") is left alone."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

import pytest

ACTORS = "IRQ: Iraq | Iraqi\nSYR: Syria\n"
AGENTS = "MIL: army\n"
VERBS = """
&OFFERED_TRUCE = truce offer | truce proposal
reject obj=&OFFERED_TRUCE => 1246
reject => 120
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_compound_head_noun_read_as_a_clause_of_its_modifier(nlp, coder):
    # "Iraq rejected a truce offer from Syria."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3/DT truce/truce/NOUN/dobj/1/NN "
                     "offer/offer/NOUN/acl/3/NN from/from/ADP/prep/4/IN Syria/Syria/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[4].dep_, doc[4].head.i, doc[2].head.i) == ("compound", 4, "dobj", 1, 4)
    assert code(coder, doc) == {("IRQ", "SYR", "1246")}


def test_repair_leaves_a_participle_read_as_a_clause(nlp, coder):
    # "Iraq rejected a truce offered by Syria."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3/DT truce/truce/NOUN/dobj/1/NN "
                     "offered/offer/VERB/acl/3/VBN by/by/ADP/agent/4/IN Syria/Syria/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[4].dep_, doc[4].head.i) == ("dobj", 1, "acl", 3)


def test_repair_leaves_a_noun_clause_not_right_after_its_head(nlp, coder):
    # A clause-like noun parted from the noun by another word is not the compound's head.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/3/DT truce/truce/NOUN/dobj/1/NN "
                     "again/again/ADV/advmod/1/RB offer/offer/NOUN/acl/3/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[5].dep_, doc[5].head.i) == ("dobj", 1, "acl", 3)
