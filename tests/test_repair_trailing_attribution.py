"""What was said, hung by the parser on a trailing attribution ("Kibaki said he was optimistic ..., state
radio reported") is the first speaker's: the pronoun refers back to Kibaki, not to the radio."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
KENGOV: Kibaki
SOM: Somalia
"""
AGENTS = "MED: radio\n"
VERBS = """
optimistic => 013
"""

# "Kibaki said he was optimistic about Somalia, state radio reported." as the small model parses it:
# "was" hung on "reported", which hangs on "said".
PARSE = ("Kibaki/Kibaki/PROPN/nsubj/1 said/say/VERB/ROOT/1/VBD he/he/PRON/nsubj/3 was/be/AUX/ccomp/10/VBD "
         "optimistic/optimistic/ADJ/acomp/3/JJ about/about/ADP/prep/4 Somalia/Somalia/PROPN/pobj/5 ,/,/PUNCT/punct/10 "
         "state/state/NOUN/compound/9 radio/radio/NOUN/nsubj/10 reported/report/VERB/ccomp/1/VBD ././PUNCT/punct/1")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_content_of_a_trailing_attribution_is_the_first_speakers(nlp, coder):
    doc = parse(nlp, PARSE)
    repair_parse(doc)
    assert doc[3].head.i == 1
    assert code(coder, doc) == {("KENGOV", "SOM", "013")}


def test_attribution_without_its_own_subject_after_a_comma_is_left_alone(nlp, coder):
    # "Kibaki said state radio reported he was optimistic": the radio's report, parsed so on purpose.
    doc = parse(nlp, "Kibaki/Kibaki/PROPN/nsubj/1 said/say/VERB/ROOT/1/VBD state/state/NOUN/compound/3 radio/radio/NOUN/nsubj/4 "
                     "reported/report/VERB/ccomp/1/VBD he/he/PRON/nsubj/6 was/be/AUX/ccomp/4/VBD optimistic/optimistic/ADJ/acomp/6/JJ "
                     "././PUNCT/punct/1")
    repair_parse(doc)
    assert doc[6].head.i == 4
