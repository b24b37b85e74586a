"""Assembly rules found on body sentences of whole articles, from hand-built parses: followers of a
leader, places an organisation guards, standing forces described, what a promiser's own country will do."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
Laurent Gbagbo | Gbagbo
    CIVGOV
Vladimir Putin | Putin
    RUSGOV
CIV: Ivory Coast | Ivorian
CIVGOV: Abidjan
FRA: France | French
RUS: Russia
SYR: Syria
SRB: Serbia | Serbs
BIH: Gorazde
IGOUNO: U.N. | United Nations
IRQPTY: Iraqi Islamic Party
"""
AGENTS = "EDU: students\nMIL: troops\nGOV: government\nPTY: party\n"
VERBS = """
attack => 190
shell => 194
promise comp=help => 033
patrol => 150
riot => 145
riot prep=in => 145
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("noun, lemma", [("Supporters", "supporter"), ("Loyalists", "loyalist"), ("Followers", "follower")])
def test_assemble_supporters_of_a_leader_are_his_countrys_people(nlp, coder, noun, lemma):
    # "Supporters of Gbagbo attacked France" is CIVCVL, not Gbagbo (CIVGOV).
    doc = parse(nlp, f"{noun}/{lemma}/NOUN/nsubj/3 of/of/ADP/prep/0 Gbagbo/Gbagbo/PROPN/pobj/1 attacked/attack/VERB/ROOT/3 France/France/PROPN/dobj/3 ././PUNCT/punct/3")
    assert code(coder, doc) == {("CIVCVL", "FRA", "190")}


def test_assemble_supporters_of_a_party_are_the_partys_and_a_leader_himself_stays(nlp, coder):
    doc = parse(nlp, "Supporters/supporter/NOUN/nsubj/6 of/of/ADP/prep/0 the/the/DET/det/5 Iraqi/Iraqi/PROPN/compound/5 Islamic/Islamic/PROPN/compound/5 Party/Party/PROPN/pobj/1 attacked/attack/VERB/ROOT/6 France/France/PROPN/dobj/6 ././PUNCT/punct/6")
    assert code(coder, doc) == {("IRQPTY", "FRA", "190")}
    doc = parse(nlp, "Gbagbo/Gbagbo/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 France/France/PROPN/dobj/1 ././PUNCT/punct/1")
    assert code(coder, doc) == {("CIVGOV", "FRA", "190")}


def test_assemble_an_organisation_guarding_a_place_is_not_the_place(nlp, coder):
    # "the U.N. safe area of Gorazde" is Gorazde (BIH), not the U.N.
    doc = parse(nlp, "Serbs/Serbs/PROPN/nsubj/1 shelled/shell/VERB/ROOT/1 the/the/DET/det/5 U.N./U.N./PROPN/nmod/5 safe/safe/ADJ/amod/5 area/area/NOUN/dobj/1 of/of/ADP/prep/5 Gorazde/Gorazde/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("SRB", "BIH", "194")}


def test_assemble_an_organisation_owning_another_thing_stays_its_owner(nlp, coder):
    # "shelled the U.N. compound": not a guarded place, the U.N. is the target.
    doc = parse(nlp, "Serbs/Serbs/PROPN/nsubj/1 shelled/shell/VERB/ROOT/1 the/the/DET/det/4 U.N./U.N./PROPN/compound/4 compound/compound/NOUN/dobj/1 ././PUNCT/punct/1")
    assert code(coder, doc) == {("SRB", "IGOUNO", "194")}


def test_assemble_the_promisers_own_country_in_the_promise_is_the_doer(nlp, coder):
    # "Putin promised that Russia would help Syria": RUSGOV -> SYR, not -> RUS.
    doc = parse(nlp, "Putin/Putin/PROPN/nsubj/1 promised/promise/VERB/ROOT/1 that/that/SCONJ/mark/5 Russia/Russia/PROPN/nsubj/5 would/would/AUX/aux/5 help/help/VERB/ccomp/1/VB Syria/Syria/PROPN/dobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUSGOV", "SYR", "033")}


def test_assemble_another_country_in_a_promise_stays_its_target(nlp, coder):
    # "Putin promised that Syria would help France" keeps the other country as the target.
    doc = parse(nlp, "Putin/Putin/PROPN/nsubj/1 promised/promise/VERB/ROOT/1 that/that/SCONJ/mark/5 Syria/Syria/PROPN/nsubj/5 would/would/AUX/aux/5 help/help/VERB/ccomp/1/VB France/France/PROPN/dobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUSGOV", "SYR", "033")}


def test_assemble_a_counted_force_patrolling_in_the_present_is_a_description(nlp, coder):
    # "4,000 French troops patrol the zone" describes a deployment; "patrolled" is an event.
    spec = "4,000/4,000/NUM/nummod/2 French/French/ADJ/amod/2 troops/troop/NOUN/nsubj/3 {v} Ivorian/Ivorian/ADJ/amod/5 towns/town/NOUN/dobj/3 ././PUNCT/punct/3"
    assert code(coder, parse(nlp, spec.format(v="patrol/patrol/VERB/ROOT/3/VBP"))) == set()
    assert code(coder, parse(nlp, spec.format(v="patrolled/patrol/VERB/ROOT/3/VBD"))) == {("FRAMIL", "CIV", "150")}


def test_assemble_followers_of_a_ruler_do_not_riot_against_his_government(nlp, coder):
    # "Supporters of Gbagbo rioted": CIVCVL, and not against CIVGOV (riots that name no one are against
    # the rioters' own rulers, but not when they follow the ruler).
    doc = parse(nlp, "Supporters/supporter/NOUN/nsubj/3 of/of/ADP/prep/0 Gbagbo/Gbagbo/PROPN/pobj/1 rioted/riot/VERB/ROOT/3 ././PUNCT/punct/3")
    matcher, sentences = coder
    assert code((matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False)), doc) == {("CIVCVL", None, "145")}


def test_assemble_followers_of_a_ruler_rioting_in_his_capital_are_not_against_his_government(nlp, coder):
    # "Supporters of Gbagbo rioted in Abidjan" (a capital coded as its government): not against CIVGOV.
    doc = parse(nlp, "Supporters/supporter/NOUN/nsubj/3 of/of/ADP/prep/0 Gbagbo/Gbagbo/PROPN/pobj/1 rioted/riot/VERB/ROOT/3 in/in/ADP/prep/3 Abidjan/Abidjan/PROPN/pobj/4 ././PUNCT/punct/3")
    matcher, sentences = coder
    assert code((matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False)), doc) == {("CIVCVL", None, "145")}
    # students rioting in the capital still protest against their own rulers
    doc = parse(nlp, "Ivorian/Ivorian/ADJ/amod/1 students/student/NOUN/nsubj/2 rioted/riot/VERB/ROOT/2 in/in/ADP/prep/2 Abidjan/Abidjan/PROPN/pobj/3 ././PUNCT/punct/2")
    assert ("CIVEDU", "CIVGOV", "145") in code(coder, doc)


def test_assemble_followers_rioting_with_no_one_else_give_no_dyad(nlp, coder):
    # With both actors required (the default), the riot of a ruler's followers names no target: no event.
    doc = parse(nlp, "Supporters/supporter/NOUN/nsubj/3 of/of/ADP/prep/0 Gbagbo/Gbagbo/PROPN/pobj/1 rioted/riot/VERB/ROOT/3 in/in/ADP/prep/3 Abidjan/Abidjan/PROPN/pobj/4 ././PUNCT/punct/3")
    assert code(coder, doc) == set()
