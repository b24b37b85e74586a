"""A use charged is charged for what it served: "accused Russia of using diplomats to spy" is an accusation
of espionage (1125), as "of spying" is; a use with no purpose stays a plain accusation."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GBR: Britain
RUS: Russia
"""
AGENTS = "GOV: government\n"
VERBS = """
&SPYING = spy | eavesdrop
accuse prep=of:&SPYING => 1125
accuse prep=of => 112
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_use_to_spy_is_charged_as_spying(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Russia/Russia/PROPN/dobj/1/NNP "
                     "of/of/ADP/prep/1/IN using/use/VERB/pcomp/3/VBG diplomats/diplomat/NOUN/dobj/4/NNS "
                     "to/to/PART/aux/7/TO spy/spy/VERB/xcomp/4/VB ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GBR", "RUS", "1125")}


def test_assemble_a_use_with_no_purpose_is_a_plain_accusation(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/1/NNP accused/accuse/VERB/ROOT/1/VBD Russia/Russia/PROPN/dobj/1/NNP "
                     "of/of/ADP/prep/1/IN using/use/VERB/pcomp/3/VBG diplomats/diplomat/NOUN/dobj/4/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GBR", "RUS", "112")}
