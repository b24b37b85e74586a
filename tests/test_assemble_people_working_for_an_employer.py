"""From hand-built parses: a role noun whose participle of working names an employer ("journalists working
for Al Jazeera", "aid workers employed by the UN", "soldiers serving with the UN") is that employer's, not
of the place it is in."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egyptian | Cairo
QATMED: Al Jazeera
IGOUNO: United Nations
"""
AGENTS = "COP: police\nMED: journalist | journalists\nNGO: aid workers | workers\nMIL: soldier | soldiers\n"
VERBS = """
arrest => 173
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_journalists_working_for_a_network_are_its(nlp, coder):
    # "Egyptian police arrested journalists working for Al Jazeera in Cairo ."
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "journalists/journalist/NOUN/dobj/2/NNS working/work/VERB/acl/3/VBG for/for/ADP/prep/4/IN "
                     "Al/Al/PROPN/compound/7/NNP Jazeera/Jazeera/PROPN/pobj/5/NNP in/in/ADP/prep/4/IN "
                     "Cairo/Cairo/PROPN/pobj/8/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "QATMED", "173")}


def test_assemble_workers_employed_by_an_organisation_are_its(nlp, coder):
    # "Egyptian police arrested workers employed by the United Nations ."
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "workers/worker/NOUN/dobj/2/NNS employed/employ/VERB/acl/3/VBN by/by/ADP/agent/4/IN "
                     "the/the/DET/det/8/DT United/United/PROPN/compound/8/NNP Nations/Nations/PROPN/pobj/5/NNP "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "IGOUNONGO", "173")}


def test_assemble_people_working_at_a_place_stay_unplaced_by_it(nlp, coder):
    # "Egyptian police arrested journalists working in Cairo ." (a place of work, no employer)
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "journalists/journalist/NOUN/dobj/2/NNS working/work/VERB/acl/3/VBG in/in/ADP/prep/4/IN "
                     "Cairo/Cairo/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "EGYMED", "173")}


@pytest.mark.parametrize("prep", ["with", "under"])
def test_assemble_soldiers_serving_with_a_force_are_its(nlp, coder, prep):
    # "Egyptian police arrested soldiers serving with the United Nations ."
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     f"soldiers/soldier/NOUN/dobj/2/NNS serving/serve/VERB/acl/3/VBG {prep}/{prep}/ADP/prep/4/IN "
                     "the/the/DET/det/8/DT United/United/PROPN/compound/8/NNP Nations/Nations/PROPN/pobj/5/NNP "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "IGOUNOMIL", "173")}


def test_assemble_soldiers_serving_in_a_place_are_not_its(nlp, coder):
    # "Egyptian police arrested soldiers serving in Cairo ." (a place served in, not their country)
    doc = parse(nlp, "Egyptian/Egyptian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD "
                     "soldiers/soldier/NOUN/dobj/2/NNS serving/serve/VERB/acl/3/VBG in/in/ADP/prep/4/IN "
                     "Cairo/Cairo/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("EGYCOP", "---MIL", "173")}
