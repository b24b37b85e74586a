"""From hand-built parses: a government or parliament of no named country that cuts or gives aid named
by its giver ("U.S. aid") is the giver's, not the recipient's ("Congress cut U.S. aid to the rebels")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: U.S. | United States
NIC: Nicaragua | Nicaraguan
"""
AGENTS = "LEG: congress | parliament\nREB: rebels\n"
VERBS = """
&AID = aid | assistance
cut obj=&AID prep=to => 162
approve obj=&AID prep=to => 070
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_congress_cutting_us_aid_is_the_us_congress(nlp, coder):
    # "Congress cut U.S. aid to Nicaraguan rebels ."
    doc = parse(nlp, "Congress/Congress/PROPN/nsubj/1/NNP cut/cut/VERB/ROOT/1/VBD U.S./U.S./PROPN/compound/3/NNP "
                     "aid/aid/NOUN/dobj/1/NN to/to/ADP/prep/3/IN Nicaraguan/Nicaraguan/ADJ/amod/6/JJ "
                     "rebels/rebel/NOUN/pobj/4/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("USALEG", "NICREB", "162")}


def test_assemble_parliament_approving_aid_of_no_named_giver_stays_of_no_known_country(nlp, coder):
    # "Parliament approved aid to Nicaraguan rebels ." (no giver named: no country is given)
    doc = parse(nlp, "Parliament/parliament/PROPN/nsubj/1/NNP approved/approve/VERB/ROOT/1/VBD "
                     "aid/aid/NOUN/dobj/1/NN to/to/ADP/prep/2/IN Nicaraguan/Nicaraguan/ADJ/amod/5/JJ "
                     "rebels/rebel/NOUN/pobj/3/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("---LEG", "NICREB", "070")}
