"""Deaths in a crash, sinking or collapse, from hand-built parses: a vehicle or building that crashes,
sinks or collapses kills no one by anyone's act, whoever it belonged to or carried; one derailed by
someone, or a car crashed into a checkpoint by a bomber, still does."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers | military\nGOV: official | officials | government\nREB: rebels\n"
VERBS = """
kill => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_military_helicopter_that_crashed_killed_no_one_by_its_act(nlp, coder):
    doc = parse(nlp, "An/an/DET/det/3/DT Iraqi/Iraqi/ADJ/amod/3/JJ military/military/ADJ/amod/3/JJ helicopter/helicopter/NOUN/nsubj/4/NN "
                     "crashed/crash/VERB/ROOT/4/VBD ,/,/PUNCT/punct/4/, killing/kill/VERB/advcl/4/VBG 12/12/NUM/nummod/9/CD "
                     "Syrian/Syrian/ADJ/amod/9/JJ soldiers/soldier/NOUN/dobj/6/NNS ././PUNCT/punct/4/.")
    assert code(coder, doc) == set()


def test_assemble_a_passenger_parsed_as_a_second_subject_of_the_crash_killed_no_one(nlp, coder):
    doc = parse(nlp, "A/a/DET/det/1/DT plane/plane/NOUN/nsubj/5/NN carrying/carry/VERB/acl/1/VBG Iraqi/Iraqi/ADJ/amod/4/JJ "
                     "officials/official/NOUN/nsubj/5/NNS crashed/crash/VERB/ROOT/5/VBD ,/,/PUNCT/punct/5/, "
                     "killing/kill/VERB/advcl/5/VBG Syrian/Syrian/ADJ/amod/9/JJ soldiers/soldier/NOUN/dobj/7/NNS ././PUNCT/punct/5/.")
    assert code(coder, doc) == set()


def test_assemble_a_train_derailed_by_rebels_is_still_their_killing(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS derailed/derail/VERB/ROOT/2/VBD a/a/DET/det/4/DT "
                     "train/train/NOUN/dobj/2/NN ,/,/PUNCT/punct/2/, killing/kill/VERB/advcl/2/VBG Syrian/Syrian/ADJ/amod/8/JJ "
                     "soldiers/soldier/NOUN/dobj/6/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQREB", "SYRMIL", "190")}
