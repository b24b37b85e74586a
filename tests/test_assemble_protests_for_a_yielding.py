"""From hand-built parses: a protest that demands the target yield a policy (an end to its strikes, the
lifting of its sanctions: 1051, 1054-1056) is a protest for a change of policy (14x2), as one demanding a
leader go is 1411, and so is one that asks any act of its own of the target (aid: 1033); a release asked
for, or a plain demand in an object, leaves the protest as it is."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi | Iraqis | Baghdad
IRN: Iran | Iranian
"""
AGENTS = "GOV: government\n"
VERBS = """
rally prep=in => 141
demand obj=end prep=to:strike => 1056
demand obj=resignation => 1041
demand obj=apology => 100
demand obj=shelter => 1033
demand obj=release => 1053
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def _rally(nlp, demanded: str):
    # "Iraqis rallied in Baghdad to demand <demanded> to Iranian strikes ."
    return parse(nlp, "Iraqis/Iraqis/PROPN/nsubj/1/NNPS rallied/rally/VERB/ROOT/1/VBD in/in/ADP/prep/1/IN "
                      "Baghdad/Baghdad/PROPN/pobj/2/NNP to/to/PART/aux/5/TO demand/demand/VERB/advcl/1/VB "
                      f"an/an/DET/det/7/DT {demanded}/NOUN/dobj/5/NN to/to/ADP/prep/7/IN "
                      "Iranian/iranian/ADJ/amod/10/JJ strikes/strike/NOUN/pobj/8/NNS ././PUNCT/punct/1/.")


def test_assemble_protest_demanding_an_end_to_strikes_is_for_a_policy_change(nlp, coder):
    assert code(coder, _rally(nlp, "end/end")) == {("IRQ", "IRN", "1412")}


def test_assemble_protest_demanding_what_no_change_code_names_stays_a_protest(nlp, coder):
    # guard: a plain demand (100) said in an object, not a clause, is no change asked for
    assert code(coder, _rally(nlp, "apology/apology")) == {("IRQ", "IRN", "141")}


def test_assemble_protest_demanding_an_act_of_the_target_is_for_a_policy_change(nlp, coder):
    assert code(coder, _rally(nlp, "shelter/shelter")) == {("IRQ", "IRN", "1412")}


def test_assemble_protest_demanding_a_release_stays_a_protest(nlp, coder):
    assert code(coder, _rally(nlp, "release/release")) == {("IRQ", "IRN", "141")}
