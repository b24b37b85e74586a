"""Quality gates on the shipped dictionaries: they load cleanly and stay consistent as they grow."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from eventcoder import cameo
from eventcoder.dictionaries import default_dictionary_dir, load_dictionaries


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries(default_dictionary_dir())


def test_shipped_dictionaries_load_without_problems_or_warnings(shipped):
    assert shipped.actors and shipped.agents and shipped.verbs
    assert shipped.warnings == []


def test_shipped_verbs_use_only_cameo_codes(shipped):
    unknown = sorted({(p.origin, code) for p in shipped.verbs for code in (p.code, p.reverse_code) if code and not cameo.is_cameo_code(code)})
    assert unknown == []


def test_shipped_verbs_cover_every_cameo_root(shipped):
    roots = {p.code[:2] for p in shipped.verbs if p.code}
    assert roots >= {f"{r:02d}" for r in range(1, 21)}


def test_shipped_phrases_are_never_defined_twice_with_conflicting_codes(shipped):
    assert shipped.conflicts() == []


def test_shipped_verb_patterns_are_never_defined_twice_with_conflicting_codes(shipped):
    codes: dict[tuple, set] = defaultdict(set)
    for p in shipped.verbs:
        codes[(p.verb, p.particles, p.obj, p.prep, p.prep_obj, p.before, p.comp)].add((p.code, p.reverse_code))
    assert [key for key, found in codes.items() if len(found) > 1] == []


def test_shipped_verb_patterns_can_all_be_reached(shipped):
    assert shipped.unreachable_patterns() == []


def test_shipped_verbs_give_every_cameo_code_a_pattern(shipped):
    # The 2-digit roots are headings; every code below them must be reachable from some pattern.
    used = {code for p in shipped.verbs for code in (p.code, p.reverse_code) if code}
    codes = set(cameo.cameo_codes()["code"])
    assert sorted(c for c in codes if len(c) > 2 and c not in used) == []


def test_shipped_dictionaries_are_at_production_scale(shipped):
    dated_people = [a for a in shipped.actors if any(c.start or c.end for c in a.codes)]
    agent_phrases = {phrase.lower() for entry in shipped.agents for phrase in entry.phrases}
    patterns = [p for p in shipped.verbs if p.code or p.reverse_code]
    assert len(dated_people) >= 600
    assert len(agent_phrases) >= 300
    assert len(patterns) >= 3000


@pytest.mark.parametrize(("phrase", "day", "code"), [
    ("Moscow", "1990-06-01", "USRGOV"), ("Moscow", "1995-06-01", "RUSGOV"),
    ("Prague", "1990-06-01", "CSKGOV"), ("Prague", "1995-06-01", "CZEGOV"),
    ("Solidarity", "1985-06-01", "POLOPPSOL"), ("Solidarity", "1990-06-01", "POLPTYSOL"),
    ("Leipzig", "1989-10-09", "DDR"), ("Leipzig", "1990-10-03", "DEU"), ("Leipzig", None, "DEU"),
    # India's national parties and Italy's Five Star Movement, in office or in opposition
    ("Congress party", "2010-06-01", "INDPTYINC"), ("Congress party", "2021-02-04", "INDOPPINC"),
    ("BJP", "2010-06-01", "INDOPPBJP"), ("BJP", "2020-06-01", "INDPTYBJP"),
    ("Five Star Movement", "2021-06-01", "ITAPTYM5S"), ("Five Star Movement", "2023-06-01", "ITAOPPM5S"),
    # While the DR Congo was Zaire, "Congo" alone was the Republic of the Congo and Kinshasa Zaire's capital.
    ("Congo", "1985-06-01", "COG"), ("Congo", "2005-06-01", "COD"), ("Congo", None, "COD"),
    ("Kinshasa", "1985-06-01", "ZARGOV"), ("Kinshasa", "2005-06-01", "CODGOV"),
    ("Goma", "1996-11-01", "ZAR"), ("Goma", "2012-11-20", "COD"), ("Goma", None, "COD"),
])
def test_shipped_names_whose_country_changed_code_by_date(shipped, phrase, day, code):
    entry = next(a for a in shipped.actors if phrase in a.phrases)
    assert entry.code_on(dt.date.fromisoformat(day) if day else None) == code
