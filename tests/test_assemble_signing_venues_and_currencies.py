"""From hand-built parses: the venue of a joint signing is no party to it ("signed an agreement at UN
headquarters"), nor is the court the signers agree to take their dispute to; and an amount counted in
another currency is seen through to what it buys ("40 million ECUs in aid")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CUB: Cuba
AGO: Angola
IGOUNO: UN
IGOEEU: EC
MOZ: Mozambique
IGOICJ: World Court
"""
AGENTS = "GOV: government\n"
VERBS = """
&AGREEMENT = agreement
sign obj=&AGREEMENT => 057
approve obj=aid prep=for => 073
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_venue_of_a_joint_signing_is_no_party(nlp, coder):
    doc = parse(nlp, "Cuba/Cuba/PROPN/nsubj/3 and/and/CCONJ/cc/0 Angola/Angola/PROPN/conj/0 signed/sign/VERB/ROOT/3/VBD "
                     "an/an/DET/det/5 agreement/agreement/NOUN/dobj/3 at/at/ADP/prep/5 UN/UN/PROPN/compound/8 "
                     "headquarters/headquarters/NOUN/pobj/6 ././PUNCT/punct/3")
    assert code(coder, doc) == {("CUB", "AGO", "057"), ("AGO", "CUB", "057")}


def test_assemble_court_a_joint_signing_refers_a_dispute_to_is_no_party(nlp, coder):
    # "Cuba and Angola signed an agreement to refer their dispute to the World Court."
    doc = parse(nlp, "Cuba/Cuba/PROPN/nsubj/3 and/and/CCONJ/cc/0 Angola/Angola/PROPN/conj/0 signed/sign/VERB/ROOT/3/VBD "
                     "an/an/DET/det/5 agreement/agreement/NOUN/dobj/3 to/to/PART/aux/7/TO refer/refer/VERB/advcl/3/VB "
                     "their/their/PRON/poss/9 dispute/dispute/NOUN/dobj/7 to/to/ADP/prep/7 the/the/DET/det/13 "
                     "World/World/PROPN/compound/13 Court/Court/PROPN/pobj/10 ././PUNCT/punct/3")
    assert code(coder, doc) == {("CUB", "AGO", "057"), ("AGO", "CUB", "057")}


def test_assemble_amount_in_another_currency_is_seen_through(nlp, coder):
    doc = parse(nlp, "EC/EC/PROPN/nsubj/1 approved/approve/VERB/ROOT/1/VBD 40/40/NUM/compound/3 million/million/NUM/nummod/4 "
                     "ECUs/ecu/NOUN/dobj/1 in/in/ADP/prep/4 aid/aid/NOUN/pobj/5 for/for/ADP/prep/6 "
                     "Mozambique/Mozambique/PROPN/pobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IGOEEU", "MOZ", "073")}
