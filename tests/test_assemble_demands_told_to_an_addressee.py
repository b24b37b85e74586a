"""From hand-built parses: "A told B that it must withdraw" is A demanding of B, the pronoun being B, whom A
told; not when the addressee names no actor ("told reporters"), nor when the pronoun's number is not the
addressee's ("told Iraqi officials that it must"), nor when the clause reports what was done."""

from __future__ import annotations

import datetime as dt

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
"""
AGENTS = "MIL: troops | soldiers\nGOV: government | officials\nMED: reporters\n"
VERBS = """
&TROOPS = troop | soldier
tell => 010
demand => 100
demand comp=withdraw => 1056
"""
DAY = dt.date(2005, 3, 2)


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _told(nlp, addressee: str, pronoun: str, aux: str = "must/must/AUX/aux/6/MD", verb: str = "withdraw/withdraw/VERB/ccomp/1/VB"):
    # "Iran told Syria that it must withdraw its troops from Iraq."
    return parse(nlp, f"Iran/Iran/PROPN/nsubj/1 told/tell/VERB/ROOT/1/VBD {addressee} that/that/SCONJ/mark/6/IN "
                      f"{pronoun} {aux} {verb} its/its/PRON/poss/8/PRP$ troops/troop/NOUN/dobj/6/NNS "
                      "from/from/ADP/prep/6 Iraq/Iraq/PROPN/pobj/9 ././PUNCT/punct/1")


def test_assemble_pronoun_after_a_named_addressee_is_who_the_demand_is_made_of(nlp, coder):
    got = code(coder, _told(nlp, "Syria/Syria/PROPN/dobj/1/NNP", "it/it/PRON/nsubj/6/PRP"), DAY)
    assert ("IRN", "SYR", "1056") in got and not any(t == "IRN" for _, t, _ in got)


def test_assemble_pronoun_after_an_addressee_of_no_actor_asks_nothing(nlp, coder):
    got = code(coder, _told(nlp, "reporters/reporter/NOUN/dobj/1/NNS", "it/it/PRON/nsubj/6/PRP"), DAY)
    assert not any(c == "1056" for _, _, c in got)


def test_assemble_singular_pronoun_after_plural_addressee_is_not_the_addressee(nlp, coder):
    # "Iran told Iraqi officials that it must withdraw ...": "it" is not the officials.
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 told/tell/VERB/ROOT/1/VBD Iraqi/Iraqi/ADJ/amod/3/JJ officials/official/NOUN/dobj/1/NNS "
                     "that/that/SCONJ/mark/7/IN it/it/PRON/nsubj/7/PRP must/must/AUX/aux/7/MD withdraw/withdraw/VERB/ccomp/1/VB "
                     "its/its/PRON/poss/9/PRP$ troops/troop/NOUN/dobj/7/NNS ././PUNCT/punct/1")
    got = code(coder, doc, DAY)
    assert not any(c == "1056" for _, _, c in got)


def test_assemble_pronoun_in_a_reported_fact_is_no_demand(nlp, coder):
    # "Iran told Syria that it had withdrawn its troops from Iraq."
    got = code(coder, _told(nlp, "Syria/Syria/PROPN/dobj/1/NNP", "it/it/PRON/nsubj/6/PRP", "had/have/AUX/aux/6/VBD",
                            "withdrawn/withdraw/VERB/ccomp/1/VBN"), DAY)
    assert not any(c[:2] == "10" for _, _, c in got)
