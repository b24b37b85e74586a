"""From hand-built parses: a surname spelled as a modal ("Theresa May"), which the parser tags a proper noun
with its given name as a compound yet hangs on the verb as an auxiliary, is the verb's subject; a modal that
is one ("Britain may attack", "May God bless") is left."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
Theresa May
    GBRGOV
GBR: Britain
RUS: Russia
"""
AGENTS = "GOV: government\n"
VERBS = """
criticize => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_name_read_as_modal_is_the_subject(nlp, coder):
    doc = parse(nlp, "Theresa/Theresa/PROPN/compound/1/NNP May/may/PROPN/aux/2/NNP criticized/criticize/VERB/ROOT/2/VBD "
                     "Russia/Russia/PROPN/dobj/2/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert doc[1].dep_ == "nsubj"
    assert code(coder, doc) == {("GBRGOV", "RUS", "111")}


def test_modal_of_a_verb_with_a_subject_is_left(nlp, coder):
    doc = parse(nlp, "Britain/Britain/PROPN/nsubj/2/NNP may/may/AUX/aux/2/MD criticize/criticize/VERB/ROOT/2/VB "
                     "Russia/Russia/PROPN/dobj/2/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert doc[1].dep_ == "aux"


def test_sentence_initial_modal_without_a_name_before_it_is_left(nlp, coder):
    doc = parse(nlp, "May/may/PROPN/aux/1/NNP Russia/Russia/PROPN/nsubj/2/NNP criticize/criticize/VERB/ROOT/2/VB "
                     "Britain/Britain/PROPN/dobj/2/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert doc[0].dep_ == "aux"
