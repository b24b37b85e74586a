"""From a hand-built parse: what a court ruled was done, in the clause of its finding and the means phrase
of that clause ("ruled that Ruritania had broken the law by restricting press freedom"), is the verdict's
content, coded as the finding of liability (116), not as an act of its own, as a charge's content is. A
finding told by the clause's adjective ("ruled that Ruritania was liable") is one as well; a clause that
denies the breach ("ruled that Ruritania had not broken the law") finds no one at fault. What a court found a
state liable for is no act of the court's, also where the parser hangs it on the verb past a time ("found
Ruritania liable on Monday for expelling Graustarkians")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUR: Ruritania
IGOXYZ: Tribunal
GRACVL: Graustarkians
"""
VERBS = """
rule comp=break => 116
rule comp=liable => 116
find comp=liable => 116
restrict obj=freedom => 1721
expel => 174
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_the_means_of_a_breach_a_court_found_is_its_finding(nlp, coder):
    # "The Tribunal ruled that Ruritania had broken the law by restricting press freedom."
    doc = parse(nlp, "The/the/DET/det/1/DT Tribunal/Tribunal/PROPN/nsubj/2/NNP ruled/rule/VERB/ROOT/2/VBD that/that/SCONJ/mark/6/IN "
                     "Ruritania/Ruritania/PROPN/nsubj/6/NNP had/have/AUX/aux/6/VBD broken/break/VERB/ccomp/2/VBN the/the/DET/det/8/DT "
                     "law/law/NOUN/dobj/6/NN by/by/ADP/prep/6/IN restricting/restrict/VERB/pcomp/9/VBG press/press/NOUN/compound/12/NN "
                     "freedom/freedom/NOUN/dobj/10/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IGOXYZ", "RUR", "116")}


def test_assemble_a_restriction_told_as_done_is_coded(nlp, coder):
    # "Ruritania broke the law by restricting press freedom.": no court's finding, the act stands.
    doc = parse(nlp, "Ruritania/Ruritania/PROPN/nsubj/1/NNP broke/break/VERB/ROOT/1/VBD the/the/DET/det/3/DT law/law/NOUN/dobj/1/NN "
                     "by/by/ADP/prep/1/IN restricting/restrict/VERB/pcomp/4/VBG press/press/NOUN/compound/7/NN freedom/freedom/NOUN/dobj/5/NN "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("RUR", "RURCVL", "1721")}


def test_assemble_a_ruling_that_a_state_was_liable_finds_it_liable(nlp, coder):
    # "The Tribunal ruled that Ruritania was liable."
    doc = parse(nlp, "The/the/DET/det/1/DT Tribunal/Tribunal/PROPN/nsubj/2/NNP ruled/rule/VERB/ROOT/2/VBD that/that/SCONJ/mark/5/IN "
                     "Ruritania/Ruritania/PROPN/nsubj/5/NNP was/be/AUX/ccomp/2/VBD liable/liable/ADJ/acomp/5/JJ ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IGOXYZ", "RUR", "116")}


def test_assemble_a_ruling_that_no_breach_was_done_finds_no_one_liable(nlp, coder):
    # "The Tribunal ruled that Ruritania had not broken the law."
    doc = parse(nlp, "The/the/DET/det/1/DT Tribunal/Tribunal/PROPN/nsubj/2/NNP ruled/rule/VERB/ROOT/2/VBD that/that/SCONJ/mark/7/IN "
                     "Ruritania/Ruritania/PROPN/nsubj/7/NNP had/have/AUX/aux/7/VBD not/not/PART/neg/7/RB broken/break/VERB/ccomp/2/VBN "
                     "the/the/DET/det/9/DT law/law/NOUN/dobj/7/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_what_a_state_was_found_liable_for_past_a_time_is_no_act_of_the_court(nlp, coder):
    # "The Tribunal found Ruritania liable on Monday for expelling Graustarkians."
    doc = parse(nlp, "The/the/DET/det/1/DT Tribunal/Tribunal/PROPN/nsubj/2/NNP found/find/VERB/ROOT/2/VBD Ruritania/Ruritania/PROPN/nsubj/4/NNP "
                     "liable/liable/ADJ/ccomp/2/JJ on/on/ADP/prep/4/IN Monday/Monday/PROPN/pobj/5/NNP for/for/ADP/prep/2/IN "
                     "expelling/expel/VERB/pcomp/7/VBG Graustarkians/Graustarkians/PROPN/dobj/8/NNPS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IGOXYZ", "RUR", "116")}
