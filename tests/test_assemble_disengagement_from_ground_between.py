"""From hand-built parses: two states that pull their troops back from ground between them (a border, a
buffer or demilitarised zone, a front line, a place called disputed) each retreat from the other (0874),
when the place names no one; allies withdrawing from a named country, or from a region, are left as they were."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
THA: Thailand | Thai
KHM: Cambodia | Cambodian
GBR: Britain | British
FRA: France | French
IRQ: Iraq
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
&TROOPS = troop | troops | force | forces
pull out obj=&TROOPS prep=of => 0874
withdraw obj=&TROOPS prep=from => 0874
withdraw prep=from => 0874
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_states_pulling_their_troops_out_of_a_zone_retreat_from_each_other(nlp, coder):
    doc = parse(nlp, "Thailand/Thailand/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Cambodia/Cambodia/PROPN/conj/0/NNP "
                     "pulled/pull/VERB/ROOT/3/VBD their/their/PRON/poss/5/PRP$ troops/troop/NOUN/dobj/3/NNS out/out/ADP/prep/3/IN "
                     "of/of/ADP/prep/6/IN a/a/DET/det/10/DT buffer/buffer/NOUN/compound/10/NN zone/zone/NOUN/pobj/7/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("THA", "KHM", "0874"), ("KHM", "THA", "0874")}


def test_assemble_troops_of_two_states_leaving_a_disputed_area_retreat_from_each_other(nlp, coder):
    doc = parse(nlp, "Thai/thai/ADJ/nmod/3/JJ and/and/CCONJ/cc/0/CC Cambodian/cambodian/ADJ/conj/0/JJ troops/troop/NOUN/nsubj/4/NNS "
                     "withdrew/withdraw/VERB/ROOT/4/VBD from/from/ADP/prep/4/IN the/the/DET/det/8/DT disputed/disputed/ADJ/amod/8/JJ "
                     "area/area/NOUN/pobj/5/NN ././PUNCT/punct/4/.")
    assert code(coder, doc) == {("THAMIL", "KHMMIL", "0874"), ("KHMMIL", "THAMIL", "0874")}


def test_assemble_allies_withdrawing_from_a_region_are_not_each_others_foes(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC France/France/PROPN/conj/0/NNP "
                     "withdrew/withdraw/VERB/ROOT/3/VBD their/their/PRON/poss/5/PRP$ troops/troop/NOUN/dobj/3/NNS from/from/ADP/prep/3/IN "
                     "the/the/DET/det/8/DT region/region/NOUN/pobj/6/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == set()


def test_assemble_allies_withdrawing_from_a_country_retreat_from_it(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC France/France/PROPN/conj/0/NNP "
                     "withdrew/withdraw/VERB/ROOT/3/VBD their/their/PRON/poss/5/PRP$ troops/troop/NOUN/dobj/3/NNS from/from/ADP/prep/3/IN "
                     "Iraq/Iraq/PROPN/pobj/6/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("GBR", "IRQ", "0874"), ("FRA", "IRQ", "0874")}
