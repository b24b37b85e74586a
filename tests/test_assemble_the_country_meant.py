"""A bare "the country", from hand-built parses: the last country named before it, leaving out its own
clause's subject ("Lithuanian officials said Russia withdrew troops from the country" is Lithuania)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "LTU: Lithuanian\nRUS: Russia\n"
AGENTS = "GOV: officials\n"
VERBS = "withdraw prep=from => 0874\n"

WITHDREW = "withdrew/withdraw/VERB/{dep}/{head}/VBD troops/troop/NOUN/dobj/{verb}/NNS from/from/ADP/prep/{verb}/IN the/the/DET/det/{noun}/DT country/country/NOUN/pobj/{prep}/NN"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_the_country_is_the_one_named_before_outside_the_subject(nlp, coder):
    withdrew = WITHDREW.format(dep="ccomp", head=2, verb=4, noun=8, prep=6)
    doc = parse(nlp, f"Lithuanian/Lithuanian/ADJ/amod/1/JJ officials/official/NOUN/nsubj/2/NNS said/say/VERB/ROOT/2/VBD "
                     f"Russia/Russia/PROPN/nsubj/4/NNP {withdrew} ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("RUS", "LTU", "0874")}


def test_assemble_the_country_is_not_the_subjects_own(nlp, coder):
    withdrew = WITHDREW.format(dep="ROOT", head=1, verb=1, noun=5, prep=3)
    doc = parse(nlp, f"Russia/Russia/PROPN/nsubj/1/NNP {withdrew} ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()
