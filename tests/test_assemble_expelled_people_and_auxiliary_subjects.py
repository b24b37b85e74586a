"""From hand-built parses: people an expulsion sends away from a place are its
target (F1); a subject the parser hung on the auxiliary is the verb's (F2)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq
IRQGOV: Baghdad
RUS: Russia
RUSGOV: Moscow
GBR: British
IRN: Iran
IGOUNO: U.N.
"""
AGENTS = "GOV: diplomats | diplomat\n"
VERBS = """
&INSPECTORS = inspector
expel obj=&INSPECTORS => 1662
expel obj=&INSPECTORS prep=from => 1662
expel obj=diplomat prep=from => 161
expel obj=staff => 166
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_inspectors_expelled_from_a_capital_are_the_target(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP expelled/expel/VERB/ROOT/1/VBD U.N./U.N./PROPN/compound/3/NNP "
                     "inspectors/inspector/NOUN/dobj/1/NNS from/from/ADP/prep/1/IN Baghdad/Baghdad/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IGOUNO", "1662")}


def test_assemble_foreign_diplomats_expelled_from_a_capital_are_the_target(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP expelled/expel/VERB/ROOT/1/VBD British/british/ADJ/amod/3/JJ "
                     "diplomats/diplomat/NOUN/dobj/1/NNS from/from/ADP/prep/1/IN Moscow/Moscow/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUS", "GBRGOV", "161")}


def test_assemble_pronoun_subject_hung_on_the_auxiliary_is_the_verbs(nlp, coder):
    # "Iran said on Friday it was expelling U.N. staff", with "it" parsed as the subject of "was".
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD on/on/ADP/prep/1/IN Friday/Friday/PROPN/pobj/2/NNP "
                     "it/it/PRON/nsubj/5/PRP was/be/AUX/aux/6/VBD expelling/expel/VERB/ccomp/1/VBG U.N./U.N./PROPN/compound/8/NNP "
                     "staff/staff/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "IGOUNO", "166")}
