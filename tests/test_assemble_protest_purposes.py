"""A protest's sub-code from the object of its purpose "to protest", from hand-built parses: "marched in Seoul
to protest the tax" is against a policy (1412), read as "protest against the tax" is; an ouster protested is no
call for one, so the march stays 141. Whom the purpose protests against, or goes to denounce, is the march's
target, not the government of the city it went through."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KOR: Seoul\nJPN: Japan\n"
AGENTS = "CVL: protesters\n"
VERBS = "march prep=in => 141\nprotest prep=against:tax => 1412\nprotest prep=against:ouster => 1411\nprotest obj=tax|ouster => 111\nprotest prep=against => 141\ndenounce => 111\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def marched_to_protest(nlp, what: str):
    # "Protesters marched in Seoul to protest the <what>."
    return parse(nlp, "Protesters/protester/NOUN/nsubj/1/NNS marched/march/VERB/ROOT/1/VBD in/in/ADP/prep/1/IN Seoul/Seoul/PROPN/pobj/2/NNP "
                      f"to/to/PART/aux/5/TO protest/protest/VERB/advcl/1/VB the/the/DET/det/7/DT {what}/{what}/NOUN/dobj/5/NN ././PUNCT/punct/1/.")


def test_assemble_a_march_to_protest_a_policy_is_for_its_change(nlp, coder):
    assert code(coder, marched_to_protest(nlp, "tax")) == {("KORCVL", "KORGOV", "1412")}


def test_assemble_a_march_to_protest_an_ouster_calls_for_none(nlp, coder):
    assert code(coder, marched_to_protest(nlp, "ouster")) == {("KORCVL", "KORGOV", "141")}


def test_assemble_a_march_in_a_capital_is_against_whom_its_purpose_names(nlp, coder):
    # "Protesters marched in Seoul to protest against Japan."
    doc = parse(nlp, "Protesters/protester/NOUN/nsubj/1/NNS marched/march/VERB/ROOT/1/VBD in/in/ADP/prep/1/IN Seoul/Seoul/PROPN/pobj/2/NNP "
                     "to/to/PART/aux/5/TO protest/protest/VERB/advcl/1/VB against/against/ADP/prep/5/IN Japan/Japan/PROPN/pobj/6/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KORCVL", "JPN", "141")}


def test_assemble_a_march_in_a_capital_is_against_whom_it_went_to_denounce(nlp, coder):
    # "Protesters marched in Seoul to denounce Japan."
    doc = parse(nlp, "Protesters/protester/NOUN/nsubj/1/NNS marched/march/VERB/ROOT/1/VBD in/in/ADP/prep/1/IN Seoul/Seoul/PROPN/pobj/2/NNP "
                     "to/to/PART/aux/5/TO denounce/denounce/VERB/advcl/1/VB Japan/Japan/PROPN/dobj/5/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KORCVL", "JPN", "141")}
