"""From hand-built parses: forces arriving make no visit also when the arrival hangs on "began" ("troops
began arriving in Timor"), and forces that arrive, or are sent, "to help restore order" or "to help quell
the fighting" give protection (074), as those sent "to help defend" a country do; so do forces that arrive
"to join the peacekeeping force" or "to enforce the peace accord", as those sent for it do."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
AUS: Australia | Australian
TLS: East Timor | Timor
GBR: Britain | British
SLE: Sierra Leone
"""
AGENTS = "MIL: troops | soldiers\n"
VERBS = """
&FORCES = troop | paratrooper
arrive prep=in => 042
send obj=&FORCES prep=to => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_forces_that_begin_arriving_make_no_visit(nlp, coder):
    doc = parse(nlp, "Australian/australian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS began/begin/VERB/ROOT/2/VBD "
                     "arriving/arrive/VERB/xcomp/2/VBG in/in/ADP/prep/3/IN Timor/Timor/PROPN/pobj/4/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_forces_arriving_to_help_restore_order_give_protection(nlp, coder):
    doc = parse(nlp, "Australian/australian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS arrived/arrive/VERB/ROOT/2/VBD "
                     "in/in/ADP/prep/2/IN Timor/Timor/PROPN/pobj/3/NNP to/to/PART/aux/6/TO help/help/VERB/advcl/2/VB "
                     "restore/restore/VERB/xcomp/6/VB order/order/NOUN/dobj/7/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("AUSMIL", "TLS", "074")}


def test_assemble_forces_that_begin_arriving_to_help_quell_fighting_give_protection(nlp, coder):
    doc = parse(nlp, "Australian/australian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS began/begin/VERB/ROOT/2/VBD "
                     "arriving/arrive/VERB/xcomp/2/VBG in/in/ADP/prep/3/IN Timor/Timor/PROPN/pobj/4/NNP to/to/PART/aux/7/TO "
                     "help/help/VERB/advcl/3/VB quell/quell/VERB/xcomp/7/VB fighting/fighting/NOUN/dobj/8/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("AUSMIL", "TLS", "074")}


def test_assemble_forces_sent_to_help_restore_order_give_protection(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS to/to/ADP/dative/1/IN "
                     "Sierra/Sierra/PROPN/compound/5/NNP Leone/Leone/PROPN/pobj/3/NNP to/to/PART/aux/7/TO help/help/VERB/advcl/1/VB "
                     "restore/restore/VERB/xcomp/7/VB order/order/NOUN/dobj/8/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GBR", "SLE", "074")}


def test_assemble_forces_arriving_to_join_a_peacekeeping_force_give_protection(nlp, coder):
    doc = parse(nlp, "Australian/australian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS arrived/arrive/VERB/ROOT/2/VBD "
                     "in/in/ADP/prep/2/IN Timor/Timor/PROPN/pobj/3/NNP to/to/PART/aux/6/TO join/join/VERB/advcl/2/VB "
                     "the/the/DET/det/9/DT peacekeeping/peacekeeping/NOUN/compound/9/NN force/force/NOUN/dobj/6/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("AUSMIL", "TLS", "074")}


def test_assemble_forces_arriving_to_enforce_an_accord_give_protection(nlp, coder):
    doc = parse(nlp, "Australian/australian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS arrived/arrive/VERB/ROOT/2/VBD "
                     "in/in/ADP/prep/2/IN Timor/Timor/PROPN/pobj/3/NNP to/to/PART/aux/6/TO enforce/enforce/VERB/advcl/2/VB "
                     "the/the/DET/det/9/DT peace/peace/NOUN/compound/9/NN accord/accord/NOUN/dobj/6/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("AUSMIL", "TLS", "074")}


def test_assemble_forces_arriving_to_join_the_fighting_make_no_visit(nlp, coder):
    doc = parse(nlp, "Australian/australian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS arrived/arrive/VERB/ROOT/2/VBD "
                     "in/in/ADP/prep/2/IN Timor/Timor/PROPN/pobj/3/NNP to/to/PART/aux/6/TO join/join/VERB/advcl/2/VB "
                     "the/the/DET/det/8/DT fighting/fighting/NOUN/dobj/6/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()
