"""From hand-built parses: signers conjoined sign with each other, not with the seat of government they sign
at (one who arrives there alone still visits it); a reported "must" of what no one can be asked to do ("said
the EU must survive") is no demand."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
SYR: Syria | Syrian
USAGOV: Washington
"""
AGENTS = "GOV: official | government | president\n"
VERBS = """
&AGREEMENT = agreement | treaty
sign obj=&AGREEMENT => 057
arrive prep=at => 042
demand => 100
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_conjoined_signers_at_a_seat_of_government_sign_with_each_other(nlp, coder):
    # "Iraq and Iran signed an agreement at Washington": IRQ<>IRN, the seat is the venue
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 signed/sign/VERB/ROOT/3/VBD "
                     "an/an/DET/det/5 agreement/agreement/NOUN/dobj/3 at/at/ADP/prep/3 Washington/Washington/PROPN/pobj/6 "
                     "././PUNCT/punct/3")
    assert code(coder, doc) == {("IRQ", "IRN", "057"), ("IRN", "IRQ", "057")}


def test_assemble_single_visitor_arriving_at_a_seat_of_government_still_visits_it(nlp, coder):
    # guard: no conjoined subject, the "at" phrase stays the host
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 arrived/arrive/VERB/ROOT/1/VBD at/at/ADP/prep/1 Washington/Washington/PROPN/pobj/2 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "USAGOV", "042")}


def test_assemble_reported_must_survive_is_no_demand(nlp, coder):
    # "an Iraqi official said Syria must survive": a view, not a demand on Syria
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 official/official/NOUN/nsubj/2 said/say/VERB/ROOT/2/VBD Syria/Syria/PROPN/nsubj/5 "
                     "must/must/AUX/aux/5 survive/survive/VERB/ccomp/2/VB ././PUNCT/punct/2")
    assert not any(c == "100" for _, _, c in code(coder, doc))


def test_assemble_reported_must_withdraw_is_still_a_demand(nlp, coder):
    # guard
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 official/official/NOUN/nsubj/2 said/say/VERB/ROOT/2/VBD Syria/Syria/PROPN/nsubj/5 "
                     "must/must/AUX/aux/5 withdraw/withdraw/VERB/ccomp/2/VB ././PUNCT/punct/2")
    assert ("IRQGOV", "SYR", "100") in code(coder, doc)
