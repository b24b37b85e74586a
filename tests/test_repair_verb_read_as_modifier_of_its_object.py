"""Repairs, from hand-built parses: in "Niger's military seized power and detained President Bazoum" the small
model makes "power" the root noun, with the subject's words and the past-tense verb its modifiers and the
second verb its conjunct. repair_parse makes the verb the root, the word before it its subject and the noun
its object, so the second verb shares the subject; so too when the parser already gave the verb its subject
("Malian army jets bombed positions of the MNLA"). A participle before a noun ("the seized weapons") and a
verb with words of its own besides its subject are left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "NER: Niger\nBazoum\n    NERGOV 2021-04-02..2023-07-26\n"
AGENTS = "MIL: military\n"
VERBS = "detain => 173\n"
DAY = dt.date(2023, 7, 20)
SPEC = ("Niger/Niger/PROPN/poss/4/NNP 's/'s/PART/case/0/POS military/military/ADJ/amod/4/JJ seized/seize/VERB/amod/4/VBD "
        "power/power/NOUN/ROOT/4/NN and/and/CCONJ/cc/4/CC detained/detain/VERB/conj/4/VBD Bazoum/Bazoum/PROPN/dobj/6/NNP "
        "././PUNCT/punct/4/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_past_tense_verb_read_as_a_modifier_of_its_object(nlp, coder):
    doc = parse(nlp, SPEC)
    repair_parse(doc)
    assert (doc[3].dep_, doc[4].dep_, doc[4].head.i, doc[2].dep_, doc[2].head.i, doc[0].head.i, doc[6].head.i) == (
        "ROOT", "dobj", 3, "nsubj", 3, 2, 3)
    assert code(coder, doc, DAY) == {("NERMIL", "NERGOV", "173")}


def test_repair_leaves_a_participle_before_its_noun(nlp, coder):
    # "Niger's military seized weapons." tagged as a participle: an adjective of "weapons".
    doc = parse(nlp, SPEC.replace("seized/seize/VERB/amod/4/VBD", "seized/seize/VERB/amod/4/VBN"))
    repair_parse(doc)
    assert (doc[3].dep_, doc[4].dep_) == ("amod", "ROOT")


# "Malian army jets bombed positions of the MNLA.": the same misparse, but the parser gave the verb the
# word before it as its subject; the object and its "of" phrase are still hung as the verb's modifiee.
JETS_SPEC = ("Malian/malian/ADJ/amod/2/JJ army/army/NOUN/compound/2/NN jets/jet/NOUN/nsubj/3/NNS "
             "bombed/bomb/VERB/amod/4/VBD positions/position/NOUN/ROOT/4/NNS of/of/ADP/prep/4/IN "
             "the/the/DET/det/7/DT MNLA/MNLA/PROPN/pobj/5/NNP ././PUNCT/punct/4/.")


def test_repair_a_verb_read_as_modifier_that_kept_its_own_subject(nlp):
    coder = make_coder(nlp, "MLI: Malian\nMLIREB: MNLA\n", "MIL: army\n", "bomb => 195\n")
    doc = parse(nlp, JETS_SPEC)
    repair_parse(doc)
    assert (doc[3].dep_, doc[4].dep_, doc[4].head.i, doc[2].dep_, doc[2].head.i, doc[5].head.i) == (
        "ROOT", "dobj", 3, "nsubj", 3, 3)
    assert code(coder, doc, DAY) == {("MLIMIL", "MLIREB", "195")}


def test_repair_leaves_a_verb_with_words_besides_its_subject(nlp):
    # the "of" phrase hung on the verb: a verb with words of its own, not the misparse repaired here
    doc = parse(nlp, JETS_SPEC.replace("of/of/ADP/prep/4/IN", "of/of/ADP/prep/3/IN"))
    repair_parse(doc)
    assert (doc[3].dep_, doc[4].dep_) == ("amod", "ROOT")
