"""From a hand-built parse: repression (175) is of people. A rally broken up or dispersed as the verb's
object is its holders, or the people of where it was ("dispersed a demonstration in Cairo" is EGYCVL,
not Cairo's government), as a rally fired on already is; and a state named only as where repression
happened is its people ("fired tear gas in Bangkok" is THACVL, not THA). A rally whose own modifier
names its holders ("an opposition rally") keeps them. Where the purpose of firing tear gas was done is where
it was done ("fired tear gas to disperse protesters in Caracas"), also when the parser makes the purpose the
complement of the verb of using ("used water cannon to disperse ..."). A state's police who break up a rally that
names neither its holders nor its place repress their own people, not whom it was against; force used to
disperse protesters is used on them."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGYGOV: Cairo
BLRGOV: Minsk | Lukashenko
BLR: Belarusian
THA: Thai | Thailand
THAGOV: Bangkok
VENGOV: Caracas
"""
AGENTS = "COP: police\nMIL: troops\nOPP: opposition\nCVL: protesters\n"
VERBS = """
&PROTESTERS = protester | demonstration | rally
&RIOTGEAR = tear gas | gas | water cannon
disperse obj=&PROTESTERS => 175
break up obj=&PROTESTERS => 175
fire obj=&RIOTGEAR => 175
use obj=&RIOTGEAR => 175
crush obj=&PROTESTERS => 175
use obj=force comp=disperse => 175
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_rally_dispersed_is_the_people_of_where_it_was(nlp, coder):
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS dispersed/disperse/VERB/ROOT/1/VBD a/a/DET/det/3/DT "
                     "demonstration/demonstration/NOUN/dobj/1/NN in/in/ADP/prep/3/IN Cairo/Cairo/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("EGYCOP", "EGYCVL", "175")}


def test_assemble_repression_placed_by_a_state_is_of_its_people(nlp, coder):
    doc = parse(nlp, "Thai/thai/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS fired/fire/VERB/ROOT/2/VBD tear/tear/ADJ/amod/4/JJ "
                     "gas/gas/NOUN/dobj/2/NN in/in/ADP/prep/2/IN Thailand/Thailand/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("THAMIL", "THACVL", "175")}


def test_assemble_rally_named_by_its_holders_keeps_them(nlp, coder):
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS broke/break/VERB/ROOT/1/VBD up/up/ADP/prt/1/RP an/an/DET/det/5/DT "
                     "opposition/opposition/NOUN/compound/5/NN rally/rally/NOUN/dobj/1/NN in/in/ADP/prep/5/IN "
                     "Minsk/Minsk/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("BLRCOP", "BLROPP", "175")}


@pytest.mark.parametrize("verb, dep", [("fired/fire", "advcl"), ("used/use", "xcomp")])
def test_assemble_repression_placed_by_where_its_purpose_was_done(nlp, coder, verb, dep):
    # "Police fired tear gas to disperse protesters in Caracas."
    doc = parse(nlp, f"Police/police/NOUN/nsubj/1/NNS {verb}/VERB/ROOT/1/VBD tear/tear/ADJ/amod/3/JJ gas/gas/NOUN/dobj/1/NN "
                     f"to/to/PART/aux/5/TO disperse/disperse/VERB/{dep}/1/VB protesters/protester/NOUN/dobj/5/NNS "
                     "in/in/ADP/prep/5/IN Caracas/Caracas/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("VENCOP", "VENCVL", "175")}


def test_assemble_police_crushing_a_rally_against_a_leader_repress_their_own_people(nlp, coder):
    # "Belarusian police crushed a rally against Lukashenko."
    doc = parse(nlp, "Belarusian/Belarusian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS crushed/crush/VERB/ROOT/2/VBD "
                     "a/a/DET/det/4/DT rally/rally/NOUN/dobj/2/NN against/against/ADP/prep/4/IN "
                     "Lukashenko/Lukashenko/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("BLRCOP", "BLRCVL", "175")}


def test_assemble_force_used_to_disperse_protesters_is_used_on_them(nlp, coder):
    # "Thai police used force to disperse protesters."
    doc = parse(nlp, "Thai/thai/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS used/use/VERB/ROOT/2/VBD force/force/NOUN/dobj/2/NN "
                     "to/to/PART/aux/5/TO disperse/disperse/VERB/xcomp/2/VB protesters/protester/NOUN/dobj/5/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("THACOP", "THACVL", "175")}
