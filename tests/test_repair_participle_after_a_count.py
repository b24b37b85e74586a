"""Repairs, from hand-built parses: in "deported 34 rejected asylum seekers", where the small model makes the
number the verb's object and the participle after it a conjoined verb taking the noun, repair_parse makes the
noun the verb's object, counted by the number and described by the participle. A participle after "and"
("arrested 40 and wounded 12 protesters") is left as parsed."""

from __future__ import annotations

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = "DEU: Germany\nAFG: Afghan | Kabul\n"
AGENTS = "REF: asylum seekers | refugees\n"
VERBS = """
deport => 174
reject => 120
"""


def test_repair_participle_after_a_count_gives_the_noun_to_the_verb(nlp):
    # "Germany deported 34 rejected Afghan asylum seekers to Kabul."
    doc = parse(nlp, "Germany/Germany/PROPN/nsubj/1/NNP deported/deport/VERB/ROOT/1/VBD 34/34/NUM/dobj/1/CD "
                     "rejected/reject/VERB/conj/1/VBD Afghan/afghan/ADJ/amod/6/JJ asylum/asylum/NOUN/compound/6/NN "
                     "seekers/seeker/NOUN/dobj/3/NNS to/to/ADP/prep/3/IN Kabul/Kabul/PROPN/pobj/7/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[6].head.i, doc[6].dep_, doc[2].head.i, doc[2].dep_, doc[3].head.i, doc[3].dep_, doc[7].head.i) == (1, "dobj", 6, "nummod", 6, "amod", 1)
    assert code(make_coder(nlp, ACTORS, AGENTS, VERBS), doc) == {("DEU", "AFGREF", "174")}


def test_repair_leaves_a_participle_after_and(nlp):
    # guard: "Police arrested 40 and deported 12 refugees." is two acts
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS arrested/arrest/VERB/ROOT/1/VBD 40/40/NUM/dobj/1/CD "
                     "and/and/CCONJ/cc/1/CC deported/deport/VERB/conj/1/VBD 12/12/NUM/nummod/6/CD refugees/refugee/NOUN/dobj/4/NNS ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[4].dep_, doc[6].head.i) == ("conj", 4)
