"""An intent, refusal or threat of one's own act with no addressee is aimed where the act's pattern points by
"against"/"on", not at a nationality that qualifies the act's object; an appeal stays aimed at whom it asks."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
SYR: Syria | Syrian
USA: United States | U.S.
"""
AGENTS = "GOV: government | president\n"
VERBS = """
&SANCTION = sanction
intend comp=lift => 035
urge => 020
lift obj=&SANCTION prep=against => 085
lift obj=restriction prep=on => 0811
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_framed_intent_takes_the_acts_against_target_not_the_own_nationality(nlp, coder):
    # "Iran intends to lift Iranian sanctions against Syria."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 intends/intend/VERB/ROOT/1/VBZ to/to/PART/aux/3 lift/lift/VERB/xcomp/1/VB "
                     "Iranian/Iranian/ADJ/amod/5 sanctions/sanction/NOUN/dobj/3 against/against/ADP/prep/5 "
                     "Syria/Syria/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "0354")}


def test_framed_intent_takes_the_acts_against_target_not_a_foreign_modifier(nlp, coder):
    # "Iran intends to lift U.S. sanctions against Syria." (the U.S. qualifies the sanctions)
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 intends/intend/VERB/ROOT/1/VBZ to/to/PART/aux/3 lift/lift/VERB/xcomp/1/VB "
                     "U.S./U.S./PROPN/nmod/5 sanctions/sanction/NOUN/dobj/3 against/against/ADP/prep/5 "
                     "Syria/Syria/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "0354")}


def test_an_appeal_stays_aimed_at_whom_it_asks(nlp, coder):
    # "Iran urged Syria to lift restrictions on the U.S.": the appeal is to Syria.
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1 to/to/PART/aux/4 "
                     "lift/lift/VERB/xcomp/1/VB restrictions/restriction/NOUN/dobj/4 on/on/ADP/prep/5 "
                     "U.S./U.S./PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "SYR", "0251")}
