"""From hand-built parses: a one-word actor between a title and a capitalised word no dictionary names is
a person's given name ("Interior Minister Santiago Creel"), not the city or country it spells; a title
that is also a surname, after a given name, is the surname ("Rodney King"), not a king."""

from __future__ import annotations

import pytest

from test_assemble import code, make_coder, nlp, parse  # noqa: F401 - nlp is a fixture

ACTORS = """
CHLGOV: Santiago
MEX: Mexican
USAGOV: Washington
RUSGOV: Lavrov
"""
AGENTS = "GOV: interior minister | minister | king\nCOP: police\n"
VERBS = """
meet => 040
beat => 182
"""


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def test_actors_a_city_as_a_ministers_given_name_is_no_actor(nlp, coder):
    doc = parse(nlp, "Mexican/Mexican/ADJ/amod/3/JJ Interior/Interior/PROPN/compound/2/NNP Minister/Minister/PROPN/compound/4/NNP "
                     "Santiago/Santiago/PROPN/compound/4/NNP Creel/Creel/PROPN/nsubj/5/NNP met/meet/VERB/ROOT/5/VBD "
                     "Washington/Washington/PROPN/dobj/5/NNP ././PUNCT/punct/5/.")
    assert ("MEXGOV", "USAGOV", "040") in code(coder, doc)
    assert not any("CHL" in (s or "") + (t or "") for s, t, _ in code(coder, doc))


def test_actors_a_name_after_a_title_and_before_a_weekday_stays(nlp, coder):
    # "Washington met Foreign Minister Lavrov Monday": a time after the name is no surname.
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1/NNP met/meet/VERB/ROOT/1/VBD Foreign/Foreign/PROPN/compound/3/NNP "
                     "Minister/Minister/PROPN/compound/4/NNP Lavrov/Lavrov/PROPN/dobj/1/NNP Monday/Monday/PROPN/npadvmod/1/NNP "
                     "././PUNCT/punct/1/.")
    assert ("USAGOV", "RUSGOV", "040") in code(coder, doc)


def test_actors_a_title_after_a_given_name_is_a_surname(nlp, coder):
    # "Washington met Rodney King.": no king.
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1/NNP met/meet/VERB/ROOT/1/VBD Rodney/Rodney/PROPN/compound/3/NNP "
                     "King/King/PROPN/dobj/1/NNP ././PUNCT/punct/1/.")
    assert not any(t == "---GOV" for _, t, _ in code(coder, doc))


def test_actors_a_title_before_a_name_stays_a_title(nlp, coder):
    # "Washington met Saudi King Abdullah.": a king.
    doc = parse(nlp, "Washington/Washington/PROPN/nsubj/1/NNP met/meet/VERB/ROOT/1/VBD King/King/PROPN/compound/3/NNP "
                     "Abdullah/Abdullah/PROPN/dobj/1/NNP ././PUNCT/punct/1/.")
    assert ("USAGOV", "---GOV", "040") in code(coder, doc)
