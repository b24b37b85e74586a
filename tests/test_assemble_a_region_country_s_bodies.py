"""From hand-built parses: "the West African country's government" is the government of the country named
last before it, not a government of the region."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
TWN: Taiwan
LBR: Liberia
CHN: Beijing
WAF: West African
"""
AGENTS = "GOV: government\n"
VERBS = """
criticize => 111
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_a_region_countrys_government_is_the_country_named_last_before(nlp, coder):
    # "Taiwan said Liberia erred and the West African country's government criticized Beijing"
    doc = parse(
        nlp,
        "Taiwan/Taiwan/PROPN/nsubj/1 said/say/VERB/ROOT/1/VBD Liberia/Liberia/PROPN/nsubj/3 erred/err/VERB/ccomp/1/VBD "
        "and/and/CCONJ/cc/3 the/the/DET/det/8 West/West/PROPN/compound/7 African/African/ADJ/amod/8 country/country/NOUN/poss/10/NN "
        "'s/'s/PART/case/8 government/government/NOUN/nsubj/11 criticized/criticize/VERB/conj/3/VBD Beijing/Beijing/PROPN/dobj/11",
    )
    assert ("LBRGOV", "CHN", "111") in code(coder, doc)
