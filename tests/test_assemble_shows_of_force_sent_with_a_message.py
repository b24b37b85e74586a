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
