"""From hand-built parses: an infinitive that spaCy hangs on the verb right after a carrier object ("rejected an
Iraqi appeal to release prisoners") is what the appeal asks for; conjoined actors of a joint act are not paired with
their own finer code."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IRQ: Iraq | Iraqi
"""
AGENTS = "GOV: government\n"
VERBS = """
reject obj=appeal|demand|call => 120
release => 0841
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_infinitive_hung_on_the_verb_after_a_carrier_object_is_its_content(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD an/an/DET/det/4 Iraqi/Iraqi/ADJ/amod/4 "
                     "appeal/appeal/NOUN/dobj/1 to/to/PART/aux/6 release/release/VERB/advcl/1/VB "
                     "prisoners/prisoner/NOUN/dobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQ", "1243")}


def test_assemble_infinitive_not_right_after_the_carrier_object_is_not_its_content(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD an/an/DET/det/4 Iraqi/Iraqi/ADJ/amod/4 "
                     "appeal/appeal/NOUN/dobj/1 on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/5 to/to/PART/aux/8 "
                     "release/release/VERB/advcl/1/VB prisoners/prisoner/NOUN/dobj/8 ././PUNCT/punct/1")
    assert ("IRN", "IRQ", "120") in code(coder, doc)


# Conjoined actors of a joint act are not paired with their own finer code.
ACTORS3 = """
SLE: Sierra Leone
SLEREBRUF: Foday Sankoh | Sankoh
SLEGOV: Kabbah
"""
AGENTS3 = "GOV: president\nREB: rebel leader | rebels\n"
VERBS3 = """
&AGREEMENT = agreement
sign obj=&AGREEMENT => 057
"""


@pytest.fixture(scope="module")
def coder3(nlp):
    return make_coder(nlp, ACTORS3, AGENTS3, VERBS3)


def test_assemble_joint_act_does_not_pair_an_actor_with_its_own_finer_code(nlp, coder3):
    # As spaCy parses "Sierra Leone's President Kabbah and rebel leader Foday Sankoh signed ...": "leader" conjoined
    # to the president's name, "Sankoh" the subject.
    doc = parse(nlp, "Sierra/Sierra/PROPN/compound/1 Leone/Leone/PROPN/poss/3 's/'s/PART/case/1 President/president/PROPN/compound/8 "
                     "Kabbah/Kabbah/PROPN/appos/3 and/and/CCONJ/cc/4 rebel/rebel/NOUN/compound/7 leader/leader/NOUN/conj/4 "
                     "Sankoh/Sankoh/PROPN/nsubj/9 signed/sign/VERB/ROOT/9/VBD an/an/DET/det/11 agreement/agreement/NOUN/dobj/9 "
                     "././PUNCT/punct/9")
    got = code(coder3, doc)
    assert not any(s.startswith("SLEREB") and t.startswith("SLEREB") for s, t, _ in got)
    assert ("SLEGOV", "SLEREBRUF", "057") in got
