"""An object pronoun in a clause hung off an intransitive verb, from hand-built parses: with no one
acted on or spoken of in the governing clause, "him" is who that clause is about ("Khodorkovsky walked
free after Putin pardoned him"); not so when the governing verb reports a clause of its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
SYR: Syria | Syrian
IRQOPP: Allawi
"""
AGENTS = "GOV: official | officials | government\nJUD: court\n"
VERBS = """
release => 0841
sentence => 173
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_him_after_an_intransitive_verb_is_its_subject(nlp, coder):
    doc = parse(nlp, "Allawi/Allawi/PROPN/nsubj/1/NNP returned/return/VERB/ROOT/1/VBD after/after/ADP/mark/5/IN "
                     "Syrian/Syrian/ADJ/amod/4/JJ officials/official/NOUN/nsubj/5/NNS released/release/VERB/advcl/1/VBD "
                     "him/he/PRON/dobj/5/PRP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYRGOV", "IRQOPP", "0841")}


def test_assemble_him_after_a_reporting_verb_is_not_the_reporter(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD Syria/Syria/PROPN/nsubj/4/NNP must/must/AUX/aux/4/MD "
                     "free/free/VERB/ccomp/1/VB Allawi/Allawi/PROPN/dobj/4/NNP after/after/ADP/mark/10/IN a/a/DET/det/9/DT "
                     "Syrian/Syrian/ADJ/amod/9/JJ court/court/NOUN/nsubj/10/NN sentenced/sentence/VERB/advcl/1/VBD "
                     "him/he/PRON/dobj/10/PRP ././PUNCT/punct/1/.")
    assert not any(t == "IRQ" for _, t, _ in code(coder, doc))
