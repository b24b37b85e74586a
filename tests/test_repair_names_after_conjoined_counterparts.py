"""Repair, from hand-built parses: in "Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks", the
small model makes the counterpart a conjunct of the first subject and the name after it a second subject of
the verb; repair_parse makes the name the counterpart's appositive, as it is in the object ("met his Turkish
counterpart Mevlut Cavusoglu"), so the two sides are the two conjuncts."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia | Russian
TUR: Turkey | Turkish
RUSGOV: Lavrov
TURGOV: Cavusoglu
"""
AGENTS = "GOV: government | minister\n"
VERBS = """
hold obj=talk => 046
"""

COUNTERPART = ("Lavrov/Lavrov/PROPN/nsubj/6/NNP and/and/CCONJ/cc/0 his/his/PRON/poss/4/PRP$ Turkish/turkish/ADJ/amod/4/JJ "
               "counterpart/counterpart/NOUN/conj/0/NN Cavusoglu/Cavusoglu/PROPN/nsubj/6/NNP held/hold/VERB/ROOT/6/VBD "
               "talks/talk/NOUN/dobj/6/NNS ././PUNCT/punct/6/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_name_after_a_conjoined_counterpart_is_its_appositive(nlp, coder):
    # "Lavrov and his Turkish counterpart Cavusoglu held talks.", with "Cavusoglu" a second subject of "held"
    doc = parse(nlp, COUNTERPART)
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("appos", 4)
    assert code(coder, doc) == {("RUSGOV", "TURGOV", "046"), ("TURGOV", "RUSGOV", "046")}


def test_repair_makes_no_appositive_of_two_subjects_with_no_title_between(nlp):
    # "Lavrov and Cavusoglu held talks", misparsed with two subjects: no common noun for the name to describe;
    # the second subject after "and" is the first's conjunct (test_repair_conjunct_read_as_second_subject.py)
    doc = parse(nlp, "Lavrov/Lavrov/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0 Cavusoglu/Cavusoglu/PROPN/nsubj/3/NNP "
                     "held/hold/VERB/ROOT/3/VBD talks/talk/NOUN/dobj/3/NNS ././PUNCT/punct/3/.")
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].head.i) == ("conj", 0)
