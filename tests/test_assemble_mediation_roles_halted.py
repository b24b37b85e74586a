"""From hand-built parses: a mediator that halts its role as mediator ("suspended its role as mediator in
Sudan", "put its role as peace broker in Sri Lanka on hold") halts it where the role was played, as it
does for "its mediation in Sudan"; a role of another kind names no such place."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
QAT: Qatar
SDN: Sudan
"""
AGENTS = "GOV: government\n"
VERBS = """
suspend obj=role => 165
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _role(noun: str) -> str:
    return ("Qatar/Qatar/PROPN/nsubj/1/NNP suspended/suspend/VERB/ROOT/1/VBD its/its/PRON/poss/3/PRP$ role/role/NOUN/dobj/1/NN "
            f"as/as/ADP/prep/1/IN {noun}/{noun}/NOUN/pobj/4/NN in/in/ADP/prep/5/IN Sudan/Sudan/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")


def test_assemble_a_mediators_role_halted_is_halted_where_it_was_played(nlp, coder):
    assert code(coder, parse(nlp, _role("mediator"))) == {("QAT", "SDN", "165")}


def test_assemble_a_role_of_another_kind_names_no_place(nlp, coder):
    assert code(coder, parse(nlp, _role("observer"))) == set()
