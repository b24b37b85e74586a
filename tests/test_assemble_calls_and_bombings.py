"""Assembly rules found on a third set of fresh leads, from hand-built parses: the partner of a consultation
held "by telephone" is the "with" phrase, not the topic in the object; a bombing's casualty clause is part of it."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
RUS: Russia | Russian
TUR: Turkey | Turkish
SYR: Syria | Syrian
"""
AGENTS = "GOV: president | government\n"
VERBS = """
discuss prep=by:phone|telephone => 041
discuss prep=with => 046
discuss => 046
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_phone_call_partner_is_the_with_phrase_not_the_topic(nlp, coder):
    # "The Russian president discussed the Syrian crisis with the Turkish president by telephone."
    doc = parse(nlp, "The/the/DET/det/2 Russian/Russian/ADJ/amod/2 president/president/NOUN/nsubj/3 "
                     "discussed/discuss/VERB/ROOT/3/VBD the/the/DET/det/6 Syrian/Syrian/ADJ/amod/6 crisis/crisis/NOUN/dobj/3 "
                     "with/with/ADP/prep/3 the/the/DET/det/10 Turkish/Turkish/ADJ/amod/10 president/president/NOUN/pobj/7 "
                     "by/by/ADP/prep/3 telephone/telephone/NOUN/pobj/11 ././PUNCT/punct/3")
    got = code(coder, doc)
    assert ("RUSGOV", "TURGOV", "041") in got and not any(t == "SYR" for _, t, _ in got)


def test_assemble_topic_is_no_partner_with_no_partner_named(nlp, coder):
    # "The Russian president discussed Syria by telephone." (no "with" phrase: with whom, it does not say)
    doc = parse(nlp, "The/the/DET/det/2 Russian/Russian/ADJ/amod/2 president/president/NOUN/nsubj/3 "
                     "discussed/discuss/VERB/ROOT/3/VBD Syria/Syria/PROPN/dobj/3 "
                     "by/by/ADP/prep/3 telephone/telephone/NOUN/pobj/5 ././PUNCT/punct/3")
    assert not any(t == "SYR" for _, t, _ in code(coder, doc))


BOMB_VERBS = """
detonate obj=bomb => 1832
kill obj=people => 190
"""


@pytest.fixture(scope="module")
def bomb_coder(nlp):
    return make_coder(nlp, "ESP: Spain | Spanish\nESPREB: ETA\n", "CVL: people\n", BOMB_VERBS)


def test_assemble_casualty_participle_of_a_bombing_adds_no_event(nlp, bomb_coder):
    # "ETA detonated a bomb in Spain, killing ten people."
    doc = parse(nlp, "ETA/ETA/PROPN/nsubj/1 detonated/detonate/VERB/ROOT/1/VBD a/a/DET/det/3 bomb/bomb/NOUN/dobj/1 "
                     "in/in/ADP/prep/1 Spain/Spain/PROPN/pobj/4 ,/,/PUNCT/punct/1 killing/kill/VERB/advcl/1/VBG "
                     "ten/ten/NUM/nummod/9 people/people/NOUN/dobj/7 ././PUNCT/punct/1")
    assert {c for _, _, c in code(bomb_coder, doc)} == {"1832"}
