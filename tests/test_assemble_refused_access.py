"""A rejected demand to *allow* peacekeepers in is refused access (1245, the codebook's refusal to grant
access), not refused protection (1224), from hand-built parses; one to *send* them stays 1224."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SRB: Serbia | Serbian
USA: United States
"""
AGENTS = "GOV: government\nMIL: troops\n"
VERBS = """
&KEEPERS = peacekeeper | peacekeepers
&D_PROTECT = peacekeeper | peacekeepers
reject obj=&D_PROTECT => 1224
allow obj=&KEEPERS prep=into => 0861
send obj=&KEEPERS => 074
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_rejected_demand_to_allow_peacekeepers_in_is_refused_access(nlp, coder):
    doc = parse(nlp, "Serbia/Serbia/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3 "
                     "demand/demand/NOUN/dobj/1 by/by/ADP/prep/3 the/the/DET/det/7 United/United/PROPN/compound/7 "
                     "States/States/PROPN/pobj/4 to/to/PART/aux/9 allow/allow/VERB/acl/3/VB "
                     "peacekeepers/peacekeeper/NOUN/dobj/9 into/into/ADP/prep/9 Kosovo/Kosovo/PROPN/pobj/11 ././PUNCT/punct/1")
    assert {c for _, _, c in code(coder, doc)} == {"1245"}


def test_assemble_rejected_demand_to_send_peacekeepers_stays_refused_protection(nlp, coder):
    doc = parse(nlp, "Serbia/Serbia/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD a/a/DET/det/3 "
                     "demand/demand/NOUN/dobj/1 by/by/ADP/prep/3 the/the/DET/det/7 United/United/PROPN/compound/7 "
                     "States/States/PROPN/pobj/4 to/to/PART/aux/9 send/send/VERB/acl/3/VB "
                     "peacekeepers/peacekeeper/NOUN/dobj/9 ././PUNCT/punct/1")
    assert {c for _, _, c in code(coder, doc)} == {"1224"}
