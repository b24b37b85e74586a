"""From hand-built parses: a plain warning or threat whose content names war or force as the warner's
answer ("would be treated as a cause for war", "by force") is a threat of force (138); force named only
in its condition ("if Greece took the islands by force") is not."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
TUR: Turkey
GRC: Greece
SDN: Sudan
SSD: South Sudan
"""
AGENTS = "GOV: government\n"
VERBS = """
warn => 130
threaten => 130
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_warning_of_a_cause_for_war_is_a_threat_of_force(nlp, coder):
    # "Turkey warned Greece that an extension would be a cause for war"
    doc = parse(
        nlp,
        "Turkey/Turkey/PROPN/nsubj/1 warned/warn/VERB/ROOT/1/VBD Greece/Greece/PROPN/dobj/1 that/that/SCONJ/mark/7 "
        "an/an/DET/det/5 extension/extension/NOUN/nsubj/7 would/would/AUX/aux/7 be/be/AUX/ccomp/1 a/a/DET/det/9 "
        "cause/cause/NOUN/attr/7 for/for/ADP/prep/9 war/war/NOUN/pobj/10",
    )
    assert code(coder, doc) == {("TUR", "GRC", "138")}


def test_assemble_a_threat_to_act_by_force_is_a_threat_of_force(nlp, coder):
    # "Sudan threatened to topple South Sudan's government by force"
    doc = parse(
        nlp,
        "Sudan/Sudan/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3 topple/topple/VERB/xcomp/1/VB "
        "South/South/PROPN/compound/5 Sudan/Sudan/PROPN/poss/7 's/'s/PART/case/5 government/government/NOUN/dobj/3 "
        "by/by/ADP/prep/3 force/force/NOUN/pobj/8",
    )
    assert code(coder, doc) == {("SDN", "SSDGOV", "138")}


def test_assemble_war_only_in_a_warnings_condition_leaves_it_plain(nlp, coder):
    # "Turkey warned Greece that it would pay a price if Greece took the islands by force"
    doc = parse(
        nlp,
        "Turkey/Turkey/PROPN/nsubj/1 warned/warn/VERB/ROOT/1/VBD Greece/Greece/PROPN/dobj/1 that/that/SCONJ/mark/6 "
        "it/it/PRON/nsubj/6 would/would/AUX/aux/6 pay/pay/VERB/ccomp/1/VB a/a/DET/det/8 price/price/NOUN/dobj/6 "
        "if/if/SCONJ/mark/11 Greece/Greece/PROPN/nsubj/11 took/take/VERB/advcl/6/VBD the/the/DET/det/13 islands/island/NOUN/dobj/11 "
        "by/by/ADP/prep/11 force/force/NOUN/pobj/14",
    )
    assert code(coder, doc) == {("TUR", "GRC", "130")}
