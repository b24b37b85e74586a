"""From hand-built parses: a court commands no one; its order to a government, to police or to anyone else
is a demand of them by the act ordered (CAMEO's 100 takes "all demands and orders"), and the act is not
done. A state's order to its own forces is still their act."""

from __future__ import annotations

import pytest

from test_assemble import ACTORS, AGENTS, VERBS, code, make_coder, nlp, parse  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def ordered(orderer: str, who: str) -> str:
    # "<orderer> ordered <who> to attack Iranians"
    n = len(orderer.split())
    return (
        f"{orderer} ordered/order/VERB/ROOT/{n} {who.format(v=n)} to/to/PART/aux/{n + 4}/TO attack/attack/VERB/xcomp/{n}/VB "
        f"Iranians/Iranians/PROPN/dobj/{n + 4}"
    )


def test_assemble_a_courts_order_to_police_is_a_demand_not_their_attack(nlp, coder):
    # "The Iraqi court ordered the police to attack Iranians": asked of the police, not done by them
    doc = parse(nlp, ordered("The/the/DET/det/2 Iraqi/Iraqi/ADJ/amod/2 court/court/NOUN/nsubj/3",
                             "the/the/DET/det/5 police/police/NOUN/dobj/{v}"))
    # (police of no named country: the sentence names Iranians too, so the one-country rule leaves them)
    assert code(coder, doc) == {("IRQJUD", "---COP", "100")}


def test_assemble_a_states_order_to_its_police_is_still_their_act(nlp, coder):
    # "Iraq ordered the police to attack Iranians"
    doc = parse(nlp, ordered("Iraq/Iraq/PROPN/nsubj/1", "the/the/DET/det/3 police/police/NOUN/dobj/{v}"))
    assert code(coder, doc) == {("IRQCOP", "IRNCVL", "190")}
