"""Repairs, from hand-built parses: in "put on hold its talks with the EU" and "put on hold accession
negotiations with Turkey", the small model makes "hold" the verb's object (and the talks its own), or a
compound of the talks it makes the object of "on". repair_parse reads them as "put the talks on hold"
reads: "hold" under "on", the talks the verb's object."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "IRN: Iran\nIGOEEU: European Union | EU\nTUR: Turkey\n"
AGENTS = ""
VERBS = """
put obj=talk|negotiation prep=on:hold => 164
"""


def test_repair_talks_parsed_as_the_object_of_hold(nlp):
    # "Iran has put on hold its talks with the European Union."
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/2/NNP has/have/AUX/aux/2/VBZ put/put/VERB/ROOT/2/VBN on/on/ADP/prt/2/IN "
                     "hold/hold/VERB/dobj/2/VB its/its/PRON/poss/6/PRP$ talks/talk/NOUN/dobj/4/NNS with/with/ADP/prep/6/IN "
                     "the/the/DET/det/10/DT European/European/PROPN/compound/10/NNP Union/Union/PROPN/pobj/7/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[4].head.i, doc[4].dep_, doc[6].head.i, doc[6].dep_, doc[3].dep_) == (3, "pobj", 2, "dobj", "prep")
    assert code(make_coder(nlp, ACTORS, AGENTS, VERBS), doc) == {("IRN", "IGOEEU", "164")}


def test_repair_hold_parsed_as_a_compound_of_the_talks(nlp):
    # "The EU put on hold accession negotiations with Turkey."
    doc = parse(nlp, "The/the/DET/det/1/DT EU/EU/PROPN/nsubj/2/NNP put/put/VERB/ROOT/2/VBD on/on/ADP/prep/2/IN "
                     "hold/hold/NOUN/compound/6/NN accession/accession/NOUN/compound/6/NN negotiations/negotiation/NOUN/pobj/3/NNS "
                     "with/with/ADP/prep/6/IN Turkey/Turkey/PROPN/pobj/7/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[4].head.i, doc[4].dep_, doc[6].head.i, doc[6].dep_) == (3, "pobj", 2, "dobj")
    assert code(make_coder(nlp, ACTORS, AGENTS, VERBS), doc) == {("IGOEEU", "TUR", "164")}


def test_repair_leaves_talks_put_on_hold(nlp):
    # guard: "Iran put the talks on hold." is parsed right
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP put/put/VERB/ROOT/1/VBD the/the/DET/det/3/DT talks/talk/NOUN/dobj/1/NNS "
                     "on/on/ADP/prep/1/IN hold/hold/NOUN/pobj/4/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[5].head.i, doc[5].dep_) == (1, "dobj", 4, "pobj")
