"""From hand-built parses: forces rushed to a country, or sent "to help defend" it, to protect it are protection
given (074), as are forces "ordered" there to help defend it, however the parser hangs the infinitive, and
so are forces sent to enforce or monitor an accord ("to enforce the peace accord"); rushed to
a border, or sent to enforce an embargo, they stay a deployment."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nGOV: government\nCVL: civilians\n"
VERBS = """
&FORCES = troop | paratrooper
rush obj=&FORCES prep=to => 154
send obj=&FORCES prep=to => 154
order obj=&FORCES prep=to => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_forces_rushed_to_a_country_to_protect_are_protection(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 rushed/rush/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 protect/protect/VERB/advcl/1/VB "
                     "civilians/civilian/NOUN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "074")}


def test_assemble_forces_sent_to_help_defend_a_country_are_protection(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 help/help/VERB/advcl/1/VB defend/defend/VERB/xcomp/6/VB "
                     "the/the/DET/det/9 country/country/NOUN/dobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "074")}


def test_assemble_forces_rushed_to_a_border_stay_a_deployment(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 rushed/rush/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "154")}


def test_assemble_forces_sent_to_enforce_a_peace_accord_keep_the_peace(nlp, coder):
    # "Iran sent troops to Syria to enforce the peace accord."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 enforce/enforce/VERB/advcl/1/VB the/the/DET/det/9 "
                     "peace/peace/NOUN/compound/9 accord/accord/NOUN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "074")}


def test_assemble_forces_sent_to_enforce_an_embargo_stay_a_deployment(nlp, coder):
    # "Iran sent troops to Syria to enforce the embargo."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 enforce/enforce/VERB/advcl/1/VB the/the/DET/det/8 "
                     "embargo/embargo/NOUN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "154")}


def test_assemble_forces_ordered_to_a_country_to_help_defend_it_are_protection(nlp, coder):
    # "Iran ordered troops to Syria to help defend the country.", the infinitive read as what was ordered
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 ordered/order/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 help/help/VERB/xcomp/1/VB defend/defend/VERB/xcomp/6/VB "
                     "the/the/DET/det/9 country/country/NOUN/dobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "074")}


def test_assemble_forces_ordered_to_a_country_with_no_purpose_stay_a_deployment(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 ordered/order/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "154")}


def test_assemble_forces_sent_to_help_enforce_a_peace_accord_keep_the_peace(nlp, coder):
    # "Iran sent troops to Syria to help enforce the peace accord.": the accord is kept through "help"
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 help/help/VERB/advcl/1/VB enforce/enforce/VERB/xcomp/6/VB "
                     "the/the/DET/det/10 peace/peace/NOUN/compound/10 accord/accord/NOUN/dobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "074")}


def test_assemble_forces_sent_to_help_enforce_an_embargo_stay_a_deployment(nlp, coder):
    # guard: "Iran sent troops to Syria to help enforce the embargo."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 help/help/VERB/advcl/1/VB enforce/enforce/VERB/xcomp/6/VB "
                     "the/the/DET/det/9 embargo/embargo/NOUN/dobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "154")}


@pytest.mark.parametrize("dep", ["xcomp", "ccomp"])
def test_assemble_forces_sent_to_help_a_government_repel_attackers_are_protection(nlp, coder, dep):
    # "Iran sent troops to Syria to help the government repel the rebels.": the helped one, parsed as the
    # subject of the bare infinitive (ccomp) or not, is defended
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 "
                     "Syria/Syria/PROPN/pobj/3 to/to/PART/aux/6 help/help/VERB/advcl/1/VB the/the/DET/det/8 "
                     f"government/government/NOUN/nsubj/9 repel/repel/VERB/{dep}/6/VB the/the/DET/det/11 "
                     "rebels/rebel/NOUN/dobj/9 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "074")}
