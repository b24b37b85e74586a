"""From hand-built parses: "no longer" negates the verb it modifies, as "not" does, though the parser
hangs "no" on "longer" ("would no longer cooperate with the IAEA" is a refusal, not an intent)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
IRN: Iran
IRQ: Iraq
"""
AGENTS = "GOV: government\n"
VERBS = """
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_no_longer_negates_the_verb(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/3/NNP no/no/ADV/neg/2/RB longer/long/ADV/advmod/3/RBR attacks/attack/VERB/ROOT/3/VBZ "
                     "Iraq/Iraq/PROPN/dobj/3/NNP ././PUNCT/punct/3/.")
    repair_parse(doc)
    assert code(coder, doc) == set()


def test_longer_without_no_negates_nothing(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP attacked/attack/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1/NNP "
                     "longer/long/ADV/advmod/1/RBR ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(coder, doc) == {("IRN", "IRQ", "190")}
