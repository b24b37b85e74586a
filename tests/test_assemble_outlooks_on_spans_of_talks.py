"""From hand-built parses: a word of outlook whose clause is about talks counted or measured ("confident that
six days of meetings with Iran had produced progress", "hopeful that two rounds of talks with Iran would
succeed") is toward whom the talks are with, read through the count or span as "talks with Iran" is."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States
IRN: Iran
"""
AGENTS = ""
VERBS = """
confident => 013
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


SAID = ("The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP States/States/PROPN/nsubj/3/NNP said/say/VERB/ROOT/3/VBD "
        "it/it/PRON/nsubj/5/PRP was/be/AUX/ccomp/3/VBD confident/confident/ADJ/acomp/5/JJ that/that/SCONJ/mark/{verb}/IN ")
PRODUCED = "had/have/AUX/aux/{verb}/VBD produced/produce/VERB/ccomp/6/VBN progress/progress/NOUN/dobj/{verb}/NN ././PUNCT/punct/3/."


def test_assemble_outlook_on_talks_is_toward_whom_they_are_with(nlp, coder):
    # guard: "... confident that meetings with Iran had produced progress ."
    doc = parse(nlp, (SAID + "meetings/meeting/NOUN/nsubj/{verb}/NNS with/with/ADP/prep/8/IN Iran/Iran/PROPN/pobj/9/NNP "
                      + PRODUCED).format(verb=12))
    assert code(coder, doc) == {("USA", "IRN", "013")}


def test_assemble_outlook_on_days_of_talks_is_toward_whom_they_are_with(nlp, coder):
    # "... confident that six days of meetings with Iran had produced progress ."
    doc = parse(nlp, (SAID + "six/six/NUM/nummod/9/CD days/day/NOUN/nsubj/{verb}/NNS of/of/ADP/prep/9/IN "
                      "meetings/meeting/NOUN/pobj/10/NNS with/with/ADP/prep/11/IN Iran/Iran/PROPN/pobj/12/NNP " + PRODUCED).format(verb=15))
    assert code(coder, doc) == {("USA", "IRN", "013")}
