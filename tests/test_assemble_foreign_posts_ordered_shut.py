"""A host's order to a foreign state to close or shut its embassy or consulate, from hand-built parses: it
breaks diplomatic ties (161), as ordering its envoys out does, not a demand for a change of policy (1042).
A post in a third country ("ordered Iraq to close its embassy in Amman") is not the orderer's to close:
that stays a demand. Another outpost (an office, a police station) ordered shut in the host's own country
ends the foreign state's presence there (166); with no place named it stays a demand."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PAK: Pakistan | Islamabad
AFG: Afghanistan | Kabul
JOR: Amman
"""
AGENTS = "GOV: government\n"
VERBS = """
demand comp=close|shut => 1042
demand => 100
order obj=release => 1053
"""


def ordered(place: str) -> str:
    """ "Pakistan ordered Afghanistan to close its embassy in <place>." """
    return ("Pakistan/Pakistan/PROPN/nsubj/1/NNP ordered/order/VERB/ROOT/1/VBD Afghanistan/Afghanistan/PROPN/dobj/1/NNP "
            "to/to/PART/aux/4/TO close/close/VERB/xcomp/1/VB its/its/PRON/poss/6/PRP$ embassy/embassy/NOUN/dobj/4/NN "
            f"in/in/ADP/prep/6/IN {place}/{place}/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_foreign_embassy_ordered_closed_at_home_cuts_ties(nlp, coder):
    assert code(coder, parse(nlp, ordered("Islamabad"))) == {("PAK", "AFG", "161")}


def test_assemble_a_foreign_consulate_ordered_shut_with_no_place_cuts_ties(nlp, coder):
    # "Pakistan ordered Afghanistan to shut its consulate."
    doc = parse(nlp, "Pakistan/Pakistan/PROPN/nsubj/1/NNP ordered/order/VERB/ROOT/1/VBD Afghanistan/Afghanistan/PROPN/dobj/1/NNP "
                     "to/to/PART/aux/4/TO shut/shut/VERB/xcomp/1/VB its/its/PRON/poss/6/PRP$ consulate/consulate/NOUN/dobj/4/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PAK", "AFG", "161")}


def test_assemble_an_embassy_in_a_third_country_ordered_closed_stays_a_demand(nlp, coder):
    # guard: the post in Amman is not Pakistan's to close
    assert code(coder, parse(nlp, ordered("Amman"))) == {("PAK", "AFG", "1042")}


def ordered_stations(place: str) -> str:
    """ "Pakistan ordered Afghanistan to close two police stations<place>." """
    where = f" in/in/ADP/prep/7/IN {place}/{place}/PROPN/pobj/8/NNP" if place else ""
    return ("Pakistan/Pakistan/PROPN/nsubj/1/NNP ordered/order/VERB/ROOT/1/VBD Afghanistan/Afghanistan/PROPN/dobj/1/NNP "
            "to/to/PART/aux/4/TO close/close/VERB/xcomp/1/VB two/two/NUM/nummod/7/CD police/police/NOUN/compound/7/NN "
            f"stations/station/NOUN/dobj/4/NNS{where} ././PUNCT/punct/1/.")


def test_assemble_foreign_outposts_ordered_shut_in_the_hosts_country_expel(nlp, coder):
    # "Pakistan ordered Afghanistan to close two police stations in Islamabad."
    assert code(coder, parse(nlp, ordered_stations("Islamabad"))) == {("PAK", "AFG", "166")}


@pytest.mark.parametrize("place", ["", "Amman"])
def test_assemble_foreign_outposts_ordered_shut_elsewhere_stay_a_demand(nlp, coder, place):
    # guard: with no place, or one in a third country, the order is a demand for a change of policy
    assert code(coder, parse(nlp, ordered_stations(place))) == {("PAK", "AFG", "1042")}
