"""A repair, from a hand-built parse: an infinitive the parser hangs on the verb after a weekday that follows
the verb's object is the object's when that object is a proposal, call or offer ("discussed an EU proposal on
Monday to impose sanctions on Russia" imposes nothing and holds no talks with Russia)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
HUN: Hungary
RUS: Russia
IRQ: Iraq
IRN: Iran
IGOEEU: EU
"""
AGENTS = "GOV: government\n"
VERBS = """
discuss => 046
impose obj=sanction prep=on => 163
urge comp=free => 0253
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_infinitive_after_a_weekday_is_the_proposals(nlp, coder):
    doc = parse(nlp, "Hungary/Hungary/PROPN/nsubj/1 discussed/discuss/VERB/ROOT/1/VBD an/an/DET/det/4 EU/EU/PROPN/compound/4 "
                     "proposal/proposal/NOUN/dobj/1/NN on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/5/NNP "
                     "to/to/PART/aux/8/TO impose/impose/VERB/advcl/1/VB sanctions/sanction/NOUN/dobj/8/NNS "
                     "on/on/ADP/prep/8 Russia/Russia/PROPN/pobj/10 ././PUNCT/punct/1")
    repair_parse(doc)
    # the talks are about a proposal, with no one named; Russia is what the proposal would sanction
    assert code(coder, doc) == set()


def test_infinitive_after_a_weekday_of_an_addressee_is_still_what_was_urged(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1 on/on/ADP/prep/1 "
                     "Monday/Monday/PROPN/pobj/3/NNP to/to/PART/aux/6/TO free/free/VERB/advcl/1/VB "
                     "prisoners/prisoner/NOUN/dobj/6/NNS ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("IRN", "IRQ", "0253")}
