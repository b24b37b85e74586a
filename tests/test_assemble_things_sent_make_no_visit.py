"""From hand-built parses: things sent that arrive or land somewhere (missiles, a shipment of arms, aid) make
no visit (042), as forces moving make none; people arriving still visit."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: United States | U.S. | American
AGO: Angola | Luanda
USR: Soviet Union | Soviet
DEU: West Germany
"""
AGENTS = "GOV: minister | secretary\n"
VERBS = """
arrive | land prep=in => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_missiles_that_arrive_make_no_visit(nlp, coder):
    # "The first American missiles arrived in West Germany."
    doc = parse(nlp, "The/the/DET/det/3/DT first/first/ADJ/amod/3/JJ American/american/ADJ/amod/3/JJ missiles/missile/NOUN/nsubj/4/NNS "
                     "arrived/arrive/VERB/ROOT/4/VBD in/in/ADP/prep/4/IN West/West/PROPN/compound/7/NNP Germany/Germany/PROPN/pobj/5/NNP "
                     "././PUNCT/punct/4/.")
    assert code(coder, doc) == set()


def test_assemble_a_shipment_of_arms_that_lands_makes_no_visit(nlp, coder):
    # "A shipment of Soviet arms landed in Luanda."
    doc = parse(nlp, "A/a/DET/det/1/DT shipment/shipment/NOUN/nsubj/5/NN of/of/ADP/prep/1/IN Soviet/soviet/ADJ/amod/4/JJ "
                     "arms/arms/NOUN/pobj/2/NNS landed/land/VERB/ROOT/5/VBD in/in/ADP/prep/5/IN Luanda/Luanda/PROPN/pobj/6/NNP "
                     "././PUNCT/punct/5/.")
    assert code(coder, doc) == set()


def test_assemble_a_minister_who_arrives_still_visits(nlp, coder):
    # "A Soviet minister arrived in Luanda."
    doc = parse(nlp, "A/a/DET/det/2/DT Soviet/soviet/ADJ/amod/2/JJ minister/minister/NOUN/nsubj/3/NN arrived/arrive/VERB/ROOT/3/VBD "
                     "in/in/ADP/prep/3/IN Luanda/Luanda/PROPN/pobj/4/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("USRGOV", "AGO", "042")}
