"""Assembly rules found on a second set of fresh leads, from hand-built parses: a person
with no dated role for the day, titled by an organisation named before him, acts for the organisation;
"attacked what Iran called Syrian positions" is against the positions, not Iran; a scoreline makes "beat" a
game's result; an appositive role ("Draskovic, the opposition leader,") gives a person of no office known for the
day its sector, but not a former one; "former" before an office's building ("the former Iraqi embassy") leaves it the
state's; a state councilor's title puts its holder in office, as a president's does."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOAFU: African Union | AU
TCD: Chad
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
Alpha Oumar Konare | Konare
    MLIGOV 1992-06-08..2002-06-08
    MLIELI
SRBELI: Draskovic
SRB: Serbia
Tang Jiaxuan | Tang
    CHNGOV 2003-03-17..2008-03-16
    CHNELI
"""
AGENTS = "GOV: chairman | president | minister | embassy | state councilor\nMIL: troops | positions\nOPP: opposition leader\nREB: militant\n"
VERBS = """
urge => 020
criticize => 111
attack => 190
beat => 180
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _doc(nlp, title):
    return parse(nlp, f"{title}/{title}/PROPN/compound/4/NNP chairman/chairman/NOUN/compound/4/NN Alpha/Alpha/PROPN/compound/4/NNP "
                      "Oumar/Oumar/PROPN/compound/4/NNP Konare/Konare/PROPN/nsubj/5/NNP urged/urge/VERB/ROOT/5/VBD "
                      "Chad/Chad/PROPN/dobj/5/NNP ././PUNCT/punct/5/.")


def test_assemble_an_organisations_title_speaks_for_a_person_out_of_office(nlp, coder):
    assert code(coder, _doc(nlp, "AU"), dt.date(2006, 4, 17)) == {("IGOAFU", "TCD", "020")}


def test_assemble_a_persons_dated_role_still_stands(nlp, coder):
    # in office as Mali's president, his own code stands
    assert code(coder, _doc(nlp, "AU"), dt.date(1999, 1, 1)) == {("MLIGOV", "TCD", "020")}


def test_assemble_what_a_third_party_called_the_object_is_the_target_not_the_namer(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD what/what/PRON/dobj/5/WP "
                     "Iran/Iran/PROPN/nsubj/5/NNP called/call/VERB/ccomp/2/VBD Syrian/Syrian/ADJ/amod/7/JJ positions/position/NOUN/oprd/5/NNS "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "SYRMIL", "190")}


def test_assemble_a_place_hung_on_the_naming_verb_places_the_thing_named(nlp, coder):
    # "Iraqi troops attacked what Iran called a militant camp in Syria": the parser hangs "in Syria" on
    # "called"; it says where the camp is, so the militants are Syria's, and Iran is still not the target.
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD what/what/PRON/dobj/5/WP "
                     "Iran/Iran/PROPN/nsubj/5/NNP called/call/VERB/ccomp/2/VBD a/a/DET/det/8/DT militant/militant/ADJ/amod/8/JJ "
                     "camp/camp/NOUN/dobj/5/NN in/in/ADP/prep/5/IN Syria/Syria/PROPN/pobj/9/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "SYRREB", "190")}


def test_assemble_a_scoreline_makes_beating_a_game_result(nlp, coder):
    game = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 beat/beat/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 1-0/1-0/NUM/npadvmod/1/CD ././PUNCT/punct/1")
    assert code(coder, game) == set()
    years = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 beat/beat/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 in/in/ADP/prep/1 "
                       "1980-88/1980-88/NUM/pobj/3/CD ././PUNCT/punct/1")
    assert code(coder, years) == {("IRQ", "IRN", "180")}


@pytest.mark.parametrize(("words", "expected"), [
    ("the/the/DET/det/4/DT opposition/opposition/NOUN/compound/4/NN leader/leader/NOUN/appos/0/NN", "SRBOPP"),
    ("a/a/DET/det/4/DT former/former/ADJ/amod/4/JJ minister/minister/NOUN/appos/0/NN", "SRBELI"),  # guard: out of office
])
def test_assemble_an_appositive_role_gives_a_person_of_no_office_its_sector(nlp, coder, words, expected):
    doc = parse(nlp, f"Draskovic/Draskovic/PROPN/nsubj/6/NNP ,/,/PUNCT/punct/0/, {words} ,/,/PUNCT/punct/0/, "
                     "criticized/criticize/VERB/ROOT/6/VBD Serbia/Serbia/PROPN/dobj/6/NNP ././PUNCT/punct/6/.")
    assert code(coder, doc) == {(expected, "SRB", "111")}


def test_assemble_a_former_embassy_is_still_the_states(nlp, coder):
    # "Syria criticized the former Iraqi embassy."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP criticized/criticize/VERB/ROOT/1/VBD the/the/DET/det/5/DT former/former/ADJ/amod/5/JJ "
                     "Iraqi/Iraqi/ADJ/amod/5/JJ embassy/embassy/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "IRQGOV", "111")}


def test_assemble_a_state_councilors_title_puts_him_in_office(nlp, coder):
    # "State Councilor Tang urged Chad": a report that gives the title is about him in office.
    doc = parse(nlp, "State/State/PROPN/compound/2/NNP Councilor/Councilor/PROPN/compound/2/NNP Tang/Tang/PROPN/nsubj/3/NNP "
                     "urged/urge/VERB/ROOT/3/VBD Chad/Chad/PROPN/dobj/3/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc, dt.date(2009, 1, 1)) == {("CHNGOV", "TCD", "020")}
