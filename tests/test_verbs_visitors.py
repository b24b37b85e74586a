"""A titled "visiting X", from hand-built parses: "held talks with visiting Iranian President X" (an attributive
participle spaCy parses as a gerund with X as its object) makes X the visitor (042) and the host the subject of the
governing clause; the "with" phrase still names X as the partner of the talks."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SYR: Syria | Syrian
IRN: Iran | Iranian
"""
AGENTS = "GOV: president | minister\n"
VERBS = """
&TALKS = talk | talks
hold obj=&TALKS prep=with => 046
visit => 042
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_verbs_visiting_titled_person_is_the_visitor_and_the_host_is_the_subject(nlp, coder):
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 president/president/PROPN/nsubj/2 held/hold/VERB/ROOT/2/VBD "
                     "talks/talk/NOUN/dobj/2 with/with/ADP/prep/3 visiting/visit/VERB/pcomp/4/VBG "
                     "Iranian/Iranian/ADJ/amod/7 president/president/PROPN/dobj/5 ././PUNCT/punct/2")
    got = code(coder, doc)
    assert ("IRNGOV", "SYRGOV", "042") in got
    assert ("SYRGOV", "IRNGOV", "046") in got and ("IRNGOV", "SYRGOV", "046") in got
    assert not any(e[2] == "042" and e[1] == "IRNGOV" for e in got)


def test_verbs_visiting_a_country_is_still_the_subjects_visit(nlp, coder):
    # guard: "the president spoke about visiting Iran" - no title, the country is the place visited
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 president/president/PROPN/nsubj/2 spoke/speak/VERB/ROOT/2/VBD "
                     "about/about/ADP/prep/2 visiting/visit/VERB/pcomp/3/VBG Iran/Iran/PROPN/dobj/4 ././PUNCT/punct/2")
    assert code(coder, doc) == {("SYRGOV", "IRN", "042")}
