"""From hand-built parses: "create" and "form" set up what their object names, as "establish" does, so
"agreed to create a common market" is matched by `agree comp=market` (0311), not the bare agreement (030)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "URY: Uruguay\nPRY: Paraguay\n"
AGENTS = ""
VERBS = "&UNIONS = common market | customs union\nagree => 030\nagree comp=&UNIONS => 0311\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def agreed_to(nlp, verb: str, lemma: str, modifier: str, noun: str):
    # "Uruguay and Paraguay agreed to <verb> a <modifier> <noun>."
    return parse(nlp, "Uruguay/Uruguay/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Paraguay/Paraguay/PROPN/conj/0/NNP "
                      f"agreed/agree/VERB/ROOT/3/VBD to/to/PART/aux/5/TO {verb}/{lemma}/VERB/xcomp/3/VB a/a/DET/det/8/DT "
                      f"{modifier}/{modifier}/ADJ/amod/8/JJ {noun}/{noun}/NOUN/dobj/5/NN ././PUNCT/punct/3/.")


@pytest.mark.parametrize("verb,lemma,modifier,noun", [
    ("create", "create", "common", "market"),
    ("form", "form", "customs", "union"),
])
def test_assemble_a_body_created_or_formed_is_the_act_agreed(nlp, coder, verb, lemma, modifier, noun):
    assert code(coder, agreed_to(nlp, verb, lemma, modifier, noun)) == {("URY", "PRY", "0311"), ("PRY", "URY", "0311")}


def test_assemble_a_thing_announced_is_no_body_set_up(nlp, coder):
    # "announce" sets nothing up: the agreement stays unspecified
    assert code(coder, agreed_to(nlp, "announce", "announce", "common", "market")) == {("URY", "PRY", "030"), ("PRY", "URY", "030")}
