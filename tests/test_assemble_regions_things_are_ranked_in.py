"""A region a thing is ranked in is no party to what is done to it: "Africa's largest refugee camp",
"Africa's longest-running civil war", "Asia's first ..." name the region as the scope of a superlative (or of
"first", "only", "last"), not as the camp's or the war's owner. A region's own possession stays its
("Africa's leaders"), and so does a country ranked so ("Nigeria's largest city" is Nigeria's)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SDN: Sudanese
AFR: Africa
NGA: Nigeria
"""
AGENTS = "REB: rebels\nGOV: leaders\n"
VERBS = """
attack => 190
criticize => 111
end obj=war => 087
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_region_a_superlative_ranks_in_is_no_target(nlp, coder):
    doc = parse(nlp, "Sudanese/Sudanese/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD "
                     "Africa/Africa/PROPN/poss/7/NNP 's/'s/PART/case/3/POS largest/large/ADJ/amod/7/JJS refugee/refugee/NOUN/compound/7/NN "
                     "camp/camp/NOUN/dobj/2/NN ././PUNCT/punct/2")
    assert code(coder, doc) == set()


def test_assemble_a_region_an_adverbial_superlative_ranks_in_is_no_target(nlp, coder):
    # "ended Africa's longest-running war", with "longest" an adverb of the participle: not at Africa, but
    # where a yield that names no one is aimed (the rebels' country)
    doc = parse(nlp, "Sudanese/Sudanese/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS ended/end/VERB/ROOT/2/VBD "
                     "Africa/Africa/PROPN/poss/9/NNP 's/'s/PART/case/3/POS longest/long/ADV/advmod/7/RBS -/-/PUNCT/punct/7/HYPH "
                     "running/run/VERB/amod/9/VBG civil/civil/ADJ/amod/9/JJ war/war/NOUN/dobj/2/NN ././PUNCT/punct/2")
    assert code(coder, doc) == {("SDNREB", "SDN", "087")}


def test_assemble_a_region_first_ranks_in_is_no_target(nlp, coder):
    doc = parse(nlp, "Sudanese/Sudanese/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD "
                     "Africa/Africa/PROPN/poss/6/NNP 's/'s/PART/case/3/POS first/first/ADJ/amod/6/JJ camp/camp/NOUN/dobj/2/NN ././PUNCT/punct/2")
    assert code(coder, doc) == set()


def test_assemble_a_regions_own_leaders_stay_its(nlp, coder):
    # guard: no ranking, the region's own
    doc = parse(nlp, "Sudanese/Sudanese/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS criticized/criticize/VERB/ROOT/2/VBD "
                     "Africa/Africa/PROPN/poss/5/NNP 's/'s/PART/case/3/POS leaders/leader/NOUN/dobj/2/NNS ././PUNCT/punct/2")
    assert code(coder, doc) == {("SDNREB", "AFRGOV", "111")}


def test_assemble_a_country_a_superlative_ranks_in_stays_the_target(nlp, coder):
    # guard: "Nigeria's largest camp" is in Nigeria
    doc = parse(nlp, "Sudanese/Sudanese/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD "
                     "Nigeria/Nigeria/PROPN/poss/6/NNP 's/'s/PART/case/3/POS largest/large/ADJ/amod/6/JJS camp/camp/NOUN/dobj/2/NN ././PUNCT/punct/2")
    assert code(coder, doc) == {("SDNREB", "NGA", "190")}
