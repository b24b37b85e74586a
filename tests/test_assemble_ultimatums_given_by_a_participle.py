"""An ultimatum issued with a participle that gives the time or the order is to whom it gives them: "issued an
ultimatum giving Serbia 10 days to withdraw", "... ordering Serbia to withdraw" are ultimatums (139) to Serbia."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGONAT: NATO
SRB: Serbia
"""
AGENTS = "MIL: troops\n"
VERBS = """
issue | give obj=ultimatum prep=to => 139
issue | give obj=ultimatum => 139
order comp=withdraw => 1056
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_ultimatum_giving_time_is_to_whom_it_is_given(nlp, coder):
    doc = parse(nlp, "NATO/NATO/PROPN/nsubj/1/NNP issued/issue/VERB/ROOT/1/VBD an/an/DET/det/3/DT ultimatum/ultimatum/NOUN/dobj/1/NN "
                     "giving/give/VERB/acl/3/VBG Serbia/Serbia/PROPN/dative/4/NNP 10/10/NUM/nummod/7/CD days/day/NOUN/dobj/4/NNS "
                     "to/to/PART/aux/9/TO withdraw/withdraw/VERB/relcl/7/VB ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IGONAT", "SRB", "139")}


def test_assemble_an_ultimatum_ordering_an_act_is_to_whom_it_orders(nlp, coder):
    doc = parse(nlp, "NATO/NATO/PROPN/nsubj/1/NNP issued/issue/VERB/ROOT/1/VBD an/an/DET/det/3/DT ultimatum/ultimatum/NOUN/dobj/1/NN "
                     "ordering/order/VERB/acl/3/VBG Serbia/Serbia/PROPN/dobj/4/NNP to/to/PART/aux/7/TO withdraw/withdraw/VERB/xcomp/4/VB "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IGONAT", "SRB", "139")}
