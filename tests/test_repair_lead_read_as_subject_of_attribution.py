"""A repair, from hand-built parses: a lead the parser reads as a noun with a participle, made a first subject
of the trailing "said" ("Iraqi rebels abducted Iranian workers near Basra, a group said"), is what was said,
when the participle takes an object of its own; a participle describing the noun ("rebels killed near
Basra were ...") is left as it was."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
IRQ: Iraq | Iraqi
IRN: Iran | Iranian
"""
AGENTS = "REB: rebels\nLAB: workers\n"
VERBS = """
abduct => 181
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_lead_read_as_subject_of_the_attribution_is_what_was_said(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/10/NNS abducted/abduct/VERB/acl/1/VBN Iranian/iranian/ADJ/amod/4/JJ "
                     "workers/worker/NOUN/dobj/2/NNS near/near/ADP/prep/2/IN Basra/Basra/PROPN/pobj/5/NNP ,/,/PUNCT/punct/10/, "
                     "a/a/DET/det/9/DT group/group/NOUN/nsubj/10/NN said/say/VERB/ROOT/10/VBD ././PUNCT/punct/10/.")
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].head.i, doc[1].head.i) == ("ccomp", 10, 2)
    assert code(coder, doc) == {("IRQREB", "IRNLAB", "181")}


def test_repair_participle_describing_the_subject_of_the_attribution_is_left_alone(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/10/NNS abducted/abduct/VERB/acl/1/VBN near/near/ADP/prep/2/IN "
                     "Basra/Basra/PROPN/pobj/3/NNP were/be/AUX/ccomp/10/VBD Iranian/iranian/ADJ/acomp/5/JJ ,/,/PUNCT/punct/10/, "
                     "a/a/DET/det/9/DT group/group/NOUN/nsubj/10/NN said/say/VERB/ROOT/10/VBD ././PUNCT/punct/10/.")
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].head.i) == ("acl", 1)
