"""Repairs, from hand-built parses: in "asked the United States on Tuesday for economic aid to rebuild Osh" the
small model makes "for" the mark of the purpose infinitive while leaving "aid" its object; a mark takes no
object, so repair_parse makes "for" a preposition of the verb again and the appeal is for economic aid
(0231). "for Israel to withdraw", where the noun is the infinitive's subject, is left as parsed."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KGZ: Kyrgyzstan\nUSA: United States\nISR: Israel\n"
AGENTS = "GOV: government\n"
VERBS = """
&N_ECONAID = economic aid | loan
ask => 020
ask prep=for:&N_ECONAID => 0231
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_for_read_as_the_mark_of_a_purpose_infinitive(nlp, coder):
    # "Kyrgyzstan asked the United States on Tuesday for economic aid to rebuild Osh."
    doc = parse(nlp, "Kyrgyzstan/Kyrgyzstan/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD the/the/DET/det/4/DT "
                     "United/United/PROPN/compound/4/NNP States/States/PROPN/dobj/1/NNP on/on/ADP/prep/1/IN "
                     "Tuesday/Tuesday/PROPN/pobj/5/NNP for/for/SCONJ/mark/11/IN economic/economic/ADJ/amod/9/JJ "
                     "aid/aid/NOUN/pobj/7/NN to/to/PART/aux/11/TO rebuild/rebuild/VERB/advcl/1/VB "
                     "Osh/Osh/PROPN/dobj/11/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[7].head.i, doc[7].dep_) == (1, "prep")
    assert code(coder, doc) == {("KGZ", "USA", "0231")}


def test_repair_leaves_for_with_the_subject_of_the_infinitive(nlp):
    # guard: "Kyrgyzstan asked for Israel to withdraw." keeps "for" as the mark of a clause with its own subject
    doc = parse(nlp, "Kyrgyzstan/Kyrgyzstan/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD for/for/SCONJ/mark/5/IN "
                     "Israel/Israel/PROPN/nsubj/5/NNP to/to/PART/aux/5/TO withdraw/withdraw/VERB/advcl/1/VB ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[2].head.i, doc[2].dep_) == (5, "mark")
