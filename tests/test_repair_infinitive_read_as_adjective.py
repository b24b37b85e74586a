"""Repairs, from hand-built parses: in "appealed to the rebels to free aid worker X" and "urged the guerrillas
to free kidnapped aid workers", the small model tags "free" a base verb (VB) but hangs it as an adjective on
the noun after it, so the verb of asking has no infinitive. repair_parse makes the word the verb's infinitive
and the noun its object. A true adjective after "to" ("returned to free elections", tagged JJ) is left."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IGOUNO: United Nations\nIRQ: Iraqi\nCOL: Colombia\n"
AGENTS = "REB: insurgents | guerrillas\n"
VERBS = """
&C_RELEASE = free | release
appeal prep=to => 020
appeal prep=to comp=&C_RELEASE => 0253
urge => 020
urge comp=&C_RELEASE => 0253
"""


def test_repair_infinitive_with_its_mark_read_as_adjective_of_the_object(nlp):
    # "The United Nations appealed to Iraqi insurgents to free aid worker Margaret Hassan."
    doc = parse(nlp, "The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP Nations/Nations/PROPN/nsubj/3/NNP "
                     "appealed/appeal/VERB/ROOT/3/VBD to/to/ADP/prep/3/IN Iraqi/iraqi/ADJ/amod/6/JJ insurgents/insurgent/NOUN/pobj/4/NNS "
                     "to/to/PART/aux/8/TO free/free/VERB/amod/10/VB aid/aid/NOUN/compound/10/NN worker/worker/NOUN/compound/12/NN "
                     "Margaret/Margaret/PROPN/compound/12/NNP Hassan/Hassan/PROPN/dobj/3/NNP ././PUNCT/punct/3/.")
    repair_parse(doc)
    assert (doc[8].head.i, doc[8].dep_, doc[12].head.i, doc[12].dep_, doc[7].head.i) == (3, "xcomp", 8, "dobj", 8)
    assert code(make_coder(nlp, ACTORS, AGENTS, VERBS), doc) == {("IGOUNO", "IRQREB", "0253")}


def test_repair_infinitive_mark_read_as_preposition(nlp):
    # "The United Nations urged Colombia's guerrillas to free kidnapped aid workers."
    doc = parse(nlp, "The/the/DET/det/2/DT United/United/PROPN/compound/2/NNP Nations/Nations/PROPN/nsubj/3/NNP "
                     "urged/urge/VERB/ROOT/3/VBD Colombia/Colombia/PROPN/poss/6/NNP 's/'s/PART/case/4/POS guerrillas/guerrilla/NOUN/dobj/3/NNS "
                     "to/to/ADP/prep/3/IN free/free/VERB/amod/11/VB kidnapped/kidnap/VERB/amod/10/VBN aid/aid/NOUN/compound/11/NN "
                     "workers/worker/NOUN/pobj/7/NNS ././PUNCT/punct/3/.")
    repair_parse(doc)
    assert (doc[8].head.i, doc[8].dep_, doc[7].dep_, doc[11].head.i, doc[11].dep_) == (3, "xcomp", "aux", 8, "dobj")
    assert code(make_coder(nlp, ACTORS, AGENTS, VERBS), doc) == {("IGOUNO", "COLREB", "0253")}


def test_repair_leaves_an_adjective_after_to(nlp):
    # guard: "Colombia returned to free elections." - "free" tagged JJ is an adjective
    doc = parse(nlp, "Colombia/Colombia/PROPN/nsubj/1/NNP returned/return/VERB/ROOT/1/VBD to/to/ADP/prep/1/IN "
                     "free/free/ADJ/amod/4/JJ elections/election/NOUN/pobj/2/NNS ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[4].head.i, doc[4].dep_) == (4, "amod", 2, "pobj")
