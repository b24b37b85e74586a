"""Codes, from hand-built parses: a denial of accusations is aimed at whoever made them, also when the
accusations are asked for by kind and their maker is a word before them ("denied opposition accusations"),
and at home an accuser of no named country is of the denier's country."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "BLR: Belarus\nSYR: Syria\n"
AGENTS = "OPP: opposition\nREB: rebels | rebel\nGOV: president\nMIL: soldiers\nCVL: demonstrators\n"
VERBS = """
&N_ACCUSE = accusation | claim
deny obj=&N_ACCUSE => 016
deny => 016
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("accuser, sector", [
    # "Belarus's president denied opposition accusations."
    ("opposition/opposition/NOUN/compound/5/NN", "OPP"),
    # "... denied rebel claims."
    ("rebel/rebel/NOUN/compound/5/NN", "REB"),
])
def test_assemble_a_denial_of_its_critics_accusations_at_home(nlp, coder, accuser, sector):
    noun = "accusations/accusation" if sector == "OPP" else "claims/claim"
    doc = parse(nlp, "Belarus/Belarus/PROPN/poss/2/NNP 's/'s/PART/case/0/POS president/president/NOUN/nsubj/3/NN denied/deny/VERB/ROOT/3/VBD "
                     f"{accuser} {noun}/NOUN/dobj/3/NNS ././PUNCT/punct/3")
    assert code(coder, doc) == {("BLRGOV", "BLR" + sector, "016")}


def test_assemble_a_denial_is_not_aimed_at_the_victims_of_what_it_denies(nlp, coder):
    # "Belarus's president denied that soldiers fired on demonstrators": whose demonstrators it does not say.
    doc = parse(nlp, "Belarus/Belarus/PROPN/poss/2/NNP 's/'s/PART/case/0/POS president/president/NOUN/nsubj/3/NN denied/deny/VERB/ROOT/3/VBD "
                     "that/that/SCONJ/mark/6/IN soldiers/soldier/NOUN/nsubj/6/NNS fired/fire/VERB/ccomp/3/VBD on/on/ADP/prep/6/IN "
                     "demonstrators/demonstrator/NOUN/pobj/7/NNS ././PUNCT/punct/3")
    assert all(t is None or not t.startswith("BLR") for _, t, _ in code(coder, doc))
