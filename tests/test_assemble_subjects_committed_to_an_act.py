"""From hand-built parses: a subject that "is committed to" (or dedicated, devoted to) something is the one
who commits, as one "engaged in" an act does it; the passive form names no one it was done to."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
SDN: Sudan
TCD: Chad
"""
AGENTS = "GOV: government\n"


@pytest.mark.parametrize("participle", ["committed/commit", "dedicated/dedicate", "devoted/devote"])
def test_assemble_a_subject_committed_to_talks_is_their_source(nlp, participle):
    lemma = participle.split("/")[1]
    doc = parse(nlp, f"Sudan/Sudan/PROPN/nsubjpass/2/NNP is/be/AUX/auxpass/2/VBZ {participle}/VERB/ROOT/2/VBN to/to/ADP/prep/2/IN "
                     "talks/talk/NOUN/pobj/3/NNS with/with/ADP/prep/4/IN Chad/Chad/PROPN/pobj/5/NNP ././PUNCT/punct/2/.")
    coder = make_coder(nlp, ACTORS, AGENTS, f"{lemma} prep=to:talk => 036\n")
    assert code(coder, doc) == {("SDN", "TCD", "036")}
