"""Assembly rules from hand-built parses: the dead of no named country in an attack's casualty clause are the
attack's own victims, not a second event."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
TUR: Turkey | Turkish
USA: United States | American
IMGHEZ: Hezbollah
"""
AGENTS = "MIL: army | unit | soldiers\n"
VERBS = """
ambush => 190
kill obj=soldier => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def ambush(victims: str) -> str:
    # "Hezbollah ambushed a Turkish army unit, killing twelve soldiers" (or "killing American soldiers").
    word = f"{victims}/{victims}/ADJ/amod/9" if victims else "twelve/twelve/NUM/nummod/9"
    return ("Hezbollah/Hezbollah/PROPN/nsubj/1 ambushed/ambush/VERB/ROOT/1/VBD a/a/DET/det/5 "
            "Turkish/Turkish/ADJ/amod/5 army/army/NOUN/compound/5 unit/unit/NOUN/dobj/1 ,/,/PUNCT/punct/1 "
            f"killing/kill/VERB/advcl/1/VBG {word} soldiers/soldier/NOUN/dobj/7 ././PUNCT/punct/1")


def test_assemble_casualties_of_no_country_are_the_attacks_victims(nlp, coder):
    got = code(coder, parse(nlp, ambush("")))
    assert got == {("IMGHEZ", "TURMIL", "190")}


def test_assemble_casualties_of_a_named_country_stay_an_event(nlp, coder):
    # "..., killing American soldiers": who died says more than the attack's target.
    got = code(coder, parse(nlp, ambush("American")))
    assert ("IMGHEZ", "USAMIL", "190") in got and ("IMGHEZ", "TURMIL", "190") in got
