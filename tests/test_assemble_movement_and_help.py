"""Assembly rules found on the fifth whole-articles set, from hand-built parses: a label is not the act it
names, forces moving make no visit, one side's announced cooperation, whom a helper helps, a state's own ground."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
CHN: China
PAK: Pakistan
"""
AGENTS = "MIL: troops | soldiers\nREB: militants\n"
VERBS = """
&P_STRIKE = strike | strikes
&C_COOP = cooperate
&N_AIDGEN = aid | assistance | help
call obj=&P_STRIKE => 143
condemn => 111
fly prep=into => 042
pledge => 030
pledge comp=&C_COOP => 030
pledge comp=&N_AIDGEN => 033
cooperate prep=with => 060
help => 070
fight => 190
enter => 192
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_calling_strikes_an_act_of_aggression_calls_no_strike(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 called/call/VERB/ROOT/1/VBD the/the/DET/det/3 strikes/strike/NOUN/dobj/1 "
                     "an/an/DET/det/5 act/act/NOUN/oprd/1 of/of/ADP/prep/5 aggression/aggression/NOUN/pobj/6 ././PUNCT/punct/1")
    assert not any(c == "143" for _, _, c in code(coder, doc))


def test_assemble_calling_a_strike_is_still_a_strike(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 called/call/VERB/ROOT/1/VBD a/a/DET/det/3 strike/strike/NOUN/dobj/1 ././PUNCT/punct/1")
    assert any(c == "143" for _, _, c in code(coder, doc))


def test_assemble_troops_flying_into_a_country_make_no_visit(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 troops/troop/NOUN/nsubj/2 flew/fly/VERB/ROOT/2/VBD into/into/ADP/prep/2 "
                     "Iraq/Iraq/PROPN/pobj/3 ././PUNCT/punct/2")
    assert not any(c == "042" for _, _, c in code(coder, doc))


def test_assemble_one_sides_announced_cooperation_is_its_intent_alone(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/2 would/would/AUX/aux/2 cooperate/cooperate/VERB/ROOT/2/VB with/with/ADP/prep/2 "
                     "Iraq/Iraq/PROPN/pobj/3 ././PUNCT/punct/2")
    pairs = {(s, t) for s, t, _ in code(coder, doc)}
    assert ("IRN", "IRQ") in pairs and ("IRQ", "IRN") not in pairs


def test_assemble_help_a_country_fight_militants_helps_the_country(nlp, coder):
    doc = parse(nlp, "China/China/PROPN/nsubj/2 would/would/AUX/aux/2 help/help/VERB/ROOT/2/VB Pakistan/Pakistan/PROPN/nsubj/4 "
                     "fight/fight/VERB/xcomp/2/VB militants/militant/NOUN/dobj/4 ././PUNCT/punct/2")
    got = code(coder, doc)
    assert any(s == "CHN" and t == "PAK" for s, t, _ in got)
    assert not any(s == "CHN" and t == "---REB" for s, t, _ in got)


def test_assemble_a_states_troops_entering_its_own_country_occupy_nothing(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 troops/troop/NOUN/nsubj/2 entered/enter/VERB/ROOT/2/VBD "
                     "Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2")
    assert ("SYRMIL", "SYR", "192") not in code(coder, doc)


def test_assemble_a_states_troops_entering_another_country_occupy_it(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 troops/troop/NOUN/nsubj/2 entered/enter/VERB/ROOT/2/VBD "
                     "Iraq/Iraq/PROPN/dobj/2 ././PUNCT/punct/2")
    assert ("SYRMIL", "IRQ", "192") in code(coder, doc)
