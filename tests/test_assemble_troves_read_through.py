"""From a hand-built parse: a trove, cache or stash only holds what its "of" phrase names, as a batch or a
shipment does: "shared a trove of intelligence with Iraq" is intelligence shared (064)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IRQ: Iraq | Iraqi
"""
AGENTS = "GOV: official | officials | government\n"
VERBS = """
share obj=intelligence prep=with => 064
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("noun", ["trove", "cache", "stash"])
def test_assemble_a_trove_of_intelligence_shared_is_intelligence_shared(nlp, coder, noun):
    doc = parse(nlp, f"Iran/Iran/PROPN/nsubj/1 shared/share/VERB/ROOT/1/VBD a/a/DET/det/3 {noun}/{noun}/NOUN/dobj/1 "
                     "of/of/ADP/prep/3 intelligence/intelligence/NOUN/pobj/4 with/with/ADP/prep/1 Iraq/Iraq/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRN", "IRQ", "064")}
