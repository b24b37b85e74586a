"""From hand-built parses: a projectile verb's object is what was fired ("fired rockets at Israel": at
Israel) or, when it names people, whom the shot hit ("police shot a protester": the protester), as for any
other act of violence."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
VEN: Venezuela | Venezuelan
ISR: Israel
PSEREBHMS: Hamas
"""
AGENTS = "COP: police\nCVL: protester | protesters\n"
VERBS = """
&PROTESTERS = protester | protesters
&HEAVY = rocket | rockets
shoot obj=&PROTESTERS => 175
fire obj=&HEAVY prep=at => 194
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_people_shot_are_whom_the_shot_hit(nlp, coder):
    # "Venezuelan police shot a protester ."
    doc = parse(nlp, "Venezuelan/Venezuelan/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS shot/shoot/VERB/ROOT/2/VBD "
                     "a/a/DET/det/4/DT protester/protester/NOUN/dobj/2/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("VENCOP", "VENCVL", "175")}


def test_assemble_projectiles_fired_are_not_whom_they_hit(nlp, coder):
    # "Hamas fired rockets at Israel ."
    doc = parse(nlp, "Hamas/Hamas/PROPN/nsubj/1/NNP fired/fire/VERB/ROOT/1/VBD rockets/rocket/NOUN/dobj/1/NNS "
                     "at/at/ADP/prep/1/IN Israel/Israel/PROPN/pobj/3/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("PSEREBHMS", "ISR", "194")}
