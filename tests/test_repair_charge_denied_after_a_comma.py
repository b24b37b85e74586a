"""A charge the lead says was denied, after a comma ("Congo accused Rwanda of invading North Kivu, a charge
Kigali denied"), describes the sentence: the parser may make the trailing denial the root, with the sentence a
clause of it, and the charge its object, its subject (the denier an appositive) or a compound of the denier's
name; the accusation is then what was denied and is lost. The sentence's verb is the root again, and the
denial a relative clause on the charge, as the parser reads "..., a charge which Kigali denied"."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
COD: Congo
RWA: Rwanda | Kigali
"""
AGENTS = "GOV: government\n"
VERBS = """
accuse prep=of => 112
deny => 016
"""

LEAD = ("Congo/Congo/PROPN/nsubj/1/NNP accused/accuse/VERB/ccomp/{root}/VBD Rwanda/Rwanda/PROPN/dobj/1/NNP of/of/ADP/prep/1/IN "
        "invading/invade/VERB/pcomp/3/VBG the/the/DET/det/6/DT province/province/NOUN/dobj/4/NN ,/,/PUNCT/punct/{root}/, "
        "a/a/DET/det/{det}/DT ")


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_a_charge_parsed_as_the_object_of_the_denial(nlp, coder):
    doc = parse(nlp, LEAD.format(root=11, det=9) + "charge/charge/NOUN/dobj/11/NN Kigali/Kigali/PROPN/nsubj/11/NNP "
                     "denied/deny/VERB/ROOT/11/VBD ././PUNCT/punct/11/.")
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT" and doc[9].head.i == 1 and doc[11].head.i == 9 and doc[10].head.i == 11
    assert code(coder, doc) == {("COD", "RWA", "112")}


def test_repair_a_charge_parsed_as_the_subject_of_the_denial_with_the_denier_its_appositive(nlp, coder):
    doc = parse(nlp, LEAD.format(root=11, det=9) + "charge/charge/NOUN/nsubj/11/NN Kigali/Kigali/PROPN/appos/9/NNP "
                     "denied/deny/VERB/ROOT/11/VBD ././PUNCT/punct/11/.")
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT" and doc[10].head.i == 11 and doc[10].dep_ == "nsubj"
    assert code(coder, doc) == {("COD", "RWA", "112")}


def test_repair_a_charge_parsed_as_a_compound_of_the_deniers_name(nlp, coder):
    # "..., a charge Kigali denies", with "a charge Kigali" parsed as one name
    doc = parse(nlp, LEAD.format(root=11, det=10) + "charge/charge/NOUN/compound/10/NN Kigali/Kigali/PROPN/nsubj/11/NNP "
                     "denies/deny/VERB/ROOT/11/VBZ ././PUNCT/punct/11/.")
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT" and doc[8].head.i == 9 and doc[9].head.i == 1 and doc[11].head.i == 9
    assert code(coder, doc) == {("COD", "RWA", "112")}


def test_repair_leaves_a_denial_of_a_charge_with_no_clause_before_it(nlp, coder):
    # guard: "Kigali denied the charge" is the denial itself
    doc = parse(nlp, "Kigali/Kigali/PROPN/nsubj/1/NNP denied/deny/VERB/ROOT/1/VBD the/the/DET/det/3/DT charge/charge/NOUN/dobj/1/NN "
                     "././PUNCT/punct/1/.")
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT" and doc[3].head.i == 1
