"""Assembly rules found on the fourth whole-articles set, from hand-built parses: nationalities that
fight each other, groups tied to a country, soldiers arresting a president, an official's government,
a repression's casualties."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
USAGOV: Washington
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | government | president\nCOP: police\nCVL: civilians | protesters\nBUS: companies\n"
VERBS = """
&SANCTION = sanction
impose obj=&SANCTION prep=on => 163
fight => 190
arrest => 173
condemn => 111
club obj=civilian => 175
kill => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_conjoined_nationality_adjectives_fight_each_other(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 troops/troop/NOUN/nsubj/4 "
                     "fought/fight/VERB/ROOT/4/VBD ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQMIL", "IRNMIL", "190"), ("IRNMIL", "IRQMIL", "190")}


def test_assemble_sector_target_tied_to_a_country_is_that_countrys(nlp, coder):
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1 imposed/impose/VERB/ROOT/1/VBD sanctions/sanction/NOUN/dobj/1 "
                     "on/on/ADP/prep/1 companies/company/NOUN/pobj/3 linked/link/VERB/acl/4/VBN to/to/ADP/prep/5 "
                     "Iran/Iran/PROPN/poss/9 's/'s/PART/case/7 programme/programme/NOUN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("USAGOV", "IRNBUS", "163")}


def test_assemble_sector_target_tied_to_no_country_stays_unknown(nlp, coder):
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1 imposed/impose/VERB/ROOT/1/VBD sanctions/sanction/NOUN/dobj/1 "
                     "on/on/ADP/prep/1 companies/company/NOUN/pobj/3 linked/link/VERB/acl/4/VBN to/to/ADP/prep/5 "
                     "the/the/DET/det/8 programme/programme/NOUN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("USAGOV", "---BUS", "163")}


def test_assemble_unnamed_soldiers_arresting_a_president_are_his_countrys(nlp, coder):
    doc = parse(nlp, "Soldiers/soldier/NOUN/nsubj/1 arrested/arrest/VERB/ROOT/1/VBD Iraqi/Iraqi/ADJ/amod/3 "
                     "President/president/PROPN/dobj/1 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQMIL", "IRQGOV", "173")}


def test_assemble_the_government_in_an_officials_words_is_his(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 official/official/NOUN/nsubj/2 said/say/VERB/ROOT/2/VBD the/the/DET/det/4 "
                     "government/government/NOUN/nsubj/5 condemned/condemn/VERB/ccomp/2/VBD Syria/Syria/PROPN/dobj/5 ././PUNCT/punct/2")
    got = code(coder, doc)
    assert ("IRQGOV", "SYR", "111") in got and not any(s == "---GOV" for s, _, _ in got)


def test_assemble_casualty_participle_of_repression_adds_no_event(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 police/police/NOUN/nsubj/2 clubbed/club/VERB/ROOT/2/VBD civilians/civilian/NOUN/dobj/2 "
                     ",/,/PUNCT/punct/2 killing/kill/VERB/advcl/2/VBG three/three/NUM/nummod/7 civilians/civilian/NOUN/dobj/5 ././PUNCT/punct/2")
    assert {c for _, _, c in code(coder, doc)} == {"175"}
