"""Cross-sentence memory for groups, from hand-built parses: a people's plural is the armed group of that
people the article named; "the Tigers" is the organisation named before by a name with that plural head;
"the gunmen" after "Iraqi militants" are those militants."""

from __future__ import annotations

import pytest

from test_assemble import _then, code_article, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
SRB: Serbia
SRBCVL: Serbs
BIHREBSRB: Bosnian Serb forces
LKAREBLTT: Liberation Tigers of Tamil Eelam
"""
AGENTS = "MIL: troops | soldiers\nGOV: official | officials\nCVL: civilians | protesters\nREB: gunmen\nINS: militants\n"
VERBS = """
attack => 190
condemn => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


LEAD = "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"


def test_memory_a_peoples_plural_is_the_armed_group_of_that_people_named_before(nlp, coder):
    lead = (
        "Bosnian/Bosnian/ADJ/amod/2 Serb/Serb/ADJ/amod/2 forces/force/NOUN/nsubj/3/NNS attacked/attack/VERB/ROOT/3/VBD "
        "Iraq/Iraq/PROPN/dobj/3 ././PUNCT/punct/3"
    )
    later = "The/the/DET/det/1 Serbs/Serbs/PROPN/nsubj/2/NNPS attacked/attack/VERB/ROOT/2/VBD Iran/Iran/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("BIHREBSRB", "IRN", "190")}
    # In a story about Serbia, which named no such group, Serbs are Serbia's people.
    serbia = "Serbia/Serbia/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(serbia, later)))[1] == {("SRBCVL", "IRN", "190")}
    assert code_article(coder, parse(nlp, later)) == [{("SRBCVL", "IRN", "190")}]


def test_memory_a_definite_plural_name_is_the_organisation_named_before_with_that_head(nlp, coder):
    lead = (
        "Liberation/Liberation/PROPN/compound/1 Tigers/Tigers/PROPN/nsubj/5/NNPS of/of/ADP/prep/1 Tamil/Tamil/PROPN/compound/4 "
        "Eelam/Eelam/PROPN/pobj/2 attacked/attack/VERB/ROOT/5/VBD Iraq/Iraq/PROPN/dobj/5 ././PUNCT/punct/5"
    )
    later = "The/the/DET/det/1 Tigers/Tigers/PROPN/nsubj/2/NNPS attacked/attack/VERB/ROOT/2/VBD Iran/Iran/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("LKAREBLTT", "IRN", "190")}
    assert code_article(coder, parse(nlp, later)) == [set()]


def test_memory_an_armed_description_is_the_armed_group_of_another_sector_named_before(nlp, coder):
    lead = "Iraqi/Iraqi/ADJ/amod/1 militants/militant/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    later = "The/the/DET/det/1 gunmen/gunman/NOUN/nsubj/2/NNS condemned/condemn/VERB/ROOT/2/VBD Iran/Iran/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("IRQINS", "IRN", "111")}
    # Rebels named: "the gunmen" are of them, as before; of no armed group, unknown.
    rebels = "Iraqi/Iraqi/ADJ/amod/1 gunmen/gunman/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD Syrian/Syrian/ADJ/amod/4 militants/militant/NOUN/dobj/2/NNS ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(rebels, later)))[1] == {("IRQREB", "IRN", "111")}
    troops = "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2/VBD Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(troops, later)))[1] == {("---REB", "IRN", "111")}
