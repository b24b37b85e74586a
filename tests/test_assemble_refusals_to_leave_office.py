"""A refusal to leave office that names no one, from hand-built parses: "the president refused to step down" is
refused toward the country as a whole (1231), as stepping down is yielded to it (0831)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KEN: Kenya | Kenyan\nSOM: Somalia\n"
AGENTS = "GOV: president\n"
VERBS = """
refuse comp=step => 1231
refuse => 120
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_refusal_to_step_down_is_toward_the_country(nlp, coder):
    # "The Kenyan president refused to step down."
    doc = parse(nlp, "The/the/DET/det/2/DT Kenyan/Kenyan/ADJ/amod/2/JJ president/president/NOUN/nsubj/3/NN "
                     "refused/refuse/VERB/ROOT/3/VBD to/to/PART/aux/5/TO step/step/VERB/xcomp/3/VB down/down/ADP/prt/5/RP "
                     "././PUNCT/punct/3/.")
    assert code(coder, doc) == {("KENGOV", "KEN", "1231")}


def test_assemble_refusal_naming_someone_keeps_its_target(nlp, coder):
    # guard: "The Kenyan president refused Somalia's request."
    doc = parse(nlp, "The/the/DET/det/2/DT Kenyan/Kenyan/ADJ/amod/2/JJ president/president/NOUN/nsubj/3/NN "
                     "refused/refuse/VERB/ROOT/3/VBD Somalia/Somalia/PROPN/poss/6/NNP 's/'s/PART/case/4/POS "
                     "request/request/NOUN/dobj/3/NN ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("KENGOV", "SOM", "120")}
