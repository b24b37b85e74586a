"""From hand-built parses: a show of force (15) that names no one is aimed at whose act it answers, named by a
"citing" participle ("put its forces on alert, citing tests by India") or by the "by" phrase of the act it is in
response to ("in response to tests by India")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
PAK: Pakistan | Pakistani
IND: India | Indian
"""
AGENTS = "MIL: forces | troops\n"
VERBS = """
put obj=force prep=on:alert => 152
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


ON_ALERT = "Pakistan/Pakistan/PROPN/nsubj/1 put/put/VERB/ROOT/1/VBD its/its/PRON/poss/3 forces/force/NOUN/dobj/1 on/on/ADP/prep/1 alert/alert/NOUN/pobj/4 "


def test_assemble_a_show_of_force_citing_an_act_is_aimed_at_its_doer(nlp, coder):
    doc = parse(nlp, ON_ALERT + ",/,/PUNCT/punct/1 citing/cite/VERB/advcl/1/VBG tests/test/NOUN/dobj/7 by/by/ADP/prep/8 "
                                "India/India/PROPN/pobj/9 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "IND", "152")}


def test_assemble_a_show_of_force_in_response_to_an_act_by_someone_is_aimed_at_them(nlp, coder):
    doc = parse(nlp, ON_ALERT + "in/in/ADP/prep/1 response/response/NOUN/pobj/6 to/to/ADP/prep/7 tests/test/NOUN/pobj/8 "
                                "by/by/ADP/prep/9 India/India/PROPN/pobj/10 ././PUNCT/punct/1")
    assert code(coder, doc) == {("PAK", "IND", "152")}
