"""Reading article files: formats, ids, dates, order, laziness, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import errno
import gzip
import io
import json
import os
import random
from pathlib import Path

import pytest

from eventcoder import ingest
from eventcoder.errors import InputError
from eventcoder.ingest import (
    Article,
    BadInput,
    date_from_filename,
    iter_articles,
    iter_input_files,
    parse_date,
)

D = dt.date(2015, 10, 3)
ROOT = Path(__file__).resolve().parents[1]


def write_jsonl(path: Path, records: list, newline: str = "\n") -> Path:
    path.write_bytes(newline.join(r if isinstance(r, str) else json.dumps(r) for r in records).encode("utf-8") + newline.encode())
    return path


def kinds(results: list) -> list[tuple[str, str]]:
    return [(type(r).__name__, r.id) for r in results]


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2015-10-03",
        " 2015-10-03 ",
        "20151003",
        20151003,
        "2015-10-03T14:00:00Z",
        "2015-10-03T14:00:00z",
        "2015-10-03 14:00",
        "2015-10-03T14:00:00.5",
        "2015-10-03T14:00:00.123456+00:00",
        "2015-10-03T23:59:59+05:00",
        "2015-10-03T23:59:59-0400",
        D,
        dt.datetime(2015, 10, 3, 23, 59, tzinfo=dt.timezone.utc),
    ],
)
def test_ingest_parse_date_accepts(value):
    assert parse_date(value) == D


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "Oct 3, 2015",
        "03/10/2015",
        "2015-13-01",
        "2015-02-30",
        "2015103",
        "201510031",
        "",
        "2015-W40-6",
        "2015-10-03T25:00",
        "2015-10-03T14",
        "2015-10-03T14:00+25:00",
        "2015-10-03 and more",
        True,
        20151003.0,
        None,
    ],
)
def test_ingest_parse_date_rejects_with_the_value_quoted(value):
    with pytest.raises(ValueError, match="unparseable date") as caught:
        parse_date(value)
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2015-10-03-iraq.txt", D),
        ("20151003_story.txt", D),
        ("x-2015-10-03.txt", D),
        ("story-20151003.json", D),
        ("story.txt", None),
        ("2015-99-99-x.txt", None),
        ("2015-02-30-then-2015-10-03.txt", D),
        ("2015-1003-x.txt", None),
        ("id-120151003.txt", None),
    ],
)
def test_ingest_date_from_filename(name, expected):
    assert date_from_filename(name) == expected


# --- formats, ids and order ------------------------------------------------------------------


def test_ingest_every_format_with_ids(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2015-10-03-one.txt").write_text("Text one.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "single", "date": "2015-10-04", "text": "Two.", "title": "T"}), encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps([{"text": "Three."}, {"id": "four", "text": "Four."}]), encoding="utf-8")
    (tmp_path / "c2.json").write_text(json.dumps({"text": "Untitled."}), encoding="utf-8")
    write_jsonl(tmp_path / "d.jsonl", [{"id": "five", "text": "Five.", "url": "http://x", "source": "AFP"}, "", {"text": "Six."}])
    with gzip.open(tmp_path / "e.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "seven", "text": "Seven."}) + "\n")
    with gzip.open(tmp_path / "f.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write("Eight.")
    with gzip.open(tmp_path / "g.json.gz", "wt", encoding="utf-8") as handle:
        json.dump([{"id": "nine", "text": "Nine."}], handle)
    (tmp_path / "H.TXT").write_text("Ten.", encoding="utf-8")
    articles = list(iter_articles([tmp_path]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.id for a in articles] == ["H.TXT", "single", "b/2015-10-03-one.txt", "c.json#1", "four", "c2.json", "five", "d.jsonl:3", "seven", "f.txt.gz", "nine"]
    by_id = {a.id: a for a in articles}
    assert by_id["single"] == Article("single", dt.date(2015, 10, 4), "Two.", title="T", path=str(tmp_path / "a.json"))
    assert (by_id["five"].url, by_id["five"].source, by_id["five"].line) == ("http://x", "AFP", 1)
    assert (by_id["d.jsonl:3"].line, by_id["c.json#1"].line, by_id["four"].line) == (3, 1, 2)
    assert by_id["b/2015-10-03-one.txt"] == Article("b/2015-10-03-one.txt", D, "Text one.", path=str(tmp_path / "b" / "2015-10-03-one.txt"))
    assert by_id["f.txt.gz"].text == "Eight." and by_id["nine"].text == "Nine."


def test_ingest_folders_walked_recursively_in_stable_sorted_order(tmp_path: Path):
    names = ["z.txt", "a/x.txt", "a-b/x.txt", "a/b/c/deep.jsonl", "a.txt", "m/2.json", "m/10.json", "B.txt"]
    random.Random(7).shuffle(names)  # creation order must not matter
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(json.dumps({"text": name}) if "json" in name else name, encoding="utf-8")
    for skipped in [".hidden.txt", ".git/objects/x.txt", "a/.cache/y.json", "notes.md", "data.csv.gz", "a/readme"]:
        (tmp_path / skipped).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / skipped).write_text("not an article", encoding="utf-8")
    expected = ["B.txt", "a/b/c/deep.jsonl", "a/x.txt", "a-b/x.txt", "a.txt", "m/10.json", "m/2.json", "z.txt"]
    assert [relative for _, relative in iter_input_files([tmp_path])] == expected
    first = [a.id for a in iter_articles([tmp_path])]
    assert first == ["B.txt", "a/b/c/deep.jsonl:1", "a/x.txt", "a-b/x.txt", "a.txt", "m/10.json", "m/2.json", "z.txt"]
    assert [a.id for a in iter_articles([tmp_path])] == first


def test_ingest_inputs_in_given_order_and_files_given_directly_use_their_name(tmp_path: Path):
    (tmp_path / "folder" / "sub").mkdir(parents=True)
    (tmp_path / "folder" / "sub" / "in.txt").write_text("In a folder.", encoding="utf-8")
    (tmp_path / "folder" / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    direct = tmp_path / "folder" / "sub" / "direct.txt"
    direct.write_text("Given directly.", encoding="utf-8")
    hidden = tmp_path / "folder" / ".hidden.txt"  # named explicitly, so it is read
    articles = list(iter_articles([direct, tmp_path / "folder", hidden]))
    assert [(a.id, a.path) for a in articles] == [
        ("direct.txt", str(direct)),
        ("sub/direct.txt", str(direct)),
        ("sub/in.txt", str(tmp_path / "folder" / "sub" / "in.txt")),
        (".hidden.txt", str(hidden)),
    ]


def test_ingest_a_single_path_is_taken_as_one_input(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    assert [a.id for a in iter_articles(tmp_path)] == ["a.txt"]
    assert [a.id for a in iter_articles(str(tmp_path))] == ["a.txt"]


def test_ingest_missing_input_raises_naming_it_before_reading_anything(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    records = iter_articles([tmp_path, tmp_path / "nope"])
    with pytest.raises(InputError, match="no such input file or folder: .*nope"):
        next(records)
    with pytest.raises(InputError, match="nope"):
        list(iter_input_files([tmp_path / "nope"]))


def test_ingest_unsupported_file_given_directly_raises(tmp_path: Path):
    (tmp_path / "stories.csv").write_text("id,text\n1,A.\n", encoding="utf-8")
    with pytest.raises(InputError, match="stories.csv"):
        list(iter_articles([tmp_path / "stories.csv"]))


def test_ingest_symlinked_folders_are_not_followed(tmp_path: Path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("A.", encoding="utf-8")
    try:
        (tmp_path / "real" / "loop").symlink_to(tmp_path / "real", target_is_directory=True)
        (tmp_path / "real" / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    except OSError:
        pytest.skip("no symlinks here")
    assert [a.id for a in iter_articles([tmp_path])] == ["real/a.txt", "real/b.txt"]


# --- fields, dates and encodings ---------------------------------------------------------------


def test_ingest_date_precedence(tmp_path: Path):
    (tmp_path / "2015-10-03-x.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "undated-name.txt").write_text("Text.", encoding="utf-8")
    write_jsonl(tmp_path / "r.jsonl", [{"id": "dated", "date": "2001-01-01", "text": "A."}, {"id": "undated", "text": "B."}, {"id": "blank", "date": "", "text": "C."}])
    given = dt.date(2020, 2, 2)
    # The record's own date wins; a date given by the user beats one in a file name.
    assert {a.id: a.date for a in iter_articles([tmp_path], default_date=given)} == {
        "2015-10-03-x.txt": given,
        "undated-name.txt": given,
        "dated": dt.date(2001, 1, 1),
        "undated": given,
        "blank": given,
    }
    # Without a given date, a .txt file falls back to its name, and records without a date have none.
    assert {a.id: a.date for a in iter_articles([tmp_path])} == {
        "2015-10-03-x.txt": D,
        "undated-name.txt": None,
        "dated": dt.date(2001, 1, 1),
        "undated": None,
        "blank": None,
    }


def test_ingest_txt_header_lines_give_date_and_title(tmp_path: Path):
    # "Date:" and "Title:" lines at the top, as news exports write them, ended by a blank line.
    (tmp_path / "2001-01-01-a.txt").write_text("DATE: 2015-10-03\nHeadline: Talks in Baghdad\n\nIraq met Iran.\n", encoding="utf-8")
    # Only at the very top: a "Date:" line further down is text.
    (tmp_path / "b.txt").write_text("Iraq met Iran.\nDate: 2015-10-03\n", encoding="utf-8")
    a, b = iter_articles([tmp_path], default_date=dt.date(2020, 2, 2))
    # The article's own date beats a given one and one in its name.
    assert (a.date, a.title, a.text) == (D, "Talks in Baghdad", "Iraq met Iran.\n")
    assert (b.date, b.title, b.text) == (dt.date(2020, 2, 2), None, "Iraq met Iran.\nDate: 2015-10-03\n")


def test_ingest_field_aliases(tmp_path: Path):
    records = [
        {"story_id": "s1", "publish_date": "20151003", "content": "One.", "headline": "H", "link": "http://l", "publisher": "P"},
        {"article_id": "s2", "published": "2015-10-03T10:00:00Z", "body": "Two."},
        {"article_id": 7, "datetime": 20151003, "text": "Three."},
        {"id": 0, "text": None, "content": "Four."},
    ]
    articles = list(iter_articles([write_jsonl(tmp_path / "x.jsonl", records)]))
    assert [(a.id, a.date, a.text) for a in articles] == [("s1", D, "One."), ("s2", D, "Two."), ("7", D, "Three."), ("0", None, "Four.")]
    assert (articles[0].title, articles[0].url, articles[0].source) == ("H", "http://l", "P")


def test_ingest_bom_and_crlf_are_fine(tmp_path: Path):
    bom = b"\xef\xbb\xbf"
    (tmp_path / "a.jsonl").write_bytes(bom + json.dumps({"id": "l1", "date": "20151003", "text": "One."}).encode() + b"\r\n\r\n" + json.dumps({"id": "l2", "text": "Two."}).encode() + b"\r\n")
    (tmp_path / "b.json").write_bytes(bom + b'{\r\n  "id": "j",\r\n  "text": "Three."\r\n}\r\n')
    (tmp_path / "c.txt").write_bytes(bom + b"Title\r\n\r\nFirst line.\r\nSecond line.\r\n")
    articles = list(iter_articles([tmp_path]))
    assert [(a.id, a.text) for a in articles] == [("l1", "One."), ("l2", "Two."), ("j", "Three."), ("c.txt", "Title\n\nFirst line.\nSecond line.\n")]
    assert articles[0].date == D


def test_ingest_jsonl_is_streamed_not_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write_jsonl(tmp_path / "big.jsonl", [{"id": f"a{i}", "text": "word " * 100} for i in range(5000)])
    handles: list[CountingFile] = []

    def counting_open(opened: Path) -> io.BufferedReader:
        raw = CountingFile(opened)
        handles.append(raw)
        return io.BufferedReader(raw)

    monkeypatch.setattr(ingest, "_open_bytes", counting_open)
    records = iter_articles([path])
    assert next(records).id == "a0"
    assert handles[0].bytes_read < 100_000 < path.stat().st_size
    assert sum(1 for _ in records) == 4999


class CountingFile(io.FileIO):
    """A file that counts the bytes actually read from disk."""

    def __init__(self, path: Path):
        super().__init__(path, "rb")
        self.bytes_read = 0

    def readinto(self, buffer) -> int:
        n = super().readinto(buffer)
        self.bytes_read += n or 0
        return n


def test_ingest_sample_data_reads_cleanly():
    records = list(iter_articles([ROOT / "data"]))
    assert records and all(isinstance(r, Article) for r in records), [r.reason for r in records if isinstance(r, BadInput)]
    assert len({r.id for r in records}) == len(records)
    assert all(r.date is not None and len(r.text.split()) >= 20 for r in records)


# --- bad input: one kind at a time, always named, never the end of the run -------------------------

GARBAGE_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage that is not deflate data"

# (file name, content, reason after "<path>", BadInput.line)
BAD_FILES = [
    ("empty.txt", b"", ": empty file", None),
    ("blank.txt", b"  \n\t\r\n", ": empty file", None),
    ("empty.json", b"\n", ": empty file", None),
    ("blank.jsonl", b"\n\n  \n", ": empty file", None),
    ("empty.txt.gz", gzip.compress(b""), ": empty file", None),
    ("binary.txt", b"\x00\x01\x02\x03" * 20, ": binary file (NUL bytes in the first 8192 bytes), not text", None),
    ("binary.json", b'{"text": "\x00"}', ": binary file (NUL bytes in the first 8192 bytes), not text", None),
    ("binary.jsonl", (b"\x00\x01\n" * 50), ": binary file (NUL bytes in the first 8192 bytes), not text", None),
    ("latin1.txt", "Fine line.\ncafé".encode("latin-1"), ":2: not UTF-8 text (bad byte 0xe9 at byte offset 14)", 2),
    ("latin1.json", '{"id": "x",\n "text": "café"}'.encode("latin-1"), ":2: not UTF-8 text (bad byte 0xe9 at byte offset 25)", 2),
    ("latin1.txt.gz", gzip.compress("café".encode("latin-1")), ":1: not UTF-8 text (bad byte 0xe9 at byte offset 3 of the decompressed data)", 1),
    ("corrupt.txt.gz", GARBAGE_GZIP, ": corrupt gzip file: ", None),
    ("corrupt.json.gz", b"\x1f\x8b not gzip at all", ": corrupt gzip file: ", None),
    ("notgzip.jsonl.gz", b'{"text": "plain"}\n', ": corrupt gzip file: Not a gzipped file", None),
    ("broken.json", b'{"id": "x",\n "text": }', ":2: malformed JSON: Expecting value (column 10)", 2),
    ("scalar.json", b"42", ": expected a JSON object, found a number", None),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, ": unreadable JSON: maximum recursion depth exceeded", None),
    ("notext.json", b'{"id": "x", "title": "No text"}', ": record has no text", None),
    ("emptytext.json", b'{"id": "x", "text": " \\n "}', ": record has empty text", None),
    ("listtext.json", b'{"id": "x", "text": ["a", "b"]}', ": text is an array, not a string", None),
    ("baddate.json", b'{"id": "x", "date": "3 Oct", "text": "Dated badly."}', ": unparseable date '3 Oct': expected YYYY-MM-DD, YYYYMMDD or an ISO date-time", None),
    ("baddate.txt", b"Title: Talks\nDate: 3 Oct\n\nDated badly.", ":2: unparseable date '3 Oct': expected YYYY-MM-DD, YYYYMMDD or an ISO date-time", 2),
    ("headeronly.txt", b"Date: 2015-10-03\n\n", ": no text after the header lines", None),
]


@pytest.mark.parametrize(("name", "content", "reason", "line"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_ingest_bad_file_is_reported_and_later_files_still_read(tmp_path: Path, name: str, content: bytes, reason: str, line: int | None):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz-good.txt").write_text("Good.", encoding="utf-8")
    bad, good = list(iter_articles([tmp_path]))
    assert isinstance(bad, BadInput), bad
    assert bad.reason.startswith(f"{tmp_path / name}{reason}"), bad.reason
    assert (bad.path, bad.line) == (str(tmp_path / name), line)
    assert bad.id in (name, "x")
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
            '"just a string"',
            "[" * 100_000,
            {"text": 5},
            {"id": "ok2", "text": "Also fine."},
        ],
    )
    results = list(iter_articles([path]))
    assert kinds(results) == [
        ("Article", "ok1"),
        ("BadInput", "w.jsonl:2"),
        ("BadInput", "notext"),
        ("BadInput", "emptytext"),
        ("BadInput", "listtext"),
        ("BadInput", "baddate"),
        ("BadInput", "w.jsonl:7"),
        ("BadInput", "w.jsonl:8"),
        ("BadInput", "w.jsonl:9"),
        ("BadInput", "w.jsonl:10"),
        ("Article", "ok2"),
    ]
    reasons = {r.line: r.reason for r in results if isinstance(r, BadInput)}
    assert reasons == {
        2: f"{path}:2: malformed JSON: Expecting value (column 26)",
        3: f"{path}:3: record has no text",
        4: f"{path}:4: record has empty text",
        5: f"{path}:5: text is an array, not a string",
        6: f"{path}:6: unparseable date '32/13/2015': expected YYYY-MM-DD, YYYYMMDD or an ISO date-time",
        7: f"{path}:7: expected a JSON object, found an array",
        8: f"{path}:8: expected a JSON object, found a string",
        9: reasons[9],
        10: f"{path}:10: text is a number, not a string",
    }
    assert reasons[9].startswith(f"{path}:9: unreadable JSON: maximum recursion depth exceeded")


def test_ingest_malformed_jsonl_column_is_within_the_line_with_crlf(tmp_path: Path):
    path = write_jsonl(tmp_path / "w.jsonl", [{"id": "a", "text": "A."}, '{"id": "b" "text": "B."}', {"id": "c", "text": "C."}], newline="\r\n")
    results = list(iter_articles([path]))
    assert kinds(results) == [("Article", "a"), ("BadInput", "w.jsonl:2"), ("Article", "c")]
    assert results[1].reason == f"{path}:2: malformed JSON: Expecting ',' delimiter (column 12)"


def test_ingest_bad_records_in_a_json_list_are_named_by_position(tmp_path: Path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "a", "text": "A."}, "oops", {"text": ""}, {"id": "d", "date": "soon", "text": "D."}, {"text": "E."}]), encoding="utf-8")
    results = list(iter_articles([path]))
    assert kinds(results) == [("Article", "a"), ("BadInput", "list.json#2"), ("BadInput", "list.json#3"), ("BadInput", "d"), ("Article", "list.json#5")]
    assert [r.reason for r in results if isinstance(r, BadInput)] == [
        f"{path}: record 2: expected a JSON object, found a string",
        f"{path}: record 3: record has no text",
        f"{path}: record 4: unparseable date 'soon': expected YYYY-MM-DD, YYYYMMDD or an ISO date-time",
    ]
    assert [r.line for r in results] == [1, 2, 3, 4, 5]


def test_ingest_non_utf8_jsonl_line_does_not_lose_the_rest(tmp_path: Path):
    path = tmp_path / "m.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "y"}\n')
    results = list(iter_articles([path]))
    assert kinds(results) == [("Article", "a"), ("BadInput", "m.jsonl:2"), ("Article", "c")]
    # The offset counts from the start of the file, so a hex editor finds the byte.
    assert results[1].reason == f"{path}:2: not UTF-8 text (bad byte 0xe9 at byte offset 49)"
    assert path.read_bytes()[49] == 0xE9


def test_ingest_truncated_gzip_keeps_the_records_before_the_damage(tmp_path: Path):
    rng = random.Random(3)
    lines = [json.dumps({"id": f"r{i}", "text": "".join(rng.choice("abcdefghij ") for _ in range(400))}) for i in range(400)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    (tmp_path / "a.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "b.txt").write_text("After.", encoding="utf-8")
    results = list(iter_articles([tmp_path]))
    *read, bad, after = results
    assert 10 < len(read) < 400 and all(isinstance(r, Article) for r in read)
    assert [r.id for r in read] == [f"r{i}" for i in range(len(read))]
    assert isinstance(bad, BadInput) and bad.line == len(read) + 1
    assert bad.reason.startswith(f"{tmp_path / 'a.jsonl.gz'}:{len(read) + 1}: corrupt gzip file: ")
    assert bad.reason.endswith("; the rest of the file is skipped")
    assert isinstance(after, Article) and after.id == "b.txt"


def test_ingest_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    locked = tmp_path / "a-locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Open.", encoding="utf-8")
    real_open = ingest._open_bytes

    # Simulated: the tests may run as root, who can read a file without permissions.
    def deny(path: Path):
        if path == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path)

    monkeypatch.setattr(ingest, "_open_bytes", deny)
    bad, good = list(iter_articles([tmp_path]))
    assert bad == BadInput("a-locked.txt", str(locked), None, f"{locked}: cannot read: Permission denied")
    assert good.id == "b.txt"


def test_ingest_io_error_in_the_middle_of_a_jsonl_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": f"r{i}", "text": "T."} for i in range(5)])
    (tmp_path / "b.txt").write_text("After.", encoding="utf-8")
    real_open = ingest._open_bytes

    class FailingAfterTwoLines(io.BytesIO):
        def __iter__(self):
            yield from self.read().splitlines(keepends=True)[:2]
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(ingest, "_open_bytes", lambda p: FailingAfterTwoLines(p.read_bytes()) if p == path else real_open(p))
    results = list(iter_articles([tmp_path]))
    assert kinds(results) == [("Article", "r0"), ("Article", "r1"), ("BadInput", "a.jsonl"), ("Article", "b.txt")]
    assert results[2].reason == f"{path}:3: cannot read: Input/output error; the rest of the file is skipped"
    assert results[2].line == 3


def test_ingest_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for name in ["a/1.txt", "b/2.txt", "c/3.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == tmp_path / "b":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest.os, "scandir", scandir)
    results = list(iter_articles([tmp_path]))
    assert kinds(results) == [("Article", "a/1.txt"), ("BadInput", "b"), ("Article", "c/3.txt")]
    assert results[1].reason == f"{tmp_path / 'b'}: cannot list folder: Permission denied"
    assert [relative for _, relative in iter_input_files([tmp_path])] == ["a/1.txt", "c/3.txt"]
