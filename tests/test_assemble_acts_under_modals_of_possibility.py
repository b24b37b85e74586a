"""From hand-built parses: a conflictual act under a modal of possibility ("Turkey may suspend relations", "said it
could use force") is threatened, not done; a cooperative one is left as it was."""

from __future__ import annotations

import pytest

from test_assemble import code, coder, nlp, parse  # noqa: F401 - fixtures


@pytest.mark.parametrize("modal", ["may", "might", "could"])
def test_assemble_a_conflictual_act_under_a_modal_of_possibility_is_a_threat(nlp, coder, modal):
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/2 {modal}/{modal}/AUX/aux/2 attack/attack/VERB/ROOT/2/VB Iran/Iran/PROPN/dobj/2")
    assert code(coder, doc) == {("IRQ", "IRN", "138")}


def test_assemble_a_cooperative_act_under_may_is_left_as_it_was(nlp, coder):
    # only conflictual acts are turned into threats; "may release" keeps its former coding
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/2 may/may/AUX/aux/2 release/release/VERB/ROOT/2/VB Iran/Iran/PROPN/dobj/2")
    assert all(c[2][:2] != "13" for c in code(coder, doc))
