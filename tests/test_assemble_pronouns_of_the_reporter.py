"""From hand-built parses: "him" or "her" in what a person is reported to say is that person ("Lam said
agents had abducted him": Lam was abducted); not so when the reporter is a country or a group ("Iraq said
Syria had freed him" names no one freed)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SYR: Syria | Syrian
IRQ: Iraq | Iraqi
"""
AGENTS = "COP: police\n"
VERBS = """
beat => 182
free => 0841
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_him_in_a_persons_report_is_the_reporter(nlp, coder):
    # "Iraqi activist Karim said Syrian police had beaten him ."
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ activist/activist/NOUN/compound/2/NN Karim/Karim/PROPN/nsubj/3/NNP "
                     "said/say/VERB/ROOT/3/VBD Syrian/Syrian/ADJ/amod/5/JJ police/police/NOUN/nsubj/7/NNS "
                     "had/have/AUX/aux/7/VBD beaten/beat/VERB/ccomp/3/VBN him/he/PRON/dobj/7/PRP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("SYRCOP", "IRQ", "182")}


def test_assemble_him_in_a_countrys_report_is_not_the_country(nlp, coder):
    # "Iraq said Syria had freed him ."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Syria/Syria/PROPN/nsubj/4/NNP "
                     "had/have/AUX/aux/4/VBD freed/free/VERB/ccomp/1/VBN him/he/PRON/dobj/4/PRP ././PUNCT/punct/1/.")
    assert not any(t == "IRQ" for _, t, _ in code(coder, doc))
