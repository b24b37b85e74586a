"""From hand-built parses: people a participle of holding describes as held, with no one named as holding
them ("Iranians held hostage in Iraq"), are in a captivity described, not taken hostage that day (no 181),
as prisoners "held in Israeli jails" are not arrested; a "by" phrase of another noun later in the sentence
names no holder. Holding hostages as the clause's act stays 181. People whom another act deals with, described by
an arrest participle ("handed over four officers arrested in Tbilisi", "swapped agents for four men jailed in
Russia"), were arrested before: no arrest that day; an arrest as the clause's act stays 173."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian | Iranians
SYR: Syria | Syrian
"""
AGENTS = "REB: rebels\nMIL: officers\nCOP: police\n"
VERBS = """
&HOSTAGE = hostage | hostages
hold obj=&HOSTAGE => 181
free => 0841
arrest => 173
hand over => 084
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_people_held_hostage_by_no_one_named_are_no_hostage_taking(nlp, coder):
    # "Iraq freed Iranians held hostage in Syria in exchange for the release of prisoners by Syria"
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP freed/free/VERB/ROOT/1/VBD Iranians/Iranians/PROPN/dobj/1/NNPS held/hold/VERB/acl/2/VBD "
                     "hostage/hostage/NOUN/dobj/3/NN in/in/ADP/prep/3/IN Syria/Syria/PROPN/pobj/5/NNP in/in/ADP/prep/3/IN "
                     "exchange/exchange/NOUN/pobj/7/NN for/for/ADP/prep/8/IN the/the/DET/det/11/DT release/release/NOUN/pobj/9/NN "
                     "of/of/ADP/prep/11/IN prisoners/prisoner/NOUN/pobj/12/NNS by/by/ADP/prep/11/IN Syria/Syria/PROPN/pobj/14/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRN", "0841")}


def test_assemble_holding_hostages_as_the_clause_act_is_a_hostage_taking(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS held/hold/VERB/ROOT/2/VBD Iranian/iranian/ADJ/amod/4/JJ "
                     "hostages/hostage/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRQREB", "IRN", "181")}


def test_assemble_people_another_act_deals_with_were_arrested_before(nlp, coder):
    # "Iraq handed over Iranian officers arrested in Syria."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP handed/hand/VERB/ROOT/1/VBD over/over/ADP/prt/1/RP Iranian/iranian/ADJ/amod/4/JJ "
                     "officers/officer/NOUN/dobj/1/NNS arrested/arrest/VERB/acl/4/VBN in/in/ADP/prep/5/IN Syria/Syria/PROPN/pobj/6/NNP "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRQ", "IRNMIL", "084")}


def test_assemble_an_arrest_as_the_clause_act_is_an_arrest(nlp, coder):
    doc = parse(nlp, "Syrian/syrian/ADJ/amod/1/JJ police/police/NOUN/nsubj/2/NNS arrested/arrest/VERB/ROOT/2/VBD Iranian/iranian/ADJ/amod/4/JJ "
                     "officers/officer/NOUN/dobj/2/NNS ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("SYRCOP", "IRNMIL", "173")}
