"""From hand-built parses: a sea's own around/off/near phrase places a show of force ("drills in waters around
Taiwan"), while a country in the name of a sea or river ("near the East China Sea", "near the Sea of Japan",
"near the Jordan River") is not the waters' target; a bracketed acronym the text spells out as another name is not the dictionary's actor of that acronym
("Transitional Military Council (TMC)" is not the Trinamool Congress)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CHN: China | Chinese
TWN: Taiwan
JPN: Japan
RUS: Russia
ISR: Israel
JOR: Jordan
SDN: Sudan | Sudanese
IRQ: Iraq | Iraqi
INDPTYTMC: Trinamool Congress | TMC
"""
AGENTS = "MIL: military council | troops\nGOV: government\n"
VERBS = """
hold obj=drill => 150
hold obj=drill prep=around => 150
hold obj=drill prep=near => 150
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_drills_in_waters_around_a_country_target_it(nlp, coder):
    doc = parse(nlp, "China/China/PROPN/nsubj/1 held/hold/VERB/ROOT/1/VBD drills/drill/NOUN/dobj/1 in/in/ADP/prep/1 "
                     "waters/water/NOUN/pobj/3 around/around/ADP/prep/4 Taiwan/Taiwan/PROPN/pobj/5 ././PUNCT/punct/1")
    assert code(coder, doc) == {("CHN", "TWN", "150")}


def test_assemble_bracketed_acronym_spelled_out_as_another_name_is_not_the_dictionarys(nlp, coder):
    doc = parse(nlp, "Sudan/Sudan/PROPN/poss/4 's/'s/PART/case/0 Transitional/Transitional/PROPN/compound/4 "
                     "Military/Military/PROPN/compound/4 Council/Council/PROPN/nsubj/8 (/(/PUNCT/punct/4 TMC/TMC/PROPN/appos/4 "
                     ")/)/PUNCT/punct/4 condemned/condemn/VERB/ROOT/8/VBD Iraq/Iraq/PROPN/dobj/8 ././PUNCT/punct/8")
    assert code(coder, doc) == {("SDNMIL", "IRQ", "111")}


def test_assemble_drills_near_a_sea_named_for_a_country_do_not_target_it(nlp, coder):
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/1 held/hold/VERB/ROOT/1/VBD drills/drill/NOUN/dobj/1 near/near/ADP/prep/1 "
                     "the/the/DET/det/7 East/East/PROPN/compound/6 China/China/PROPN/compound/7 Sea/Sea/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == set()


def test_assemble_drills_near_a_sea_of_a_country_do_not_target_it(nlp, coder):
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 held/hold/VERB/ROOT/1/VBD drills/drill/NOUN/dobj/1 near/near/ADP/prep/1 "
                     "the/the/DET/det/5 Sea/Sea/PROPN/pobj/3 of/of/ADP/prep/5 Japan/Japan/PROPN/pobj/6 ././PUNCT/punct/1")
    assert code(coder, doc) == set()


def test_assemble_drills_near_a_river_named_for_a_country_do_not_target_it(nlp, coder):
    doc = parse(nlp, "Israel/Israel/PROPN/nsubj/1 held/hold/VERB/ROOT/1/VBD drills/drill/NOUN/dobj/1 near/near/ADP/prep/1 "
                     "the/the/DET/det/6 Jordan/Jordan/PROPN/compound/6 River/River/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == set()


def test_assemble_drills_near_a_country_still_target_it(nlp, coder):
    doc = parse(nlp, "China/China/PROPN/nsubj/1 held/hold/VERB/ROOT/1/VBD drills/drill/NOUN/dobj/1 near/near/ADP/prep/1 "
                     "Taiwan/Taiwan/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("CHN", "TWN", "150")}
