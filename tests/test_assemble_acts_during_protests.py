"""From hand-built parses: a protest act done "during" or "amid" protests against something takes its sub-code
from what those protests are against, as one done "in protest against" it does: "rioters burned cars during
protests against the tax" is against a policy (1452); an act that is no protest keeps its code."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "BOL: La Paz\n"
AGENTS = "CVL: rioters\nCOP: police\n"
VERBS = "burn obj=car => 145\narrest => 173\nprotest prep=against:tax => 1412\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def during_protests(nlp, subject: str, verb: str, lemma: str, obj: str, prep: str):
    # "<Subject> <verb> <obj> in La Paz <prep> protests against the tax."
    return parse(nlp, f"{subject}/{subject.lower()}/NOUN/nsubj/1/NNS {verb}/{lemma}/VERB/ROOT/1/VBD {obj}/{obj.rstrip('s')}/NOUN/dobj/1/NNS "
                      "in/in/ADP/prep/1/IN La/La/PROPN/compound/5/NNP Paz/Paz/PROPN/pobj/3/NNP "
                      f"{prep}/{prep}/ADP/prep/1/IN protests/protest/NOUN/pobj/6/NNS against/against/ADP/prep/7/IN "
                      "the/the/DET/det/10/DT tax/tax/NOUN/pobj/8/NN ././PUNCT/punct/1/.")


@pytest.mark.parametrize("prep", ["during", "amid"])
def test_assemble_a_riot_during_protests_against_a_policy_is_for_its_change(nlp, coder, prep):
    assert code(coder, during_protests(nlp, "Rioters", "burned", "burn", "cars", prep)) == {("BOLCVL", "BOLGOV", "1452")}


def test_assemble_arrests_during_protests_stay_arrests(nlp, coder):
    assert code(coder, during_protests(nlp, "Police", "arrested", "arrest", "rioters", "during")) == {("BOLCOP", "BOLCVL", "173")}
