"""From hand-built parses: an act announced in the clause of a word of hope or doubt ("was confident the
United States would remove Sudan from the list", "hoped Ethiopia would withdraw") is the speaker's outlook
(013), no intent of whoever would do it; with a pronoun subject, the speaker's own act stays announced."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SDN: Sudan | Sudanese
USA: United States
IRN: Iran
"""
AGENTS = ""
VERBS = """
confident => 013
hope => 013
lift => 085
pledge => 030
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_act_another_is_confident_of_is_no_intent(nlp, coder):
    # "Iran said it was confident the United States would lift sanctions on Sudan ."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/3/PRP "
                     "was/be/AUX/ccomp/1/VBD confident/confident/ADJ/acomp/3/JJ the/the/DET/det/7/DT "
                     "United/United/PROPN/compound/7/NNP States/States/PROPN/nsubj/9/NNP would/would/AUX/aux/9/MD "
                     "lift/lift/VERB/ccomp/4/VB sanctions/sanction/NOUN/dobj/9/NNS on/on/ADP/prep/10/IN "
                     "Sudan/Sudan/PROPN/pobj/11/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "USA", "013")}


def test_assemble_an_act_another_is_hoped_to_do_is_no_intent(nlp, coder):
    # "Iran hoped the United States would lift sanctions on Sudan ." ("hoped" lemmatized "hop", as the parser does)
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP hoped/hop/VERB/ROOT/1/VBD the/the/DET/det/4/DT "
                     "United/United/PROPN/compound/4/NNP States/States/PROPN/nsubj/6/NNP would/would/AUX/aux/6/MD "
                     "lift/lift/VERB/ccomp/1/VB sanctions/sanction/NOUN/dobj/6/NNS on/on/ADP/prep/7/IN "
                     "Sudan/Sudan/PROPN/pobj/8/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "USA", "013")}


def test_assemble_the_speakers_own_act_it_is_confident_of_stays_announced(nlp, coder):
    # "Iran said it was confident it would lift sanctions on Sudan ."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/3/PRP "
                     "was/be/AUX/ccomp/1/VBD confident/confident/ADJ/acomp/3/JJ it/it/PRON/nsubj/7/PRP "
                     "would/would/AUX/aux/7/MD lift/lift/VERB/ccomp/4/VB sanctions/sanction/NOUN/dobj/7/NNS "
                     "on/on/ADP/prep/8/IN Sudan/Sudan/PROPN/pobj/9/NNP ././PUNCT/punct/1/.")
    assert ("IRN", "SDN", "0354") in code(coder, doc)
