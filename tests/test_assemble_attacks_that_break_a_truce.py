"""From hand-built parses: the attack by which a truce was broken ("violated the truce by shelling X",
"violated the truce, shelling X"), and the attack a participle of violation explains ("shelled X, violating
the truce"), is the violation, coded once as 196 whatever weapons were used, as the codebook says; an attack
that follows another act stays an event of its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SYR: Syria | Syrian
TUR: Turkey | Turkish
"""
AGENTS = "MIL: troops\n"
VERBS = """
violate obj=truce => 196
reject obj=truce => 1246
shell => 194
kill => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("means", [
    "by/by/ADP/prep/1/IN shelling/shell/VERB/pcomp/4/VBG",
    ",/,/PUNCT/punct/1/, shelling/shell/VERB/advcl/1/VBG",
])
def test_assemble_the_attack_that_broke_a_truce_is_the_violation(nlp, coder, means):
    doc = parse(nlp, f"Syria/Syria/PROPN/nsubj/1/NNP violated/violate/VERB/ROOT/1/VBD the/the/DET/det/3/DT truce/truce/NOUN/dobj/1/NN "
                     f"{means} Turkey/Turkey/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "TUR", "196")}


def test_assemble_an_attack_after_another_act_is_its_own_event(nlp, coder):
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/3/DT truce/truce/NOUN/dobj/1/NN "
                     ",/,/PUNCT/punct/1/, shelling/shell/VERB/advcl/1/VBG Turkey/Turkey/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert ("SYR", "TUR", "194") in code(coder, doc)


def test_assemble_the_attack_a_participle_of_violation_explains_is_the_violation(nlp, coder):
    # "Syria shelled Turkey , violating the truce ."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP shelled/shell/VERB/ROOT/1/VBD Turkey/Turkey/PROPN/dobj/1/NNP ,/,/PUNCT/punct/1/, "
                     "violating/violate/VERB/advcl/1/VBG the/the/DET/det/6/DT truce/truce/NOUN/dobj/4/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "TUR", "196")}


@pytest.mark.parametrize("attached", [1, 3])
def test_assemble_an_attack_in_breach_of_a_truce_is_the_violation(nlp, coder, attached):
    # "Syria shelled Turkish positions in violation of the truce ." (the phrase on the verb or on its object)
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP shelled/shell/VERB/ROOT/1/VBD Turkish/Turkish/ADJ/amod/3/JJ "
                     f"positions/position/NOUN/dobj/1/NNS in/in/ADP/prep/{attached}/IN violation/violation/NOUN/pobj/4/NN "
                     "of/of/ADP/prep/5/IN the/the/DET/det/8/DT truce/truce/NOUN/pobj/6/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "TUR", "196")}


def test_assemble_an_attack_in_breach_of_a_law_is_no_violation_of_a_truce(nlp, coder):
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP shelled/shell/VERB/ROOT/1/VBD Turkey/Turkey/PROPN/dobj/1/NNP "
                     "in/in/ADP/prep/1/IN violation/violation/NOUN/pobj/3/NN of/of/ADP/prep/4/IN the/the/DET/det/7/DT "
                     "law/law/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "TUR", "194")}


def test_assemble_an_attack_whose_casualties_breach_a_truce_is_the_violation(nlp, coder):
    # "Syria shelled Turkey , killing soldiers in violation of the truce ."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP shelled/shell/VERB/ROOT/1/VBD Turkey/Turkey/PROPN/dobj/1/NNP ,/,/PUNCT/punct/1/, "
                     "killing/kill/VERB/advcl/1/VBG soldiers/soldier/NOUN/dobj/4/NNS in/in/ADP/prep/4/IN violation/violation/NOUN/pobj/6/NN "
                     "of/of/ADP/prep/7/IN the/the/DET/det/10/DT truce/truce/NOUN/pobj/8/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("SYR", "TUR", "196")}
