"""From hand-built parses: two different people in offices of one code ("President X accused Vice
President Y", both XXXGOV) are a source and a target, as a country's own politics needs; one person
by two of its names, or a person and a seat of power, are still one actor and no event."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
ARN: Arnor | Arnorian
ARNGOV: Annuminas Palace
Aragorn | Elessar
    ARNGOV 2000-01-01..2020-01-01
    ARNELI
Faramir
    ARNGOV 2005-01-01..2015-01-01
    ARNELI
"""
AGENTS = "GOV: president | prime minister | governor\n"
VERBS = """
criticize => 111
praise => 051
invite prep=to => 036
"""
IN_OFFICE = dt.date(2010, 1, 1)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_president_criticizing_his_prime_minister_is_an_event(nlp, coder):
    # "President Aragorn criticized Prime Minister Faramir"
    doc = parse(
        nlp,
        "President/President/PROPN/compound/1 Aragorn/Aragorn/PROPN/nsubj/2 criticized/criticize/VERB/ROOT/2/VBD "
        "Prime/Prime/PROPN/compound/4 Minister/Minister/PROPN/compound/5 Faramir/Faramir/PROPN/dobj/2",
    )
    assert code(coder, doc, IN_OFFICE) == {("ARNGOV", "ARNGOV", "111")}


def test_assemble_an_unknown_governor_after_his_title_is_a_second_person(nlp, coder):
    # "President Aragorn praised Arnorian Governor Bergil": a name no dictionary holds, after its title
    doc = parse(
        nlp,
        "President/President/PROPN/compound/1 Aragorn/Aragorn/PROPN/nsubj/2 praised/praise/VERB/ROOT/2/VBD "
        "Arnorian/Arnorian/ADJ/amod/4 Governor/Governor/PROPN/compound/5 Bergil/Bergil/PROPN/dobj/2",
    )
    assert code(coder, doc, IN_OFFICE) == {("ARNGOV", "ARNGOV", "051")}


def test_assemble_one_person_by_two_names_is_no_event(nlp, coder):
    # "President Aragorn praised President Elessar": one dictionary person
    doc = parse(
        nlp,
        "President/President/PROPN/compound/1 Aragorn/Aragorn/PROPN/nsubj/2 praised/praise/VERB/ROOT/2/VBD "
        "President/President/PROPN/compound/4 Elessar/Elessar/PROPN/dobj/2",
    )
    assert code(coder, doc, IN_OFFICE) == set()


def test_assemble_a_seat_of_power_of_the_same_code_is_no_second_person(nlp, coder):
    # "President Aragorn invited Prime Minister Faramir to Annuminas Palace": the palace is where, not whom
    doc = parse(
        nlp,
        "President/President/PROPN/compound/1 Aragorn/Aragorn/PROPN/nsubj/2 invited/invite/VERB/ROOT/2/VBD "
        "Prime/Prime/PROPN/compound/4 Minister/Minister/PROPN/compound/5 Faramir/Faramir/PROPN/dobj/2 to/to/ADP/prep/2 "
        "Annuminas/Annuminas/PROPN/compound/8 Palace/Palace/PROPN/pobj/6",
    )
    assert code(coder, doc, IN_OFFICE) == {("ARNGOV", "ARNGOV", "036")}


def test_assemble_untitled_names_of_one_code_stay_one_actor(nlp, coder):
    # "Aragorn praised Faramir": without titles, a name may as well be a seat of power ("Moscow")
    doc = parse(nlp, "Aragorn/Aragorn/PROPN/nsubj/1 praised/praise/VERB/ROOT/1/VBD Faramir/Faramir/PROPN/dobj/1")
    assert code(coder, doc, IN_OFFICE) == set()


def test_assemble_a_leader_standing_for_his_followers_is_no_second_person(nlp, coder):
    # "troops loyal to President Aragorn praised Prime Minister Faramir": the troops, not Aragorn, praised
    doc = parse(
        nlp,
        "troops/troop/NOUN/nsubj/5/NNS loyal/loyal/ADJ/amod/0 to/to/ADP/prep/1 President/President/PROPN/compound/4 "
        "Aragorn/Aragorn/PROPN/pobj/2 praised/praise/VERB/ROOT/5/VBD Prime/Prime/PROPN/compound/7 "
        "Minister/Minister/PROPN/compound/8 Faramir/Faramir/PROPN/dobj/5",
    )
    assert ("ARNGOV", "ARNGOV", "051") not in code(coder, doc, IN_OFFICE)


def test_assemble_a_phrase_ending_in_a_title_is_no_titled_person(nlp, coder):
    # "Aragorn criticized the assets of Arnorian President Faramir" is about the assets
    doc = parse(
        nlp,
        "Aragorn/Aragorn/PROPN/nsubj/1 criticized/criticize/VERB/ROOT/1/VBD the/the/DET/det/3 assets/asset/NOUN/dobj/1 "
        "of/of/ADP/prep/3 Arnorian/Arnorian/ADJ/amod/7 President/President/PROPN/compound/7 Faramir/Faramir/PROPN/pobj/4",
    )
    assert ("ARNGOV", "ARNGOV", "111") not in code(coder, doc, IN_OFFICE)
