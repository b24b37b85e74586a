"""Repairs, from hand-built parses: in "named Energy Minister Jero Wacik as a suspect", where the small model
reads the name, the verb's only object, as its predicate (oprd), repair_parse makes the name the object when an
"as" phrase follows it. A noun predicate ("took two soldiers hostage") and a name after a real object are left."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "KORJUD: prosecutors\nKORGOV: Goh Kun\n"
AGENTS = ""
VERBS = """
name prep=as:suspect => 091
"""


def test_repair_name_read_as_predicate_before_as_is_the_object(nlp):
    # "Prosecutors named Goh Kun as a suspect."
    doc = parse(nlp, "Prosecutors/prosecutor/NOUN/nsubj/1/NNS named/name/VERB/ROOT/1/VBD Goh/Goh/PROPN/compound/3/NNP "
                     "Kun/Kun/PROPN/oprd/1/NNP as/as/ADP/prep/1/IN a/a/DET/det/6/DT suspect/suspect/NOUN/pobj/4/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[3].dep_ == "dobj"
    assert code(make_coder(nlp, ACTORS, AGENTS, VERBS), doc) == {("KORJUD", "KORGOV", "091")}


def test_repair_leaves_a_noun_predicate(nlp):
    # guard: "Rebels took two soldiers hostage." keeps "hostage" a predicate
    doc = parse(nlp, "Rebels/rebel/NOUN/nsubj/1/NNS took/take/VERB/ROOT/1/VBD two/two/NUM/nummod/3/CD "
                     "soldiers/soldier/NOUN/dobj/1/NNS hostage/hostage/NOUN/oprd/1/NN ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].dep_, doc[4].dep_) == ("dobj", "oprd")


def test_repair_leaves_a_name_without_as(nlp):
    # guard: "They named the ship Victoria." has its object; the name stays the predicate
    doc = parse(nlp, "They/they/PRON/nsubj/1/PRP named/name/VERB/ROOT/1/VBD the/the/DET/det/3/DT ship/ship/NOUN/dobj/1/NN "
                     "Victoria/Victoria/PROPN/oprd/1/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[4].dep_ == "oprd"
