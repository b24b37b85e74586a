"""A verb conjoined to a purpose infinitive and sharing its "to" is no more done than the infinitive, from
hand-built parses: "asked Britain for aid to house and feed Syrian refugees" reports no feeding (073); a
past-tense verb conjoined there is the subject's own act."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "JOR: Jordan\nGBR: Britain\nSYR: Syrian\nIRQ: Iraqi\n"
AGENTS = "REF: refugees\n"
VERBS = """
ask prep=for => 023
feed => 073
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_verb_sharing_a_purposes_to_is_not_done(nlp, coder):
    # "Jordan asked Britain for aid to house and feed Syrian refugees."
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD Britain/Britain/PROPN/dobj/1/NNP "
                     "for/for/ADP/prep/1/IN aid/aid/NOUN/pobj/3/NN to/to/PART/aux/6/TO house/house/VERB/advcl/1/VB "
                     "and/and/CCONJ/cc/6/CC feed/feed/VERB/conj/6/VB Syrian/syrian/ADJ/amod/10/JJ "
                     "refugees/refugee/NOUN/dobj/8/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("JOR", "GBR", "023")}


def test_assemble_past_tense_verb_after_a_purpose_is_done(nlp, coder):
    # guard: "Jordan asked Britain for aid to house Iraqi refugees and fed Syrian refugees."
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD Britain/Britain/PROPN/dobj/1/NNP "
                     "for/for/ADP/prep/1/IN aid/aid/NOUN/pobj/3/NN to/to/PART/aux/6/TO house/house/VERB/advcl/1/VB "
                     "Iraqi/iraqi/ADJ/amod/8/JJ refugees/refugee/NOUN/dobj/6/NNS and/and/CCONJ/cc/6/CC "
                     "fed/feed/VERB/conj/6/VBD Syrian/syrian/ADJ/amod/12/JJ refugees/refugee/NOUN/dobj/10/NNS ././PUNCT/punct/1/.")
    assert ("JOR", "SYRREF", "073") in code(coder, doc)
