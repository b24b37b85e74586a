"""A host's order to an aid group to shut its offices or operations, from hand-built parses: it expels the
agency (1663), as an order to close them does, not a demand for a change of policy (1042)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SDN: Sudan
NGOOXF: Oxfam
"""
AGENTS = "GOV: government\n"
VERBS = """
demand comp=close|shut => 1042
demand => 100
order obj=release => 1053
"""


def ordered(verb: str) -> str:
    """ "Sudan ordered Oxfam to <verb> its offices." """
    return ("Sudan/Sudan/PROPN/nsubj/1/NNP ordered/order/VERB/ROOT/1/VBD Oxfam/Oxfam/PROPN/dobj/1/NNP "
            f"to/to/PART/aux/4/TO {verb}/{verb}/VERB/xcomp/1/VB its/its/PRON/poss/6/PRP$ offices/office/NOUN/dobj/4/NNS "
            "././PUNCT/punct/1/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("verb", ["shut", "close"])
def test_assemble_an_aid_group_ordered_to_shut_its_offices_is_expelled(nlp, coder, verb):
    assert code(coder, parse(nlp, ordered(verb))) == {("SDN", "NGOOXF", "1663")}
