"""Repair, from hand-built parses: in "Croatian Prime Minister Kosor and her Slovenian counterpart Borut Pahor
signed an agreement", the small model makes the counterpart a conjunct of the first name and the name after it
that first name's appositive; repair_parse makes the name the counterpart's appositive, so the counterpart is
the person named and the two sides are the two conjuncts."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
HRV: Croatia | Croatian
SVN: Slovenia | Slovenian
HRVGOV: Kosor
SVNGOV: Pahor
"""
AGENTS = "GOV: government | minister\n"
VERBS = """
sign obj=agreement => 057
"""

# "Kosor and her Slovenian counterpart Borut Pahor signed an agreement."
COUNTERPART = ("Kosor/Kosor/PROPN/nsubj/7/NNP and/and/CCONJ/cc/0/CC her/her/PRON/poss/4/PRP$ Slovenian/slovenian/ADJ/amod/4/JJ "
               "counterpart/counterpart/NOUN/conj/0/NN Borut/Borut/PROPN/compound/6/NNP Pahor/Pahor/PROPN/appos/0/NNP "
               "signed/sign/VERB/ROOT/7/VBD an/an/DET/det/9/DT agreement/agreement/NOUN/dobj/7/NN ././PUNCT/punct/7/.")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_name_after_a_conjoined_counterpart_read_as_the_first_names_appositive(nlp, coder):
    doc = parse(nlp, COUNTERPART)
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("appos", 4)
    assert code(coder, doc) == {("HRVGOV", "SVNGOV", "057"), ("SVNGOV", "HRVGOV", "057")}


def test_repair_keeps_an_appositive_set_off_by_a_comma(nlp):
    # "Kosor and her counterpart, Pahor, ...": hand-built with the name still on the first conjunct; a comma
    # before the name means the title is not right before it, so the parse is left as it is
    doc = parse(nlp, "Kosor/Kosor/PROPN/nsubj/7/NNP and/and/CCONJ/cc/0/CC her/her/PRON/poss/3/PRP$ counterpart/counterpart/NOUN/conj/0/NN "
                     ",/,/PUNCT/punct/0/, Pahor/Pahor/PROPN/appos/0/NNP ,/,/PUNCT/punct/0/, signed/sign/VERB/ROOT/7/VBD "
                     "an/an/DET/det/9/DT agreement/agreement/NOUN/dobj/7/NN ././PUNCT/punct/7/.")
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("appos", 0)


def test_repair_leaves_a_name_after_another_conjoined_noun(nlp):
    # "Kosor and the minister Pahor ...", hand-built with the name on the first conjunct: only a counterpart is
    # moved; after other nouns the parser's appositive may be right
    doc = parse(nlp, "Kosor/Kosor/PROPN/nsubj/5/NNP and/and/CCONJ/cc/0/CC the/the/DET/det/3/DT minister/minister/NOUN/conj/0/NN "
                     "Pahor/Pahor/PROPN/appos/0/NNP signed/sign/VERB/ROOT/5/VBD an/an/DET/det/7/DT agreement/agreement/NOUN/dobj/5/NN "
                     "././PUNCT/punct/5/.")
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("appos", 0)
