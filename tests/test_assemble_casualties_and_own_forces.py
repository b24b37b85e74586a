"""Assembly rules from hand-built parses, mostly about actors of no known country: the dead in an attack's
casualty clause, of no country or of the very party struck, are the attack's own victims, not a second event, and
what its participle of damage destroys is its doing; an event with such an actor beside one of known
actors is not written; aid agencies of no country are CAMEO's NGO; peacekeepers refused for a place are not its
forces; the offices of a body are its property, not "good offices"; troops entering a country to protect civilians
protect it, not occupy it; an attack on a vehicle named with whom it carried is on them, and a vehicle packed with explosives is a car
bomb; a raid on a ship or flotilla is not placed in the country whose it is."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
TUR: Turkey | Turkish
USA: United States | American
IMGHEZ: Hezbollah
"""
AGENTS = "MIL: army | unit | soldiers\n"
VERBS = """
ambush => 190
kill obj=soldier => 190
kill obj=fighter => 190
bomb => 195
destroy => 1712
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def ambush(victims: str) -> str:
    # "Hezbollah ambushed a Turkish army unit, killing twelve soldiers" (or "killing American soldiers").
    word = f"{victims}/{victims}/ADJ/amod/9" if victims else "twelve/twelve/NUM/nummod/9"
    return ("Hezbollah/Hezbollah/PROPN/nsubj/1 ambushed/ambush/VERB/ROOT/1/VBD a/a/DET/det/5 "
            "Turkish/Turkish/ADJ/amod/5 army/army/NOUN/compound/5 unit/unit/NOUN/dobj/1 ,/,/PUNCT/punct/1 "
            f"killing/kill/VERB/advcl/1/VBG {word} soldiers/soldier/NOUN/dobj/7 ././PUNCT/punct/1")


def test_assemble_casualties_of_no_country_are_the_attacks_victims(nlp, coder):
    got = code(coder, parse(nlp, ambush("")))
    assert got == {("IMGHEZ", "TURMIL", "190")}


def test_assemble_damage_done_by_an_attack_is_no_destruction_of_its_own(nlp, coder):
    # "Turkish aircraft bombed Hezbollah, destroying American homes": the homes are what the bombing hit.
    doc = parse(nlp, "Turkish/Turkish/ADJ/amod/1/JJ aircraft/aircraft/NOUN/nsubj/2/NN bombed/bomb/VERB/ROOT/2/VBD "
                     "Hezbollah/Hezbollah/PROPN/dobj/2/NNP ,/,/PUNCT/punct/2/, destroying/destroy/VERB/advcl/2/VBG "
                     "American/American/ADJ/amod/7/JJ homes/home/NOUN/dobj/5/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("TUR", "IMGHEZ", "195")}
    # destroying on its own is destruction of property
    alone = parse(nlp, "Turkish/Turkish/ADJ/amod/1/JJ soldiers/soldier/NOUN/nsubj/2/NNS destroyed/destroy/VERB/ROOT/2/VBD "
                       "American/American/ADJ/amod/4/JJ homes/home/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert ("TURMIL", "USA", "1712") in code(coder, alone)


def test_assemble_casualties_of_a_named_country_stay_an_event(nlp, coder):
    # "..., killing American soldiers": who died says more than the attack's target.
    got = code(coder, parse(nlp, ambush("American")))
    assert ("IMGHEZ", "USAMIL", "190") in got and ("IMGHEZ", "TURMIL", "190") in got


def test_assemble_casualties_of_the_party_struck_are_the_attacks_victims(nlp, coder):
    # "Turkish aircraft bombed a Hezbollah camp, killing Hezbollah fighters": the dead are the party the
    # bombing struck, which the finer 195 already codes; no second, plainer 190.
    doc = parse(nlp, "Turkish/Turkish/ADJ/amod/1/JJ aircraft/aircraft/NOUN/nsubj/2/NN bombed/bomb/VERB/ROOT/2/VBD a/a/DET/det/5/DT "
                     "Hezbollah/Hezbollah/PROPN/compound/5/NNP camp/camp/NOUN/dobj/2/NN ,/,/PUNCT/punct/2/, "
                     "killing/kill/VERB/advcl/2/VBG Hezbollah/Hezbollah/PROPN/compound/9/NNP fighters/fighter/NOUN/dobj/7/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("TUR", "IMGHEZ", "195")}


SIDE_ACTORS = """
VEN: Venezuela | Venezuelan
COL: Colombia | Colombian
SDN: Sudan
"""
SIDE_AGENTS = "GOV: government\nNGO: aid agencies\n"
SIDE_VERBS = """
break off obj=relations prep=with => 161
accuse => 112
expel => 1663
"""


@pytest.fixture(scope="module")
def side_coder(nlp):
    return make_coder(nlp, SIDE_ACTORS, SIDE_AGENTS, SIDE_VERBS)


def test_assemble_event_of_an_unplaced_actor_beside_a_known_one_is_not_written(nlp, side_coder):
    # "Venezuela broke off relations with Colombia, accusing a government of harbouring rebels."
    doc = parse(nlp, "Venezuela/Venezuela/PROPN/nsubj/1 broke/break/VERB/ROOT/1/VBD off/off/ADP/prt/1 "
                     "relations/relation/NOUN/dobj/1 with/with/ADP/prep/1 Colombia/Colombia/PROPN/pobj/4 ,/,/PUNCT/punct/1 "
                     "accusing/accuse/VERB/advcl/1/VBG a/a/DET/det/9 government/government/NOUN/dobj/7 ././PUNCT/punct/1")
    assert code(side_coder, doc) == {("VEN", "COL", "161")}


def test_assemble_event_of_an_unplaced_actor_alone_is_written(nlp, side_coder):
    # "Venezuela accused a government." says little, but it is all the sentence says.
    doc = parse(nlp, "Venezuela/Venezuela/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1/VBD a/a/DET/det/3 "
                     "government/government/NOUN/dobj/1 ././PUNCT/punct/1")
    assert code(side_coder, doc) == {("VEN", "---GOV", "112")}


def test_assemble_aid_agencies_of_no_country_are_cameo_ngo(nlp, side_coder):
    # "Sudan expelled aid agencies."
    doc = parse(nlp, "Sudan/Sudan/PROPN/nsubj/1 expelled/expel/VERB/ROOT/1/VBD aid/aid/NOUN/compound/3 "
                     "agencies/agency/NOUN/dobj/1 ././PUNCT/punct/1")
    assert code(side_coder, doc) == {("SDN", "NGO", "1663")}


@pytest.fixture(scope="module")
def deploy_coder(nlp):
    return make_coder(nlp, "PAK: Pakistan\nIRQ: Iraq\n", "MIL: peacekeepers\n", "refuse comp=deploy => 1224\n")


def test_assemble_peacekeepers_a_state_refuses_to_post_somewhere_are_not_that_places(nlp, deploy_coder):
    # "Pakistan refused to deploy peacekeepers in Iraq": the refusal is toward Iraq, not Iraq's military.
    doc = parse(nlp, "Pakistan/Pakistan/PROPN/nsubj/1 refused/refuse/VERB/ROOT/1/VBD to/to/PART/aux/3 deploy/deploy/VERB/xcomp/1/VB "
                     "peacekeepers/peacekeeper/NOUN/dobj/3 in/in/ADP/prep/4 Iraq/Iraq/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(deploy_coder, doc) == {("PAK", "IRQ", "1224")}


@pytest.fixture(scope="module")
def offices_coder(nlp):
    return make_coder(nlp, "ISR: Israeli | Israel\nPSEGOV: Palestinian Authority\nNOR: Norway\nSYR: Syria\n", "CVL: settlers\n",
                      "set obj=fire prep=to => 1712\nmeet prep=with => 040\n")


def test_assemble_offices_of_a_body_are_its_property_not_a_go_between(nlp, offices_coder):
    # "Israeli settlers set fire to the offices of the Palestinian Authority."
    doc = parse(nlp, "Israeli/Israeli/ADJ/amod/1 settlers/settler/NOUN/nsubj/2 set/set/VERB/ROOT/2/VBD fire/fire/NOUN/dobj/2 "
                     "to/to/ADP/prep/2 the/the/DET/det/6 offices/office/NOUN/pobj/4 of/of/ADP/prep/6 the/the/DET/det/10 "
                     "Palestinian/Palestinian/PROPN/compound/10 Authority/Authority/PROPN/pobj/7 ././PUNCT/punct/2")
    assert code(offices_coder, doc) == {("ISRCVL", "PSEGOV", "1712")}


def test_assemble_good_offices_are_still_a_go_between(nlp, offices_coder):
    # "Israel met with Syria through the good offices of Norway": Norway is no party.
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1 met/meet/VERB/ROOT/1/VBD with/with/ADP/prep/1 Syria/Syria/PROPN/pobj/2 "
                     "through/through/ADP/prep/1 the/the/DET/det/7 good/good/ADJ/amod/7 offices/office/NOUN/pobj/4 "
                     "of/of/ADP/prep/7 Norway/Norway/PROPN/pobj/8 ././PUNCT/punct/1")
    got = code(offices_coder, doc)
    assert ("ISR", "SYR") in {(s, t) for s, t, _ in got} and not any("NOR" in (s, t) for s, t, _ in got)


@pytest.fixture(scope="module")
def entry_coder(nlp):
    return make_coder(nlp, "FRA: French\nCIV: Ivory Coast\n", "MIL: troops\n", "enter => 192\nprotect obj=civilian => 074\n")


def test_assemble_troops_entering_a_country_to_protect_civilians_protect_them(nlp, entry_coder):
    # "French troops entered Ivory Coast to protect civilians."
    doc = parse(nlp, "French/French/ADJ/amod/1 troops/troop/NOUN/nsubj/2 entered/enter/VERB/ROOT/2/VBD Ivory/Ivory/PROPN/compound/4 "
                     "Coast/Coast/PROPN/dobj/2 to/to/PART/aux/6 protect/protect/VERB/advcl/2/VB civilians/civilian/NOUN/dobj/6 ././PUNCT/punct/2")
    assert code(entry_coder, doc) == {("FRAMIL", "CIV", "074")}


def test_assemble_an_attack_on_a_vehicle_carrying_people_is_on_them(nlp, coder):
    # "Hezbollah ambushed a bus carrying Turkish soldiers"
    doc = parse(nlp, "Hezbollah/Hezbollah/PROPN/nsubj/1/NNP ambushed/ambush/VERB/ROOT/1/VBD a/a/DET/det/3/DT bus/bus/NOUN/dobj/1/NN "
                     "carrying/carry/VERB/acl/3/VBG Turkish/Turkish/ADJ/amod/6/JJ soldiers/soldier/NOUN/dobj/4/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IMGHEZ", "TURMIL", "190")}


def test_assemble_a_vehicle_packed_with_explosives_is_a_car_bomb_placed_where_it_struck(nlp):
    coder = make_coder(nlp, "USA: American\nLBN: Beirut\n", "MIL: marines\n", "blow up => 183\n")
    # "A truck packed with explosives blew up at American marines in Beirut"
    doc = parse(nlp, "A/a/DET/det/1/DT truck/truck/NOUN/nsubj/5/NN packed/pack/VERB/acl/1/VBN with/with/ADP/prep/2/IN "
                     "explosives/explosive/NOUN/pobj/3/NNS blew/blow/VERB/ROOT/5/VBD up/up/ADP/prt/5/RP at/at/ADP/prep/5/IN "
                     "American/American/ADJ/amod/9/JJ marines/marine/NOUN/pobj/7/NNS in/in/ADP/prep/5/IN Beirut/Beirut/PROPN/pobj/10/NNP "
                     "././PUNCT/punct/5/.")
    assert code(coder, doc) == {("LBNUAF", "USAMIL", "1832")}


def raid_on(thing: str) -> str:
    # "Soldiers were killed in a raid on a Turkish <thing>."
    return ("Soldiers/soldier/NOUN/nsubjpass/2/NNS were/be/AUX/auxpass/2/VBD killed/kill/VERB/ROOT/2/VBN in/in/ADP/prep/2/IN "
            "a/a/DET/det/5/DT raid/raid/NOUN/pobj/3/NN on/on/ADP/prep/5/IN a/a/DET/det/9/DT Turkish/Turkish/ADJ/amod/9/JJ "
            f"{thing}/{thing}/NOUN/pobj/6/NN ././PUNCT/punct/2/.")


def test_assemble_attack_on_a_vehicle_is_not_placed_by_whose_it_is(nlp):
    # A raid on a Turkish village happened in Turkey: its unnamed raiders are armed men there. A raid on a
    # Turkish ship or a flotilla bound for somewhere may be anywhere: the ship's flag names no raider.
    raid_coder = make_coder(nlp, ACTORS, AGENTS, "kill prep=in:raid => 190\n")
    assert code(raid_coder, parse(nlp, raid_on("village"))) == {("TURUAF", "TURMIL", "190")}
    for vehicle in ("ship", "flotilla", "vessel"):
        assert code(raid_coder, parse(nlp, raid_on(vehicle))) == set()
