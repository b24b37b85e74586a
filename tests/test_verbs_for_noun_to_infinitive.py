""""appealed ... for financial help to cope with ...", parsed as a clause "for help to cope" (mark "for", the
noun its subject), names what is asked for in its "for" phrase."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
ITA: Italy | Italian
DEU: Germany | German
"""
AGENTS = "GOV: government\n"
VERBS = """
&N_ECONAID = financial help | loan
appeal prep=to => 020
appeal prep=for:&N_ECONAID => 0231
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_for_noun_to_infinitive_clause_is_the_verbs_for_phrase(nlp, coder):
    doc = parse(nlp, "Italy/Italy/PROPN/nsubj/1 appealed/appeal/VERB/ROOT/1/VBD to/to/ADP/prep/1 Germany/Germany/PROPN/pobj/2 "
                     "on/on/ADP/prep/1 Friday/Friday/PROPN/pobj/4 for/for/SCONJ/mark/10 financial/financial/ADJ/amod/8 "
                     "help/help/NOUN/nsubj/10 to/to/PART/aux/10/TO cope/cope/VERB/advcl/1/VB ././PUNCT/punct/1")
    assert code(coder, doc) == {("ITA", "DEU", "0231")}


def test_for_named_actor_to_infinitive_is_not_a_for_phrase(nlp, coder):
    doc = parse(nlp, "Italy/Italy/PROPN/nsubj/1 appealed/appeal/VERB/ROOT/1/VBD for/for/SCONJ/mark/5 Germany/Germany/PROPN/nsubj/5 "
                     "to/to/PART/aux/5/TO help/help/VERB/advcl/1/VB ././PUNCT/punct/1")
    assert ("ITA", "DEU", "0231") not in code(coder, doc)
