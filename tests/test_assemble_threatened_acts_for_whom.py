"""From hand-built parses: a threatened act's "for" phrase says whom the threat is aimed at, as it does in
the act itself ("threatened to suspend trade benefits for Guatemala"); aid named by its giver, the source's own
country, is not whom a threat to cut it is aimed at ("threatened to cut American aid to Egypt"); force used or action taken,
threatened, is force not otherwise specified (138), not a conventional attack (1384); force held open ("did not
rule out a military option in Guatemala") is aimed where its own phrase places it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States | American
GTM: Guatemala
EGY: Egypt
"""
AGENTS = "GOV: government\nLEG: lawmakers\n"
VERBS = """
threaten comp=suspend => 131
threaten => 130
suspend obj=benefits => 163
threaten comp=cut => 131
cut obj=aid prep=to => 162
take obj=action => 190
rule out => 120
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_threatened_act_for_someone_is_aimed_at_them(nlp, coder):
    # "The United States threatened to suspend benefits for Guatemala."
    doc = parse(nlp, "The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/3/NNP "
                     "threatened/threaten/VERB/ROOT/3/VBD to/to/PART/aux/5/TO suspend/suspend/VERB/xcomp/3/VB "
                     "benefits/benefit/NOUN/dobj/5/NNS for/for/ADP/prep/5/IN Guatemala/Guatemala/PROPN/pobj/7/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("USA", "GTM", "1312")}


def test_assemble_aid_named_by_its_giver_is_not_the_target(nlp, coder):
    # "American lawmakers threatened to cut American aid to Egypt."
    doc = parse(nlp, "American/American/ADJ/amod/1/JJ lawmakers/lawmaker/NOUN/nsubj/2/NNS threatened/threaten/VERB/ROOT/2/VBD "
                     "to/to/PART/aux/4/TO cut/cut/VERB/xcomp/2/VB American/American/ADJ/amod/6/JJ aid/aid/NOUN/dobj/4/NN "
                     "to/to/ADP/prep/4/IN Egypt/Egypt/PROPN/pobj/7/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("USALEG", "EGY", "1311")}


def test_assemble_threatened_action_taken_is_force_not_otherwise_specified(nlp, coder):
    # "The United States threatened to take action against Guatemala."
    doc = parse(nlp, "The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/3/NNP "
                     "threatened/threaten/VERB/ROOT/3/VBD to/to/PART/aux/5/TO take/take/VERB/xcomp/3/VB "
                     "action/action/NOUN/dobj/5/NN against/against/ADP/prep/5/IN Guatemala/Guatemala/PROPN/pobj/7/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("USA", "GTM", "138")}


def test_assemble_force_not_ruled_out_is_aimed_where_its_phrase_places_it(nlp, coder):
    # "The United States did not rule out a military option to deal with the crisis in Guatemala."
    doc = parse(nlp, "The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/5/NNP did/do/AUX/aux/5/VBD "
                     "not/not/PART/neg/5/RB rule/rule/VERB/ROOT/5/VB out/out/ADP/prt/5/RP a/a/DET/det/9/DT military/military/ADJ/amod/9/JJ "
                     "option/option/NOUN/dobj/5/NN to/to/PART/aux/11/TO deal/deal/VERB/acl/9/VB with/with/ADP/prep/11/IN "
                     "the/the/DET/det/14/DT crisis/crisis/NOUN/pobj/12/NN in/in/ADP/prep/14/IN Guatemala/Guatemala/PROPN/pobj/15/NNP "
                     "././PUNCT/punct/5/.")
    assert code(coder, doc) == {("USA", "GTM", "138")}
