"""From hand-built parses: a ``before=`` constraint on a complement with no subject of its own looks at the
words before the verb it completes, where its subject stands ("police began questioning five pirates" is
the police questioning them); a complement's own subject is still its own."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "SOM: Somali\n"
AGENTS = "COP: police\nCRM: pirate | pirates\n"
VERBS = "question before=police|investigator => 091\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_questioning_begun_by_police_is_an_inquiry(nlp, coder):
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS began/begin/VERB/ROOT/1/VBD questioning/question/VERB/xcomp/1/VBG "
                     "five/five/NUM/nummod/5/CD Somali/Somali/ADJ/amod/5/JJ pirates/pirate/NOUN/dobj/2/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("---COP", "SOMCRM", "091")}


def test_questioning_of_a_complements_own_subject_is_not_the_governing_verbs(nlp, coder):
    # guard: "police saw pirates question the crew": the questioning is the pirates', not the police's
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS saw/see/VERB/ROOT/1/VBD Somali/Somali/ADJ/amod/3/JJ pirates/pirate/NOUN/nsubj/4/NNS "
                     "question/question/VERB/ccomp/1/VB the/the/DET/det/6/DT crew/crew/NOUN/dobj/4/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
