"""A passive's "by" phrase names what its active subject would, so a ``before=`` constraint reads it:
"Sarajevo was pounded by Serb artillery" is the artillery's pounding (194), as "Serb artillery pounded
Sarajevo" is, not a plain 190."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SRB: Serb
BIH: Sarajevo
"""
VERBS = """
&HEAVY = artillery | tank
pound => 190
pound before=&HEAVY => 194
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_passive_by_artillery_is_shelling(nlp, coder):
    doc = parse(nlp, "Sarajevo/Sarajevo/PROPN/nsubjpass/2/NNP was/be/AUX/auxpass/2/VBD pounded/pound/VERB/ROOT/2/VBN "
                     "by/by/ADP/agent/2/IN Serb/Serb/ADJ/amod/5/JJ artillery/artillery/NOUN/pobj/3/NN")
    assert code(coder, doc) == {("SRB", "BIH", "194")}


def test_assemble_the_active_subject_still_counts(nlp, coder):
    doc = parse(nlp, "Serb/Serb/ADJ/amod/1/JJ artillery/artillery/NOUN/nsubj/2/NN pounded/pound/VERB/ROOT/2/VBD "
                     "Sarajevo/Sarajevo/PROPN/dobj/2/NNP")
    assert code(coder, doc) == {("SRB", "BIH", "194")}


def test_assemble_a_by_phrase_of_an_active_verb_is_not_read(nlp, coder):
    # "pounded Sarajevo by night with artillery" is not a passive: only words before the verb count
    doc = parse(nlp, "Serb/Serb/PROPN/nsubj/1/NNP pounded/pound/VERB/ROOT/1/VBD Sarajevo/Sarajevo/PROPN/dobj/1/NNP "
                     "by/by/ADP/prep/1/IN tank/tank/NOUN/pobj/3/NN")
    assert code(coder, doc) == {("SRB", "BIH", "190")}
