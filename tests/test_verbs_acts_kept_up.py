"""An act kept up names the act a comp= pattern asks for: "urged Annan to continue mediating" is an appeal
for mediation (028), "urged both sides to keep talking" one for talks; an act begun or started does too
("urged the rebels to begin disarming" asks for demobilization)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
KEN: Kenya
IGOUNO: Annan
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | government | president\n"
VERBS = """
urge => 020
urge comp=mediate => 028
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_appeal_to_continue_mediating_is_an_appeal_for_mediation(nlp, coder):
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Annan/Annan/PROPN/dobj/1 "
                     "to/to/PART/aux/4 continue/continue/VERB/xcomp/1/VB mediating/mediate/VERB/xcomp/4/VBG "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("KEN", "IGOUNO", "028")}


VERBS_OF_DISARMING = """
urge => 020
urge comp=disarm => 0256
demand => 100
demand comp=disarm => 1056
"""


@pytest.fixture(scope="module")
def disarm_coder(nlp):
    return make_coder(nlp, "KEN: Kenya\nSOM: Somalia\n", AGENTS, VERBS_OF_DISARMING)


def test_appeal_to_begin_disarming_is_an_appeal_to_disarm(nlp, disarm_coder):
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Somalia/Somalia/PROPN/dobj/1 "
                     "to/to/PART/aux/4 begin/begin/VERB/xcomp/1/VB disarming/disarm/VERB/xcomp/4/VBG "
                     "././PUNCT/punct/1")
    assert code(disarm_coder, doc) == {("KEN", "SOM", "0256")}


def test_demand_that_a_party_start_disarming_is_a_demand_to_disarm(nlp, disarm_coder):
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 "
                     "Somalia/Somalia/PROPN/nsubj/4 start/start/VERB/ccomp/1/VB disarming/disarm/VERB/xcomp/4/VBG "
                     "././PUNCT/punct/1")
    assert code(disarm_coder, doc) == {("KEN", "SOM", "1056")}


def test_appeal_to_begin_what_no_pattern_names_stays_an_appeal(nlp, disarm_coder):
    doc = parse(nlp, "Kenya/Kenya/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Somalia/Somalia/PROPN/dobj/1 "
                     "to/to/PART/aux/4 begin/begin/VERB/xcomp/1/VB voting/vote/VERB/xcomp/4/VBG "
                     "././PUNCT/punct/1")
    assert code(disarm_coder, doc) == {("KEN", "SOM", "020")}
