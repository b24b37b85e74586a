"""Repairs, from hand-built parses: in "Uzbek President Mirziyoyev and Kyrgyz President Atambayev signed a treaty"
the small model makes each titled name a subject of the verb, with the "and" hung on the first and no
conjunct; repair_parse makes the second name the first's conjunct, so the signing is mutual (057 both ways)."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "UZB: Uzbek\nKGZ: Kyrgyz\nUZBGOV: Mirziyoyev\nKGZGOV: Atambayev\n"
AGENTS = "GOV: president\n"
VERBS = "&AGREEMENT = treaty | accord\nsign obj=&AGREEMENT => 057\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_second_subject_after_and_is_a_conjunct(nlp, coder):
    doc = parse(nlp, "Uzbek/Uzbek/PROPN/compound/1/NNP President/President/PROPN/compound/2/NNP "
                     "Mirziyoyev/Mirziyoyev/PROPN/nsubj/7/NNP and/and/CCONJ/cc/2/CC Kyrgyz/Kyrgyz/PROPN/compound/5/NNP "
                     "President/President/PROPN/compound/6/NNP Atambayev/Atambayev/PROPN/nsubj/7/NNP "
                     "signed/sign/VERB/ROOT/7/VBD a/a/DET/det/9/DT treaty/treaty/NOUN/dobj/7/NN ././PUNCT/punct/7/.")
    repair_parse(doc)
    assert (doc[6].head.i, doc[6].dep_) == (2, "conj")
    assert code(coder, doc) == {("UZBGOV", "KGZGOV", "057"), ("KGZGOV", "UZBGOV", "057")}


def test_repair_leaves_a_subject_after_a_comma(nlp):
    # guard: no "and" right before the second subject ("Mirziyoyev, Atambayev signed") is left as parsed
    doc = parse(nlp, "Mirziyoyev/Mirziyoyev/PROPN/nsubj/3/NNP ,/,/PUNCT/punct/0/, Atambayev/Atambayev/PROPN/nsubj/3/NNP "
                     "signed/sign/VERB/ROOT/3/VBD a/a/DET/det/5/DT treaty/treaty/NOUN/dobj/3/NN ././PUNCT/punct/3/.")
    repair_parse(doc)
    assert (doc[2].head.i, doc[2].dep_) == (3, "nsubj")


def test_repair_second_passive_subject_after_and_is_a_conjunct(nlp):
    # "A Korean tanker and its crew members were seized by Iran": the parser made both passive subjects
    coder = make_coder(nlp, "KOR: Korean\nIRN: Iran\n", "", "&VEHICLE = tanker | ship\nseize obj=&VEHICLE => 181\n")
    doc = parse(nlp, "A/a/DET/det/2/DT Korean/Korean/ADJ/amod/2/JJ tanker/tanker/NOUN/nsubjpass/8/NN and/and/CCONJ/cc/2/CC "
                     "its/its/PRON/poss/6/PRP$ crew/crew/NOUN/compound/6/NN members/member/NOUN/nsubjpass/8/NNS "
                     "were/be/AUX/auxpass/8/VBD seized/seize/VERB/ROOT/8/VBN by/by/ADP/agent/8/IN Iran/Iran/PROPN/pobj/9/NNP "
                     "././PUNCT/punct/8/.")
    repair_parse(doc)
    assert (doc[6].head.i, doc[6].dep_) == (2, "conj")
    assert code(coder, doc) == {("IRN", "KOR", "181")}
