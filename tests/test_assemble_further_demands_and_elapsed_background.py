"""From hand-built parses: a further verb of a demanded "that" clause is asked of the clause's subject, not of
the place it is to leave ("demanded that Israel halt the offensive and withdraw its troops from Lebanon")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt | Egyptian
ISR: Israel | Israeli
LBN: Lebanon | Lebanese
"""
AGENTS = "MIL: troops | soldiers\nGOV: government\n"
VERBS = """
&TROOPS = troop | soldier
demand comp=withdraw|halt => 1056
demand comp=release => 1053
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "Egypt demanded that Israel halt its offensive and withdraw its troops from Lebanon."
FURTHER_DEMAND = (
    "Egypt/Egypt/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 Israel/Israel/PROPN/nsubj/4 "
    "halt/halt/VERB/ccomp/1/VB its/its/PRON/poss/6 offensive/offensive/NOUN/dobj/4 and/and/CCONJ/cc/4 "
    "{verb}/{lemma}/VERB/conj/4/VB its/its/PRON/poss/10 {object}/{object_lemma}/NOUN/dobj/8 from/from/ADP/prep/8 "
    "Lebanon/Lebanon/PROPN/pobj/11 ././PUNCT/punct/1"
)


def test_assemble_further_verb_of_a_demanded_clause_is_asked_of_its_subject_not_the_place_left(nlp, coder):
    doc = parse(nlp, FURTHER_DEMAND.format(verb="withdraw", lemma="withdraw", object="troops", object_lemma="troop"))
    assert code(coder, doc) == {("EGY", "ISR", "1056")}


def test_assemble_further_demanded_act_of_another_kind_is_asked_of_the_same_subject(nlp, coder):
    doc = parse(nlp, FURTHER_DEMAND.format(verb="release", lemma="release", object="prisoners", object_lemma="prisoner"))
    assert code(coder, doc) == {("EGY", "ISR", "1056"), ("EGY", "ISR", "1053")}
