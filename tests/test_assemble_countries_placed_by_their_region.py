"""From a hand-built parse: "the African country", a country placed by its region, is the country the
sentence named before it, not the region; with no country named before, the region stays."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUR: Ruritania
GON: Gondor
AFR: African
"""
VERBS = """
end obj=visit prep=to => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_the_region_placed_country_is_the_one_named_before(nlp, coder):
    # "After talks in Ruritania, Gondor ended a visit to the African country."
    doc = parse(nlp, "After/after/ADP/prep/6/IN talks/talk/NOUN/pobj/0/NNS in/in/ADP/prep/1/IN Ruritania/Ruritania/PROPN/pobj/2/NNP "
                     ",/,/PUNCT/punct/6/, Gondor/Gondor/PROPN/nsubj/6/NNP ended/end/VERB/ROOT/6/VBD a/a/DET/det/8/DT "
                     "visit/visit/NOUN/dobj/6/NN to/to/ADP/prep/8/IN the/the/DET/det/12/DT African/African/ADJ/amod/12/JJ "
                     "country/country/NOUN/pobj/9/NN ././PUNCT/punct/6/.")
    assert code(coder, doc) == {("GON", "RUR", "042")}


def test_assemble_a_region_placed_country_with_none_named_stays_the_region(nlp, coder):
    # "Gondor ended a visit to the African country."
    doc = parse(nlp, "Gondor/Gondor/PROPN/nsubj/1/NNP ended/end/VERB/ROOT/1/VBD a/a/DET/det/3/DT visit/visit/NOUN/dobj/1/NN "
                     "to/to/ADP/prep/3/IN the/the/DET/det/7/DT African/African/ADJ/amod/7/JJ country/country/NOUN/pobj/4/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("GON", "AFR", "042")}
