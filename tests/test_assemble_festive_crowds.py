"""From hand-built parses: a crowd that gathers to celebrate, mourn or welcome is no protest ("Libyans poured
into the streets to mourn Gadhafi"), unless its own verb says protest; a gathering to protest still is one."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
LBY: Libyans
LBYGOV: Gadhafi
"""
VERBS = """
pour prep=into:street|streets => 141
demonstrate => 141
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def sentence(verb: str, purpose: str) -> str:
    # "Libyans <poured into the streets | demonstrated> to <purpose> Gadhafi."
    head = "poured/pour/VERB/ROOT/1/VBD into/into/ADP/prep/1/IN the/the/DET/det/4/DT streets/street/NOUN/pobj/2/NNS " if verb == "pour" else \
        "demonstrated/demonstrate/VERB/ROOT/1/VBD in/in/ADP/prep/1/IN the/the/DET/det/4/DT streets/street/NOUN/pobj/2/NNS "
    return (f"Libyans/libyans/PROPN/nsubj/1/NNPS {head}to/to/PART/aux/6/TO {purpose}/{purpose}/VERB/advcl/1/VB "
            "Gadhafi/gadhafi/PROPN/dobj/6/NNP ././PUNCT/punct/1/.")


@pytest.mark.parametrize("purpose", ["mourn", "celebrate", "welcome"])
def test_assemble_a_crowd_gathered_to_celebrate_or_mourn_protests_against_no_one(nlp, coder, purpose):
    assert not any(c.startswith("14") for *_, c in code(coder, parse(nlp, sentence("pour", purpose))))


def test_assemble_a_crowd_gathered_to_denounce_protests(nlp, coder):
    assert ("LBY", "LBYGOV", "141") in code(coder, parse(nlp, sentence("pour", "denounce")))


def test_assemble_a_protest_verb_stays_a_protest_whatever_its_purpose(nlp, coder):
    # "demonstrated in the streets to mourn ...": the verb itself says protest
    assert ("LBY", "LBYGOV", "141") in code(coder, parse(nlp, sentence("demonstrate", "mourn")))
