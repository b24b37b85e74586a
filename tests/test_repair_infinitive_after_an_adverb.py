"""An infinitive the parser hangs as an adverbial clause after an adverb of the verb ("appealed directly to
the rebels to free", "urged Iran again to halt") is what was asked, as after a time or a venue."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
FRA: France
COLREB: FARC
"""
AGENTS = "GOV: government\n"
VERBS = """
appeal prep=to => 020
appeal prep=to comp=free => 0253
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_infinitive_after_an_adverb_is_what_was_asked(nlp, coder):
    # "France appealed directly to FARC to free the hostage."
    doc = parse(nlp, "France/France/PROPN/nsubj/1/NNP appealed/appeal/VERB/ROOT/1/VBD directly/directly/ADV/advmod/1/RB "
                     "to/to/ADP/prep/1/IN FARC/FARC/PROPN/pobj/3/NNP to/to/PART/aux/6/TO free/free/VERB/advcl/1/VB "
                     "the/the/DET/det/8/DT hostage/hostage/NOUN/dobj/6/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(coder, doc) == {("FRA", "COLREB", "0253")}


def test_adverb_with_a_phrase_of_its_own_keeps_the_purpose_clause(nlp, coder):
    # guard: "France appealed to FARC long before the talks to free the hostage": not an adverb alone.
    doc = parse(nlp, "France/France/PROPN/nsubj/1/NNP appealed/appeal/VERB/ROOT/1/VBD to/to/ADP/prep/1/IN "
                     "FARC/FARC/PROPN/pobj/2/NNP long/long/ADV/advmod/1/RB before/before/ADP/prep/4/IN "
                     "the/the/DET/det/7/DT talks/talk/NOUN/pobj/5/NNS to/to/PART/aux/9/TO free/free/VERB/advcl/1/VB "
                     "the/the/DET/det/11/DT hostage/hostage/NOUN/dobj/9/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert code(coder, doc) == {("FRA", "COLREB", "020")}
