"""Targets, from hand-built parses: a threat of force made to stop or prevent another's act is aimed at
whom it would stop: "threatened to use force to stop Iran from acquiring nuclear weapons", "warned it would
use force to stop Cyprus deploying the missiles" (the stopped act's subject), "threatened military action to
prevent Iran from building a bomb" (the purpose hung on the threatened noun). So for force to be used to
remove another, but not for force used to protect them; nor, when troops would be sent, at the troops."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\nMIL: troops\n"
VERBS = """
threaten comp=use => 138
threaten obj=action => 138
threaten comp=send => 138
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_threat_to_use_force_to_stop_another_is_aimed_at_it(nlp, coder):
    # "Israel threatened to use force to stop Iran from acquiring weapons."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO use/use/VERB/xcomp/1/VB "
                     "force/force/NOUN/dobj/3/NN to/to/PART/aux/6/TO stop/stop/VERB/xcomp/3/VB Iran/Iran/PROPN/dobj/6/NNP "
                     "from/from/ADP/prep/6/IN acquiring/acquire/VERB/pcomp/8/VBG weapons/weapon/NOUN/dobj/9/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ISR", "IRN", "138")}


def test_assemble_the_stopped_act_s_subject_is_whom_it_stops(nlp, coder):
    # "Israel threatened to use force to stop Iran building a bomb."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO use/use/VERB/xcomp/1/VB "
                     "force/force/NOUN/dobj/3/NN to/to/PART/aux/6/TO stop/stop/VERB/xcomp/3/VB Iran/Iran/PROPN/nsubj/8/NNP "
                     "building/build/VERB/ccomp/6/VBG a/a/DET/det/10/DT bomb/bomb/NOUN/dobj/8/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ISR", "IRN", "138")}


def test_assemble_a_threatened_action_named_by_a_noun_to_prevent_another(nlp, coder):
    # "Israel threatened military action to prevent Iran from building a bomb."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD military/military/ADJ/amod/3/JJ "
                     "action/action/NOUN/dobj/1/NN to/to/PART/aux/5/TO prevent/prevent/VERB/acl/3/VB Iran/Iran/PROPN/dobj/5/NNP "
                     "from/from/ADP/prep/5/IN building/build/VERB/pcomp/7/VBG a/a/DET/det/10/DT bomb/bomb/NOUN/dobj/8/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ISR", "IRN", "138")}


def test_assemble_a_threat_to_use_force_to_remove_another_is_aimed_at_it(nlp, coder):
    # "Israel threatened to use force to remove the Iranian government."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO use/use/VERB/xcomp/1/VB "
                     "force/force/NOUN/dobj/3/NN to/to/PART/aux/6/TO remove/remove/VERB/xcomp/3/VB the/the/DET/det/9/DT "
                     "Iranian/Iranian/ADJ/amod/9/JJ government/government/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ISR", "IRNGOV", "138")}


def test_assemble_force_threatened_to_protect_others_is_not_aimed_at_them(nlp, coder):
    # "Israel threatened to use force to protect the Iranian government."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO use/use/VERB/xcomp/1/VB "
                     "force/force/NOUN/dobj/3/NN to/to/PART/aux/6/TO protect/protect/VERB/xcomp/3/VB the/the/DET/det/9/DT "
                     "Iranian/Iranian/ADJ/amod/9/JJ government/government/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


@pytest.mark.parametrize("purpose,expected", [
    ("punish/punish", {("ISR", "IRN", "138")}),
    ("protect/protect", set()),
])
def test_assemble_a_threat_to_send_troops_is_aimed_by_their_purpose_not_at_them(nlp, coder, purpose, expected):
    # "Israel threatened to send troops to punish Iran ."
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO send/send/VERB/xcomp/1/VB "
                     f"troops/troop/NOUN/dobj/3/NNS to/to/PART/aux/6/TO {purpose}/VERB/advcl/3/VB Iran/Iran/PROPN/dobj/6/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == expected
