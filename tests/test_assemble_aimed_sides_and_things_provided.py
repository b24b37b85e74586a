"""From hand-built parses: conjoined nationality adjectives ("Iraqi and Iranian troops") fight each other only
when the act names no one it is aimed at ("launched a war on Syria" goes to Syria); what is provided "with" goes
to the object, not to an actor the things are about ("provided Iraq with intelligence on Syria")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers | forces\n"
VERBS = """
&COMBAT = war | offensive
launch obj=&COMBAT prep=on => 190
fight => 190
provide prep=with:intelligence => 064
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_conjoined_nationality_adjectives_with_a_named_target_attack_it(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 forces/force/NOUN/nsubj/4 "
                     "launched/launch/VERB/ROOT/4/VBD a/a/DET/det/6 war/war/NOUN/dobj/4 on/on/ADP/prep/6 "
                     "Syria/Syria/PROPN/pobj/7 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQMIL", "SYR", "190"), ("IRNMIL", "SYR", "190")}


def test_conjoined_nationality_adjectives_still_fight_each_other(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 troops/troop/NOUN/nsubj/4 "
                     "fought/fight/VERB/ROOT/4/VBD ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQMIL", "IRNMIL", "190"), ("IRNMIL", "IRQMIL", "190")}


def test_things_provided_with_go_to_the_object_not_to_what_they_are_about(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 provided/provide/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1 with/with/ADP/prep/1 "
                     "intelligence/intelligence/NOUN/pobj/3 on/on/ADP/prep/4 Syria/Syria/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQ", "064")}
