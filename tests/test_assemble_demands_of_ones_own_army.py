"""A demand, call or ultimatum made by the source's own army, from hand-built parses: "Morsi rejected the
Egyptian army's ultimatum" is aimed at the army that made it. Its own forces are what a refused or promised
act would move ("refused to withdraw Japanese troops from Iraq" targets Iraq), but a demand is its maker's,
not something moved; an ultimatum carries what it demands, as a demand does."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGYGOV: Morsi
EGY: Egyptian
JPN: Japan | Japanese
IRQ: Iraq
"""
AGENTS = "MIL: army | troops\n"
VERBS = """
reject obj=demand|ultimatum => 120
refuse comp=withdraw => 1246
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def rejected(noun: str) -> str:
    # "Morsi rejected the Egyptian army's <noun> ."
    return ("Morsi/Morsi/PROPN/nsubj/1/NNP rejected/reject/VERB/ROOT/1/VBD the/the/DET/det/4/DT Egyptian/egyptian/ADJ/amod/4/JJ "
            f"army/army/NOUN/poss/6/NN 's/'s/PART/case/4/POS {noun}/{noun.rstrip('s')}/NOUN/dobj/1/NN ././PUNCT/punct/1/.")


@pytest.mark.parametrize("noun", ["demands", "ultimatum"])
def test_assemble_a_demand_by_the_sources_own_army_is_aimed_at_the_army(nlp, coder, noun):
    # (a demand or ultimatum rejected whose act is not named is a refused policy change, 1232)
    assert code(coder, parse(nlp, rejected(noun))) == {("EGYGOV", "EGYMIL", "1232")}


def test_assemble_own_troops_a_refused_act_would_move_are_no_target(nlp, coder):
    # guard: "Japan refused to withdraw Japanese troops from Iraq."
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1/NNP refused/refuse/VERB/ROOT/1/VBD to/to/PART/aux/3/TO withdraw/withdraw/VERB/xcomp/1/VB "
                     "Japanese/japanese/ADJ/amod/5/JJ troops/troop/NOUN/dobj/3/NNS from/from/ADP/prep/3/IN Iraq/Iraq/PROPN/pobj/6/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("JPN", "IRQ", "1246")}
