"""From a hand-built parse: an invitation to meet someone that is turned down ("rejected an invitation to meet
Iran's president") is a refusal to meet (125) aimed at whom the invitation names, as an invitation accepted
("accepted an invitation to visit India") is an intent to meet them."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: president\n"
VERBS = """
reject obj=invitation => 125
accept obj=invitation => 036
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("verb,lemma,expected", [
    ("rejected", "reject", "125"),
    ("accepted", "accept", "036"),
])
def test_assemble_invitation_answered_is_aimed_at_whom_it_names(nlp, coder, verb, lemma, expected):
    # "Iraq rejected an invitation to meet the Iranian president ."
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/1 {verb}/{lemma}/VERB/ROOT/1/VBD an/an/DET/det/3/DT invitation/invitation/NOUN/dobj/1/NN "
                     "to/to/PART/aux/5/TO meet/meet/VERB/acl/3/VB the/the/DET/det/8/DT Iranian/Iranian/ADJ/amod/8/JJ "
                     "president/president/NOUN/dobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRNGOV", expected)}
