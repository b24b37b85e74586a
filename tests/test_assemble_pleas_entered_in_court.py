"""Pleas entered in court, from hand-built parses: "pleaded guilty" admits the charges (015) and "pleaded not
guilty" denies them (016), toward the court the plea was entered at. The parser hangs "not" on the adjective,
so the act of pleading is not negated, and the court's "at" phrase on the adjective too."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SRB: Serbian
IGOUNOICT: tribunal
"""
AGENTS = "MIL: general\n"
VERBS = "plead guilty prep=at => 015\nplead innocent prep=at => 016\nplead => 020\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _plea(words: str) -> str:
    return ("A/a/DET/det/2/DT Serbian/serbian/ADJ/amod/2/JJ general/general/NOUN/nsubj/3/NN pleaded/plead/VERB/ROOT/3/VBD "
            + words)


def test_assemble_plea_of_not_guilty_is_a_denial_toward_the_court(nlp, coder):
    doc = parse(nlp, _plea("not/not/PART/neg/5/RB guilty/guilty/ADJ/acomp/3/JJ at/at/ADP/prep/5/IN the/the/DET/det/8/DT "
                           "tribunal/tribunal/NOUN/pobj/6/NN ././PUNCT/punct/3/."))
    assert code(coder, doc) == {("SRBMIL", "IGOUNOICT", "016")}


def test_assemble_plea_of_guilty_is_an_admission_toward_the_court(nlp, coder):
    doc = parse(nlp, _plea("guilty/guilty/ADJ/acomp/3/JJ at/at/ADP/prep/4/IN the/the/DET/det/7/DT "
                           "tribunal/tribunal/NOUN/pobj/5/NN ././PUNCT/punct/3/."))
    assert code(coder, doc) == {("SRBMIL", "IGOUNOICT", "015")}


def test_assemble_plea_toward_the_court_named_in_the_charges_phrase(nlp, coder):
    # "A Serbian general pleaded not guilty to charges at the tribunal": the court hangs on the charges.
    doc = parse(nlp, _plea("not/not/PART/neg/5/RB guilty/guilty/ADJ/acomp/3/JJ to/to/ADP/prep/3/IN charges/charge/NOUN/pobj/6/NNS "
                           "at/at/ADP/prep/7/IN the/the/DET/det/10/DT tribunal/tribunal/NOUN/pobj/8/NN ././PUNCT/punct/3/."))
    assert code(coder, doc) == {("SRBMIL", "IGOUNOICT", "016")}
