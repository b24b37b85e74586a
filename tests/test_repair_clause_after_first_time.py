"""A repair, from hand-built parses: a "that" clause right after "for the first time", which the parser
makes a relative clause of "time", is the clause of the verb the phrase hangs on ("demanded for the first
time that Iran withdraw"), when that verb takes one."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "MIL: troops\n"
VERBS = """
demand comp=withdraw => 1056
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _first_time(verb: str, lemma: str, counted: str = "first") -> str:
    return (f"Iraq/Iraq/PROPN/nsubj/1/NNP {verb}/{lemma}/VERB/ROOT/1/VBD for/for/ADP/prep/1/IN the/the/DET/det/5/DT "
            f"{counted}/{counted}/ADJ/amod/5/JJ time/time/NOUN/pobj/2/NN that/that/PRON/advmod/8/WDT Iran/Iran/PROPN/nsubj/8/NNP "
            "withdraw/withdraw/VERB/relcl/5/VB ././PUNCT/punct/1/.")


@pytest.mark.parametrize("counted", ["first", "second", "last"])
def test_repair_clause_after_first_time_is_what_was_demanded(nlp, coder, counted):
    doc = parse(nlp, _first_time("demanded", "demand", counted))
    repair_parse(doc)
    assert (doc[8].dep_, doc[8].head.i, doc[6].dep_) == ("ccomp", 1, "mark")
    assert code(coder, doc) == {("IRQ", "IRN", "1056")}


def test_repair_clause_after_first_time_stays_a_relative_clause_of_a_verb_taking_none(nlp, coder):
    doc = parse(nlp, _first_time("attacked", "attack"))
    repair_parse(doc)
    assert (doc[8].dep_, doc[8].head.i) == ("relcl", 5)


def test_repair_clause_after_a_time_not_counted_stays_a_relative_clause(nlp, coder):
    doc = parse(nlp, _first_time("demanded", "demand", "same"))
    repair_parse(doc)
    assert (doc[8].dep_, doc[8].head.i) == ("relcl", 5)
