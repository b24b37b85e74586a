""""Reopen" is a light verb whose object names the act: a promise or appeal to reopen an embassy is about
ties restored (032, 022), not about the eased restriction (0351, 0251) that reopening a border is."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\n"
VERBS = """
&C_ADMIN = relax | reopen
agree comp=&C_ADMIN => 0351
urge comp=&C_ADMIN => 0251
reopen obj=embassy => 050
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_agreeing_to_reopen_an_embassy_is_intent_to_restore_ties(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 agreed/agree/VERB/ROOT/3/VBD "
                     "to/to/PART/aux/5 reopen/reopen/VERB/xcomp/3/VB their/their/PRON/poss/7 embassies/embassy/NOUN/dobj/5 "
                     "././PUNCT/punct/3")
    assert code(coder, doc) == {("IRQ", "IRN", "032"), ("IRN", "IRQ", "032")}


def test_urging_to_reopen_an_embassy_is_an_appeal_for_diplomatic_cooperation(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 to/to/PART/aux/4 "
                     "reopen/reopen/VERB/xcomp/1/VB its/its/PRON/poss/6 embassy/embassy/NOUN/dobj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "IRN", "022")}
