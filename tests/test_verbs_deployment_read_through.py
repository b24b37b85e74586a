"""From hand-built parses: a preposition's object that names the sending of forces ("for the deployment of
troops") is read through to what is sent, as "acts of terrorism" are read through to the terrorism, so
`prep=for:` patterns of forces match it; what is neither sent nor an act ("for the withdrawal of troops") is
not read through."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "MLI: Mali | Malian\nIGOUNO: United Nations | U.N.\n"
AGENTS = "GOV: government\n"
VERBS = """
ask prep=for:troop|force => 0234
ask prep=for => 020
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def sentence(noun: str) -> str:
    # "Mali asked the U.N. for the <noun> of troops."
    return (f"Mali/Mali/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD the/the/DET/det/3/DT U.N./U.N./PROPN/dobj/1/NNP "
            f"for/for/ADP/prep/1/IN the/the/DET/det/6/DT {noun}/{noun}/NOUN/pobj/4/NN of/of/ADP/prep/6/IN "
            "troops/troop/NOUN/pobj/7/NNS ././PUNCT/punct/1/.")


def test_deployment_of_troops_is_read_through_to_the_troops(nlp, coder):
    assert code(coder, parse(nlp, sentence("deployment"))) == {("MLI", "IGOUNO", "0234")}


def test_withdrawal_of_troops_is_not_read_through(nlp, coder):
    assert code(coder, parse(nlp, sentence("withdrawal"))) == {("MLI", "IGOUNO", "020")}
