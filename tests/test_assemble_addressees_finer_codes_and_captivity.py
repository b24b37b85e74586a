"""From hand-built parses: an infinitive the parser hung on the addressee's participle ("urged NATO leaders gathered
in Vilnius to supply weapons"), or on a participle in a phrase of the verb ("threatened in a statement published
on Sunday to launch attacks"), is what was urged or threatened; an act's coarser code never replaces the finer one a pattern
already gave ("will resume development loans" stays 0331); "prisoners held in jails" reports no arrest."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iran | Iranian
IGONAT: NATO
JPN: Japan
CHN: China
SYR: Syria | Syrian
IRQ: Iraq | Iraqis
"""
AGENTS = "GOV: leaders | government\n"
VERBS = """
&C_AID = send | supply
&N_ECONAID = loan
&CUSTODY = custody
urge comp=&C_AID => 023
urge => 020
send obj=aid => 070
pledge comp=&N_ECONAID => 0331
resume obj=loan => 070
hold prep=in:&CUSTODY => 173
demand obj=release => 1053
threaten comp=attack => 1384
attack => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_infinitive_under_the_addressees_participle_is_what_is_urged(nlp, coder):
    # "Iran urged NATO leaders gathered in Vilnius to send aid": the parser hangs "to send" on "gathered"
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD NATO/NATO/PROPN/compound/3 leaders/leader/NOUN/dobj/1 "
                     "gathered/gather/VERB/acl/3/VBD in/in/ADP/prep/4 Vilnius/Vilnius/PROPN/pobj/5 to/to/PART/aux/8 "
                     "send/send/VERB/advcl/4/VB aid/aid/NOUN/dobj/8 ././PUNCT/punct/1")
    repair_parse(doc)
    assert {c for _, _, c in code(coder, doc)} == {"023"}


def test_infinitive_under_the_addressees_participle_parsed_as_a_clause_is_what_is_urged(nlp, coder):
    # the same lead parsed as "urged [leaders gathered in Vilnius]" with "to send" on "gathered"
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 urged/urge/VERB/ROOT/1/VBD NATO/NATO/PROPN/compound/3 leaders/leader/NOUN/nsubj/4 "
                     "gathered/gather/VERB/ccomp/1/VBD in/in/ADP/prep/4 Vilnius/Vilnius/PROPN/pobj/5 to/to/PART/aux/8 "
                     "send/send/VERB/advcl/4/VB aid/aid/NOUN/dobj/8 ././PUNCT/punct/1")
    repair_parse(doc)
    assert {c for _, _, c in code(coder, doc)} == {"023"}


def test_infinitive_under_a_participle_in_the_verbs_phrase_is_what_is_threatened(nlp, coder):
    # "Iran threatened in a letter published on Monday to attack Syria": the parser hangs "to attack" on "published"
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1/VBD in/in/ADP/prep/1 a/a/DET/det/4 letter/letter/NOUN/pobj/2 "
                     "published/publish/VERB/acl/4/VBN on/on/ADP/prep/5 Monday/Monday/PROPN/pobj/6 to/to/PART/aux/9 "
                     "attack/attack/VERB/advcl/5/VB Syria/Syria/PROPN/dobj/9 ././PUNCT/punct/1")
    repair_parse(doc)
    assert code(coder, doc) == {("IRN", "SYR", "1384")}


def test_resumed_act_does_not_coarsen_the_pledged_economic_aid(nlp, coder):
    # "Japan will resume loans to China": the pattern's 0331, not the 033 that resuming's 070 frames
    doc = parse(nlp, "Japan/Japan/PROPN/nsubj/2 will/will/AUX/aux/2/MD resume/resume/VERB/ROOT/2/VB loans/loan/NOUN/dobj/2 "
                     "to/to/ADP/prep/2 China/China/PROPN/pobj/4 ././PUNCT/punct/2")
    got = {c for _, _, c in code(coder, doc)}
    assert "0331" in got and "033" not in got


def test_reduced_relative_of_holding_in_custody_is_no_arrest(nlp, coder):
    # "Iran demanded the release of Iraqis held in Syrian custody": the captivity is background
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD the/the/DET/det/3 release/release/NOUN/dobj/1 "
                     "of/of/ADP/prep/3 Iraqis/Iraqis/PROPN/pobj/4 held/hold/VERB/acl/5/VBN in/in/ADP/prep/6 "
                     "Syrian/Syrian/ADJ/amod/9 custody/custody/NOUN/pobj/7 ././PUNCT/punct/1")
    got = code(coder, doc)
    assert not any(c == "173" for _, _, c in got)
