"""An appeal names what it asks also in a word sharing the infinitive's "to" that the tagger read as no verb,
from hand-built parses: "asked Cuba to arrest and extradite the commanders", with "extradite" an adjective,
asks for an extradition (0213) though "arrest" comes first (a conjoined verb is an act coded on its own)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "COL: Colombia\nCUB: Cuba\n"
AGENTS = "REB: commanders\n"
VERBS = """
ask => 020
ask comp=extradite => 0213
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_second_infinitive_sharing_to_names_the_appeal(nlp, coder):
    # "Colombia asked Cuba to arrest and extradite the commanders."
    doc = parse(nlp, "Colombia/Colombia/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD Cuba/Cuba/PROPN/dobj/1/NNP "
                     "to/to/PART/aux/4/TO arrest/arrest/VERB/xcomp/1/VB and/and/CCONJ/cc/4/CC "
                     "extradite/extradite/ADJ/conj/4/JJ the/the/DET/det/8/DT commanders/commander/NOUN/dobj/6/NNS "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("COL", "CUB", "0213")}


def test_assemble_conjoined_infinitives_naming_nothing_keep_the_plain_appeal(nlp, coder):
    # guard: "Colombia asked Cuba to arrest and try the commanders."
    doc = parse(nlp, "Colombia/Colombia/PROPN/nsubj/1/NNP asked/ask/VERB/ROOT/1/VBD Cuba/Cuba/PROPN/dobj/1/NNP "
                     "to/to/PART/aux/4/TO arrest/arrest/VERB/xcomp/1/VB and/and/CCONJ/cc/4/CC "
                     "try/try/ADJ/conj/4/JJ the/the/DET/det/8/DT commanders/commander/NOUN/dobj/6/NNS "
                     "././PUNCT/punct/1/.")
    assert code(coder, doc) == {("COL", "CUB", "020")}
