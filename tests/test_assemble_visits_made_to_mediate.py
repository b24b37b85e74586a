"""From hand-built parses: a visit made to mediate is the mediation (045), which the codebook puts before the
visit (042): "flew to Khartoum to mediate between Sudan and Chad"; a visit made for another purpose stays a visit."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egypt | Egyptian
SDN: Sudan | Sudanese
SDNGOV: Khartoum
TCD: Chad
"""
AGENTS = "GOV: government\n"
VERBS = """
fly prep=to => 042
mediate prep=between => 045
rest => 010
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


FLEW_TO = "Egypt/Egypt/PROPN/nsubj/1 flew/fly/VERB/ROOT/1/VBD to/to/ADP/prep/1 Khartoum/Khartoum/PROPN/pobj/2 to/to/PART/aux/5 "


def test_assemble_a_visit_made_to_mediate_is_the_mediation(nlp, coder):
    doc = parse(nlp, FLEW_TO + "mediate/mediate/VERB/advcl/1/VB between/between/ADP/prep/5 Sudan/Sudan/PROPN/pobj/6 "
                               "and/and/CCONJ/cc/7 Chad/Chad/PROPN/conj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("EGY", "SDN", "045"), ("EGY", "TCD", "045")}


def test_assemble_a_visit_made_for_something_else_stays_a_visit(nlp, coder):
    doc = parse(nlp, FLEW_TO + "rest/rest/VERB/advcl/1/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("EGY", "SDNGOV", "042")}
