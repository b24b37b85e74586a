"""From a hand-built parse: what an accused actor is accused of doing, in an "of" phrase that
spaCy hangs on the accused object ("accused Indonesian troops of killing civilians"), is what was said,
not an event done; nor is the casualty participle of the accused act ("of sinking the ship, killing a
photographer"), nor a clause inside it ("of harbouring militants who attack Iraqi troops")."""

from __future__ import annotations

import pytest

from eventcoder.assemble import SentenceCoder

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nCVL: civilians | photographer\nGOV: officials\nREB: militants\n"
VERBS = """
accuse prep=of:kill => 1121
kill obj=civilian => 190
kill => 190
accuse prep=of:sink => 1123
sink => 190
accuse prep=of:harbour => 1121
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    # one-sided events kept (require_dyad=False, as run.py and the CLI's --all): the accused act has no subject
    matcher, sentences = make_coder(nlp, ACTORS, AGENTS, VERBS)
    return matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False)


def test_assemble_accused_act_in_object_of_phrase_is_not_coded(nlp, coder):
    # "Syria accused Iraqi troops of killing civilians, officials said."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1 accused/accuse/VERB/ccomp/9/VBD Iraqi/Iraqi/ADJ/amod/3 "
                     "troops/troop/NOUN/dobj/1 of/of/ADP/prep/3 killing/kill/VERB/pcomp/4/VBG "
                     "civilians/civilian/NOUN/dobj/5 ,/,/PUNCT/punct/9 officials/official/NOUN/nsubj/9 "
                     "said/say/VERB/ROOT/9/VBD ././PUNCT/punct/9")
    assert code(coder, doc) == {("SYR", "IRQMIL", "1121")}


def test_assemble_the_casualty_participle_of_an_accused_act_is_what_was_said(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Syrian/Syrian/ADJ/amod/3/JJ troops/troop/NOUN/dobj/1/NNS "
                     "of/of/ADP/prep/1/IN sinking/sink/VERB/pcomp/4/VBG a/a/DET/det/7/DT ship/ship/NOUN/dobj/5/NN ,/,/PUNCT/punct/5/, "
                     "killing/kill/VERB/advcl/5/VBG a/a/DET/det/11/DT photographer/photographer/NOUN/dobj/9/NN ././PUNCT/punct/1/.")
    assert {c for _, _, c in code(coder, doc)} == {"1123"}


def test_assemble_accused_of_harming_a_number_of_people_is_aimed_at_the_accused(nlp, coder):
    # "Syria accused Iraq's troops of killing hundreds of civilians": the of-phrase hangs on the object
    # and its victims are counted; the accusation is still aimed at the troops.
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/poss/4/NNP 's/'s/PART/case/2/POS "
                     "troops/troop/NOUN/dobj/1/NNS of/of/ADP/prep/4/IN killing/kill/VERB/pcomp/5/VBG hundreds/hundred/NOUN/dobj/6/NNS "
                     "of/of/ADP/prep/7/IN civilians/civilian/NOUN/pobj/8/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "IRQMIL", "1121")}


def test_assemble_a_clause_inside_the_accused_act_is_what_was_said(nlp, coder):
    # "Iraq accused Syria of harbouring militants who attack Iraqi troops": no attack on the troops is coded.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP "
                     "of/of/ADP/prep/1/IN harbouring/harbour/VERB/pcomp/3/VBG militants/militant/NOUN/dobj/4/NNS "
                     "who/who/PRON/nsubj/7/WP attack/attack/VERB/relcl/5/VBP Iraqi/Iraqi/ADJ/amod/9/JJ troops/troop/NOUN/dobj/7/NNS "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "1121")}
