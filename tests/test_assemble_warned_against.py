"""From hand-built parses: "warned X against Y" is a warning given to X, whoever Y names ("China warned the
United States against selling arms to Taiwan" is toward the United States); with no one warned, the phrase
still says toward whom ("warned against selling arms to Taiwan")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CHN: China
USA: United States
TWN: Taiwan
"""
VERBS = "warn prep=against => 130\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, "", VERBS)


def test_assemble_a_warning_against_an_act_is_given_to_whom_it_warns(nlp, coder):
    doc = parse(nlp, "China/china/PROPN/nsubj/1/NNP warned/warn/VERB/ROOT/1/VBD the/the/DET/det/4/DT United/united/PROPN/compound/4/NNP "
                     "States/states/PROPN/dobj/1/NNP against/against/ADP/prep/1/IN selling/sell/VERB/pcomp/5/VBG arms/arm/NOUN/dobj/6/NNS "
                     "to/to/ADP/prep/6/IN Taiwan/taiwan/PROPN/pobj/8/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("CHN", "USA", "130")}


def test_assemble_a_warning_to_no_one_is_toward_whom_its_phrase_names(nlp, coder):
    doc = parse(nlp, "China/china/PROPN/nsubj/1/NNP warned/warn/VERB/ROOT/1/VBD against/against/ADP/prep/1/IN "
                     "selling/sell/VERB/pcomp/2/VBG arms/arm/NOUN/dobj/3/NNS to/to/ADP/prep/3/IN Taiwan/taiwan/PROPN/pobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("CHN", "TWN", "130")}
