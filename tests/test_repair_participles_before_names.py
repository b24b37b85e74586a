"""Repairs, from hand-built parses: in "indicted ousted President Mubarak" and "gave striking teachers an
ultimatum", where the small model makes the participle a verb (advcl/xcomp) taking the name (and the second
object) from the verb right before it, repair_parse makes the name and any second object that verb's and the
participle the name's adjective. A conjunct ("surrounded and detained President Bazoum") and a gerund after a
verb of aspect ("began striking protesters") are left as parsed."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
EGY: Egyptian
NGA: Nigeria
EGYELI: Mubarak
"""
AGENTS = "JUD: prosecutors\nGOV: government\nEDU: teachers\n"
VERBS = """
indict => 115
give obj=ultimatum prep=to => 139
give obj=ultimatum => 139
strike => 190
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_ousted_read_as_a_verb_gives_the_name_to_the_verb(nlp, coder):
    # "Egyptian prosecutors indicted ousted President Mubarak."
    doc = parse(nlp, "Egyptian/egyptian/ADJ/amod/1/JJ prosecutors/prosecutor/NOUN/nsubj/2/NNS indicted/indict/VERB/ROOT/2/VBD "
                     "ousted/oust/VERB/advcl/2/VBN President/President/PROPN/compound/5/NNP Mubarak/Mubarak/PROPN/dobj/3/NNP ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert (doc[5].head.i, doc[5].dep_, doc[3].head.i, doc[3].dep_) == (2, "dobj", 5, "amod")
    assert code(coder, doc) == {("EGYJUD", "EGYELI", "115")}


def test_repair_striking_read_as_a_verb_gives_both_objects_to_the_verb(nlp, coder):
    # "Nigeria's government gave striking teachers an ultimatum."
    doc = parse(nlp, "Nigeria/Nigeria/PROPN/poss/2/NNP 's/'s/PART/case/0/POS government/government/NOUN/nsubj/3/NN "
                     "gave/give/VERB/ROOT/3/VBD striking/strike/VERB/xcomp/3/VBG teachers/teacher/NOUN/dative/4/NNS "
                     "an/an/DET/det/7/DT ultimatum/ultimatum/NOUN/dobj/4/NN ././PUNCT/punct/3/.")
    repair_parse(doc)
    assert (doc[5].head.i, doc[7].head.i, doc[4].dep_) == (3, 3, "amod")
    assert code(coder, doc) == {("NGAGOV", "NGAEDU", "139")}


def test_repair_leaves_a_conjoined_participle(nlp):
    # guard: "Soldiers surrounded and detained President Mubarak." is two acts on him, not a description
    doc = parse(nlp, "Soldiers/soldier/NOUN/nsubj/1/NNS surrounded/surround/VERB/ROOT/1/VBD and/and/CCONJ/cc/1/CC "
                     "detained/detain/VERB/conj/1/VBD President/President/PROPN/compound/5/NNP Mubarak/Mubarak/PROPN/dobj/3/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[5].head.i, doc[3].dep_) == (3, "conj")


def test_repair_leaves_a_gerund_after_a_verb_of_aspect(nlp):
    # guard: "Police began striking protesters." is an act begun
    doc = parse(nlp, "Police/police/NOUN/nsubj/1/NNS began/begin/VERB/ROOT/1/VBD striking/strike/VERB/xcomp/1/VBG "
                     "protesters/protester/NOUN/dobj/2/NNS ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].head.i, doc[2].dep_) == (2, "xcomp")


def test_repair_to_read_as_the_infinitive_of_ousted(nlp):
    # "Belarus granted asylum to ousted President Bakiyev.": a past participle takes no infinitive "to"; the
    # "to" is the verb's, Bakiyev its object, and "ousted" makes his title a former one (ELI, not GOV)
    coder = make_coder(nlp, "BLR: Belarus\nKurmanbek Bakiyev | Bakiyev\n    KGZELI\n", "GOV: president\n",
                       "grant obj=asylum prep=to => 075\n")
    doc = parse(nlp, "Belarus/Belarus/PROPN/nsubj/1/NNP granted/grant/VERB/ROOT/1/VBD asylum/asylum/NOUN/dobj/1/NN "
                     "to/to/PART/aux/4/TO ousted/oust/VERB/advcl/1/VBN President/President/PROPN/compound/6/NNP "
                     "Bakiyev/Bakiyev/PROPN/dobj/4/NNP ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[6].head.i, doc[6].dep_, doc[4].dep_) == (1, "prep", 3, "pobj", "amod")
    assert code(coder, doc) == {("BLR", "KGZELI", "075")}


def test_repair_leaves_an_infinitive_of_a_base_form(nlp):
    # guard: "Russia agreed to oust the militants." is an infinitive
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1/NNP agreed/agree/VERB/ROOT/1/VBD to/to/PART/aux/3/TO "
                     "oust/oust/VERB/xcomp/1/VB the/the/DET/det/5/DT militants/militant/NOUN/dobj/3/NNS ././PUNCT/punct/1/.")
    repair_parse(doc)
    assert (doc[2].dep_, doc[3].dep_) == ("aux", "xcomp")
