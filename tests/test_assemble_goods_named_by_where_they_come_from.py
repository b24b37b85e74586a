"""Goods named with where they come from, from hand-built parses: "imposed a tariff on goods imported from Serbia"
is aimed at Serbia, as "a tariff on goods from Serbia" is, and so is a threat to impose one; a participle of some
other sense places no target."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KSV: Kosovo\nSRB: Serbia\nCHN: China\nIGOEEU: EU\n"
AGENTS = "GOV: government\n"
VERBS = """
impose obj=tariff prep=on => 163
threaten comp=impose|slap => 1312
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


@pytest.mark.parametrize("participle,prep", [("imported/import", "from"), ("shipped/ship", "from"), ("exported/export", "from")])
def test_assemble_goods_from_a_state_are_aimed_at_it(nlp, coder, participle, prep):
    # "Kosovo imposed a tariff on goods imported from Serbia."
    doc = parse(nlp, f"Kosovo/Kosovo/PROPN/nsubj/1/NNP imposed/impose/VERB/ROOT/1/VBD a/a/DET/det/3/DT tariff/tariff/NOUN/dobj/1/NN "
                     f"on/on/ADP/prep/3/IN goods/good/NOUN/pobj/4/NNS {participle}/VERB/acl/5/VBN {prep}/{prep}/ADP/prep/6/IN "
                     f"Serbia/Serbia/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KSV", "SRB", "163")}


def test_assemble_goods_taken_from_somewhere_else_place_no_target(nlp, coder):
    # "The EU imposed a tariff on goods seized from China." (a participle of some other sense)
    doc = parse(nlp, "The/the/DET/det/1/DT EU/EU/PROPN/nsubj/2/NNP imposed/impose/VERB/ROOT/2/VBD a/a/DET/det/4/DT tariff/tariff/NOUN/dobj/2/NN "
                     "on/on/ADP/prep/4/IN goods/good/NOUN/pobj/5/NNS seized/seize/VERB/acl/6/VBN from/from/ADP/prep/7/IN "
                     "China/China/PROPN/pobj/8/NNP ././PUNCT/punct/2/.")
    assert code(coder, doc) == set()


def test_assemble_a_threat_of_tariffs_on_goods_from_a_state_is_aimed_at_it(nlp, coder):
    # "Kosovo threatened to slap tariffs on goods imported from Serbia." ("on" hung on the verb)
    doc = parse(nlp, "Kosovo/Kosovo/PROPN/nsubj/1/NNP threatened/threaten/VERB/ROOT/1/VBD to/to/PART/aux/3/TO slap/slap/VERB/xcomp/1/VB "
                     "tariffs/tariff/NOUN/dobj/3/NNS on/on/ADP/prep/3/IN goods/good/NOUN/pobj/5/NNS imported/import/VERB/acl/6/VBN "
                     "from/from/ADP/prep/7/IN Serbia/Serbia/PROPN/pobj/8/NNP ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("KSV", "SRB", "1312")}
