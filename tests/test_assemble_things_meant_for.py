"""Things named with whom they are meant for, from hand-built parses: "froze funds earmarked for Hungary" is
aimed at Hungary, as "froze funds for Hungary" is, and the participle's "for" phrase is the verb's for its patterns."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IGOEEU: EU\nHUN: Hungary\nUSA: Washington\nEGY: Egypt\n"
AGENTS = "MIL: troops\n"
VERBS = """
freeze obj=fund => 1621
suspend obj=aid prep=for => 1622
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("participle", ["earmarked/earmark", "destined/destine", "intended/intend"])
def test_assemble_funds_meant_for_a_state_are_aimed_at_it(nlp, coder, participle):
    # "The EU froze funds earmarked for Hungary."
    doc = parse(nlp, f"The/the/DET/det/1/DT EU/EU/PROPN/nsubj/2/NNP froze/freeze/VERB/ROOT/2/VBD funds/fund/NOUN/dobj/2/NNS "
                     f"{participle}/VERB/acl/3/VBN for/for/ADP/prep/4/IN Hungary/Hungary/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IGOEEU", "HUN", "1621")}


def test_assemble_participles_for_phrase_serves_the_patterns_prep(nlp, coder):
    # "Washington suspended aid destined for Egypt."
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1/NNP suspended/suspend/VERB/ROOT/1/VBD aid/aid/NOUN/dobj/1/NN "
                     "destined/destine/VERB/acl/2/VBN for/for/ADP/prep/3/IN Egypt/Egypt/PROPN/pobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("USA", "EGY", "1622")}


def test_assemble_participle_of_some_other_sense_places_no_target(nlp, coder):
    # "The EU froze funds held in Hungary." (where the funds are, not whom they are for)
    doc = parse(nlp, "The/the/DET/det/1/DT EU/EU/PROPN/nsubj/2/NNP froze/freeze/VERB/ROOT/2/VBD funds/fund/NOUN/dobj/2/NNS "
                     "held/hold/VERB/acl/3/VBN in/in/ADP/prep/4/IN Hungary/Hungary/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()
