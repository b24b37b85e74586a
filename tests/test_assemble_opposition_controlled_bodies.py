"""An "opposition" hyphened to a participle, from hand-built parses: "the opposition-controlled parliament" is
the parliament (LEG), the opposition only says who holds it; "opposition lawmakers" stay the opposition's."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "VENGOV: Maduro\n"
AGENTS = "OPP: opposition\nLEG: parliament | lawmakers\n"
VERBS = "criticize => 111\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_opposition_controlled_parliament_is_the_parliament(nlp, coder):
    # "Maduro criticized the opposition-controlled parliament."
    doc = parse(nlp, "Maduro/Maduro/PROPN/nsubj/1/NNP criticized/criticize/VERB/ROOT/1/VBD the/the/DET/det/6/DT "
                     "opposition/opposition/NOUN/npadvmod/5/NN -/-/PUNCT/punct/5/HYPH controlled/control/VERB/amod/6/VBN "
                     "parliament/parliament/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("VENGOV", "VENLEG", "111")}


def test_assemble_opposition_lawmakers_stay_the_oppositions(nlp, coder):
    # guard: "Maduro criticized opposition lawmakers."
    doc = parse(nlp, "Maduro/Maduro/PROPN/nsubj/1/NNP criticized/criticize/VERB/ROOT/1/VBD opposition/opposition/NOUN/compound/3/NN "
                     "lawmakers/lawmaker/NOUN/dobj/1/NNS ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("VENGOV", "VENOPP", "111")}
