"""An act kept up names the act a comp= pattern asks for: "urged Annan to continue mediating" is an appeal
for mediation (028), "urged both sides to keep talking" one for talks."""

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
