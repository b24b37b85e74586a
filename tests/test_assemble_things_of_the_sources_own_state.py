"""From hand-built parses: a thing the source's own state owns, named by its capital ("defended Washington's
partnership with the YPG", "Moscow's alliance with Syria"), is the source's "its": the target is whom the
thing is with, never the source's own state; another state's thing is still that state's."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "RUS: Russia | Russian\nRUSGOV: Moscow\nSYR: Syria\nUSA: Washington\n"
AGENTS = "GOV: minister\nOPP: opposition\n"
VERBS = "defend => 052\ncriticize => 111\n"
OBJECT = ("{owner}/{owner}/PROPN/poss/{n}/NNP 's/'s/PART/case/{o}/POS alliance/alliance/NOUN/dobj/{v}/NN "
          "with/with/ADP/prep/{n}/IN Syria/Syria/PROPN/pobj/{w}/NNP ././PUNCT/punct/{v}/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_the_own_capitals_thing_is_aimed_at_whom_it_is_with(nlp, coder):
    # "Russia defended Moscow's alliance with Syria."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP defended/defend/VERB/ROOT/1/VBD " + OBJECT.format(owner="Moscow", n=4, o=2, v=1, w=5))
    assert code(coder, doc) == {("RUS", "SYR", "052")}


def test_assemble_a_ministers_own_capital_is_his_governments(nlp, coder):
    # "The Russian minister defended Moscow's alliance with Syria."
    doc = parse(nlp, "The/the/DET/det/2/DT Russian/russian/ADJ/amod/2/JJ minister/minister/NOUN/nsubj/3/NN defended/defend/VERB/ROOT/3/VBD "
                     + OBJECT.format(owner="Moscow", n=6, o=4, v=3, w=7))
    assert code(coder, doc) == {("RUSGOV", "SYR", "052")}


def test_assemble_another_states_thing_is_still_that_states(nlp, coder):
    # "Russia criticized Washington's alliance with Syria": at the United States, whose alliance it is.
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP criticized/criticize/VERB/ROOT/1/VBD " + OBJECT.format(owner="Washington", n=4, o=2, v=1, w=5))
    assert code(coder, doc) == {("RUS", "USA", "111")}


def test_assemble_the_states_opposition_still_faces_its_capital(nlp, coder):
    # "The Russian opposition criticized Moscow's alliance with Syria": at Moscow, another party to them.
    doc = parse(nlp, "The/the/DET/det/2/DT Russian/russian/ADJ/amod/2/JJ opposition/opposition/NOUN/nsubj/3/NN criticized/criticize/VERB/ROOT/3/VBD "
                     + OBJECT.format(owner="Moscow", n=6, o=4, v=3, w=7))
    assert ("RUSOPP", "RUSGOV", "111") in code(coder, doc)
