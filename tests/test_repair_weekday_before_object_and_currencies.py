"""An object the parser hung under "on <weekday>" right after the verb ("rejected on Wednesday rebel
demands for the release of ...", also a claim right after the day: "denied on Tuesday allegations", not
"fired on Friday worshippers"; and a proposal or claim through its possessor: "rejected on Monday Hamas
leader Ismail Haniyeh's offer of a truce") is the verb's, and an amount counted in a currency the small model does not
lemmatise ("6.8 million ecus in aid") is seen through."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

from eventcoder.verbs import repair_parse

ACTORS = """
PER: Peru | Peruvian
IGOEEU: EC
HND: Honduras
"""
AGENTS = "GOV: president\nREB: rebel | rebels\n"
VERBS = """
&D_RELEASE = release
reject obj=&D_RELEASE => 1243
reject => 120
approve obj=aid prep=for => 073
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_object_under_on_weekday_is_the_verbs(nlp, coder):
    doc = parse(nlp, "Peruvian/Peruvian/ADJ/amod/1 President/president/PROPN/nsubj/2 rejected/reject/VERB/ROOT/2/VBD "
                     "on/on/ADP/prep/2 Wednesday/Wednesday/PROPN/compound/6 rebel/rebel/NOUN/compound/6 "
                     "demands/demand/NOUN/pobj/3 for/for/ADP/prep/6 the/the/DET/det/9 release/release/NOUN/pobj/7 "
                     "././PUNCT/punct/2")
    repair_parse(doc)
    assert code(coder, doc) == {("PERGOV", "PERREB", "1243")}


def test_repair_time_noun_under_on_weekday_stays(nlp, coder):
    doc = parse(nlp, "Peruvian/Peruvian/ADJ/amod/1 President/president/PROPN/nsubj/2 rejected/reject/VERB/ROOT/2/VBD "
                     "on/on/ADP/prep/2 Wednesday/Wednesday/PROPN/compound/5 night/night/NOUN/pobj/3 "
                     "././PUNCT/punct/2")
    repair_parse(doc)
    assert doc[5].dep_ == "pobj" and doc[5].head.i == 3


def test_repair_claim_right_after_on_weekday_is_the_verbs(nlp, coder):
    # "denied on Tuesday allegations ...": the object right after the day, with no modifier between
    doc = parse(nlp, "Peruvian/Peruvian/ADJ/amod/1 President/president/PROPN/nsubj/2 rejected/reject/VERB/ROOT/2/VBD "
                     "on/on/ADP/prep/2 Wednesday/Wednesday/PROPN/compound/5 demands/demand/NOUN/pobj/3/NNS "
                     "for/for/ADP/prep/5 the/the/DET/det/8 release/release/NOUN/pobj/6 "
                     "././PUNCT/punct/2")
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 2) and (doc[4].dep_, doc[4].head.i) == ("pobj", 3)


def test_repair_people_of_the_day_after_on_weekday_stay(nlp, coder):
    # "fired on Friday worshippers": the worshippers of the day are what was fired on
    doc = parse(nlp, "Police/police/NOUN/nsubj/1 fired/fire/VERB/ROOT/1/VBD on/on/ADP/prep/1 "
                     "Friday/Friday/PROPN/compound/4 worshippers/worshipper/NOUN/pobj/2/NNS ././PUNCT/punct/1")
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("pobj", 2)


def test_repair_proposal_of_a_possessor_under_on_weekday_is_the_verbs(nlp, coder):
    # "rejected on Wednesday rebel leader Abimael's demands for the release of ...": through the possessor
    doc = parse(nlp, "Peruvian/Peruvian/ADJ/amod/1 President/president/PROPN/nsubj/2 rejected/reject/VERB/ROOT/2/VBD "
                     "on/on/ADP/prep/2 Wednesday/Wednesday/PROPN/compound/6 rebel/rebel/NOUN/compound/6 "
                     "leader/leader/NOUN/compound/7 Abimael/Abimael/PROPN/poss/9 's/'s/PART/case/7/POS "
                     "demands/demand/NOUN/pobj/3/NNS for/for/ADP/prep/9 the/the/DET/det/12 release/release/NOUN/pobj/10 "
                     "././PUNCT/punct/2")
    repair_parse(doc)
    assert (doc[9].dep_, doc[9].head.i) == ("dobj", 2) and (doc[4].dep_, doc[4].head.i) == ("pobj", 3)


def test_repair_people_of_a_possessor_under_on_weekday_stay(nlp, coder):
    # "fired on Friday the town's worshippers": not a proposal or claim, so no object of the verb
    doc = parse(nlp, "Police/police/NOUN/nsubj/1 fired/fire/VERB/ROOT/1/VBD on/on/ADP/prep/1 "
                     "Friday/Friday/PROPN/compound/4 town/town/NOUN/poss/6 's/'s/PART/case/4/POS "
                     "worshippers/worshipper/NOUN/pobj/2/NNS ././PUNCT/punct/1")
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("pobj", 2)


def test_amount_in_unlemmatised_ecus_is_seen_through(nlp, coder):
    doc = parse(nlp, "EC/EC/PROPN/nsubj/1 approved/approve/VERB/ROOT/1/VBD 6.8/6.8/NUM/compound/3 million/million/NUM/nummod/4 "
                     "ecus/ecus/NOUN/dobj/1 in/in/ADP/prep/4 aid/aid/NOUN/pobj/5 for/for/ADP/prep/6 "
                     "Honduras/Honduras/PROPN/pobj/7 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IGOEEU", "HND", "073")}
