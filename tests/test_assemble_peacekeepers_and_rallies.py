"""Assembly rules for peacekeepers, agreed sanctions and rallies, from hand-built parses: forces sent as
peacekeepers are aimed where they go; a sanction agreed on is the sanction; forces deployed for peacekeeping
provide it; repression of a rally is of the people where it was, not of the place."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers | peacekeepers\nGOV: official | officials | government\n"
VERBS = """
send obj=troop prep=to => 154
send obj=troop prep=as:peacekeeper => 074
deploy obj=troop prep=to => 154
agree => 030
ban obj=import prep=from => 163
impose obj=law => 040
fire prep=on:rally => 175
reject obj=troop => 1224
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_forces_sent_as_peacekeepers_are_aimed_where_they_go(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS to/to/ADP/prep/1/IN "
                     "Syria/Syria/PROPN/pobj/3/NNP as/as/ADP/prep/1/IN peacekeepers/peacekeeper/NOUN/pobj/5/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "074")}


def test_assemble_a_sanction_agreed_on_is_the_sanction(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP agreed/agree/VERB/ROOT/1/VBD to/to/PART/aux/3/TO ban/ban/VERB/xcomp/1/VB "
                     "imports/import/NOUN/dobj/3/NNS from/from/ADP/prep/4/IN Iran/Iran/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "163")}


def test_assemble_an_agreed_act_that_is_no_sanction_stays_an_intent(nlp, coder):
    # guard: "agreed to impose Islamic law" is not made a sanction
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP agreed/agree/VERB/ROOT/1/VBD to/to/PART/aux/3/TO impose/impose/VERB/xcomp/1/VB "
                     "law/law/NOUN/dobj/3/NN on/on/ADP/prep/3/IN Iran/Iran/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert all(c[2] != "163" for c in code(coder, doc))


def test_assemble_forces_deployed_to_join_a_peacekeeping_force_provide_protection(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP deployed/deploy/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS to/to/ADP/prep/1/IN "
                     "Syria/Syria/PROPN/pobj/3/NNP to/to/PART/aux/6/TO join/join/VERB/advcl/1/VB a/a/DET/det/9/DT "
                     "peacekeeping/peacekeeping/NOUN/compound/9/NN force/force/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "074")}


def test_assemble_forces_deployed_to_fight_stay_a_deployment(nlp, coder):
    # guard: a purpose that is no peacekeeping leaves the 154
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP deployed/deploy/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS to/to/ADP/prep/1/IN "
                     "Syria/Syria/PROPN/pobj/3/NNP to/to/PART/aux/6/TO fight/fight/VERB/advcl/1/VB the/the/DET/det/8/DT "
                     "rebels/rebel/NOUN/dobj/6/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "154")}


def test_assemble_fire_on_a_rally_in_a_place_is_at_its_people(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS fired/fire/VERB/ROOT/2/VBD on/on/ADP/prep/2/IN "
                     "a/a/DET/det/5/DT rally/rally/NOUN/pobj/3/NN in/in/ADP/prep/5/IN Syria/Syria/PROPN/pobj/6/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "SYRCVL", "175")}


def test_assemble_a_rejected_deployment_is_aimed_where_the_forces_would_be_deployed(nlp, coder):
    # "rejected a call for its troops to be deployed in Syria": the parser hangs "deployed" on "call"
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3/DT call/call/NOUN/dobj/1/NN "
                     "for/for/ADP/prep/3/IN its/its/PRON/poss/6/PRP$ troops/troop/NOUN/pobj/4/NNS to/to/PART/aux/9/TO "
                     "be/be/AUX/auxpass/9/VB deployed/deploy/VERB/relcl/3/VBN in/in/ADP/prep/9/IN Syria/Syria/PROPN/pobj/10/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "1224")}


def test_assemble_a_rejected_call_to_deploy_forces_is_aimed_where_they_would_go(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3/DT call/call/NOUN/dobj/1/NN "
                     "to/to/PART/aux/5/TO deploy/deploy/VERB/acl/3/VB troops/troop/NOUN/dobj/5/NNS in/in/ADP/prep/5/IN "
                     "Syria/Syria/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "1224")}


def test_assemble_forces_deployed_to_protect_or_defend_provide_protection(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP deployed/deploy/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS to/to/ADP/prep/1/IN "
                     "Syria/Syria/PROPN/pobj/3/NNP to/to/PART/aux/6/TO defend/defend/VERB/advcl/1/VB the/the/DET/det/8/DT "
                     "government/government/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "074")}
