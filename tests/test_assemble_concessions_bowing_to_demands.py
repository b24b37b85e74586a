"""A participle of giving way on a concession or promise, from hand-built parses: "withdrew the bill, bowing to
protesters" is the withdrawal (0832), not also a vaguer yield (080) to them; a yield said by the verb itself
("bowed to the protesters") stays 080."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KEN: Kenya\n"
AGENTS = "GOV: president\nCVL: protesters\n"
VERBS = """
withdraw obj=bill => 0832
bow prep=to => 080
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_bowing_to_demands_is_part_of_the_concession(nlp, coder):
    # "Kenya's president withdrew the bill, bowing to protesters."
    doc = parse(nlp, "Kenya/Kenya/PROPN/poss/2/NNP 's/'s/PART/case/0/POS president/president/NOUN/nsubj/3/NN "
                     "withdrew/withdraw/VERB/ROOT/3/VBD the/the/DET/det/5/DT bill/bill/NOUN/dobj/3/NN ,/,/PUNCT/punct/3/, "
                     "bowing/bow/VERB/advcl/3/VBG to/to/ADP/prep/7/IN protesters/protester/NOUN/pobj/8/NNS ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("KENGOV", "KENCVL", "0832")}


def test_assemble_bowing_as_the_verb_stays_a_yield(nlp, coder):
    # guard: "Kenya's president bowed to protesters."
    doc = parse(nlp, "Kenya/Kenya/PROPN/poss/2/NNP 's/'s/PART/case/0/POS president/president/NOUN/nsubj/3/NN "
                     "bowed/bow/VERB/ROOT/3/VBD to/to/ADP/prep/3/IN protesters/protester/NOUN/pobj/4/NNS ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("KENGOV", "KENCVL", "080")}
