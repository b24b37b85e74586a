"""From hand-built parses: what a munition is loaded with, filled with or contains is what was used
("fired rockets loaded with sarin at Kurdish villages" is a chemical attack, 2041, not shelling, 194), and
a phrase the parser hangs on that load says where the munition fell ("dropped bombs containing a nerve
agent on Iranian troops")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRQ: Iraq | Iraqi\nIRN: Iran | Iranian\n"
AGENTS = "MIL: troops | jets\n"
VERBS = """
&CHEMICAL = sarin | nerve agent
fire obj=rocket prep=at => 194
fire obj=&CHEMICAL => 2041
drop obj=&CHEMICAL prep=on => 2041
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_a_rocket_loaded_with_a_chemical_is_the_chemical_used(nlp, coder):
    # "Iraqi troops fired rockets loaded with sarin at Iranian troops."
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS fired/fire/VERB/ROOT/2/VBD rockets/rocket/NOUN/dobj/2/NNS "
                     "loaded/load/VERB/acl/3/VBN with/with/ADP/prep/4/IN sarin/sarin/NOUN/pobj/5/NN at/at/ADP/prep/2/IN "
                     "Iranian/Iranian/ADJ/amod/9/JJ troops/troop/NOUN/pobj/7/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "IRNMIL", "2041")}


def test_a_bomb_containing_a_chemical_falls_where_its_load_is_hung(nlp, coder):
    # "Iraqi jets dropped bombs containing a nerve agent on Iranian troops", with "on" hung on "agent".
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ jets/jet/NOUN/nsubj/2/NNS dropped/drop/VERB/ROOT/2/VBD bombs/bomb/NOUN/dobj/2/NNS "
                     "containing/contain/VERB/acl/3/VBG a/a/DET/det/7/DT nerve/nerve/NOUN/compound/7/NN agent/agent/NOUN/dobj/4/NN "
                     "on/on/ADP/prep/7/IN Iranian/Iranian/ADJ/amod/10/JJ troops/troop/NOUN/pobj/8/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "IRNMIL", "2041")}


def test_a_rocket_loaded_with_what_no_pattern_names_is_plain_fire(nlp, coder):
    # "Iraqi troops fired rockets loaded with explosives at Iranian troops."
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS fired/fire/VERB/ROOT/2/VBD rockets/rocket/NOUN/dobj/2/NNS "
                     "loaded/load/VERB/acl/3/VBN with/with/ADP/prep/4/IN explosives/explosive/NOUN/pobj/5/NNS at/at/ADP/prep/2/IN "
                     "Iranian/Iranian/ADJ/amod/9/JJ troops/troop/NOUN/pobj/7/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQMIL", "IRNMIL", "194")}
