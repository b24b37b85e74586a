"""From hand-built parses: a state's envoy to an organisation ("Russia's U.N. envoy", "the French U.N.
ambassador") speaks for the state, not for the organisation; by a nationality adjective only an
ambassador is the state's ("Norwegian U.N. envoy X" is the U.N.'s envoy of Norwegian birth)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
ARN: Arnor | Arnorian
GDR: Gondor
IGOUNO: U.N. | U.N. envoy
"""
AGENTS = "GOV: ambassador | envoy\n"
VERBS = """
criticize => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_states_un_ambassador_is_the_states(nlp, coder):
    # "Arnor's U.N. ambassador criticized Gondor"
    doc = parse(
        nlp,
        "Arnor/Arnor/PROPN/poss/3 's/'s/PART/case/0 U.N./U.N./PROPN/compound/3 ambassador/ambassador/NOUN/nsubj/4/NN "
        "criticized/criticize/VERB/ROOT/4/VBD Gondor/Gondor/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("ARNGOV", "GDR", "111")}


def test_assemble_a_state_adjective_before_un_ambassador_is_the_states(nlp, coder):
    # "the Arnorian U.N. ambassador criticized Gondor"
    doc = parse(
        nlp,
        "the/the/DET/det/3 Arnorian/Arnorian/ADJ/amod/3 U.N./U.N./PROPN/compound/3 ambassador/ambassador/NOUN/nsubj/4/NN "
        "criticized/criticize/VERB/ROOT/4/VBD Gondor/Gondor/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("ARNGOV", "GDR", "111")}


def test_assemble_a_states_un_envoy_listed_as_the_uns_is_the_states_government(nlp, coder):
    # "Arnor's U.N. envoy criticized Gondor": the title is inside the organisation's own phrase
    doc = parse(
        nlp,
        "Arnor/Arnor/PROPN/poss/3 's/'s/PART/case/0 U.N./U.N./PROPN/compound/3 envoy/envoy/NOUN/nsubj/4/NN "
        "criticized/criticize/VERB/ROOT/4/VBD Gondor/Gondor/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("ARNGOV", "GDR", "111")}


def test_assemble_a_nationality_before_un_envoy_keeps_the_uns(nlp, coder):
    # "the Arnorian U.N. envoy criticized Gondor": an envoy of the organisation born in Arnor
    doc = parse(
        nlp,
        "the/the/DET/det/3 Arnorian/Arnorian/ADJ/amod/3 U.N./U.N./PROPN/compound/3 envoy/envoy/NOUN/nsubj/4/NN "
        "criticized/criticize/VERB/ROOT/4/VBD Gondor/Gondor/PROPN/dobj/4",
    )
    assert not any(s.startswith("ARNGOV") for s, _, _ in code(coder, doc))
