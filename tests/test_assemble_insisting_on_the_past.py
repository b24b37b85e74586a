"""From hand-built parses: "insisting it had never paid" holds that something was so, and is no
demand, while "insisted that Italy pay" asks Italy to act."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
FRA: France
ITA: Italy
"""
AGENTS = ""
VERBS = """
insist comp=pay => 1043
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_insisting_that_something_had_been_done_is_no_demand(nlp, coder):
    # "France rejected the charges, insisting it had never paid wages to Italy."
    doc = parse(nlp, "France/France/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/3 charges/charge/NOUN/dobj/1 "
                     ",/,/PUNCT/punct/1 insisting/insist/VERB/advcl/1/VBG it/it/PRON/nsubj/9 had/have/AUX/aux/9/VBD "
                     "never/never/ADV/neg/9 paid/pay/VERB/ccomp/5/VBN wages/wage/NOUN/dobj/9 to/to/ADP/prep/9 "
                     "Italy/Italy/PROPN/pobj/11 ././PUNCT/punct/1")
    assert code(coder, doc) == set()


def test_assemble_insisting_that_someone_act_is_a_demand(nlp, coder):
    # "France insisted that Italy pay."
    doc = parse(nlp, "France/France/PROPN/nsubj/1 insisted/insist/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 "
                     "Italy/Italy/PROPN/nsubj/4 pay/pay/VERB/ccomp/1/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("FRA", "ITA", "1043")}
