"""Acts judged unlikely, from hand-built parses: the infinitive of "unlikely" ("China is unlikely to back
Iran") is a forecast that the act will not be done, as that of "unable" says it was not; the same act
reported as done stays done."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CHN: China
IRN: Iran
"""
VERBS = """
back => 051
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_an_act_judged_unlikely_is_not_done(nlp, coder):
    # "China is unlikely to back Iran."
    doc = parse(nlp, "China/China/PROPN/nsubj/1/NNP is/be/AUX/ROOT/1/VBZ unlikely/unlikely/ADJ/acomp/1/JJ "
                     "to/to/PART/aux/4/TO back/back/VERB/xcomp/2/VB Iran/Iran/PROPN/dobj/4/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_an_act_done_stays_done(nlp, coder):
    # "China backed Iran."
    doc = parse(nlp, "China/China/PROPN/nsubj/1/NNP backed/back/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("CHN", "IRN", "051")}
