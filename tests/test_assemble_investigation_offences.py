"""From hand-built parses: an investigation "into X over <offence>" is into X (the offence phrase the
pattern names is no party); with no "into" phrase the pattern's phrase is still the target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "GOV: government\n"
VERBS = """
&CRIME = corruption | smuggling
open obj=investigation prep=over:&CRIME => 091
open obj=investigation => 090
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_investigation_into_someone_over_an_offence_targets_the_one_investigated(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 opened/open/VERB/ROOT/1/VBD an/an/DET/det/3 investigation/investigation/NOUN/dobj/1 "
                     "into/into/ADP/prep/3 Iran/Iran/PROPN/pobj/4 over/over/ADP/prep/3 Syrian/Syrian/ADJ/amod/8 "
                     "corruption/corruption/NOUN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "091")}


def test_assemble_investigation_over_an_offence_without_into_keeps_the_offence_phrase(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 opened/open/VERB/ROOT/1/VBD an/an/DET/det/3 investigation/investigation/NOUN/dobj/1 "
                     "over/over/ADP/prep/3 Syrian/Syrian/ADJ/amod/6 corruption/corruption/NOUN/pobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "SYR", "091")}
