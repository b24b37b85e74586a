"""From hand-built parses: a sum whose "in" phrase the parser hung on the verb is read through it ("pledged $14
million in humanitarian aid" is humanitarian aid, not money); the subject the parser buried in an opening phrase is
lifted out for a reported clause too ("After talks in Minsk, Ukraine and Russia signed an agreement, envoys said")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture
from eventcoder.verbs import repair_parse

ACTORS = """
JPN: Japan
NPL: Nepal
UKR: Ukraine
RUS: Russia
"""
AGENTS = "GOV: government\n"
VERBS = """
&ECON = dollar | million | money
&HUM = humanitarian aid | food aid
pledge obj=&ECON => 0331
pledge obj=&HUM => 0333
&DEAL = agreement | accord
sign obj=&DEAL => 057
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_sum_read_through_its_in_phrase_hung_on_the_verb(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1/VBD 14/14/NUM/compound/3 million/million/NUM/nummod/4 "
                     "dollars/dollar/NOUN/dobj/1 in/in/ADP/prep/1 humanitarian/humanitarian/ADJ/amod/7 aid/aid/NOUN/pobj/5 "
                     "to/to/ADP/prep/1 Nepal/Nepal/PROPN/pobj/8 ././PUNCT/punct/1")
    assert code(coder, doc) == {("JPN", "NPL", "0333")}


def test_sum_with_its_own_in_phrase_unchanged(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1/VBD 14/14/NUM/compound/3 million/million/NUM/nummod/4 "
                     "dollars/dollar/NOUN/dobj/1 to/to/ADP/prep/1 Nepal/Nepal/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("JPN", "NPL", "0331")}


def test_subject_out_of_opening_phrase_in_a_reported_clause(nlp, coder):
    doc = parse(nlp, "After/after/ADP/prep/8 talks/talk/NOUN/pobj/0 in/in/ADP/prep/1 Minsk/Minsk/PROPN/pobj/2 ,/,/PUNCT/punct/3 "
                     "Ukraine/Ukraine/PROPN/conj/3 and/and/CCONJ/cc/5 Russia/Russia/PROPN/conj/5 signed/sign/VERB/ccomp/13/VBD "
                     "an/a/DET/det/10 agreement/agreement/NOUN/dobj/8 ,/,/PUNCT/punct/13 envoys/envoy/NOUN/nsubj/13 "
                     "said/say/VERB/ROOT/13/VBD ././PUNCT/punct/13")
    repair_parse(doc)
    assert code(coder, doc) == {("UKR", "RUS", "057"), ("RUS", "UKR", "057")}
