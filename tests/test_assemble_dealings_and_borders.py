"""From hand-built parses: in a noun of dealings between two sides ("U.S. trade with Nicaragua"), the side named in
its "with" phrase is the one it concerns, not its compound (a noun with no side before it keeps every partner:
"ties with Nicaragua and Kuwait"); a border phrase the parser hangs on the verb's
(conjoined) object says where the act was ("massed troops and hundreds of tanks on its border with Kuwait")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
USA: U.S.
USAGOV: Washington
NIC: Nicaragua
IRQ: Iraq
KWT: Kuwait
"""
AGENTS = "GOV: president\nMIL: troops\n"
VERBS = """
&EMBARGO = embargo
impose obj=&EMBARGO prep=on => 163
mass obj=troops prep=on => 154
restore obj=ties => 064
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_embargo_on_compound_trade_with_partner_targets_the_partner(nlp, coder):
    # "Washington imposed an embargo on U.S. trade with Nicaragua."
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1 imposed/impose/VERB/ROOT/1/VBD "
                     "an/an/DET/det/3 embargo/embargo/NOUN/dobj/1 on/on/ADP/prep/3 U.S./U.S./PROPN/compound/6 trade/trade/NOUN/pobj/4 "
                     "with/with/ADP/prep/6 Nicaragua/Nicaragua/PROPN/pobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("USAGOV", "NIC", "163")}


def test_assemble_border_hung_on_a_conjoined_object_places_the_posture(nlp, coder):
    # "Iraq massed troops and hundreds of tanks on its border with Kuwait."
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 massed/mass/VERB/ROOT/1/VBD troops/troop/NOUN/dobj/1 and/and/CCONJ/cc/2 "
                     "hundreds/hundred/NOUN/conj/2 of/of/ADP/prep/4 tanks/tank/NOUN/pobj/5 on/on/ADP/prep/6 its/its/PRON/poss/9 "
                     "border/border/NOUN/pobj/7 with/with/ADP/prep/9 Kuwait/Kuwait/PROPN/pobj/10 ././PUNCT/punct/1")
    # (the pattern asks for the "on" phrase, so it matches only when the border is read as the verb's)
    assert code(coder, doc) == {("IRQ", "KWT", "154")}


def test_assemble_dealings_with_conjoined_partners_and_no_side_before_keep_every_partner(nlp, coder):
    # "Washington restored ties with Nicaragua and Kuwait."
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1 restored/restore/VERB/ROOT/1/VBD ties/tie/NOUN/dobj/1 with/with/ADP/prep/2 "
                     "Nicaragua/Nicaragua/PROPN/pobj/3 and/and/CCONJ/cc/4 Kuwait/Kuwait/PROPN/conj/4 ././PUNCT/punct/1")
    assert code(coder, doc) == {("USAGOV", "NIC", "064"), ("USAGOV", "KWT", "064")}
