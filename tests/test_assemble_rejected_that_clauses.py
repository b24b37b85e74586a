"""From a hand-built parse: a demand rejected whose content is a that-clause ("rejected demands that he resign")
is refused by that act, as the infinitive already is, also when the parser reads the demand noun as a verb;
a rejected demand is aimed at whose it was, also when the parser tags the word for them an adjective ("rebel
demands"). A demand whose act no pattern frames is a refusal to change a policy (1232); a rejected call stays
a plain rejection."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: official | government | president\nREB: rebel | rebels\n"
VERBS = """
reject obj=demand|demands|call|calls => 120
reject => 120
refuse comp=resign|step|quit => 1231
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_rejected_demand_with_that_clause_is_refused_by_its_act(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3 "
                     "demands/demand/NOUN/dobj/1 that/that/SCONJ/mark/6 he/he/PRON/nsubj/6 "
                     "resign/resign/VERB/acl/3/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "1231")}


def test_assemble_rejected_demand_with_infinitive_still_refused_by_its_act(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3 "
                     "demands/demand/NOUN/dobj/1 to/to/PART/aux/5 resign/resign/VERB/acl/3/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "1231")}


def test_assemble_rejected_demand_is_aimed_at_whose_it_was(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD rebel/rebel/ADJ/amod/3/JJ "
                     "demands/demand/NOUN/dobj/1/NNS ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "---REB", "1232")}


def test_assemble_rejected_demand_whose_act_no_pattern_frames_is_a_policy_change_refused(nlp, coder):
    # "Iraq rejected Iranian demands that it accept refugees": no refusal pattern names accepting refugees
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3 "
                     "demands/demand/NOUN/dobj/1 that/that/SCONJ/mark/6 it/it/PRON/nsubj/6 "
                     "accept/accept/VERB/acl/3/VB refugees/refugee/NOUN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "1232")}


def test_assemble_rejected_call_stays_a_plain_rejection(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3 "
                     "calls/call/NOUN/dobj/1/NNS ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "120")}


def test_assemble_rejected_demand_is_refused_by_a_later_conjoined_act(nlp, coder):
    # "rejected Iranian demands that he stay home and resign": the act a pattern frames may be the second.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3 "
                     "demands/demand/NOUN/dobj/1 that/that/SCONJ/mark/6 he/he/PRON/nsubj/6 "
                     "stay/stay/VERB/acl/3/VB home/home/ADV/advmod/6/RB and/and/CCONJ/cc/6/CC "
                     "resign/resign/VERB/conj/6/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "1231")}


def test_assemble_rejected_demand_read_as_a_verb_is_refused_by_its_that_clause(nlp, coder):
    # "Iraq rejected Iranian government demands that he resign": the parser takes "demands" for a verb, its
    # that-clause for a ccomp and "that" for the clause's object; the clause is still what was asked.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Iranian/Iranian/ADJ/amod/3/JJ "
                     "government/government/NOUN/compound/4/NN demands/demand/VERB/dobj/1/VBZ that/that/SCONJ/dobj/7/IN "
                     "he/he/PRON/nsubj/7/PRP resign/resign/VERB/ccomp/4/VBP ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRNGOV", "1231")}
