"""From hand-built parses: whom an object is against, when the parser hangs the "against" phrase on the
noun of the object's "of" phrase ("filed charges of abuse of power against Saakashvili"), is the target,
as when it hangs on the object itself."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
GEOJUD: Georgian prosecutors
GEOELI: Saakashvili
"""
AGENTS = "JUD: prosecutors\n"
VERBS = """
file obj=charge|charges prep=against => 115
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_against_hung_on_the_objects_of_phrase_is_the_target(nlp, coder):
    # "Georgian prosecutors filed charges of abuse against Saakashvili", "against" on "abuse"
    doc = parse(nlp, "Georgian/Georgian/ADJ/amod/1/JJ prosecutors/prosecutor/NOUN/nsubj/2/NNS filed/file/VERB/ROOT/2/VBD "
                     "charges/charge/NOUN/dobj/2/NNS of/of/ADP/prep/3/IN abuse/abuse/NOUN/pobj/4/NN "
                     "against/against/ADP/prep/5/IN Saakashvili/Saakashvili/PROPN/pobj/6/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("GEOJUD", "GEOELI", "115")}


def test_assemble_against_hung_on_the_object_stays_the_target(nlp, coder):
    # "Georgian prosecutors filed charges against Saakashvili"
    doc = parse(nlp, "Georgian/Georgian/ADJ/amod/1/JJ prosecutors/prosecutor/NOUN/nsubj/2/NNS filed/file/VERB/ROOT/2/VBD "
                     "charges/charge/NOUN/dobj/2/NNS against/against/ADP/prep/3/IN Saakashvili/Saakashvili/PROPN/pobj/4/NNP "
                     "././PUNCT/punct/2/.")
    assert code(coder, doc) == {("GEOJUD", "GEOELI", "115")}
