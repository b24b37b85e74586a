"""An appeal to take steps or measures names the act they serve also when the parser hung its infinitive
on the noun, from hand-built parses: "urged Israel to take urgent measures to end the fighting" asks for a
de-escalation (0256), as "to take steps to end the fighting" does."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IGOUNO: United Nations\nISR: Israel\n"
AGENTS = ""
VERBS = """
urge => 020
urge comp=end => 0256
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_infinitive_hung_on_the_measures_names_the_appeal(nlp, coder):
    # "United Nations urged Israel to take urgent measures to end the fighting."
    doc = parse(nlp, "United/United/PROPN/compound/1/NNP Nations/Nations/PROPN/nsubj/2/NNPS urged/urge/VERB/ROOT/2/VBD "
                     "Israel/Israel/PROPN/dobj/2/NNP to/to/PART/aux/5/TO take/take/VERB/xcomp/2/VB "
                     "urgent/urgent/ADJ/amod/7/JJ measures/measure/NOUN/dobj/5/NNS to/to/PART/aux/9/TO "
                     "end/end/VERB/relcl/7/VB the/the/DET/det/11/DT fighting/fighting/NOUN/dobj/9/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IGOUNO", "ISR", "0256")}


def test_assemble_infinitive_on_another_noun_keeps_the_plain_appeal(nlp, coder):
    # guard: "United Nations urged Israel to take the chance to end the fighting." (no step or measure)
    doc = parse(nlp, "United/United/PROPN/compound/1/NNP Nations/Nations/PROPN/nsubj/2/NNPS urged/urge/VERB/ROOT/2/VBD "
                     "Israel/Israel/PROPN/dobj/2/NNP to/to/PART/aux/5/TO take/take/VERB/xcomp/2/VB "
                     "the/the/DET/det/7/DT chance/chance/NOUN/dobj/5/NN to/to/PART/aux/9/TO "
                     "end/end/VERB/relcl/7/VB the/the/DET/det/11/DT fighting/fighting/NOUN/dobj/9/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IGOUNO", "ISR", "020")}
