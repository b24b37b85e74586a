"""A time given to leave, from hand-built parses: with no penalty named and no other expulsion in the sentence,
"gave the French ambassador 72 hours to leave the country" is the host state's order out, coded as "ordered him
to leave" is (161 for envoys, 174 for a person deported such as a journalist, 166 for other foreign groups such
as troops); with "or face ..." it stays an
ultimatum (139)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
MLI: Mali
FRA: French
"""
AGENTS = "GOV: ambassador\nMIL: troops\nMED: journalist\n"
VERBS = """
give obj=ultimatum => 139
demand => 100
order obj=ambassador comp=leave => 161
order obj=journalist comp=leave => 174
arrest => 173
"""

AMBASSADOR = ("Mali/Mali/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD the/the/DET/det/4/DT French/french/ADJ/amod/4/JJ "
              "ambassador/ambassador/NOUN/dative/1/NN 72/72/NUM/nummod/6/CD hours/hour/NOUN/dobj/1/NNS to/to/PART/aux/8/TO "
              "leave/leave/VERB/advcl/1/VB the/the/DET/det/10/DT country/country/NOUN/dobj/8/NN ")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_hours_given_to_an_envoy_to_leave_are_his_expulsion(nlp, coder):
    doc = parse(nlp, AMBASSADOR + "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MLI", "FRAGOV", "161")}


def test_assemble_a_month_given_to_foreign_troops_to_leave_is_their_expulsion(nlp, coder):
    # "Mali gave French troops a month to leave the country."
    doc = parse(nlp, "Mali/Mali/PROPN/nsubj/1/NNP gave/give/VERB/ROOT/1/VBD French/french/ADJ/amod/3/JJ troops/troop/NOUN/dative/1/NNS "
                     "a/a/DET/det/5/DT month/month/NOUN/npadvmod/1/NN to/to/PART/aux/7/TO leave/leave/VERB/advcl/1/VB "
                     "the/the/DET/det/9/DT country/country/NOUN/dobj/7/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MLI", "FRAMIL", "166")}


def test_assemble_hours_given_to_a_foreign_journalist_to_leave_are_his_deportation(nlp, coder):
    # "Mali gave the French journalist 48 hours to leave the country": one person ordered out is 174, as
    # "ordered the journalist to leave" is, not the 166 of groups
    doc = parse(nlp, AMBASSADOR.replace("ambassador/ambassador", "journalist/journalist").replace("72/72", "48/48") + "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MLI", "FRAMED", "174")}


def test_assemble_hours_to_leave_or_face_a_penalty_stay_an_ultimatum(nlp, coder):
    # guard: "... to leave the country or face arrest" names a penalty
    doc = parse(nlp, AMBASSADOR + "or/or/CCONJ/cc/8/CC face/face/VERB/conj/8/VB arrest/arrest/NOUN/dobj/12/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("MLI", "FRAGOV", "139")}
