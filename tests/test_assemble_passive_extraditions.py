"""Targets, from hand-built parses: a person extradited or handed over in the passive ("Karadzic was
handed over by Serbia to the U.N. war crimes tribunal") is not the target; the receiving party is, as
the codebook's note on extraditions says and as in the active ("Serbia handed Karadzic over to ..."). With no "by" phrase,
the state the person was extradited "from" handed him over."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SRB: Serbia | Serbian
NLD: Netherlands
BIHELI: Karadzic
IGOUNOICT: tribunal
"""
AGENTS = "GOV: government\n"
VERBS = """
extradite prep=to => 063
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_passive_extradition_is_aimed_at_the_receiving_party(nlp, coder):
    # "Karadzic was extradited by Serbia to the tribunal."
    doc = parse(nlp, "Karadzic/Karadzic/PROPN/nsubjpass/2/NNP was/be/AUX/auxpass/2/VBD extradited/extradite/VERB/ROOT/2/VBN "
                     "by/by/ADP/agent/2 Serbia/Serbia/PROPN/pobj/3/NNP to/to/ADP/prep/2 the/the/DET/det/7 "
                     "tribunal/tribunal/NOUN/pobj/5/NN ././PUNCT/punct/2")
    assert code(coder, doc) == {("SRB", "IGOUNOICT", "063")}


def test_assemble_the_same_extradition_in_the_active(nlp, coder):
    # "Serbia extradited Karadzic to the tribunal."
    doc = parse(nlp, "Serbia/Serbia/PROPN/nsubj/1/NNP extradited/extradite/VERB/ROOT/1/VBD Karadzic/Karadzic/PROPN/dobj/1/NNP "
                     "to/to/ADP/prep/1 the/the/DET/det/5 tribunal/tribunal/NOUN/pobj/3/NN ././PUNCT/punct/1")
    assert code(coder, doc) == {("SRB", "IGOUNOICT", "063")}


def test_assemble_a_passive_extradition_with_no_agent_is_by_the_state_it_left(nlp, coder):
    # "Karadzic was extradited from the Netherlands to Serbia.": the state he was extradited from handed him over.
    doc = parse(nlp, "Karadzic/Karadzic/PROPN/nsubjpass/2/NNP was/be/AUX/auxpass/2/VBD extradited/extradite/VERB/ROOT/2/VBN "
                     "from/from/ADP/prep/2 the/the/DET/det/5 Netherlands/Netherlands/PROPN/pobj/3/NNP to/to/ADP/prep/2 "
                     "Serbia/Serbia/PROPN/pobj/6/NNP ././PUNCT/punct/2")
    assert code(coder, doc) == {("NLD", "SRB", "063")}
