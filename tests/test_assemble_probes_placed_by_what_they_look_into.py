"""From a hand-built parse: a probe that names no one is placed by what it looks into, before where it sits
("began hearings in Seoul into abuses in North Korea" is aimed at North Korea), also through a participle ("into
war crimes committed in northern Uganda"), and by the unrest it was done during ("into killings during Kenya's
post-election violence")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq
IRN: Iran
SYR: Syria
"""
AGENTS = "GOV: government\n"
VERBS = """
open obj=hearing prep=into:abuse => 092
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_hearings_into_abuses_elsewhere_are_aimed_at_where_the_abuses_were(nlp, coder):
    # "Iraq opened hearings in Iran into abuses in Syria."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP opened/open/VERB/ROOT/1/VBD hearings/hearing/NOUN/dobj/1/NNS "
                     "in/in/ADP/prep/2/IN Iran/Iran/PROPN/pobj/3/NNP into/into/ADP/prep/1/IN abuses/abuse/NOUN/pobj/5/NNS "
                     "in/in/ADP/prep/6/IN Syria/Syria/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "092")}


def test_assemble_a_probe_into_abuses_committed_somewhere_is_aimed_there(nlp, coder):
    # "Iraq opened hearings into abuses committed in Syria."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP opened/open/VERB/ROOT/1/VBD hearings/hearing/NOUN/dobj/1/NNS "
                     "into/into/ADP/prep/1/IN abuses/abuse/NOUN/pobj/3/NNS committed/commit/VERB/acl/4/VBN "
                     "in/in/ADP/prep/5/IN Syria/Syria/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "092")}


def test_assemble_a_probe_into_abuses_during_a_countrys_unrest_is_aimed_at_that_country(nlp, coder):
    # "Iraq opened hearings into abuses during Syria's war."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP opened/open/VERB/ROOT/1/VBD hearings/hearing/NOUN/dobj/1/NNS "
                     "into/into/ADP/prep/1/IN abuses/abuse/NOUN/pobj/3/NNS during/during/ADP/prep/4/IN "
                     "Syria/Syria/PROPN/poss/8/NNP 's/'s/PART/case/6/POS war/war/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "SYR", "092")}
