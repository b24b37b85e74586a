"""Talks about an open question, from hand-built parses: "discussed whether to send troops to Ukraine" is a
discussion of the sending, not talks with Ukraine, whether the parser hangs the "whether" clause on the
verb as its complement or as an adverbial clause (which is no purpose the talks serve either)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGONAT: NATO
UKR: Ukraine
IRN: Iran
IRQ: Iraq
"""
AGENTS = "GOV: minister | ministers\n"
VERBS = """
discuss => 046
discuss prep=with => 046
pledge comp=discuss => 036
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_whether_complement_of_talks_names_no_party(nlp, coder):
    # "NATO ministers discussed whether to send troops to Ukraine."
    doc = parse(nlp, "NATO/NATO/PROPN/compound/1/NNP ministers/minister/NOUN/nsubj/2/NNS discussed/discuss/VERB/ROOT/2/VBD "
                     "whether/whether/SCONJ/mark/5/IN to/to/PART/aux/5/TO send/send/VERB/xcomp/2/VB troops/troop/NOUN/dobj/5/NNS "
                     "to/to/ADP/prep/5/IN Ukraine/Ukraine/PROPN/pobj/7/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_a_whether_adverbial_of_talks_announced_is_no_purpose(nlp, coder):
    # "NATO ministers will discuss whether to send troops to Ukraine."
    doc = parse(nlp, "NATO/NATO/PROPN/compound/1/NNP ministers/minister/NOUN/nsubj/3/NNS will/will/AUX/aux/3/MD discuss/discuss/VERB/ROOT/3/VB "
                     "whether/whether/SCONJ/mark/6/IN to/to/PART/aux/6/TO send/send/VERB/advcl/3/VB troops/troop/NOUN/dobj/6/NNS "
                     "to/to/ADP/prep/6/IN Ukraine/Ukraine/PROPN/pobj/8/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == set()


def test_assemble_talks_on_whether_keep_their_named_partner(nlp, coder):
    # "Iran discussed with Iraq whether to send troops to Ukraine."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP discussed/discuss/VERB/ROOT/1/VBD with/with/ADP/prep/1/IN Iraq/Iraq/PROPN/pobj/2/NNP "
                     "whether/whether/SCONJ/mark/6/IN to/to/PART/aux/6/TO send/send/VERB/xcomp/1/VB troops/troop/NOUN/dobj/6/NNS "
                     "to/to/ADP/prep/6/IN Ukraine/Ukraine/PROPN/pobj/8/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "IRQ", "046"), ("IRQ", "IRN", "046")}


@pytest.mark.parametrize("words", [
    # "NATO ministers will discuss whether Iran has complied."
    "NATO/NATO/PROPN/compound/1/NNP ministers/minister/NOUN/nsubj/3/NNS will/will/AUX/aux/3/MD discuss/discuss/VERB/ROOT/3/VB "
    "whether/whether/SCONJ/mark/7/IN Iran/Iran/PROPN/nsubj/7/NNP has/have/AUX/aux/7/VBZ complied/comply/VERB/ccomp/3/VBN ././PUNCT/punct/3/.",
    # "NATO ministers discussed whether Iran had complied."
    "NATO/NATO/PROPN/compound/1/NNP ministers/minister/NOUN/nsubj/2/NNS discussed/discuss/VERB/ROOT/2/VBD "
    "whether/whether/SCONJ/mark/6/IN Iran/Iran/PROPN/nsubj/6/NNP had/have/AUX/aux/6/VBD complied/comply/VERB/ccomp/2/VBN ././PUNCT/punct/2/.",
])
def test_assemble_the_subject_of_an_open_question_is_no_party(nlp, coder, words):
    # whose act a "whether" clause asks about is what is talked about, not whom the talks are with
    assert code(coder, parse(nlp, words)) == set()
