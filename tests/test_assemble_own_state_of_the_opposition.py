"""A country's named opposition, party or union and an unnamed government, court, parliament or police, from
hand-built parses: in any act, not only the domestic roots, the unnamed body is the named actor's own state's
("Zimbabwe's opposition urged the government to free activists", "praised the court"), unless a place of
another country says it is that one's; people of a country (refugees, civilians) leave it unnamed."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ZWE: Zimbabwe | Zimbabwean
ZAF: Pretoria
"""
AGENTS = "OPP: opposition\nGOV: government\nJUD: court\nREF: refugees\n"
VERBS = """
urge comp=free => 0253
urge => 020
praise => 051
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_the_oppositions_appeal_to_the_government_is_to_its_own(nlp, coder):
    # "Zimbabwe's opposition urged the government to free activists."
    doc = parse(nlp, "Zimbabwe/Zimbabwe/PROPN/poss/2/NNP 's/'s/PART/case/0/POS opposition/opposition/NOUN/nsubj/3/NN "
                     "urged/urge/VERB/ROOT/3/VBD the/the/DET/det/5/DT government/government/NOUN/dobj/3/NN to/to/PART/aux/7/TO "
                     "free/free/VERB/xcomp/3/VB activists/activist/NOUN/dobj/7/NNS ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("ZWEOPP", "ZWEGOV", "0253")}


def test_assemble_the_oppositions_praise_of_the_court_is_of_its_own(nlp, coder):
    # "The Zimbabwean opposition praised the court."
    doc = parse(nlp, "The/the/DET/det/2/DT Zimbabwean/zimbabwean/ADJ/amod/2/JJ opposition/opposition/NOUN/nsubj/3/NN "
                     "praised/praise/VERB/ROOT/3/VBD the/the/DET/det/5/DT court/court/NOUN/dobj/3/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("ZWEOPP", "ZWEJUD", "051")}


def test_assemble_a_place_of_another_country_leaves_the_government_unnamed(nlp, coder):
    # guard: "The Zimbabwean opposition praised the government in Pretoria." is not Zimbabwe's government
    doc = parse(nlp, "The/the/DET/det/2/DT Zimbabwean/zimbabwean/ADJ/amod/2/JJ opposition/opposition/NOUN/nsubj/3/NN "
                     "praised/praise/VERB/ROOT/3/VBD the/the/DET/det/5/DT government/government/NOUN/dobj/3/NN "
                     "in/in/ADP/prep/3/IN Pretoria/Pretoria/PROPN/pobj/6/NNP ././PUNCT/punct/3/.")
    assert ("ZWEOPP", "ZWEGOV", "051") not in code(coder, doc)


def test_assemble_refugees_praise_of_a_government_leaves_it_unnamed(nlp, coder):
    # guard: people of a country abroad praise their hosts as often as their own state
    doc = parse(nlp, "Zimbabwean/zimbabwean/ADJ/amod/1/JJ refugees/refugee/NOUN/nsubj/2/NNS praised/praise/VERB/ROOT/2/VBD "
                     "the/the/DET/det/4/DT government/government/NOUN/dobj/2/NN ././PUNCT/punct/2/.")
    assert ("ZWEREF", "ZWEGOV", "051") not in code(coder, doc)
