"""What a "so that" clause says an act is meant to bring about is neither done nor promised by its subject, from
hand-built parses: "Kenya sent peacekeepers so that Ethiopian troops could leave Somalia" codes no Ethiopian
withdrawal, nor any intent of one."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KEN: Kenya\nETH: Ethiopian\nSOM: Somalia\n"
AGENTS = "MIL: troops\n"
VERBS = "pledge => 030\nleave => 0874\nleave prep=for => 042\nsend obj=troops prep=to => 074\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def sent_so_that(nlp, mark: str):
    # "Kenya sent troops to Somalia so that Ethiopian troops could leave Somalia."
    marks = "so/so/SCONJ/mark/10/IN that/that/SCONJ/mark/10/IN " if mark == "so that" else "so/so/SCONJ/mark/9/IN "
    shift = 0 if mark == "so that" else -1
    return parse(nlp, "Kenya/Kenya/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1/NNS "
                      "to/to/ADP/prep/1/IN Somalia/Somalia/PROPN/pobj/3/NNP " + marks +
                      f"Ethiopian/ethiopian/ADJ/amod/{8 + shift}/JJ troops/troop/NOUN/nsubj/{10 + shift}/NNS "
                      f"could/could/AUX/aux/{10 + shift}/MD leave/leave/VERB/advcl/1/VB "
                      f"Somalia/Somalia/PROPN/dobj/{10 + shift}/NNP ././PUNCT/punct/1/.")


@pytest.mark.parametrize("mark", ["so that", "so"])
def test_assemble_act_a_so_that_clause_seeks_is_not_coded(nlp, coder, mark):
    assert code(coder, sent_so_that(nlp, mark)) == {("KEN", "SOM", "074")}


def test_assemble_act_a_modal_puts_in_prospect_stays_an_intent(nlp, coder):
    # "Ethiopian troops could leave Somalia": no "so that", the prospect of the act is still coded.
    doc = parse(nlp, "Ethiopian/ethiopian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/3/NNS could/could/AUX/aux/3/MD "
                     "leave/leave/VERB/ROOT/3/VB Somalia/Somalia/PROPN/dobj/3/NNP ././PUNCT/punct/3/.")
    assert code(coder, doc) != set()
