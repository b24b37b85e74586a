"""From hand-built parses: an attack whose means is "blamed on X" (or "attributed to X", "claimed by X") is X's,
not unnamed attackers'; a present "until" clause ("vowed to fight until foreign troops leave") is a condition
still to be met, not an event, where a past one stays an event."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SOM: Somalia | Somali
KEN: Kenya | Kenyan
SOMINS: Shabaab
"""
AGENTS = "MIL: troops | soldiers\nGOV: government\nREB: rebels\n"
VERBS = """
reject => 120
attack => 190
explode before=bomb => 183
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_bomb_blamed_on_a_group_is_its_attack(nlp):
    # "A bomb blamed on Shabaab exploded in Kenya." (one-sided events kept: the bombing has no one named hit)
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    coder = matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False)
    doc = parse(nlp, "A/a/DET/det/1/DT bomb/bomb/NOUN/nsubj/5/NN blamed/blame/VERB/acl/1/VBN on/on/ADP/prep/2/IN "
                     "Shabaab/Shabaab/PROPN/pobj/3/NNP exploded/explode/VERB/ROOT/5/VBD in/in/ADP/prep/5/IN "
                     "Kenya/Kenya/PROPN/pobj/6/NNP ././PUNCT/punct/5/.")
    assert ("SOMINS", None, "183") in code(coder, doc)


def test_assemble_present_until_clause_is_a_condition(nlp, coder):
    # "Somali rebels rejected Kenya until Kenyan troops attack Somalia ."
    doc = parse(nlp, "Somali/Somali/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 rejected/reject/VERB/ROOT/2/VBD Kenya/Kenya/PROPN/dobj/2 "
                     "until/until/SCONJ/mark/7 Kenyan/Kenyan/ADJ/amod/6 troops/troop/NOUN/nsubj/7 attack/attack/VERB/advcl/2/VBP Somalia/Somalia/PROPN/dobj/7 ././PUNCT/punct/2")
    assert code(coder, doc) == {("SOMREB", "KEN", "120")}  # no KENMIL>SOM 190


def test_assemble_past_until_clause_stays_an_event(nlp, coder):
    doc = parse(nlp, "Somali/Somali/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 rejected/reject/VERB/ROOT/2/VBD Kenya/Kenya/PROPN/dobj/2 "
                     "until/until/SCONJ/mark/7 Kenyan/Kenyan/ADJ/amod/6 troops/troop/NOUN/nsubj/7 attacked/attack/VERB/advcl/2/VBD Somalia/Somalia/PROPN/dobj/7 ././PUNCT/punct/2")
    assert ("KENMIL", "SOM", "190") in code(coder, doc)


def test_assemble_past_until_clause_under_a_modal_is_a_condition(nlp, coder):
    # "Somali rebels would reject Kenya until Kenyan troops attacked Somalia .": the tense shifted back
    # in reported speech; the attack is a condition still to be met.
    doc = parse(nlp, "Somali/Somali/ADJ/amod/1 rebels/rebel/NOUN/nsubj/3 would/would/AUX/aux/3/MD reject/reject/VERB/ROOT/3/VB "
                     "Kenya/Kenya/PROPN/dobj/3 until/until/SCONJ/mark/8 Kenyan/Kenyan/ADJ/amod/7 troops/troop/NOUN/nsubj/8 "
                     "attacked/attack/VERB/advcl/3/VBD Somalia/Somalia/PROPN/dobj/8 ././PUNCT/punct/3")
    assert ("KENMIL", "SOM", "190") not in code(coder, doc)
