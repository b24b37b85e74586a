"""A "by" phrase of a passive that names a time says by when, not by whom: "U.S. troops were withdrawn from
Iraq by August", "... by the end of 2010" leave the troops' own withdrawal, with no unknown agent."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: U.S.
IRQ: Iraq
"""
AGENTS = "MIL: troops\n"
VERBS = """
&TROOPS = troop
withdraw obj=&TROOPS prep=from => 0874
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("time", [
    "August/August/PROPN/pobj/6/NNP",
    "the/the/DET/det/8/DT end/end/NOUN/pobj/6/NN of/of/ADP/prep/8/IN 2010/2010/NUM/pobj/9/CD",
])
def test_assemble_a_passive_by_a_time_has_no_agent(nlp, coder, time):
    doc = parse(nlp, "U.S./U.S./PROPN/compound/1/NNP troops/troop/NOUN/nsubjpass/3/NNS were/be/AUX/auxpass/3/VBD "
                     "withdrawn/withdraw/VERB/ROOT/3/VBN from/from/ADP/prep/3/IN Iraq/Iraq/PROPN/pobj/4/NNP "
                     f"by/by/ADP/prep/3/IN {time}")
    assert code(coder, doc) == {("USAMIL", "IRQ", "0874")}


def test_assemble_a_passive_by_an_actor_keeps_its_agent(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubjpass/2/NNP was/be/AUX/auxpass/2/VBD attacked/attack/VERB/ROOT/2/VBN "
                     "by/by/ADP/agent/2/IN U.S./U.S./PROPN/compound/5/NNP troops/troop/NOUN/pobj/3/NNS")
    assert code(coder, doc) == {("USAMIL", "IRQ", "190")}
