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
