"""Codes, from hand-built parses: the police, troops or courts of no named country in what a state official reports
are the official's country's ("Serbia's president announced that police had arrested Mladic" is SRBCOP), not the
country of whom they acted on; in what others report they stay placed as before."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "SRB: Serbia\nBIH: Bosnia\nMladic\n    BIHELI\n"
AGENTS = "GOV: president\nCOP: police\nMIL: troops\nOPP: opposition\n"
VERBS = "arrest => 173\nannounce => 010\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def spec(speaker: str, body: str) -> str:
    return (f"Serbia/Serbia/PROPN/poss/2/NNP 's/'s/PART/case/0/POS {speaker}/{speaker}/NOUN/nsubj/3/NN announced/announce/VERB/ROOT/3/VBD "
            f"that/that/SCONJ/mark/7/IN {body}/{body}/NOUN/nsubj/7/NN had/have/AUX/aux/7/VBD arrested/arrest/VERB/ccomp/3/VBN "
            "Mladic/Mladic/PROPN/dobj/7/NNP ././PUNCT/punct/3/.")


@pytest.mark.parametrize("body,sector", [("police", "COP"), ("troops", "MIL")])
def test_assemble_forces_in_an_officials_words_are_his_countrys(nlp, coder, body, sector):
    assert ("SRB" + sector, "BIHELI", "173") in code(coder, parse(nlp, spec("president", body)))


def test_assemble_forces_in_an_oppositions_words_are_placed_as_before(nlp, coder):
    # "Serbia's opposition announced that police had arrested Mladic": not a state official's own police.
    assert ("SRBCOP", "BIHELI", "173") not in code(coder, parse(nlp, spec("opposition", "police")))
