"""A claim of responsibility coded as the claim (015), not as the attack, still targets the place of the
claimed attack, from hand-built parses: "Hamas claimed responsibility for the bombing in Jerusalem" is
toward Israel's people, as a claim coded with the attack's own code is."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "ISR: Israel | Jerusalem\nPSEREB: Hamas\n"
AGENTS = "CVL: civilians | people\n"
VERBS = "claim obj=responsibility prep=for => 015\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_claim_coded_as_a_claim_targets_the_place_attacked(nlp, coder):
    # "Hamas claimed responsibility for the bombing in Jerusalem."
    doc = parse(nlp, "Hamas/Hamas/PROPN/nsubj/1 claimed/claim/VERB/ROOT/1/VBD responsibility/responsibility/NOUN/dobj/1 "
                     "for/for/ADP/prep/2 the/the/DET/det/5 bombing/bombing/NOUN/pobj/3 in/in/ADP/prep/5 "
                     "Jerusalem/Jerusalem/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PSEREB", "ISRCVL", "015")}


def test_assemble_claim_with_a_named_target_keeps_it(nlp, coder):
    # "Hamas claimed responsibility for the attack on Israel": the named target, not a place.
    doc = parse(nlp, "Hamas/Hamas/PROPN/nsubj/1 claimed/claim/VERB/ROOT/1/VBD responsibility/responsibility/NOUN/dobj/1 "
                     "for/for/ADP/prep/2 the/the/DET/det/5 attack/attack/NOUN/pobj/3 on/on/ADP/prep/5 "
                     "Israel/Israel/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PSEREB", "ISR", "015")}
