"""From hand-built parses: a refusal of a demand the parser made a verb (or a second object) is framed by the
demanded act; a past perfect "after" clause is background ("rejected talks, after Ethiopian forces had recaptured
Badme"), not when the main verb is passive; a verb's place phrase hung on the agent of "backed by" is the verb's."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nGOV: government\n"
VERBS = """
&TROOPS = troop | soldier
reject => 120
reject obj=demand|demands|call|calls => 120
withdraw obj=&TROOPS prep=from => 0874
demand comp=withdraw => 1056
condemn => 111
attack => 190
kill => 190
mass obj=&TROOPS => 154
mass obj=&TROOPS prep=along => 154
"""
DAY = dt.date(1999, 4, 6)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_refusal_of_a_demand_parsed_as_a_verb_is_framed_by_the_demanded_act(nlp, coder):
    # "Iraq rejected on Monday Syrian demands to withdraw troops from Iran", "demands" parsed as a verb.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/2 "
                     "Syria/Syria/PROPN/nsubj/5 demands/demand/VERB/ccomp/1/VBZ to/to/PART/aux/7/TO withdraw/withdraw/VERB/xcomp/5/VB "
                     "troops/troop/NOUN/dobj/7 from/from/ADP/prep/7 Iran/Iran/PROPN/pobj/9 ././PUNCT/punct/1")
    got = code(coder, doc, DAY)
    assert ("IRQ", "SYR", "1246") in got and not any(c == "120" for _, _, c in got)


def test_assemble_refusal_of_a_demand_parsed_as_a_second_object_is_framed_by_the_demanded_act(nlp, coder):
    # "Iraq rejected Syria demands to withdraw troops from Iran", "Syria" and "demands" both objects.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 "
                     "demands/demand/NOUN/dobj/1/NNS to/to/PART/aux/5/TO withdraw/withdraw/VERB/xcomp/3/VB "
                     "troops/troop/NOUN/dobj/5 from/from/ADP/prep/5 Iran/Iran/PROPN/pobj/7 ././PUNCT/punct/1")
    got = code(coder, doc, DAY)
    assert any(s == "IRQ" and c == "1246" for s, _, c in got) and not any(c == "120" for _, _, c in got)


def test_assemble_past_perfect_after_clause_is_background(nlp, coder):
    # "Iraq condemned Syria after Iran had attacked Syria": only the condemnation is news.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 after/after/SCONJ/mark/6/IN "
                     "Iran/Iran/PROPN/nsubj/6 had/have/AUX/aux/6/VBD attacked/attack/VERB/advcl/1/VBN Syria/Syria/PROPN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "111")}


def test_assemble_past_perfect_after_clause_of_a_passive_killing_still_tells_the_attack(nlp, coder):
    # "Syrian soldiers were killed after Iranian troops had attacked": the clause is the news (control).
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 soldiers/soldier/NOUN/nsubjpass/3 were/be/AUX/auxpass/3/VBD killed/kill/VERB/ROOT/3/VBN "
                     "after/after/SCONJ/mark/8/IN Iranian/Iranian/ADJ/amod/6 troops/troop/NOUN/nsubj/8 had/have/AUX/aux/8/VBD "
                     "attacked/attack/VERB/advcl/3/VBN ././PUNCT/punct/3")
    assert any(c == "190" and s == "IRNMIL" for s, _, c in code(coder, doc, DAY))


def test_assemble_place_phrase_hung_on_the_backing_agent_is_the_verbs(nlp, coder):
    # "Iraq massed troops backed by tanks along the border with Syria".
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 massed/mass/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS backed/back/VERB/acl/2/VBN "
                     "by/by/ADP/agent/3 tanks/tank/NOUN/pobj/4/NNS along/along/ADP/prep/5 the/the/DET/det/8 border/border/NOUN/pobj/6 "
                     "with/with/ADP/prep/8 Syria/Syria/PROPN/pobj/9 ././PUNCT/punct/1")
    assert code(coder, doc, DAY) == {("IRQ", "SYR", "154")}
