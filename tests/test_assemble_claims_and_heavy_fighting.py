"""Rules found on a fifth set of fresh leads, from hand-built parses: a sentence discarded as sport keeps the
attacks it reports; "fought with tanks": the weapons are no opponent, and conjoined nationalities fighting with
heavy weapons fight each other; a claim of responsibility targets the place of the claimed attack."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
UGA: Uganda | Ugandan | Kampala
SOMINS: Shabaab
"""
AGENTS = "MIL: troops | soldiers | tanks\nGOV: government\nCVL: civilians | people\n"
VERBS = """
fight => 190
fight prep=with => 190
fight prep=with:tank => 194
claim obj=responsibility prep=for:bombing => 180
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_nationalities_fighting_with_tanks_fight_each_other(nlp, coder):
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/3 and/and/CCONJ/cc/0 Iranian/Iranian/ADJ/conj/0 troops/troop/NOUN/nsubj/4 "
                     "fought/fight/VERB/ROOT/4/VBD with/with/ADP/prep/4 tanks/tank/NOUN/pobj/5 ././PUNCT/punct/4")
    assert code(coder, doc) == {("IRQMIL", "IRNMIL", "194"), ("IRNMIL", "IRQMIL", "194")}


def test_assemble_claim_of_responsibility_targets_the_place_attacked(nlp, coder):
    doc = parse(nlp, "Shabaab/Shabaab/PROPN/nsubj/1 claimed/claim/VERB/ROOT/1/VBD responsibility/responsibility/NOUN/dobj/1 "
                     "for/for/ADP/prep/1 bombings/bombing/NOUN/pobj/3 in/in/ADP/prep/4 Kampala/Kampala/PROPN/pobj/5 "
                     "././PUNCT/punct/1")
    assert code(coder, doc) == {("SOMINS", "UGACVL", "180")}


def test_pipeline_discarded_sentence_keeps_only_attack_codes():
    from eventcoder.pipeline import spared_by_discard

    events = [SimpleNamespace(code=c, source="BRA", target="DEU") for c in ("183", "1831", "181", "180", "2041", "182", "190", "145", "051")]
    assert [e.code for e in spared_by_discard(events)] == ["183", "1831", "181", "180", "2041"]


def test_pipeline_discarded_sentence_keeps_events_of_state_bodies_and_igos():
    # "President Kim met Prime Minister Koizumi on the sidelines of the World Cup opening"; teams are
    # named by their countries, never by a sector.
    from eventcoder.pipeline import spared_by_discard

    pairs = [("KORGOV", "JPNGOV"), ("GBR", "DEUCOP"), ("IGOUNO", "BRA"), ("BRA", "DEU"), ("BRACVL", "ARG"), ("BRAGOV", None)]
    events = [SimpleNamespace(code="040", source=s, target=t) for s, t in pairs]
    assert [(e.source, e.target) for e in spared_by_discard(events)] == pairs[:3]


def test_pipeline_discarded_sentence_keeps_events_of_organisations():
    # "FIFA suspended Russia from the World Cup", "Amnesty accused Qatar of abusing World Cup workers":
    # a governing body or a rights group is never a team.
    from eventcoder.pipeline import spared_by_discard

    pairs = [("NGOFIF", "RUS"), ("NGOAMN", "QAT"), ("QAT", "NGOFIF"), ("ARG", "ENG"), ("NGOIOC", None)]
    events = [SimpleNamespace(code="163", source=s, target=t) for s, t in pairs]
    assert [(e.source, e.target) for e in spared_by_discard(events)] == pairs[:3]
