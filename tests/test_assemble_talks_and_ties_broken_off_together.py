"""From hand-built parses: breaking off talks (164) or ties (161) is joint like a meeting: "Israel and Syria
broke off talks" with no one else named codes each to the other; with a named party ("severed ties with Qatar")
it goes to that party."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ISR: Israel | Israeli
SYR: Syria | Syrian
QAT: Qatar
"""
AGENTS = "GOV: government\n"
VERBS = """
&NEGOTIATION = talks
&TIES = ties
break off obj=&NEGOTIATION => 164
sever obj=&TIES prep=with => 161
sever obj=&TIES => 161
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_conjoined_parties_break_off_talks_with_each_other(nlp, coder):
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 broke/break/VERB/ROOT/3/VBD "
                     "off/off/ADP/prt/3 talks/talk/NOUN/dobj/3 ././PUNCT/punct/3")
    assert code(coder, doc) == {("ISR", "SYR", "164"), ("SYR", "ISR", "164")}


def test_conjoined_parties_sever_ties_with_each_other(nlp, coder):
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 severed/sever/VERB/ROOT/3/VBD "
                     "ties/tie/NOUN/dobj/3 ././PUNCT/punct/3")
    assert code(coder, doc) == {("ISR", "SYR", "161"), ("SYR", "ISR", "161")}


def test_conjoined_parties_sever_ties_with_a_named_third(nlp, coder):
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 severed/sever/VERB/ROOT/3/VBD "
                     "ties/tie/NOUN/dobj/3 with/with/ADP/prep/3 Qatar/Qatar/PROPN/pobj/5 ././PUNCT/punct/3")
    assert code(coder, doc) == {("ISR", "QAT", "161"), ("SYR", "QAT", "161")}
