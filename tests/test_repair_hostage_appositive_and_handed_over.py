"""Parser repairs, from hand-built parses: "hostage" parsed as an appositive of the object of "take" is what
the object was made ("taking hundreds of children hostage"); "over" before a number after "hand" or "turn" is the
verb's particle ("hand over 20 fugitives"), not "more than"."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IND: India | Indian
PAK: Pakistan | Pakistani
RUS: Russia | Russian
"""
AGENTS = "REB: gunmen | rebels\nCVL: children | villagers\n"
VERBS = """
take obj=hostage => 181
demand => 100
hand over obj=fugitive => 063
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_hostage_parsed_as_appositive_of_the_taken_is_a_hostage_taking(nlp, coder):
    # "Russian gunmen took hundreds of villagers hostage.", with "hostage" an appositive of "hundreds".
    doc = parse(nlp, "Russian/Russian/ADJ/amod/1 gunmen/gunman/NOUN/nsubj/2 took/take/VERB/ROOT/2/VBD "
                     "hundreds/hundred/NOUN/dobj/2 of/of/ADP/prep/3 villagers/villager/NOUN/pobj/4 "
                     "hostage/hostage/NOUN/appos/3 ././PUNCT/punct/2")
    assert "181" in {c for _, _, c in code(coder, doc)}


def test_repair_over_before_a_number_after_hand_is_the_particle(nlp, coder):
    # "India demanded that Pakistan hand over 20 fugitives.", with "over" parsed as "more than" 20.
    doc = parse(nlp, "India/India/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 "
                     "Pakistan/Pakistan/PROPN/nsubj/4 hand/hand/VERB/ccomp/1/VB over/over/ADP/quantmod/6 "
                     "20/20/NUM/nummod/7 fugitives/fugitive/NOUN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IND", "PAK", "1013")}
