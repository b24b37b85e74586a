"""Codes, from hand-built parses: where a thing sent "along with" or "together with" others goes is said by
the phrase the parser hangs on the last of them ("delivered helicopters along with weapons to Mali"), and so
is where things sent go when the parser hangs it on what an "of" phrase of one of them names ("flew boats and
tonnes of supplies to Serbia")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "RUS: Russia\nMLI: Mali\n"
AGENTS = "MIL: troops\n"
VERBS = "&ARMS = helicopter | weapon | boat\ndeliver obj=&ARMS prep=to => 072\nfly obj=&ARMS prep=to => 072\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("adding", ["along", "together"])
def test_assemble_where_things_added_go_is_where_all_went(nlp, coder, adding):
    # "Russia delivered helicopters along with weapons to Mali."
    doc = parse(nlp, f"Russia/Russia/PROPN/nsubj/1/NNP delivered/deliver/VERB/ROOT/1/VBD helicopters/helicopter/NOUN/dobj/1/NNS "
                     f"{adding}/{adding}/ADP/prep/1/IN with/with/ADP/prep/3/IN weapons/weapon/NOUN/pobj/4/NNS to/to/ADP/prep/5/IN "
                     "Mali/Mali/PROPN/pobj/6/NNP ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "MLI", "072")}


def test_assemble_where_things_go_hung_inside_an_of_phrase_of_a_conjunct(nlp, coder):
    # "Russia flew boats and tonnes of weapons to Mali."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP flew/fly/VERB/ROOT/1/VBD boats/boat/NOUN/dobj/1/NNS and/and/CCONJ/cc/2/CC "
                     "tonnes/tonne/NOUN/conj/2/NNS of/of/ADP/prep/4/IN weapons/weapon/NOUN/pobj/5/NNS to/to/ADP/prep/6/IN "
                     "Mali/Mali/PROPN/pobj/7/NNP ././PUNCT/punct/1")
    assert code(coder, doc) == {("RUS", "MLI", "072")}
