"""From hand-built parses: a capital before a title an owner holds ("the BBC's Tehran correspondent",
"Reuters' Moscow correspondent") says where the post is; the title is the possessor's, not the capital's
country's. Without an owner the capital still places the title ("the Osgiliath correspondent")."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - fixtures

ACTORS = """
ARN: Arnor
GDR: Gondor
GDRGOV: Osgiliath
ARNMED: Arnor Gazette
"""
AGENTS = "GOV: minister\nMED: correspondent\n"
VERBS = """
expel => 174
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_assemble_an_owners_correspondent_in_a_capital_is_the_owners(nlp, coder):
    # "Gondor expelled the Arnor Gazette's Osgiliath correspondent Beren Erchamion"
    doc = parse(
        nlp,
        "Gondor/Gondor/PROPN/nsubj/1 expelled/expel/VERB/ROOT/1/VBD the/the/DET/det/4 Arnor/Arnor/PROPN/compound/4 "
        "Gazette/Gazette/PROPN/poss/7 's/'s/PART/case/4 Osgiliath/Osgiliath/PROPN/compound/7 "
        "correspondent/correspondent/NOUN/compound/9/NN Beren/Beren/PROPN/compound/9 Erchamion/Erchamion/PROPN/dobj/1",
    )
    assert code(coder, doc) == {("GDR", "ARNMED", "174")}


def test_assemble_a_capitals_correspondent_with_no_owner_is_the_capitals_countrys(nlp, coder):
    # "Arnor expelled the Osgiliath correspondent"
    doc = parse(
        nlp,
        "Arnor/Arnor/PROPN/nsubj/1 expelled/expel/VERB/ROOT/1/VBD the/the/DET/det/4 Osgiliath/Osgiliath/PROPN/compound/4 "
        "correspondent/correspondent/NOUN/dobj/1/NN",
    )
    assert code(coder, doc) == {("ARN", "GDRMED", "174")}
