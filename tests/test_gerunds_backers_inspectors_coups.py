"""Rules from hand-built parses: a gerund parsed as a noun compound of its object still says what a phrase is
of; a name hyphenated to an attributive participle is not its subject; a rejected request to send inspectors is
access refused; an unnamed army that kills a named leader is his country's; a team sent somewhere to
investigate investigates there; a named person handed over to a state is extradited."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import Clause

ACTORS = """
UGA: Uganda | Ugandan
SDN: Sudan | Sudanese
SYR: Syria | Syrian
LBN: Beirut | Lebanon
IGOUNO: U.N. | United Nations
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | government\nREB: militias | rebels\n"
VERBS = """
&A_GER = bomb | shell
accuse prep=of:&A_GER => 1123
accuse prep=of => 112
back => 051
shell => 194
reject obj=request|requests => 120
refuse comp=provide|send|give => 122
refuse comp=allow|admit|permit => 1245
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_gerund_parsed_as_compound_of_its_object_names_the_prep_object(nlp, coder):
    doc = parse(nlp, "Uganda/Uganda/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1/VBD Sudan/Sudan/PROPN/dobj/1 on/on/ADP/prep/1 "
                     "Monday/Monday/PROPN/pobj/3 of/of/ADP/prep/1 bombing/bombing/NOUN/compound/7 villages/village/NOUN/pobj/5 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("UGA", "SDN", "1123")}


def test_plain_noun_compound_is_not_read_as_a_gerund(nlp, coder):
    doc = parse(nlp, "Uganda/Uganda/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1/VBD Sudan/Sudan/PROPN/dobj/1 of/of/ADP/prep/1 "
                     "border/border/NOUN/compound/5 violations/violation/NOUN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("UGA", "SDN", "112")}


def test_name_hyphenated_to_a_participle_is_not_its_subject(nlp, coder):
    # (code_sentence drops the target-less 051 here; the full pipeline kept it as SYR>- 051, so test the clause)
    doc = parse(nlp, "Syrian/Syrian/PROPN/npadvmod/2 -/-/PUNCT/punct/2 backed/back/VERB/amod/3/VBN militias/militia/NOUN/nsubj/4 "
                     "shelled/shell/VERB/ROOT/4/VBD Beirut/Beirut/PROPN/dobj/4 ././PUNCT/punct/4")
    assert Clause.read(doc[2]).subject is None
    assert code(coder, doc) == {("LBNREB", "LBN", "194")}


def test_sentence_initial_name_still_subject_of_its_verb(nlp, coder):
    doc = parse(nlp, "Syria/Syria/PROPN/npadvmod/1 backed/back/VERB/ROOT/1/VBD Beirut/Beirut/PROPN/dobj/1 ././PUNCT/punct/1")
    assert Clause.read(doc[1]).subject is not None and code(coder, doc) == {("SYR", "LBN", "051")}


def test_rejected_request_to_send_monitors_is_access_refused(nlp, coder):
    doc = parse(nlp, "Sudan/Sudan/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/4 U.N./U.N./PROPN/compound/4 "
                     "request/request/NOUN/dobj/1 to/to/PART/aux/6 send/send/VERB/acl/4/VB monitors/monitor/NOUN/dobj/6 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("SDN", "IGOUNO", "1245")}


def test_rejected_request_to_send_troops_stays_aid_refused(nlp, coder):
    doc = parse(nlp, "Sudan/Sudan/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/4 U.N./U.N./PROPN/compound/4 "
                     "request/request/NOUN/dobj/1 to/to/PART/aux/6 send/send/VERB/acl/4/VB troops/troop/NOUN/dobj/6 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("SDN", "IGOUNO", "122")}


COUP = """
BDI: Burundi | Burundian
"""
COUP_AGENTS = "MIL: paratroopers | soldiers\nGOV: president\nCVL: protesters\n"
COUP_VERBS = """
&VIP = president
kill obj=&VIP => 186
kill => 190
"""


@pytest.fixture(scope="module")
def coup_coder(nlp):
    return make_coder(nlp, COUP, COUP_AGENTS, COUP_VERBS)


def test_unnamed_army_killing_a_named_leader_is_his_countrys(nlp, coup_coder):
    doc = parse(nlp, "Burundian/Burundian/ADJ/amod/1 President/president/PROPN/nsubjpass/3 was/be/AUX/auxpass/3 "
                     "killed/kill/VERB/ROOT/3/VBN by/by/ADP/agent/3 paratroopers/paratrooper/NOUN/pobj/4 ././PUNCT/punct/3")
    assert code(coup_coder, doc) == {("BDIMIL", "BDIGOV", "186")}


def test_unnamed_army_killing_people_stays_unknown(nlp, coup_coder):
    doc = parse(nlp, "Soldiers/soldier/NOUN/nsubj/1 killed/kill/VERB/ROOT/1/VBD Burundian/Burundian/ADJ/amod/3 "
                     "protesters/protester/NOUN/dobj/1 ././PUNCT/punct/1")
    assert all(s == "---MIL" for s, _, _ in code(coup_coder, doc))


SENT_VERBS = "investigate => 090\n"


@pytest.fixture(scope="module")
def sent_coder(nlp):
    return make_coder(nlp, "IGOUNO: U.N.\nSDN: Sudan\n", "", SENT_VERBS)


def test_investigation_by_those_sent_somewhere_is_of_that_place(nlp, sent_coder):
    # "The U.N. sent a team to Sudan to investigate.": the team investigates where it was sent.
    doc = parse(nlp, "The/the/DET/det/1 U.N./U.N./PROPN/nsubj/2 sent/send/VERB/ROOT/2/VBD a/a/DET/det/4 team/team/NOUN/dobj/2 "
                     "to/to/ADP/prep/4 Sudan/Sudan/PROPN/pobj/5 to/to/PART/aux/8 investigate/investigate/VERB/advcl/2/VB ././PUNCT/punct/2")
    assert ("IGOUNO", "SDN", "090") in code(sent_coder, doc)


@pytest.fixture(scope="module")
def handover_coder(nlp):
    return make_coder(nlp, "KEN: Kenya\nTUR: Turkey\nTURREBPKK: Ocalan\nPSE: Jericho\nISR: Israel\n", "", "hand over => 084\n")


def handed(who: str, giver: str = "Kenya", to: str = "Turkey") -> str:
    return (f"{giver}/{giver}/PROPN/nsubj/1 handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1 {who}/{who}/PROPN/dobj/1 "
            f"to/to/ADP/prep/1 {to}/{to}/PROPN/pobj/4 ././PUNCT/punct/1")


def test_named_person_handed_over_to_a_state_is_extradited(nlp, handover_coder):
    # "Kenya handed over Ocalan to Turkey."
    assert code(handover_coder, parse(nlp, handed("Ocalan"))) == {("KEN", "TUR", "063")}


def test_place_handed_over_is_not_extradited(nlp, handover_coder):
    # "Israel handed over Jericho to Turkey." (a place: handed over, not extradited)
    assert all(c == "084" for *_, c in code(handover_coder, parse(nlp, handed("Jericho", giver="Israel"))))
