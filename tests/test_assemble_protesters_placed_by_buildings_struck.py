"""Protesters of no named country, from hand-built parses: a building their act's "to" or "into" phrase
names with its own place places them ("set fire to a police station in Basra"), as a place of the verb does;
a place inside another phrase ("against the war in Afghanistan") does not. A part of the building struck
("the front of the French embassy in Basra") leads to the building."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRQ: Basra\nAFG: Afghanistan\n"
AGENTS = "CVL: protesters\nCOP: police\n"
VERBS = "set obj=fire prep=to => 1712\nprotest => 141\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_protesters_setting_fire_to_a_building_are_of_its_place(nlp, coder):
    # "Protesters set fire to a police station in Basra."
    doc = parse(nlp, "Protesters/protester/NOUN/nsubj/1/NNS set/set/VERB/ROOT/1/VBD fire/fire/NOUN/dobj/1/NN to/to/ADP/prep/1/IN "
                     "a/a/DET/det/6/DT police/police/NOUN/compound/6/NN station/station/NOUN/pobj/3/NN in/in/ADP/prep/6/IN "
                     "Basra/Basra/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQCVL", "IRQCOP", "145")}


def test_assemble_a_place_in_what_protesters_oppose_does_not_place_them(nlp, coder):
    # guard: "Protesters protested against the war in Afghanistan." (in London, say) are not Afghanistan's
    doc = parse(nlp, "Protesters/protester/NOUN/nsubj/1/NNS protested/protest/VERB/ROOT/1/VBD against/against/ADP/prep/1/IN "
                     "the/the/DET/det/4/DT war/war/NOUN/pobj/2/NN in/in/ADP/prep/4/IN Afghanistan/Afghanistan/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert not any(s == "AFGCVL" for s, _, _ in code(coder, doc))


def test_assemble_protesters_setting_fire_to_part_of_a_building_are_of_its_place(nlp):
    # "Protesters set fire to the front of the French embassy in Basra.": the part struck leads to the
    # building; its "in" phrase places the protesters, not the adjective of whose embassy it is
    coder = make_coder(nlp, ACTORS + "FRA: French\n", AGENTS, VERBS)
    doc = parse(nlp, "Protesters/protester/NOUN/nsubj/1/NNS set/set/VERB/ROOT/1/VBD fire/fire/NOUN/dobj/1/NN to/to/ADP/prep/1/IN "
                     "the/the/DET/det/5/DT front/front/NOUN/pobj/3/NN of/of/ADP/prep/5/IN the/the/DET/det/9/DT "
                     "French/french/ADJ/amod/9/JJ embassy/embassy/NOUN/pobj/6/NN in/in/ADP/prep/9/IN "
                     "Basra/Basra/PROPN/pobj/10/NNP ././PUNCT/punct/1/.")
    sources = {s for s, _, _ in code(coder, doc)}
    assert "IRQCVL" in sources and "FRACVL" not in sources
