"""Warplanes named for storms, from hand-built parses: "Tornado jets" or "Typhoon fighters" are a model of
craft whose attack is their forces' act, while a storm that strikes is still no one's."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers | military | jets | fighters\n"
VERBS = """
bomb => 195
strike => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("model,craft", [("Tornado", "jets"), ("Typhoon", "fighters")])
def test_assemble_a_warplane_named_for_a_storm_attacks(nlp, coder, model, craft):
    doc = parse(nlp, f"Iraqi/Iraqi/ADJ/amod/2/JJ {model}/{model}/PROPN/compound/2/NNP {craft}/{craft[:-1]}/NOUN/nsubj/3/NNS "
                     "bombed/bomb/VERB/ROOT/3/VBD Syrian/Syrian/ADJ/amod/5/JJ troops/troop/NOUN/dobj/3/NNS ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IRQMIL", "SYRMIL", "195")}


def test_assemble_a_storm_that_strikes_troops_is_still_no_ones_act(nlp, coder):
    doc = parse(nlp, "A/a/DET/det/1/DT tornado/tornado/NOUN/nsubj/2/NN struck/strike/VERB/ROOT/2/VBD "
                     "Iraqi/Iraqi/ADJ/amod/4/JJ troops/troop/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()
