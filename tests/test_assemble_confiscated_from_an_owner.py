"""From hand-built parses: property confiscated "from" someone is taken from them, before what was taken, also
when the parser hangs the "from" phrase inside the object ("seized control of the company YPF from Spain's
Repsol")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ARG: Argentina | Argentine
ESP: Spain | Spanish
"""
AGENTS = "BUS: company\nAGR: farmers\n"
VERBS = """
&PROPERTY = company | land | farm
seize obj=control prep=of:&PROPERTY => 1711
confiscate => 1711
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_property_confiscated_from_an_owner_is_taken_from_the_owner(nlp, coder):
    # "Argentina seized control of the company from Spain ." (the company is of no one named: not the target)
    doc = parse(nlp, "Argentina/Argentina/PROPN/nsubj/1/NNP seized/seize/VERB/ROOT/1/VBD control/control/NOUN/dobj/1/NN "
                     "of/of/ADP/prep/2/IN the/the/DET/det/5/DT company/company/NOUN/pobj/3/NN "
                     "from/from/ADP/prep/1/IN Spain/Spain/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ARG", "ESP", "1711")}


def test_assemble_from_phrase_hung_inside_the_object_names_the_owner(nlp, coder):
    # "Argentina seized control of the company YPF from Spain 's company ."
    doc = parse(nlp, "Argentina/Argentina/PROPN/nsubj/1/NNP seized/seize/VERB/ROOT/1/VBD control/control/NOUN/dobj/1/NN "
                     "of/of/ADP/prep/2/IN the/the/DET/det/5/DT company/company/NOUN/pobj/3/NN YPF/YPF/PROPN/appos/5/NNP "
                     "from/from/ADP/prep/6/IN Spain/Spain/PROPN/poss/10/NNP 's/'s/PART/case/8/POS company/company/NOUN/pobj/7/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("ARG", "ESPBUS", "1711")}
