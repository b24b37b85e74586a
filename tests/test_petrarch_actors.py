"""PETRARCH2 actor, agent and discard dictionaries, from small snippets, and the real files."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dictionaries import load_dictionaries
from eventcoder.dictionaries.petrarch_actors import (
    petrarch_date,
    read_petrarch_actors,
    read_petrarch_agents,
    read_petrarch_discards,
)

ACTORS = """\
<!-- a comment
     block -->
ARNOR_  [ARN]
+ARNORIAN   # a synonym
NEW_ZEALAND [NZE]
GOLLUM  # codes on the lines below
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]

LEONID_BREZHNEV_
SECRETARY_BREZHNEV
\t[RUSGOV 641014-821110]
\t[RUSELI]
BROKEN
\t[XXX 9008223-911221]
"""


def read(reader, text):
    problems, warnings = [], []
    result = reader(text.replace("\n", "\r\n"), "a.txt", problems, warnings)
    return result, problems, warnings


def test_petrarch_actors_phrases_synonyms_and_codes():
    entries, problems, _ = read(read_petrarch_actors, ACTORS)
    assert not problems
    by_phrase = {p: e for e in entries for p in e.phrases}
    assert by_phrase["arnor"].phrases == ("arnor", "arnorian") and by_phrase["arnor"].codes[0].code == "ARN"
    assert by_phrase["new zealand"].codes[0].code == "NZE"
    assert by_phrase["leonid brezhnev"] is by_phrase["secretary brezhnev"]


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(1995, 5, 31), "HOB"),  # <d is strictly before
        (dt.date(1995, 6, 1), "HOBGOV"),  # d1-d2 includes d1
        (dt.date(1999, 8, 15), None),  # ... and excludes d2; no range covers it and there is no fallback
        (dt.date(1999, 8, 16), "HOBREB"),  # >d is on or after
    ],
)
def test_petrarch_actors_date_limits(day, code):
    entries, _, _ = read(read_petrarch_actors, ACTORS)
    gollum = next(e for e in entries if "smeagol" in e.phrases)
    assert gollum.code_on(day) == (code or gollum.codes[0].code)


@pytest.mark.parametrize(("text", "expected"), [("950601", dt.date(1995, 6, 1)), ("300101", dt.date(2030, 1, 1)), ("310101", dt.date(1931, 1, 1)), ("20121204", dt.date(2012, 12, 4))])
def test_petrarch_date_two_digit_years(text, expected):
    assert petrarch_date(text) == expected


def test_petrarch_actors_malformed_dates_warn_with_file_and_line():
    entries, problems, warnings = read(read_petrarch_actors, ACTORS)
    assert not problems
    assert any(w.startswith("a.txt:17:") and "7 digits" in w for w in warnings)
    assert not any("broken" in e.phrases for e in entries)


def test_petrarch_agents_suffix_prefix_plurals_and_substitution():
    text = "!PERSON! = MAN, WOMAN\nPRESIDENT [~GOV]\nMEDIA {} [~MED]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nCONGRESS!PERSON! [~LEG]\nCOUNTRY [IGO~]\n"
    agents, problems, _ = read(read_petrarch_agents, text)
    assert not problems
    by_code = {a.code: a for a in agents}
    assert by_code["GOV"].phrases == ("president", "presidents") and not by_code["GOV"].prefix
    assert by_code["MED"].phrases == ("media",)
    assert by_code["JUD"].phrases == ("attorney general", "attorneys general")
    assert set(by_code["LEG"].phrases) >= {"congressman", "congresswoman", "congressmen"}
    assert by_code["IGO"].prefix and "countries" in by_code["IGO"].phrases


def test_petrarch_discards_sentence_and_story_level():
    (sentence, story), _, _ = read(read_petrarch_discards, "BASEBALL\n+World Golf Championships  # story\nMONTHS LATER\n")
    assert sentence == ["baseball", "months later"] and story == ["world golf championships"]


def test_petrarch_phoenix_set_loads_without_problems(shared):
    loaded = load_dictionaries(shared / "dictionaries" / "phoenix")
    assert sum(len(a.phrases) for a in loaded.actors) > 30_000
    assert len({p.origin for p in loaded.verbs}) > 4_000
    assert len(loaded.warnings) < 50  # the real files' malformed lines, each reported with file:line


def test_petrarch_folder_kinds_from_names_and_manifest(tmp_path):
    (tmp_path / "My.actors.txt").write_text("ARNOR_ [ARN]\n", encoding="utf-8")
    (tmp_path / "CAMEO.2.0.txt").write_text("--- ATTACK [190] ---\nATTACK\n", encoding="utf-8")
    (tmp_path / "odd-name.dat").write_text("GONDOR [GON]\n", encoding="utf-8")
    loaded = load_dictionaries(tmp_path)
    assert [a.phrases for a in loaded.actors] == [("arnor",)] and loaded.verbs[0].code == "190"
    (tmp_path / "dictionaries.manifest").write_text("actors: odd-name.dat\nverbs: CAMEO.2.0.txt  # comment\n", encoding="utf-8")
    loaded = load_dictionaries(tmp_path)
    assert [a.phrases for a in loaded.actors] == [("gondor",)]
    (tmp_path / "dictionaries.manifest").write_text("actorz: odd-name.dat\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"dictionaries.manifest:1: expected 'KIND: file name'"):
        load_dictionaries(tmp_path)
