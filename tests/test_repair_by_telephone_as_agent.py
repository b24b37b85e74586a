"""From a hand-built parse: a "by" phrase the parser made the agent of an
active verb ("spoke by telephone with X") is a plain preposition naming the means."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
USAGOV: Washington
"""
AGENTS = "GOV: official | government | president\n"
VERBS = """
speak prep=by:phone|telephone => 041
speak prep=with => 040
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_by_telephone_parsed_as_agent_of_active_verb_is_a_means(nlp, coder):
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1 spoke/speak/VERB/ROOT/1/VBD by/by/ADP/agent/1 "
                     "telephone/telephone/NOUN/pobj/2 with/with/ADP/prep/3 Iran/Iran/PROPN/pobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("USAGOV", "IRN", "041"), ("IRN", "USAGOV", "041")}

