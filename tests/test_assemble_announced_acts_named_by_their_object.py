"""An act announced with will/would is coded with the patterns of "pledge"; when the one that names it
names it by its object ("sign a peace agreement": comp=&N_SETTLE), it has seen what the act's own
pattern sees, and its finer code stands (037), not the signing's plain intent (057 -> 032). A pledge
or threat that names only the verb still gives way to the act's pattern ("would tighten the blockade"
is 1381, not the 132 of "tighten")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
AZE: Azerbaijan
ARM: Armenia
"""
VERBS = """
&N_SETTLE = peace agreement | settlement
pledge => 030
pledge comp=&N_SETTLE => 037
sign obj=agreement => 057
threaten => 130
threaten comp=tighten => 132
tighten obj=blockade => 191
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_settlement_announced_is_a_settlement_promised(nlp, coder):
    doc = parse(nlp, "Azerbaijan/Azerbaijan/PROPN/nsubj/2/NNP will/will/AUX/aux/2/MD sign/sign/VERB/ROOT/2/VB "
                     "a/a/DET/det/5/DT peace/peace/NOUN/compound/5/NN agreement/agreement/NOUN/dobj/2/NN "
                     "with/with/ADP/prep/2/IN Armenia/Armenia/PROPN/pobj/6/NNP")
    found = code(coder, doc)
    assert ("AZE", "ARM", "037") in found and not any(c == "032" for _, _, c in found)


def test_assemble_a_verb_named_announced_act_is_told_by_its_own_pattern(nlp, coder):
    doc = parse(nlp, "Azerbaijan/Azerbaijan/PROPN/nsubj/2/NNP will/will/AUX/aux/2/MD tighten/tighten/VERB/ROOT/2/VB "
                     "the/the/DET/det/4/DT blockade/blockade/NOUN/dobj/2/NN of/of/ADP/prep/4/IN Armenia/Armenia/PROPN/pobj/5/NNP")
    assert code(coder, doc) == {("AZE", "ARM", "1381")}
