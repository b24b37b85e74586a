"""Reading article files: formats, ids, dates, order, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from eventcoder.errors import InputError
from eventcoder.ingest import Article, BadInput, date_from_filename, iter_articles, parse_date

D = dt.date(2015, 10, 3)


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "value",
    ["2015-10-03", "20151003", 20151003, "2015-10-03T14:00:00Z", "2015-10-03 14:00", "2015-10-03T23:59:59+05:00", D],
)
def test_ingest_parse_date_accepts(value):
    assert parse_date(value) == D


@pytest.mark.parametrize("value", ["yesterday", "2015-13-01", "03/10/2015", "2015103", ""])
def test_ingest_parse_date_rejects_with_the_value_quoted(value):
    with pytest.raises(ValueError, match="unparseable date"):
        parse_date(value)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("2015-10-03-iraq.txt", D), ("20151003_story.txt", D), ("wire/x-2015-10-03.txt", D), ("story.txt", None), ("2015-99-99-x.txt", None)],
)
def test_ingest_date_from_filename(name, expected):
    assert date_from_filename(name) == expected


def test_ingest_formats_ids_and_stable_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2015-10-03-one.txt").write_text("Text one.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "single", "date": "2015-10-04", "text": "Two.", "title": "T"}), encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps([{"text": "Three."}, {"id": "four", "text": "Four."}]), encoding="utf-8")
    write_jsonl(tmp_path / "d.jsonl", [{"id": "five", "text": "Five.", "url": "http://x", "source": "AFP"}, "", {"text": "Six."}])
    with gzip.open(tmp_path / "e.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "seven", "text": "Seven."}) + "\n")
    with gzip.open(tmp_path / "f.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write("Eight.")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    articles = list(iter_articles([tmp_path]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.id for a in articles] == ["single", "b/2015-10-03-one.txt", "c.json#1", "four", "five", "d.jsonl:3", "seven", "f.txt.gz"]
    by_id = {a.id: a for a in articles}
    assert by_id["b/2015-10-03-one.txt"].date == D
    assert by_id["single"].title == "T" and by_id["single"].date == dt.date(2015, 10, 4)
    assert (by_id["five"].url, by_id["five"].source, by_id["five"].line) == ("http://x", "AFP", 1)
    assert by_id["f.txt.gz"].text == "Eight."


def test_ingest_date_precedence(tmp_path: Path):
    (tmp_path / "2015-10-03-x.txt").write_text("Text.", encoding="utf-8")
    write_jsonl(tmp_path / "r.jsonl", [{"id": "dated", "date": "2001-01-01", "text": "A."}, {"id": "undated", "text": "B."}])
    given = dt.date(2020, 2, 2)
    by_id = {a.id: a.date for a in iter_articles([tmp_path], default_date=given)}
    # The record's own date wins; --date beats a date in a file name.
    assert by_id == {"2015-10-03-x.txt": given, "dated": dt.date(2001, 1, 1), "undated": given}


def test_ingest_aliases_and_bom(tmp_path: Path):
    (tmp_path / "x.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"story_id": "s", "publish_date": "20151003", "content": "Body."}).encode() + b"\r\n")
    (article,) = iter_articles([tmp_path])
    assert (article.id, article.date, article.text) == ("s", D, "Body.")


def test_ingest_missing_input_raises_naming_it(tmp_path: Path):
    with pytest.raises(InputError, match="nope"):
        list(iter_articles([tmp_path / "nope"]))


BAD_CASES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("binary.txt", b"\x00\x01\x02\x03" * 20, "binary file"),
    ("latin1.txt", "café".encode("latin-1"), "not UTF-8 text (bad byte 0xe9 at offset 3)"),
    ("corrupt.txt.gz", b"\x1f\x8b\x08\x00garbage", "cannot read"),
    ("broken.json", b'{"id": "x", "text": ', "broken.json:1: malformed JSON"),
    ("scalar.json", b"42", "expected a JSON object, found int"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_ingest_bad_file_is_reported_and_later_files_still_read(tmp_path: Path, name: str, content: bytes, reason: str):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz-good.txt").write_text("Good.", encoding="utf-8")
    bad, good = list(iter_articles([tmp_path]))
    assert isinstance(bad, BadInput) and reason in bad.reason and str(tmp_path / name) in bad.reason
    assert isinstance(good, Article) and good.text == "Good."


def test_ingest_bad_jsonl_lines_are_reported_with_line_numbers(tmp_path: Path):
    path = write_jsonl(
        tmp_path / "w.jsonl",
        [
            {"id": "ok1", "text": "Fine."},
            '{"id": "broken", "text": ',
            {"id": "notext"},
            {"id": "emptytext", "text": "   "},
            {"id": "listtext", "text": ["a"]},
            {"id": "baddate", "date": "32/13/2015", "text": "Dated badly."},
            "[1, 2]",
            {"id": "ok2", "text": "Also fine."},
        ],
    )
    results = list(iter_articles([path]))
    assert [r.id for r in results if isinstance(r, Article)] == ["ok1", "ok2"]
    reasons = {r.line: r.reason for r in results if isinstance(r, BadInput)}
    assert reasons == {
        2: f"{path}:2: malformed JSON: Expecting value (column 26)",
        3: f"{path}:3: record has no text",
        4: f"{path}:4: record has empty text",
        5: f"{path}:5: text is a list, not a string",
        6: f"{path}:6: unparseable date '32/13/2015': expected YYYY-MM-DD, YYYYMMDD or an ISO date-time",
        7: f"{path}:7: expected a JSON object, found list",
    }


def test_ingest_non_utf8_jsonl_line_does_not_lose_the_rest(tmp_path: Path):
    path = tmp_path / "m.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "y"}\n')
    results = list(iter_articles([path]))
    assert [(type(r).__name__, r.id) for r in results] == [("Article", "a"), ("BadInput", "m.jsonl:2"), ("Article", "c")]
    assert f"{path}:2: not UTF-8" in results[1].reason
