"""From hand-built parses: a show of force (15) whose stated aim names someone ("to send a message to India",
"in a warning to India") is aimed at them, as the codebook's target is whom the military move is directed
against, before the place the forces went; with no stated aim, the place stays the target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PAK: Pakistan | Pakistani
IND: India | Indian
SAS: South Asia
"""
AGENTS = "MIL: forces | troops\n"
VERBS = """
&FORCES = troop | force
send obj=&FORCES prep=to => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


SENT = "Pakistan/Pakistan/PROPN/nsubj/1 sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 to/to/ADP/prep/1 South/South/PROPN/compound/5 Asia/Asia/PROPN/pobj/3 "


def test_assemble_forces_sent_to_send_a_message_to_someone_are_aimed_at_them(nlp, coder):
    # the parser's reading: the "to" of the message hung on the purpose verb
    doc = parse(nlp, SENT + "to/to/PART/aux/7 send/send/VERB/advcl/1/VB a/a/DET/det/9 message/message/NOUN/dobj/7 "
                            "to/to/ADP/dative/7 India/India/PROPN/pobj/10 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "IND", "154")}


def test_assemble_forces_sent_with_a_message_hung_on_the_noun_are_aimed_at_its_addressee(nlp, coder):
    doc = parse(nlp, SENT + "to/to/PART/aux/7 send/send/VERB/advcl/1/VB a/a/DET/det/9 message/message/NOUN/dobj/7 "
                            "to/to/ADP/prep/9 India/India/PROPN/pobj/10 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "IND", "154")}


def test_assemble_forces_sent_with_no_stated_aim_keep_the_place_as_target(nlp, coder):
    doc = parse(nlp, SENT + "././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "SAS", "154")}


@pytest.mark.parametrize("noun,shown,prep", [("show", "force", "against"), ("display", "strength", "at")])
def test_assemble_a_show_of_force_whose_aim_hangs_on_what_is_shown_is_aimed_at_it(nlp, coder, noun, shown, prep):
    # "Pakistan sent troops to South Asia in a show of force against India": the parser hangs "against" on "force".
    doc = parse(nlp, SENT + f"in/in/ADP/prep/1 a/a/DET/det/8 {noun}/{noun}/NOUN/pobj/6 of/of/ADP/prep/8 "
                            f"{shown}/{shown}/NOUN/pobj/9 {prep}/{prep}/ADP/prep/10 India/India/PROPN/pobj/11 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "IND", "154")}


def test_assemble_a_show_of_support_for_someone_is_not_aimed_at_them(nlp, coder):
    # "Pakistan sent troops to South Asia in a show of support for India": not directed against India.
    doc = parse(nlp, SENT + "in/in/ADP/prep/1 a/a/DET/det/8 show/show/NOUN/pobj/6 of/of/ADP/prep/8 "
                            "support/support/NOUN/pobj/9 for/for/ADP/prep/10 India/India/PROPN/pobj/11 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "SAS", "154")}
