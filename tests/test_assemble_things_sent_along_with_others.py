"""Codes, from hand-built parses: where a thing sent "along with" or "together with" others goes is said by
the phrase the parser hangs on the last of them ("delivered helicopters along with weapons to Mali")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "RUS: Russia\nMLI: Mali\n"
AGENTS = "MIL: troops\n"
VERBS = "&ARMS = helicopter | weapon\ndeliver obj=&ARMS prep=to => 072\n"


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
