"""From hand-built parses: a "from" phrase the parser hangs on "back" is the verb's also when the verb has no
object ("troops pulled back from Kuwait" retreat from Kuwait, 0874); where the subject goes back to stays
unread ("flew back to Kuwait" is going home, no visit)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
KWT: Kuwait
"""
AGENTS = "MIL: troops | soldiers\nGOV: officials\n"
VERBS = """
pull back prep=from => 0874
fly prep=to => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_troops_pulling_back_from_a_place_retreat_from_it(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS pulled/pull/VERB/ROOT/2/VBD back/back/ADV/advmod/2/RB "
                     "from/from/ADP/prep/3/IN Kuwait/Kuwait/PROPN/pobj/4/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "KWT", "0874")}


def test_assemble_flying_back_to_a_place_is_no_visit(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ officials/official/NOUN/nsubj/2/NNS flew/fly/VERB/ROOT/2/VBD back/back/ADV/advmod/2/RB "
                     "to/to/ADP/prep/3/IN Kuwait/Kuwait/PROPN/pobj/4/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()
