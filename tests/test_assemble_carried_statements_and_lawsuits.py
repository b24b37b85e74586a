"""From hand-built parses: a telling that only carries another event adds no statement ("Britain demanded that
Iran free the sailors, Blair told parliament"); a lawsuit's target is whom it is brought against, not the court
("took Germany to the European Court of Justice"); what the teller says it will do is aimed at whom it was
told ("Libya told Annan that it would hand over the suspects")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
IGOICJ: World Court
"""
AGENTS = "GOV: official | government | minister\nLEG: parliament\n"
VERBS = """
condemn => 111
tell => 010
take prep=to:court => 115
hand over obj=suspect => 063
pledge => 030
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_telling_that_carries_a_coded_event_adds_no_statement(nlp, coder):
    # "Syria condemned Iran, a Syrian official told Iraq."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1 condemned/condemn/VERB/ccomp/6/VBD Iran/Iran/PROPN/dobj/1 ,/,/PUNCT/punct/6 "
                     "Syrian/Syrian/ADJ/amod/5 official/official/NOUN/nsubj/6 told/tell/VERB/ROOT/6/VBD "
                     "Iraq/Iraq/PROPN/dobj/6 ././PUNCT/punct/6")
    got = code(coder, doc)
    assert ("SYR", "IRN", "111") in got and not any(c == "010" for _, _, c in got)


def test_assemble_telling_that_carries_an_act_one_is_ready_for_adds_no_statement(nlp, coder):
    # "A Syrian official told Iraq that Iran was ready to hand over suspects to Syria."
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 official/official/NOUN/nsubj/2 told/tell/VERB/ROOT/2/VBD Iraq/Iraq/PROPN/dobj/2 "
                     "that/that/SCONJ/mark/6 Iran/Iran/PROPN/nsubj/6 was/be/AUX/ccomp/2/VBD ready/ready/ADJ/acomp/6/JJ "
                     "to/to/PART/aux/9/TO hand/hand/VERB/xcomp/7/VB over/over/ADP/prt/9/RP suspects/suspect/NOUN/dobj/9/NNS "
                     "to/to/ADP/prep/9/IN Syria/Syria/PROPN/pobj/12/NNP ././PUNCT/punct/2")
    got = code(coder, doc)
    assert ("IRN", "SYR", "0313") in got and not any(c == "010" for _, _, c in got)


def test_assemble_telling_with_an_uncoded_content_stays_a_statement(nlp, coder):
    # "A Syrian official told Iraq that Iran slept." - nothing but the telling is coded.
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 official/official/NOUN/nsubj/2 told/tell/VERB/ROOT/2/VBD Iraq/Iraq/PROPN/dobj/2 "
                     "that/that/SCONJ/mark/6 Iran/Iran/PROPN/nsubj/6 slept/sleep/VERB/ccomp/2/VBD ././PUNCT/punct/2")
    assert ("SYRGOV", "IRQ", "010") in code(coder, doc)


def test_assemble_taking_a_country_to_court_targets_the_country(nlp, coder):
    # "Syria took Iran to the World Court."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1 took/take/VERB/ROOT/1/VBD Iran/Iran/PROPN/dobj/1 to/to/ADP/prep/1 "
                     "the/the/DET/det/6 World/World/PROPN/compound/6 Court/Court/PROPN/pobj/3 ././PUNCT/punct/1")
    assert code(coder, doc) == {("SYR", "IRN", "115")}


def test_assemble_what_the_teller_will_do_is_aimed_at_whom_it_told(nlp, coder):
    # "Syria told Iraq that it will hand over suspects."
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP told/tell/VERB/ROOT/1/VBD Iraq/Iraq/PROPN/dobj/1/NNP that/that/SCONJ/mark/6/IN "
                     "it/it/PRON/nsubj/6/PRP will/will/AUX/aux/6/MD hand/hand/VERB/ccomp/1/VB over/over/ADP/prt/6/RP "
                     "suspects/suspect/NOUN/dobj/6/NNS ././PUNCT/punct/1/.")
    assert ("SYR", "IRQ", "0313") in code(coder, doc)
