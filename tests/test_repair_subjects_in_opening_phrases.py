"""Parser repairs, from hand-built parses: a subject buried in an opening phrase behind a participle the parser
made the subject, a time phrase or an appositive's comma is the verb's ("Meeting in Prague, Obama and Medvedev
signed"); a phrasal verb's particle is never a preposition before the verb ("In a televised address, Bush gave")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture
from eventcoder.verbs import repair_parse

ACTORS = """
UKR: Ukraine
RUS: Russia
"""
AGENTS = "GOV: government\n"
VERBS = """
&DEAL = agreement | accord
sign obj=&DEAL => 057
give in => 080
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_subject_out_of_an_opening_participle_made_the_subject(nlp, coder):
    # "Meeting in Prague, Ukraine and Russia signed an agreement, envoys said."
    doc = parse(nlp, "Meeting/meet/VERB/nsubj/7/VBG in/in/ADP/prep/0 Prague/Prague/PROPN/pobj/1 ,/,/PUNCT/punct/2 "
                     "Ukraine/Ukraine/PROPN/conj/2 and/and/CCONJ/cc/4 Russia/Russia/PROPN/conj/4 signed/sign/VERB/ccomp/12/VBD "
                     "an/a/DET/det/9 agreement/agreement/NOUN/dobj/7 ,/,/PUNCT/punct/12 envoys/envoy/NOUN/nsubj/12 "
                     "said/say/VERB/ROOT/12/VBD ././PUNCT/punct/12")
    repair_parse(doc)
    assert code(coder, doc) == {("UKR", "RUS", "057"), ("RUS", "UKR", "057")}


def test_repair_subject_out_of_opening_phrase_before_a_time_phrase(nlp, coder):
    # "After talks, Ukraine and Russia on Monday signed an agreement, envoys said."
    doc = parse(nlp, "After/after/ADP/prep/8 talks/talk/NOUN/pobj/0 ,/,/PUNCT/punct/1 Ukraine/Ukraine/PROPN/conj/1 "
                     "and/and/CCONJ/cc/3 Russia/Russia/PROPN/conj/3 on/on/ADP/prep/8 Monday/Monday/PROPN/pobj/6 "
                     "signed/sign/VERB/ccomp/13/VBD an/a/DET/det/10 agreement/agreement/NOUN/dobj/8 ,/,/PUNCT/punct/13 "
                     "envoys/envoy/NOUN/nsubj/13 said/say/VERB/ROOT/13/VBD ././PUNCT/punct/13")
    repair_parse(doc)
    assert code(coder, doc) == {("UKR", "RUS", "057"), ("RUS", "UKR", "057")}


def test_repair_subject_out_of_opening_phrase_ending_in_an_appositive_comma(nlp, coder):
    # "After talks, Ukraine and Russia, the neighbour, signed an agreement, envoys said."
    doc = parse(nlp, "After/after/ADP/prep/10 talks/talk/NOUN/pobj/0 ,/,/PUNCT/punct/1 Ukraine/Ukraine/PROPN/conj/1 "
                     "and/and/CCONJ/cc/3 Russia/Russia/PROPN/conj/3 ,/,/PUNCT/punct/5 the/the/DET/det/8 "
                     "neighbour/neighbour/NOUN/appos/5 ,/,/PUNCT/punct/10 signed/sign/VERB/ccomp/15/VBD an/a/DET/det/12 "
                     "agreement/agreement/NOUN/dobj/10 ,/,/PUNCT/punct/15 envoys/envoy/NOUN/nsubj/15 "
                     "said/say/VERB/ROOT/15/VBD ././PUNCT/punct/15")
    repair_parse(doc)
    assert code(coder, doc) == {("UKR", "RUS", "057"), ("RUS", "UKR", "057")}


def test_repair_opening_preposition_is_no_particle_of_the_verb(nlp, coder):
    # "In talks, Russia gave Ukraine loans." is not Russia giving in
    doc = parse(nlp, "In/in/ADP/prep/4 talks/talk/NOUN/pobj/0 ,/,/PUNCT/punct/4 Russia/Russia/PROPN/nsubj/4 "
                     "gave/give/VERB/ROOT/4/VBD Ukraine/Ukraine/PROPN/dative/4 loans/loan/NOUN/dobj/4 ././PUNCT/punct/4")
    repair_parse(doc)
    assert code(coder, doc) == set()


def test_repair_particle_after_the_verb_still_counts(nlp, coder):
    # "Russia gave in to Ukraine."
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 gave/give/VERB/ROOT/1/VBD in/in/ADP/prt/1 to/to/ADP/prep/1 "
                     "Ukraine/Ukraine/PROPN/pobj/3 ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("RUS", "UKR", "080")}
