"""From hand-built parses: offers of aid or mediation by conjoined actors naming no one else go to a
third party, not to each other (A1), while talks they agree to stay mutual; an act plotted is announced,
not done (T1)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
NOR: Norway
SWE: Sweden
FRA: France
DEU: Germany
IRN: Iranian
"""
AGENTS = "GOV: agents\nOPP: dissidents\n"
VERBS = """
pledge obj=aid => 033
offer comp=mediate => 039
agree comp=meet => 036
bomb obj=rally => 183
threaten comp=bomb => 1383
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_aid_pledged_by_two_states_is_not_to_each_other(nlp, coder):
    doc = parse(nlp, "Norway/Norway/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Sweden/Sweden/PROPN/conj/0/NNP "
                     "pledged/pledge/VERB/ROOT/3/VBD aid/aid/NOUN/dobj/3/NN ././PUNCT/punct/3/.")
    assert not any(target in ("NOR", "SWE") for _, target, _ in code(coder, doc))


def test_assemble_mediation_offered_by_two_states_is_not_to_each_other(nlp, coder):
    doc = parse(nlp, "France/France/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Germany/Germany/PROPN/conj/0/NNP "
                     "offered/offer/VERB/ROOT/3/VBD to/to/PART/aux/5/TO mediate/mediate/VERB/xcomp/3/VB ././PUNCT/punct/3/.")
    assert not any(target in ("FRA", "DEU") for _, target, _ in code(coder, doc))


def test_assemble_meetings_two_states_agree_to_stay_mutual(nlp, coder):
    doc = parse(nlp, "France/France/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Germany/Germany/PROPN/conj/0/NNP "
                     "agreed/agree/VERB/ROOT/3/VBD to/to/PART/aux/5/TO meet/meet/VERB/xcomp/3/VB ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("FRA", "DEU", "036"), ("DEU", "FRA", "036")}


def test_assemble_a_bombing_plotted_is_not_done(nlp, coder):
    # "Iranian agents plotted to bomb a rally of dissidents."
    doc = parse(nlp, "Iranian/Iranian/ADJ/amod/1/JJ agents/agent/NOUN/nsubj/2/NNS plotted/plot/VERB/ROOT/2/VBD "
                     "to/to/PART/aux/4/TO bomb/bomb/VERB/xcomp/2/VB a/a/DET/det/6/DT rally/rally/NOUN/dobj/4/NN "
                     "of/of/ADP/prep/6/IN dissidents/dissident/NOUN/pobj/7/NNS ././PUNCT/punct/2/.")
    found = code(coder, doc)
    assert found and not any(c == "183" for _, _, c in found)
