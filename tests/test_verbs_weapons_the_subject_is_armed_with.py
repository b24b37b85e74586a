"""From hand-built parses: what the subject is "armed with" is what its act was done with ("rebels armed with rifles
attacked a police post" is an attack with small arms, 193), unless the verb has a "with" phrase of its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRQ: Iraq | Iraqi\nSYR: Syria | Syrian\n"
AGENTS = "REB: rebels\nCOP: police\n"
VERBS = """
attack => 190
attack prep=with:rifle => 193
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_weapons_the_subject_is_armed_with_are_the_means(nlp, coder):
    # "Iraqi rebels armed with rifles attacked Syrian police."
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/5/NNS armed/arm/VERB/acl/1/VBN with/with/ADP/prep/2/IN "
                     "rifles/rifle/NOUN/pobj/3/NNS attacked/attack/VERB/ROOT/5/VBD Syrian/Syrian/ADJ/amod/7/JJ "
                     "police/police/NOUN/dobj/5/NNS ././PUNCT/punct/5/.")
    assert code(coder, doc) == {("IRQREB", "SYRCOP", "193")}


def test_an_unarmed_subject_attacks_plainly(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD "
                     "Syrian/Syrian/ADJ/amod/4/JJ police/police/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQREB", "SYRCOP", "190")}
