"""An announced act is told by its own complement, from hand-built parses: "will allow refugees to return"
is the return the act names (0833, announced: 0343), not the bare permission the pledge patterns give
(0355, international involvement). Word sets match a member hyphenated between letters as the tokenizer
splits it. A permission asked for is told by whom it lets do what: "urged Iraq to let the hostages go" is
an appeal for their release (0253), not for international involvement (0255), also when it is the second
act asked for ("urged Iraq to resign and allow a transfer of power" is one appeal for a change in leadership)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "TUR: Turkey\nIRQ: Iraq\n"
AGENTS = "REF: refugees\nSPY: inspectors\nCVL: hostages\n"
VERBS = """
&ACCESS = allow | permit | let
pledge => 030
urge => 020
urge comp=&ACCESS => 0255
let comp=go obj=hostage => 0841
pledge comp=&ACCESS => 0355
allow comp=return => 0833
allow obj=transfer prep=of:power => 0831
allow => 0855
urge comp=resign => 0241
resign => 0831
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_announced_permission_is_coded_by_what_it_permits(nlp, coder):
    doc = parse(nlp, "Turkey/Turkey/PROPN/nsubj/2/NNP will/will/AUX/aux/2/MD allow/allow/VERB/ROOT/2/VB "
                     "Iraqi/Iraqi/ADJ/amod/4/JJ refugees/refugee/NOUN/dobj/2/NNS to/to/PART/aux/6/TO "
                     "return/return/VERB/xcomp/2/VB ././PUNCT/punct/2/.")
    assert {c for _, _, c in code(coder, doc)} == {"0343"}


def test_assemble_an_announced_permission_with_no_act_pattern_keeps_the_pledge(nlp, coder):
    # guard: "will allow inspectors to work" has no pattern of its own for working
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/2/NNP will/will/AUX/aux/2/MD allow/allow/VERB/ROOT/2/VB "
                     "inspectors/inspector/NOUN/dobj/2/NNS to/to/PART/aux/5/TO work/work/VERB/xcomp/2/VB ././PUNCT/punct/2/.")
    assert {c for _, _, c in code(coder, doc)} == {"0355"}


def test_a_word_set_member_hyphenated_between_letters_matches_the_split_tokens(nlp):
    # "one-party rule" in a set is "one - party rule" to the tokenizer
    from eventcoder.verbs import is_in

    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP abolished/abolish/VERB/ROOT/1/VBD one/one/NUM/nummod/4/CD -/-/PUNCT/punct/4/HYPH "
                     "party/party/NOUN/compound/5/NN rule/rule/NOUN/dobj/1/NN ././PUNCT/punct/1/.")
    assert is_in(doc[5], frozenset({"one-party rule"}))
    assert not is_in(doc[5], frozenset({"two-party rule"}))


def test_a_declared_thing_is_what_a_comp_constraint_reads(nlp):
    # "threatened to declare independence": comp=independence names the act, as for "hold talks"
    from eventcoder.verbs import names_action

    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO "
                     "declare/declare/VERB/xcomp/1/VB independence/independence/NOUN/dobj/3/NN ././PUNCT/punct/1/.")
    assert names_action(doc[3], frozenset({"independence"}))
    assert names_action(doc[3], frozenset({"declare"}))


def test_assemble_a_permission_asked_for_is_coded_by_what_it_permits(nlp, coder):
    doc = parse(nlp, "Turkey/Turkey/PROPN/nsubj/1/NNP urged/urge/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1/NNP to/to/PART/aux/4/TO "
                     "let/let/VERB/xcomp/1/VB the/the/DET/det/6/DT hostages/hostage/NOUN/nsubj/7/NNS go/go/VERB/ccomp/4/VB "
                     "././PUNCT/punct/1/.")
    assert {c for _, _, c in code(coder, doc)} == {"0253"}


def test_assemble_a_second_permission_asked_for_is_coded_by_what_it_permits(nlp, coder):
    # "Turkey urged Iraq to resign and allow a transfer of power."
    doc = parse(nlp, "Turkey/Turkey/PROPN/nsubj/1/NNP urged/urge/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1/NNP to/to/PART/aux/4/TO "
                     "resign/resign/VERB/xcomp/1/VB and/and/CCONJ/cc/4/CC allow/allow/VERB/conj/4/VB a/a/DET/det/8/DT "
                     "transfer/transfer/NOUN/dobj/6/NN of/of/ADP/prep/8/IN power/power/NOUN/pobj/9/NN ././PUNCT/punct/1/.")
    assert {c for _, _, c in code(coder, doc)} == {"0241"}
