"""Assembly rules found on a mixed set of fresh leads, from hand-built parses: one side's
readiness to meet, an intent disowned, an ultimatum "or face", the object of a charge, the by-phrase
of a stray participle."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | officials | government\n"
VERBS = """
meet => 040
pledge comp=meet => 036
refuse comp=meet|negotiate => 125
give obj=ultimatum => 139
withdraw => 0874
charge prep=with:spying => 1125
pledge obj=aid => 033
hit => 190
have obj=talks => 046
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_readiness_to_meet_is_the_speakers_intent_only(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/3/PRP was/be/AUX/ccomp/1/VBD "
                     "ready/ready/ADJ/acomp/3/JJ to/to/PART/aux/6/TO meet/meet/VERB/xcomp/4/VB Iran/Iran/PROPN/dobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "036")}


def test_assemble_no_plans_to_meet_is_a_refusal(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP has/have/VERB/ROOT/1/VBZ no/no/DET/det/3/DT plans/plan/NOUN/dobj/1/NNS "
                     "to/to/PART/aux/5/TO meet/meet/VERB/acl/3/VB Iran/Iran/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "125")}


def test_assemble_an_act_demanded_or_face_a_penalty_is_an_ultimatum(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD Iran/Iran/PROPN/dative/1/NNP ten/ten/NUM/nummod/4/CD "
                     "days/day/NOUN/npadvmod/1/NNS to/to/PART/aux/6/TO withdraw/withdraw/VERB/advcl/1/VB or/or/CCONJ/cc/6/CC "
                     "face/face/VERB/conj/6/VB attacks/attack/NOUN/dobj/8/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "139")}


def test_assemble_a_charge_is_against_its_object_not_whom_the_charge_names(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP charged/charge/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3/JJ officials/official/NOUN/dobj/1/NNS "
                     "with/with/ADP/prep/1/IN spying/spying/NOUN/pobj/4/NN on/on/ADP/prep/5/IN Syria/Syria/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRNGOV", "1125")}


def test_assemble_a_stray_participle_is_done_by_its_by_phrase(nlp, coder):
    matcher, sentences = coder
    loose = (matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False))  # events without a target too
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP pledged/pledge/VERB/ROOT/1/VBD aid/aid/NOUN/dobj/1/NN for/for/ADP/prep/1/IN "
                     "Syria/Syria/PROPN/pobj/3/NNP ,/,/PUNCT/punct/1/, hit/hit/VERB/advcl/1/VBN by/by/ADP/agent/6/IN "
                     "the/the/DET/det/9/DT earthquake/earthquake/NOUN/pobj/7/NN ././PUNCT/punct/1/.")
    assert code(loose, doc) == {("IRQ", "SYR", "033")}
