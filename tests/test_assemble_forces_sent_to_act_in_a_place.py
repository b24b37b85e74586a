"""A show of force with no target of its own, from hand-built parses: forces sent or ordered deployed to do
something in a place are aimed at that place ("ordered the deployment of a standby force to restore
constitutional order in Niger" is at Niger), whether the parser hangs the infinitive as a purpose clause or as
the verb's complement; the sender's own country is not its target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOECW: ECOWAS
NER: Niger
"""
AGENTS = "MIL: force\n"
VERBS = "order obj=deployment prep=of:force => 154\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def ordered(subject: str, dep: str) -> str:
    # "<subject> ordered the deployment of a force to restore order in Niger."
    return (f"{subject}/{subject}/PROPN/nsubj/1/NNP ordered/order/VERB/ROOT/1/VBD the/the/DET/det/3/DT deployment/deployment/NOUN/dobj/1/NN "
            f"of/of/ADP/prep/3/IN a/a/DET/det/6/DT force/force/NOUN/pobj/4/NN to/to/PART/aux/8/TO restore/restore/VERB/{dep}/1/VB "
            "order/order/NOUN/dobj/8/NN in/in/ADP/prep/8/IN Niger/Niger/PROPN/pobj/10/NNP ././PUNCT/punct/1/.")


@pytest.mark.parametrize("dep", ["xcomp", "advcl"])
def test_assemble_forces_sent_to_act_in_a_place_are_aimed_at_it(nlp, coder, dep):
    assert code(coder, parse(nlp, ordered("ECOWAS", dep))) == {("IGOECW", "NER", "154")}


def test_assemble_forces_sent_to_act_at_home_aim_at_no_one(nlp, coder):
    # guard: "Niger ordered the deployment of a force to restore order in Niger": its own country is no target
    assert code(coder, parse(nlp, ordered("Niger", "advcl"))) == set()
