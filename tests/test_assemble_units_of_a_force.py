"""A force sent by its units, from hand-built parses: "sent a battalion of peacekeepers" is read through the
unit to what it is of, as "a contingent of 2,000 troops" is, so the peacekeepers say the deployment (074)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KEN: Kenya\nSOM: Somalia\n"
AGENTS = "MIL: troops\n"
VERBS = """
send obj=peacekeeper prep=to => 074
send prep=to => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("unit", ["battalion", "brigade"])
def test_assemble_unit_of_peacekeepers_sent_is_a_peacekeeping_deployment(nlp, coder, unit):
    # "Kenya sent a battalion of peacekeepers to Somalia."
    doc = parse(nlp, f"Kenya/Kenya/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD a/a/DET/det/3/DT {unit}/{unit}/NOUN/dobj/1/NN "
                     "of/of/ADP/prep/3/IN peacekeepers/peacekeeper/NOUN/pobj/4/NNS to/to/ADP/prep/1/IN "
                     "Somalia/Somalia/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KEN", "SOM", "074")}
