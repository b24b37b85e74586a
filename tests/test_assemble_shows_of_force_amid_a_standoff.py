"""Targets of force posture (15), from hand-built parses: a show of force made "amid tension with X" or
"amid a standoff with X" is meant for X, as one made "in a warning to X" is, before where the forces go."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GRC: Greece | Greek
TUR: Turkey | Turkish
"""
AGENTS = "MIL: troops\n"
VERBS = """
send obj=warship prep=to => 154
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("noun", ["standoff", "tension", "row"])
def test_assemble_a_show_of_force_amid_a_standoff_is_meant_for_the_other_side(nlp, coder, noun):
    # "Greece sent warships to the Aegean amid a standoff with Turkey."
    doc = parse(nlp, "Greece/Greece/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD warships/warship/NOUN/dobj/1/NNS "
                     "to/to/ADP/prep/1/IN the/the/DET/det/5/DT Aegean/Aegean/PROPN/pobj/3/NNP amid/amid/ADP/prep/1/IN "
                     f"a/a/DET/det/8/DT {noun}/{noun}/NOUN/pobj/6/NN with/with/ADP/prep/8/IN Turkey/Turkey/PROPN/pobj/9/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GRC", "TUR", "154")}


def test_assemble_a_show_of_force_amid_something_else_names_no_one(nlp, coder):
    # "Greece sent warships to the Aegean amid talks with Turkey": talks are no standoff.
    doc = parse(nlp, "Greece/Greece/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD warships/warship/NOUN/dobj/1/NNS "
                     "to/to/ADP/prep/1/IN the/the/DET/det/5/DT Aegean/Aegean/PROPN/pobj/3/NNP amid/amid/ADP/prep/1/IN "
                     "talks/talk/NOUN/pobj/6/NNS with/with/ADP/prep/7/IN Turkey/Turkey/PROPN/pobj/8/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
