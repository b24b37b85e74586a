"""A region's government coded below its country's (ESPGOVCAT, IRQGOVKRG), from hand-built parses: conjoined
with the country's government it is a party of its own ("Rajoy and Puigdemont met"), where a finer code of one
party is not ("rebel leader Foday Sankoh" is SLEREB and SLEREBRUF)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "ESPGOV: Rajoy\nESPGOVCAT: Puigdemont\nSLEREB: Bockarie\nSLEREBRUF: Sankoh\n"
VERBS = "meet => 040\n"
MET = "{a}/{a}/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC {b}/{b}/PROPN/conj/0/NNP met/meet/VERB/ROOT/3/VBD ././PUNCT/punct/3/."


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_regional_government_meets_its_countrys(nlp, coder):
    assert code(coder, parse(nlp, MET.format(a="Rajoy", b="Puigdemont"))) == {("ESPGOV", "ESPGOVCAT", "040"), ("ESPGOVCAT", "ESPGOV", "040")}


def test_assemble_a_finer_code_of_one_party_meets_no_one(nlp, coder):
    assert code(coder, parse(nlp, MET.format(a="Bockarie", b="Sankoh"))) == set()
