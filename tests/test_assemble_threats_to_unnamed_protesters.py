"""From hand-built parses: a state's forces threatening force against protesters or opposition of no named
country threaten repression (137), as they do their own people's ("Thai troops threatened to attack
protesters"); against unnamed rebels it stays a threat of force."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "THA: Thai\n"
AGENTS = "MIL: troops\nCVL: protesters\nOPP: opposition\nREB: rebels\n"
VERBS = "threaten comp=attack => 1384\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def threatened(nlp, coder, whom: str) -> set:
    doc = parse(nlp, "Thai/thai/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS threatened/threaten/VERB/ROOT/2/VBD "
                     f"to/to/PART/aux/4/TO attack/attack/VERB/xcomp/2/VB {whom}/{whom}/NOUN/dobj/4/NNS ././PUNCT/punct/2/.")
    return code(coder, doc)


@pytest.mark.parametrize("whom, sector", [("protesters", "CVL"), ("opposition", "OPP")])
def test_assemble_a_threat_of_force_to_unnamed_protesters_is_one_of_repression(nlp, coder, whom, sector):
    assert threatened(nlp, coder, whom) == {("THAMIL", f"---{sector}", "137")}


def test_assemble_a_threat_of_force_to_unnamed_rebels_stays_one_of_force(nlp, coder):
    assert threatened(nlp, coder, "rebels") == {("THAMIL", "---REB", "1384")}
