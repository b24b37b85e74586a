"""A team, mission or delegation named by who leads it, from hand-built parses: "a team of experts led by the
WHO" is the WHO's, as a "WHO-led team" is; a leader the dictionaries do not know leaves the body unnamed."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOUNOWHO: WHO
CHN: China
"""
AGENTS = "GOV: official | officials\n"
VERBS = "visit => 042\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def team_led_by(nlp, leader: str, tag: str = "NNP", pos: str = "PROPN"):
    # "A team of experts led by <leader> visited China."
    return parse(nlp, "A/a/DET/det/1/DT team/team/NOUN/nsubj/7/NN of/of/ADP/prep/1/IN experts/expert/NOUN/pobj/2/NNS "
                      f"led/lead/VERB/acl/3/VBN by/by/ADP/agent/4/IN {leader}/{leader}/{pos}/pobj/5/{tag} "
                      "visited/visit/VERB/ROOT/7/VBD China/China/PROPN/dobj/7/NNP ././PUNCT/punct/7/.")


def test_assemble_a_team_led_by_an_organisation_is_the_organisations(nlp, coder):
    assert code(coder, team_led_by(nlp, "WHO")) == {("IGOUNOWHO", "CHN", "042")}


def test_assemble_a_team_led_by_no_known_actor_stays_unnamed(nlp, coder):
    assert code(coder, team_led_by(nlp, "Smith")) == set()


def test_assemble_a_visit_by_a_team_of_no_leader_names_no_one(nlp, coder):
    doc = parse(nlp, "A/a/DET/det/1/DT team/team/NOUN/nsubj/4/NN of/of/ADP/prep/1/IN experts/expert/NOUN/pobj/2/NNS "
                     "visited/visit/VERB/ROOT/4/VBD China/China/PROPN/dobj/4/NNP ././PUNCT/punct/4/.")
    assert code(coder, doc) == set()


LED_KIND_ACTORS = """
IGOUNOWHO: WHO
BIH: Bosnia
FRA: France
"""
LED_KIND_AGENTS = "IGO: international donors\n"
LED_KIND_VERBS = "visit => 042\n"


def kind_led_by(nlp, kind: str, leader: str):
    # "International donors led by <leader> visited Bosnia."
    return parse(nlp, f"International/international/ADJ/amod/1/JJ {kind}/{kind[:-1]}/NOUN/nsubj/6/NNS "
                      "led/lead/VERB/acl/1/VBN by/by/ADP/agent/2/IN the/the/DET/det/5/DT "
                      f"{leader}/{leader}/PROPN/pobj/3/NNP visited/visit/VERB/ROOT/6/VBD "
                      "Bosnia/Bosnia/PROPN/dobj/6/NNP ././PUNCT/punct/6/.")


def test_assemble_organisations_named_by_kind_are_the_one_that_leads_them(nlp):
    coder = make_coder(nlp, LED_KIND_ACTORS, LED_KIND_AGENTS, LED_KIND_VERBS)
    assert code(coder, kind_led_by(nlp, "donors", "WHO")) == {("IGOUNOWHO", "BIH", "042")}


def test_assemble_organisations_named_by_kind_led_by_a_state_keep_their_kind(nlp):
    # guard: donors led by a state are still donors, of that state (as before), not the state itself
    coder = make_coder(nlp, LED_KIND_ACTORS, LED_KIND_AGENTS, LED_KIND_VERBS)
    assert code(coder, kind_led_by(nlp, "donors", "France")) == {("FRAIGO", "BIH", "042")}
