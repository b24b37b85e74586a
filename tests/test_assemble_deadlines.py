"""Ultimatums with a time limit, from hand-built parses: a threat "unless ... within seven days" and "gave Iraq
48 hours to withdraw" are ultimatums (139); without a time limit a threat stays a threat. The penalty named
("or face strikes launched by ...") is no event. Hours the parser hangs as an appositive inside the object ("gave
Saddam and his sons, Uday and Qusay, 48 hours to leave") still set the limit, and so does a limit hung on the place
to be left ("unless Washington withdraws from the gulf by Friday")."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran
USA: Washington
THA: Thailand
KHM: Cambodia
"""
AGENTS = "GOV: government\n"
VERBS = """
threaten comp=close => 1381
threaten => 130
give obj=ultimatum => 139
withdraw => 0874
launch => 190
"""

THREAT = ("Iran/Iran/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO close/close/VERB/xcomp/1/VB "
          "the/the/DET/det/5/DT strait/strait/NOUN/dobj/3/NN unless/unless/SCONJ/mark/8/IN Washington/Washington/PROPN/nsubj/8/NNP "
          "lifted/lift/VERB/advcl/1/VBD sanctions/sanction/NOUN/dobj/8/NNS ")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_threat_unless_within_a_time_is_an_ultimatum(nlp, coder):
    doc = parse(nlp, THREAT + "within/within/ADP/prep/8/IN seven/seven/NUM/nummod/12/CD days/day/NOUN/pobj/10/NNS ././PUNCT/punct/1/.")
    assert {c[2] for c in code(coder, doc)} == {"139"}


def test_assemble_threat_unless_without_a_time_stays_a_threat(nlp, coder):
    # guard: a condition with no time limit is "simply a threat" (codebook, 139)
    doc = parse(nlp, THREAT + "././PUNCT/punct/1/.")
    assert {c[2] for c in code(coder, doc)} == {"1381"}


def test_assemble_hours_given_to_act_are_an_ultimatum(nlp, coder):
    doc = parse(nlp, "Thailand/Thailand/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD Cambodia/Cambodia/PROPN/dative/1/NNP "
                     "24/24/NUM/nummod/4/CD hours/hour/NOUN/dobj/1/NNS to/to/PART/aux/6/TO withdraw/withdraw/VERB/xcomp/1/VB ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("THA", "KHM", "139")}


def test_assemble_more_time_given_to_act_is_no_ultimatum(nlp, coder):
    # guard: "time" alone sets no limit
    doc = parse(nlp, "Thailand/Thailand/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD Cambodia/Cambodia/PROPN/dative/1/NNP "
                     "more/more/ADJ/amod/4/JJR time/time/NOUN/dobj/1/NN to/to/PART/aux/6/TO withdraw/withdraw/VERB/xcomp/1/VB ././PUNCT/punct/1/.")
    assert "139" not in {c[2] for c in code(coder, doc)}


def test_assemble_hours_given_to_leave_are_an_expulsions_deadline_not_an_ultimatum(nlp, coder):
    # "gave them 48 hours to leave" after an expulsion names no penalty: no 139 (with "or face ..." it would be one)
    doc = parse(nlp, "Thailand/Thailand/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD Cambodia/Cambodia/PROPN/dative/1/NNP "
                     "24/24/NUM/nummod/4/CD hours/hour/NOUN/dobj/1/NNS to/to/PART/aux/6/TO leave/leave/VERB/xcomp/1/VB ././PUNCT/punct/1/.")
    assert ("THA", "KHM", "139") not in code(coder, doc)


def test_assemble_an_ultimatums_penalty_is_no_event(nlp):
    # one-sided events kept: the penalty's "launched by Washington" has no target
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    coder = matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False)
    # "Thailand gave Cambodia 48 hours to withdraw or face strikes launched by Washington."
    doc = parse(nlp, "Thailand/Thailand/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD Cambodia/Cambodia/PROPN/dative/1/NNP "
                     "48/48/NUM/nummod/4/CD hours/hour/NOUN/npadvmod/1/NNS to/to/PART/aux/6/TO withdraw/withdraw/VERB/advcl/1/VB "
                     "or/or/CCONJ/cc/6/CC face/face/VERB/conj/6/VB strikes/strike/NOUN/dobj/8/NNS launched/launch/VERB/acl/9/VBN "
                     "by/by/ADP/agent/10/IN Washington/Washington/PROPN/pobj/11/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("THA", "KHM", "139")}


def test_assemble_hours_parsed_as_an_appositive_in_the_object_still_set_a_limit(nlp, coder):
    # "Thailand gave Cambodia and its army, 48 hours to withdraw or face ...", with "hours" an appositive of "army"
    doc = parse(nlp, "Thailand/Thailand/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD Cambodia/Cambodia/PROPN/dobj/1/NNP "
                     "and/and/CCONJ/cc/2/CC its/its/PRON/poss/5/PRP$ army/army/NOUN/conj/2/NN ,/,/PUNCT/punct/5/, "
                     "48/48/NUM/nummod/8/CD hours/hour/NOUN/appos/5/NNS to/to/PART/aux/10/TO withdraw/withdraw/VERB/relcl/8/VB "
                     "or/or/CCONJ/cc/10/CC face/face/VERB/conj/10/VB strikes/strike/NOUN/dobj/12/NNS ././PUNCT/punct/1/.")
    assert {c[2] for c in code(coder, doc)} == {"139"}


def test_assemble_deadline_on_the_place_left_makes_an_ultimatum(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO close/close/VERB/xcomp/1/VB "
                     "the/the/DET/det/5/DT strait/strait/NOUN/dobj/3/NN unless/unless/SCONJ/mark/8/IN Washington/Washington/PROPN/nsubj/8/NNP "
                     "withdraws/withdraw/VERB/advcl/1/VBZ from/from/ADP/prep/8/IN the/the/DET/det/11/DT gulf/gulf/NOUN/pobj/9/NN "
                     "by/by/ADP/prep/11/IN Friday/Friday/PROPN/pobj/12/NNP ././PUNCT/punct/1/.")
    assert {c[2] for c in code(coder, doc)} == {"139"}
