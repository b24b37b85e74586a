"""A plain demand that only says something asks no one: "denied U.S. accusations, insisting that its program is
peaceful" holds a view in an indicative clause and is not a demand of whom the denial answered; "condemned
Israel, insisting that it withdraw" still asks Israel to act."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran
USA: U.S.
SYR: Syria
ISR: Israel
"""
AGENTS = "GOV: government\n"
VERBS = """
deny obj=accusation => 016
condemn => 111
insist => 100
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_insisting_that_something_is_so_asks_no_one(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD U.S./U.S./PROPN/compound/3/NNP "
                     "accusations/accusation/NOUN/dobj/1/NNS ,/,/PUNCT/punct/1/, insisting/insist/VERB/advcl/1/VBG "
                     "that/that/SCONJ/mark/9/IN its/its/PRON/poss/8/PRP$ program/program/NOUN/nsubj/9/NN is/be/AUX/ccomp/5/VBZ "
                     "peaceful/peaceful/ADJ/acomp/9/JJ ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "USA", "016")}


def test_assemble_insisting_that_someone_act_still_asks_them(nlp, coder):
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Israel/Israel/PROPN/dobj/1/NNP ,/,/PUNCT/punct/1/, "
                     "insisting/insist/VERB/advcl/1/VBG that/that/SCONJ/mark/7/IN it/it/PRON/nsubj/7/PRP "
                     "withdraw/withdraw/VERB/ccomp/4/VB ././PUNCT/punct/1/.")
    assert ("SYR", "ISR", "100") in code(coder, doc)
