"""From hand-built parses: a lawsuit or complaint is against whom the participle of accusing after it names,
hung on its verb ("filed a case at the World Court on Friday, accusing Iraq of aggression") or on the body it
was filed with ("at the World Court accusing Iraq ..."), not against the court; the charge is what the suit
says, not an accusation of its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
IGOICJ: World Court
"""
AGENTS = "GOV: government\n"
VERBS = """
file obj=case => 115
lodge obj=complaint prep=with => 114
accuse prep=of => 1123
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_lawsuit_is_against_whom_the_participle_hung_on_the_court_accuses(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP filed/file/VERB/ROOT/1/VBD a/a/DET/det/3/DT case/case/NOUN/dobj/1/NN at/at/ADP/prep/1/IN "
                     "the/the/DET/det/7/DT World/World/PROPN/compound/7/NNP Court/Court/PROPN/pobj/4/NNP accusing/accuse/VERB/acl/7/VBG "
                     "Iraq/Iraq/PROPN/dobj/8/NNP of/of/ADP/prep/8/IN aggression/aggression/NOUN/pobj/10/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "IRQ", "115")}


def test_assemble_a_complaint_is_against_whom_the_participle_after_it_accuses(nlp, coder):
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP lodged/lodge/VERB/ROOT/1/VBD a/a/DET/det/3/DT complaint/complaint/NOUN/dobj/1/NN "
                     "with/with/ADP/prep/1/IN the/the/DET/det/7/DT World/World/PROPN/compound/7/NNP Court/Court/PROPN/pobj/4/NNP "
                     ",/,/PUNCT/punct/1/, accusing/accuse/VERB/advcl/1/VBG Iraq/Iraq/PROPN/dobj/9/NNP of/of/ADP/prep/9/IN "
                     "aggression/aggression/NOUN/pobj/11/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "IRQ", "114")}
