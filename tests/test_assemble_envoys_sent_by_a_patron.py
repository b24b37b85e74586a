"""People named by who sent them, from hand-built parses: "envoys sent by President Keita" act for
his government, as "envoys led by" him would; "troops dispatched by Chad" are Chad's."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
MLIGOV: Keita
TCD: Chad
NGA: Nigeria
NGAGOV: Buhari
"""
AGENTS = "GOV: envoys | envoy\nMIL: troops\n"
VERBS = "apologise prep=to => 055\nenter => 192\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_envoys_sent_by_a_leader_act_for_his_government(nlp, coder):
    # "Envoys sent by Keita apologised to Buhari."
    doc = parse(nlp, "Envoys/envoy/NOUN/nsubj/4/NNS sent/send/VERB/acl/0/VBN by/by/ADP/agent/1/IN Keita/Keita/PROPN/pobj/2/NNP "
                     "apologised/apologise/VERB/ROOT/4/VBD to/to/ADP/prep/4/IN Buhari/Buhari/PROPN/pobj/5/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc, dt.date(2019, 9, 16)) == {("MLIGOV", "NGAGOV", "055")}


def test_assemble_troops_dispatched_by_a_state_are_its_own(nlp, coder):
    # "Troops dispatched by Chad entered Nigeria."
    doc = parse(nlp, "Troops/troop/NOUN/nsubj/4/NNS dispatched/dispatch/VERB/acl/0/VBN by/by/ADP/agent/1/IN Chad/Chad/PROPN/pobj/2/NNP "
                     "entered/enter/VERB/ROOT/4/VBD Nigeria/Nigeria/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc, dt.date(2015, 2, 3)) == {("TCDMIL", "NGA", "192")}
