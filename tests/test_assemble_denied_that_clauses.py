"""From a hand-built parse: a denial that names no accuser is aimed at whom the denied act was done to,
whether the act is a gerund ("denied attacking an Iranian ship") or a that-clause ("denied that it had
attacked an Iranian ship"), as an admission is; an accuser named comes first, and the denier's own forces
are never the target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
KWT: Kuwait | Kuwaiti
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
deny => 016
deny obj=charge|charges|accusation|accusations => 016
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_denial_of_a_that_clause_is_aimed_at_whom_the_act_was_done_to(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN it/it/PRON/nsubj/5/PRP "
                     "had/have/AUX/aux/5/VBD attacked/attack/VERB/ccomp/1/VBN an/an/DET/det/8/DT Iranian/iranian/ADJ/amod/8/JJ "
                     "ship/ship/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "016")}


def test_assemble_denial_of_a_gerund_is_aimed_alike(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD attacking/attack/VERB/xcomp/1/VBG "
                     "an/an/DET/det/5/DT Iranian/iranian/ADJ/amod/5/JJ ship/ship/NOUN/dobj/2/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "016")}


def test_assemble_denial_names_the_accuser_before_the_act(nlp, coder):
    # "Iraq denied Iranian charges that it had attacked a Kuwaiti ship": at Iran, who made them.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD Iranian/iranian/ADJ/amod/3/JJ "
                     "charges/charge/NOUN/dobj/1/NNS that/that/SCONJ/mark/7/IN it/it/PRON/nsubj/7/PRP had/have/AUX/aux/7/VBD "
                     "attacked/attack/VERB/acl/3/VBN a/a/DET/det/10/DT Kuwaiti/kuwaiti/ADJ/amod/10/JJ ship/ship/NOUN/dobj/7/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "016")}


def test_assemble_denial_is_never_aimed_at_the_deniers_own_forces(nlp, coder):
    # "Iraq denied that its troops had fired on Iraqi soldiers"
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD that/that/SCONJ/mark/6/IN its/its/PRON/poss/4/PRP$ "
                     "troops/troop/NOUN/nsubj/6/NNS had/have/AUX/aux/6/VBD fired/fire/VERB/ccomp/1/VBN on/on/ADP/prep/6/IN "
                     "Iraqi/iraqi/ADJ/amod/9/JJ soldiers/soldier/NOUN/pobj/7/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
