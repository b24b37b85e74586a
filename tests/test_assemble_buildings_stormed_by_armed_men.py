"""A building stormed, from hand-built parses: the dictionaries code storming an embassy, a parliament or a
station as a violent protest (145), which it is when protesters storm it; when the stormers are an armed group,
an army or gunmen ("Taliban fighters stormed the Iranian embassy", "Islamist militants stormed the U.S.
consulate"), it is an attack (190)."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
AFGINS: Taliban
AFG: Afghan
IRN: Iranian
"""
AGENTS = "GOV: embassy\nCVL: protesters\nMIL: soldiers\nCRM: gang | gangs\n"
VERBS = "storm obj=embassy|station => 145\n"


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def stormed(subject: str) -> str:
    # "<subject> stormed the Iranian embassy."
    return (f"{subject} stormed/storm/VERB/ROOT/2/VBD the/the/DET/det/5/DT Iranian/iranian/ADJ/amod/5/JJ "
            "embassy/embassy/NOUN/dobj/2/NN ././PUNCT/punct/2/.")


@pytest.mark.parametrize("subject,source", [
    ("Taliban/Taliban/PROPN/compound/1/NNP fighters/fighter/NOUN/nsubj/2/NNS", "AFGINS"),
    ("Afghan/afghan/ADJ/amod/1/JJ soldiers/soldier/NOUN/nsubj/2/NNS", "AFGMIL"),
    # a criminal gang storming a building attacks it: "Afghan gangs stormed the Iranian embassy."
    ("Afghan/afghan/ADJ/amod/1/JJ gangs/gang/NOUN/nsubj/2/NNS", "AFGCRM"),
])
def test_assemble_a_building_stormed_by_armed_men_is_attacked(nlp, coder, subject, source):
    assert code(coder, parse(nlp, stormed(subject))) == {(source, "IRNGOV", "190")}


def test_assemble_a_building_stormed_by_protesters_stays_a_riot(nlp, coder):
    # guard: "Afghan protesters stormed the Iranian embassy."
    doc = parse(nlp, stormed("Afghan/afghan/ADJ/amod/1/JJ protesters/protester/NOUN/nsubj/2/NNS"))
    assert code(coder, doc) == {("AFGCVL", "IRNGOV", "145")}
