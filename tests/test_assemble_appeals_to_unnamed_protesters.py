"""From hand-built parses: a state's appeal to protesters of no named country to call off their protest
(0252) is made to its own people, as a demand to (1052) is ("Turkish President Gul called on demonstrators
to end their protests"); other appeals to them keep them unplaced."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "TUR: Turkish\n"
AGENTS = "GOV: president\nCVL: demonstrators\n"
VERBS = "urge comp=protest => 0252\nurge comp=vote => 020\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def urged(nlp, coder, verb: str, obj: str) -> set:
    # "Turkish president urged demonstrators to <verb> <obj>."
    doc = parse(nlp, "Turkish/turkish/ADJ/amod/1/JJ president/president/NOUN/nsubj/2/NN urged/urge/VERB/ROOT/2/VBD "
                     f"demonstrators/demonstrator/NOUN/dobj/2/NNS to/to/PART/aux/5/TO {verb}/{verb}/VERB/xcomp/2/VB "
                     f"{obj}/{obj}/NOUN/dobj/5/NNS ././PUNCT/punct/2/.")
    return code(coder, doc)


def test_assemble_an_appeal_to_unnamed_protesters_to_end_protests_is_to_its_own_people(nlp, coder):
    assert urged(nlp, coder, "end", "protest") == {("TURGOV", "TURCVL", "0252")}


def test_assemble_another_appeal_to_unnamed_protesters_keeps_them_unplaced(nlp, coder):
    assert urged(nlp, coder, "vote", "candidates") == {("TURGOV", "---CVL", "020")}
