"""Repairs, from hand-built parses: in "demanded that the president leave office" the small model may tag the
bare verb after a singular subject (the mandative subjunctive) a noun, though it gives it the clause's "that"
and subject; repair_parse makes it the clause's verb, so the demand is read by the act it asks for. A noun
with no subject of its own is left alone."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, nlp, parse  # noqa: F401 - nlp is a fixture
from test_assemble_power_left_on_demand import coder  # noqa: F401 - the same demand patterns, a fixture


def test_repair_subjunctive_tagged_a_noun_is_the_demanded_act(nlp, coder):
    # "Kenya's opposition demanded that the president leave office.", with "leave" tagged a noun
    doc = parse(nlp, "Kenya/Kenya/PROPN/poss/2/NNP 's/'s/PART/case/0/POS opposition/opposition/NOUN/nsubj/3/NN "
                     "demanded/demand/VERB/ROOT/3/VBD that/that/SCONJ/mark/7/IN the/the/DET/det/6/DT "
                     "president/president/NOUN/nsubj/7/NN leave/leave/NOUN/ccomp/3/NN office/office/NOUN/dobj/7/NN "
                     "././PUNCT/punct/3/.")
    repair_parse(doc)
    assert (doc[7].pos_, doc[7].tag_) == ("VERB", "VB")
    assert code(coder, doc) == {("KENOPP", "KENGOV", "1041")}


def test_repair_noun_clause_without_a_subject_is_left_alone(nlp):
    # guard: a noun made a clause with no subject of its own is not turned into a verb
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/3/IN "
                     "leave/leave/NOUN/ccomp/1/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[3].pos_ == "NOUN"
