"""Opening phrases, from hand-built parses: a subject the parser hung inside a sentence's opening phrase, or on a
participle between commas, is the verb's, and one after a subordinating word is not; a reduced relative the parser
took for the main verb ("journalists detained in Cairo were freed") is repaired; a fronted "with" phrase is a
circumstance, not the partner of the act; a past-tense verb the parser hung under a noun root ("Thousands of students
demanding ... rallied") is the main verb. And a promise to call off a protest by an opposition of no named country
is toward the government of where it protests; a protest by people a participle says demand a change ("Rioters
demanding Suharto's resignation set fire to ...") is the protest for it."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
AGO: Angolan
AGOREB: UNITA
EGY: Egypt
ISR: Israel
SYR: Syria
"""
AGENTS = "GOV: government\n"
VERBS = """
agree prep=with => 019
agree comp=end => 0356
agree prep=to:ceasefire => 0356
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


# "With the signing of an accord, the Angolan government and UNITA agreed to end the war.", parsed with the
# subject as a conjunct of "accord" and no subject on "agreed".
MISPARSED = (
    "With/with/ADP/prep/12 the/the/DET/det/2 signing/signing/NOUN/pobj/0 of/of/ADP/prep/2 an/an/DET/det/5 "
    "accord/accord/NOUN/pobj/3 ,/,/PUNCT/punct/5 the/the/DET/det/9 Angolan/Angolan/ADJ/amod/9 "
    "government/government/NOUN/conj/5 and/and/CCONJ/cc/9 UNITA/UNITA/PROPN/conj/9 agreed/agree/VERB/ROOT/12/VBD "
    "to/to/PART/aux/14 end/end/VERB/xcomp/12 the/the/DET/det/16 war/war/NOUN/dobj/14 ././PUNCT/punct/12"
)


def test_repair_subject_hung_in_the_opening_phrase_is_the_verbs(nlp):
    doc = parse(nlp, MISPARSED)
    repair_parse(doc)
    assert (doc[9].dep_, doc[9].head.i) == ("nsubj", 12)


def test_assemble_parties_after_an_opening_with_phrase_agree_with_each_other(nlp, coder):
    doc = parse(nlp, MISPARSED)
    repair_parse(doc)
    assert code(coder, doc) == {("AGOGOV", "AGOREB", "0356"), ("AGOREB", "AGOGOV", "0356")}


def test_assemble_fronted_with_phrase_is_no_partner(nlp, coder):
    # "With the help of Egypt, Israel and Syria agreed to a ceasefire."
    doc = parse(nlp, "With/with/ADP/prep/9 the/the/DET/det/2 help/help/NOUN/pobj/0 of/of/ADP/prep/2 Egypt/Egypt/PROPN/pobj/3 "
                     ",/,/PUNCT/punct/9 Israel/Israel/PROPN/nsubj/9 and/and/CCONJ/cc/6 Syria/Syria/PROPN/conj/6 "
                     "agreed/agree/VERB/ROOT/9/VBD to/to/ADP/prep/9 a/a/DET/det/12 ceasefire/ceasefire/NOUN/pobj/10 ././PUNCT/punct/9")
    assert code(coder, doc) == {("ISR", "SYR", "0356"), ("SYR", "ISR", "0356")}


@pytest.fixture(scope="module")
def protest_coder(nlp):
    return make_coder(nlp, "AZEGOV: Baku\n", "OPP: opposition\n", "agree comp=postpone => 0352\n")


def test_assemble_promise_to_call_off_a_protest_is_toward_the_government_where_it_was(nlp, protest_coder):
    # "The opposition agreed to postpone the demonstration in Baku."
    doc = parse(nlp, "The/the/DET/det/1 opposition/opposition/NOUN/nsubj/2 agreed/agree/VERB/ROOT/2/VBD to/to/PART/aux/4 "
                     "postpone/postpone/VERB/xcomp/2/VB the/the/DET/det/6 demonstration/demonstration/NOUN/dobj/4 "
                     "in/in/ADP/prep/6 Baku/Baku/PROPN/pobj/7 ././PUNCT/punct/2")
    assert code(protest_coder, doc) == {("AZEOPP", "AZEGOV", "0352")}


def test_repair_subject_of_a_participle_between_commas_is_the_verbs(nlp):
    # "Aquino, addressing a rally, demanded ...", parsed with Aquino as the participle's subject.
    doc = parse(nlp, "Aquino/Aquino/PROPN/nsubj/2 ,/,/PUNCT/punct/0 addressing/address/VERB/advcl/5/VBG a/a/DET/det/4 "
                     "rally/rally/NOUN/dobj/2 demanded/demand/VERB/ROOT/5/VBD elections/election/NOUN/dobj/5 ././PUNCT/punct/5")
    repair_parse(doc)
    assert doc[0].head.i == 5


def test_subject_after_a_subordinating_word_is_not_the_main_verbs(nlp):
    # "Gadhafi, since the raids, condemned the attacks": "raids" hangs on "condemned" with its "since".
    from eventcoder.verbs import Clause

    doc = parse(nlp, "Gadhafi/Gadhafi/PROPN/nsubj/5 ,/,/PUNCT/punct/0 since/since/SCONJ/mark/5 the/the/DET/det/4 "
                     "raids/raid/NOUN/nsubj/5 condemned/condemn/VERB/ROOT/5/VBD attacks/attack/NOUN/dobj/5 ././PUNCT/punct/5")
    assert Clause.read(doc[5]).subject.i == 0


def test_repair_reduced_relative_taken_for_the_main_verb(nlp):
    # "Journalists detained in Cairo were freed by police", parsed as "journalists detained" + "were freed" (ccomp).
    doc = parse(nlp, "Journalists/journalist/NOUN/nsubj/1 detained/detain/VERB/ROOT/1/VBD in/in/ADP/prep/1 Cairo/Cairo/PROPN/pobj/2 "
                     "were/be/AUX/auxpass/5 freed/free/VERB/ccomp/1/VBN by/by/ADP/agent/5 police/police/NOUN/pobj/6 ././PUNCT/punct/1")
    repair_parse(doc)
    assert (doc[5].dep_, doc[1].dep_, doc[1].head.i, doc[0].dep_, doc[0].head.i) == ("ROOT", "acl", 0, "nsubjpass", 5)


def test_repair_leaves_a_verb_with_its_own_object(nlp):
    # "Troops attacked the town were ..." is no reduced relative when the first verb has an object.
    doc = parse(nlp, "Troops/troop/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1/VBD towns/town/NOUN/dobj/1 "
                     "were/be/AUX/auxpass/4 shelled/shell/VERB/ccomp/1/VBN ././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT"


def test_repair_past_tense_verb_under_a_noun_root_is_the_main_verb(nlp):
    # "Thousands of students demanding reforms rallied in Jakarta", parsed with "Thousands" as the root and
    # "rallied" hung on "reforms".
    doc = parse(nlp, "Thousands/thousand/NOUN/ROOT/0/NNS of/of/ADP/prep/0/IN students/student/NOUN/pobj/1/NNS "
                     "demanding/demand/VERB/acl/2/VBG reforms/reform/NOUN/dobj/3/NNS rallied/rally/VERB/acl/4/VBD "
                     "in/in/ADP/prep/5/IN Jakarta/Jakarta/PROPN/pobj/6/NNP ././PUNCT/punct/0/.")
    repair_parse(doc)
    assert (doc[5].dep_, doc[0].dep_, doc[0].head.i) == ("ROOT", "nsubj", 5)


def test_repair_participle_tagged_past_under_a_counted_root_is_the_main_verb(nlp):
    # "Hundreds of thousands of marchers converged on the palace", parsed with "thousands" as the root and
    # "converged" tagged a participle (VBN) hung on it.
    doc = parse(nlp, "Hundreds/hundred/NOUN/quantmod/2/NNS of/of/ADP/quantmod/2/IN thousands/thousand/NOUN/ROOT/2/NNS "
                     "of/of/ADP/prep/2/IN marchers/marcher/NOUN/pobj/3/NNS converged/converge/VERB/acl/2/VBN "
                     "on/on/ADP/prep/5/IN the/the/DET/det/8/DT palace/palace/NOUN/pobj/6/NN ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[5].dep_, doc[2].dep_, doc[2].head.i) == ("ROOT", "nsubj", 5)


def test_repair_leaves_a_passive_participle_under_a_counted_root(nlp):
    # "Thousands of people displaced by the fighting": a participle with a "by" phrase is a passive, no main verb.
    doc = parse(nlp, "Thousands/thousand/NOUN/ROOT/0/NNS of/of/ADP/prep/0/IN people/people/NOUN/pobj/1/NNS "
                     "displaced/displace/VERB/acl/0/VBN by/by/ADP/agent/3/IN the/the/DET/det/6/DT "
                     "fighting/fighting/NOUN/pobj/4/NN ././PUNCT/punct/0/.")
    repair_parse(doc)
    assert (doc[0].dep_, doc[3].dep_) == ("ROOT", "acl")


@pytest.fixture(scope="module")
def rally_coder(nlp):
    return make_coder(nlp, "IDN: Indonesian | Indonesians\nIDNGOV: Suharto\n", "CVL: rioters\n",
                      "demand obj=resignation => 1041\nriot => 145\n")


def test_assemble_protesters_a_participle_says_demand_a_change_protest_for_it(nlp, rally_coder):
    # "Indonesian rioters demanding Suharto's resignation rioted in Jakarta"
    doc = parse(nlp, "Indonesian/Indonesian/ADJ/amod/1/JJ rioters/rioter/NOUN/nsubj/6/NNS demanding/demand/VERB/acl/1/VBG "
                     "Suharto/Suharto/PROPN/poss/5/NNP 's/'s/PART/case/3/POS resignation/resignation/NOUN/dobj/2/NN "
                     "rioted/riot/VERB/ROOT/6/VBD ././PUNCT/punct/6/.")
    assert code(rally_coder, doc) == {("IDNCVL", "IDNGOV", "1451")}
