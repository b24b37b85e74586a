"""From hand-built parses: an act a modal of possibility puts in prospect is not done. A cooperative one is
an intent, as a conflictual one is a threat ("the EU might lift sanctions on Belarus" is 0354, not 085);
one that onlookers say someone could do is their view, no one's act ("Turkey could cut ties with Israel,
analysts said"), as is what they say it could lead someone to do ("a vote could prompt Turkey to cut ties"),
while an actor's own "could" stays a threat ("Turkey said it could cut ties")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IGOEEU: EU
BLR: Belarus
TUR: Turkey
ISR: Israel
"""
AGENTS = "CVL: analysts\nLEG: vote\n"
VERBS = """
lift obj=sanction prep=on => 085
cut obj=tie prep=with => 161
pledge comp=lift => 0354
threaten comp=cut => 1313
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_cooperative_act_in_prospect_is_an_intent(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/1/DT EU/eu/PROPN/nsubj/3/NNP might/might/AUX/aux/3/MD lift/lift/VERB/ROOT/3/VB "
                     "sanctions/sanction/NOUN/dobj/3/NNS on/on/ADP/prep/3/IN Belarus/belarus/PROPN/pobj/5/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IGOEEU", "BLR", "0354")}


def test_assemble_an_act_onlookers_say_could_come_is_no_ones(nlp, coder):
    doc = parse(nlp, "Turkey/turkey/PROPN/nsubj/2/NNP could/could/AUX/aux/2/MD cut/cut/VERB/ccomp/8/VB ties/tie/NOUN/dobj/2/NNS "
                     "with/with/ADP/prep/2/IN Israel/israel/PROPN/pobj/4/NNP ,/,/PUNCT/punct/8/, analysts/analyst/NOUN/nsubj/8/NNS "
                     "said/say/VERB/ROOT/8/VBD ././PUNCT/punct/8/.")
    assert code(coder, doc) == set()


def test_assemble_an_actors_own_could_is_a_threat(nlp, coder):
    doc = parse(nlp, "Turkey/turkey/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/4/PRP could/could/AUX/aux/4/MD "
                     "cut/cut/VERB/ccomp/1/VB ties/tie/NOUN/dobj/4/NNS with/with/ADP/prep/4/IN Israel/israel/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("TUR", "ISR", "1313")}


def test_assemble_an_act_that_may_have_been_done_is_not_known_to_be(nlp, coder):
    # "Turkey may have cut ties with Israel": a guess about the past, not an act known to be done
    doc = parse(nlp, "Turkey/turkey/PROPN/nsubj/3/NNP may/may/AUX/aux/3/MD have/have/AUX/aux/3/VB cut/cut/VERB/ROOT/3/VBN "
                     "ties/tie/NOUN/dobj/3/NNS with/with/ADP/prep/3/IN Israel/israel/PROPN/pobj/5/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == set()


def test_assemble_what_onlookers_say_could_prompt_an_act_is_no_ones(nlp, coder):
    # "Analysts said the vote could prompt Turkey to cut ties with Israel."
    doc = parse(nlp, "Analysts/analyst/NOUN/nsubj/1/NNS said/say/VERB/ROOT/1/VBD the/the/DET/det/3/DT vote/vote/NOUN/nsubj/5/NN "
                     "could/could/AUX/aux/5/MD prompt/prompt/VERB/ccomp/1/VB Turkey/turkey/PROPN/dobj/5/NNP to/to/PART/aux/8/TO "
                     "cut/cut/VERB/xcomp/5/VB ties/tie/NOUN/dobj/8/NNS with/with/ADP/prep/8/IN Israel/israel/PROPN/pobj/10/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_a_bare_conjoined_act_shares_the_modal_of_possibility(nlp, coder):
    # "The EU might review its policy and lift sanctions on Belarus": "lift" has no tense of its own; "might" is its too
    doc = parse(nlp, "The/the/DET/det/1/DT EU/eu/PROPN/nsubj/3/NNP might/might/AUX/aux/3/MD review/review/VERB/ROOT/3/VB "
                     "its/its/PRON/poss/5/PRP$ policy/policy/NOUN/dobj/3/NN and/and/CCONJ/cc/3/CC lift/lift/VERB/conj/3/VB "
                     "sanctions/sanction/NOUN/dobj/7/NNS on/on/ADP/prep/7/IN Belarus/belarus/PROPN/pobj/9/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IGOEEU", "BLR", "0354")}


def test_assemble_a_bare_conjoined_act_onlookers_say_could_come_is_no_ones(nlp, coder):
    # "Turkey could win the vote and cut ties with Israel, analysts said."
    doc = parse(nlp, "Turkey/turkey/PROPN/nsubj/2/NNP could/could/AUX/aux/2/MD win/win/VERB/ccomp/12/VB the/the/DET/det/4/DT "
                     "vote/vote/NOUN/dobj/2/NN and/and/CCONJ/cc/2/CC cut/cut/VERB/conj/2/VB ties/tie/NOUN/dobj/6/NNS "
                     "with/with/ADP/prep/6/IN Israel/israel/PROPN/pobj/8/NNP ,/,/PUNCT/punct/12/, analysts/analyst/NOUN/nsubj/12/NNS "
                     "said/say/VERB/ROOT/12/VBD ././PUNCT/punct/12/.")
    assert code(coder, doc) == set()


def test_assemble_a_conjoined_act_with_a_tense_of_its_own_is_done(nlp, coder):
    # "The EU might review its policy and lifted sanctions on Belarus": a past tense is no bare verb sharing "might"
    doc = parse(nlp, "The/the/DET/det/1/DT EU/eu/PROPN/nsubj/3/NNP might/might/AUX/aux/3/MD review/review/VERB/ROOT/3/VB "
                     "its/its/PRON/poss/5/PRP$ policy/policy/NOUN/dobj/3/NN and/and/CCONJ/cc/3/CC lifted/lift/VERB/conj/3/VBD "
                     "sanctions/sanction/NOUN/dobj/7/NNS on/on/ADP/prep/7/IN Belarus/belarus/PROPN/pobj/9/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) == {("IGOEEU", "BLR", "085")}


@pytest.mark.parametrize("modal", ["will", "would"])
def test_assemble_an_act_onlookers_forecast_is_no_ones(nlp, coder, modal):
    # "Analysts say Turkey will cut ties with Israel.": their forecast, no Turkish threat
    doc = parse(nlp, f"Analysts/analyst/NOUN/nsubj/1/NNS say/say/VERB/ROOT/1/VBP Turkey/turkey/PROPN/nsubj/4/NNP {modal}/{modal}/AUX/aux/4/MD "
                     "cut/cut/VERB/ccomp/1/VB ties/tie/NOUN/dobj/4/NNS with/with/ADP/prep/4/IN Israel/israel/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == set()


def test_assemble_an_actors_own_will_stays_a_threat(nlp, coder):
    doc = parse(nlp, "Turkey/turkey/PROPN/nsubj/1/NNP said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/4/PRP will/will/AUX/aux/4/MD "
                     "cut/cut/VERB/ccomp/1/VB ties/tie/NOUN/dobj/4/NNS with/with/ADP/prep/4/IN Israel/israel/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("TUR", "ISR", "1313")}
