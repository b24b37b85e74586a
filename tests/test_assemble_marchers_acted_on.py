"""From hand-built parses: "they" who march, protest or rally in an adverbial clause of an act of police or
soldiers are whom the police or soldiers acted on ("police arrested 100 clergymen as they marched on
parliament"), not the police; "they" of other verbs, and of acts by others, still refer to the subject."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ZAF: South Africa | South African
ZAFLEG: parliament
"""
AGENTS = "COP: police\nREL: clergymen\nEDU: students\n"
VERBS = """
arrest => 173
march prep=on => 141
raid => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_marchers_arrested_by_police_are_the_arrested(nlp, coder):
    # "South African police arrested 100 clergymen as they marched on parliament."
    doc = parse(nlp, "South/south/ADJ/amod/1/JJ African/african/ADJ/amod/2/JJ police/police/NOUN/nsubj/3/NNS "
                     "arrested/arrest/VERB/ROOT/3/VBD 100/100/NUM/nummod/5/CD clergymen/clergyman/NOUN/dobj/3/NNS as/as/SCONJ/mark/8/IN "
                     "they/they/PRON/nsubj/8/PRP marched/march/VERB/advcl/3/VBD on/on/ADP/prep/8/IN parliament/parliament/NOUN/pobj/9/NN "
                     "././PUNCT/punct/3/.")
    events = code(coder, doc)
    assert ("ZAFCOP", "ZAFREL", "173") in events
    assert not any(s == "ZAFCOP" and c == "141" for s, _, c in events)
    assert ("ZAFREL", "ZAFLEG", "141") in events


def test_assemble_marchers_of_an_act_by_others_are_its_subject(nlp, coder):
    # "South African students raided the offices as they marched on parliament": the students march.
    doc = parse(nlp, "South/south/ADJ/amod/1/JJ African/african/ADJ/amod/2/JJ students/student/NOUN/nsubj/3/NNS "
                     "raided/raid/VERB/ROOT/3/VBD the/the/DET/det/5/DT offices/office/NOUN/dobj/3/NNS as/as/SCONJ/mark/8/IN "
                     "they/they/PRON/nsubj/8/PRP marched/march/VERB/advcl/3/VBD on/on/ADP/prep/8/IN parliament/parliament/NOUN/pobj/9/NN "
                     "././PUNCT/punct/3/.")
    assert ("ZAFEDU", "ZAFLEG", "141") in code(coder, doc)
