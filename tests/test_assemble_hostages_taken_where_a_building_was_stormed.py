"""From hand-built parses: captives the parser made a compound of "hostage" are the taking's object (R1);
captives of no named country taken in a storming are of the country whose building was stormed (A1); who is
expelled from a country is the expulsion's target, not the country (A2)."""

from __future__ import annotations

import pytest

from eventcoder.verbs import repair_parse
from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
IRN: Iranian
USA: U.S. | American
BOL: Bolivia | Bolivian
BOLGOV: Morales
USACOP: DEA
"""
AGENTS = "EDU: students\nGOV: diplomats | embassy\nMED: journalists | journalist\n"
VERBS = """
&HOSTAGE = hostage
take obj=&HOSTAGE => 181
storm obj=embassy => 145
expel prep=from:country => 174
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_repair_captives_parsed_as_a_compound_of_hostage_are_taken(nlp, coder):
    # "Iranian students took 52 American diplomats hostage.", with "diplomats" a compound of a clausal "hostage".
    doc = parse(nlp, "Iranian/Iranian/ADJ/amod/1/JJ students/student/NOUN/nsubj/2/NNS took/take/VERB/ROOT/2/VBD "
                     "52/52/NUM/nummod/5/CD American/American/ADJ/amod/5/JJ diplomats/diplomat/NOUN/compound/6/NNS "
                     "hostage/hostage/NOUN/ccomp/2/NN ././PUNCT/punct/2/.")
    repair_parse(doc)
    assert code(coder, doc) == {("IRNEDU", "USAGOV", "181")}


def test_assemble_captives_of_no_country_are_the_stormed_embassys(nlp, coder):
    # "Iranian students stormed the U.S. embassy, taking 52 diplomats hostage."
    doc = parse(nlp, "Iranian/Iranian/ADJ/amod/1/JJ students/student/NOUN/nsubj/2/NNS stormed/storm/VERB/ROOT/2/VBD "
                     "the/the/DET/det/5/DT U.S./U.S./PROPN/compound/5/NNP embassy/embassy/NOUN/dobj/2/NN ,/,/PUNCT/punct/2/, "
                     "taking/take/VERB/advcl/2/VBG 52/52/NUM/nummod/9/CD diplomats/diplomat/NOUN/dobj/7/NNS "
                     "hostage/hostage/NOUN/oprd/7/NN ././PUNCT/punct/2/.")
    assert code(coder, doc) == {("IRNEDU", "USAGOV", "145"), ("IRNEDU", "USAGOV", "181")}


def test_assemble_people_expelled_from_a_country_are_the_target(nlp, coder):
    # "Morales expelled three American journalists from the country.": they, not the country (named
    # by the pattern's "from" phrase), are whom it is done to.
    doc = parse(nlp, "Morales/Morales/PROPN/nsubj/1/NNP expelled/expel/VERB/ROOT/1/VBD three/three/NUM/nummod/4/CD "
                     "American/American/ADJ/amod/4/JJ journalists/journalist/NOUN/dobj/1/NNS from/from/ADP/prep/1/IN "
                     "the/the/DET/det/7/DT country/country/NOUN/pobj/5/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("BOLGOV", "USAMED", "174")}
