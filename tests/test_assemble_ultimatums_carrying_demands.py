"""From hand-built parses: what a carrier noun carries through a participle of asking is what is asked, not the
asking: "issued an ultimatum demanding that Iraq withdraw" is the ultimatum (139) to Iraq, not a plain demand
(100) matched on the participle's lemma."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USAGOV: Bush
IRQ: Iraq
"""
VERBS = """
# (a "give" ultimatum pattern is what the engine codes ultimatums with)
issue obj=demand => 100
issue | give obj=ultimatum => 139
demand comp=withdraw => 1056
withdraw => 0874
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_an_ultimatum_issued_with_a_participle_of_demanding(nlp, coder):
    doc = parse(nlp, "Bush/bush/PROPN/nsubj/1/NNP issued/issue/VERB/ROOT/1/VBD an/an/DET/det/3/DT ultimatum/ultimatum/NOUN/dobj/1/NN "
                     "demanding/demand/VERB/acl/3/VBG that/that/SCONJ/mark/7/IN Iraq/iraq/PROPN/nsubj/7/NNP "
                     "withdraw/withdraw/VERB/ccomp/4/VB ././PUNCT/punct/1/.")
    events = code(coder, doc)
    assert ("USAGOV", "IRQ", "139") in events
    assert not any(c == "100" for *_, c in events)
