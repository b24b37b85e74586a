"""Reading article folders lazily: files and folders in, Article records (or BadInput reasons) out."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".json", ".jsonl")
_ALIASES = {
    "id": ("id", "story_id", "article_id", "doc_id"),
    "date": ("date", "publish_date", "published", "datetime", "publication_date"),
    "text": ("text", "content", "body", "story"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "source": ("source", "publisher"),
}
# 2015-10-03 or 20151003, not inside a longer number; the separators are both there or both absent.
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})(-?)(\d{2})\2(\d{2})(?!\d)")
# The accepted date-time shapes, checked here rather than by fromisoformat, whose accepted
# forms differ between Python 3.10 and 3.11+ (week dates, basic times, any fraction length).
_ISO_DATETIME = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?:Z|[+-](?P<tzh>\d{2})(?::?(?P<tzm>\d{2}))?)?)?",
    re.IGNORECASE,
)
_DATE_FORMS = "expected YYYY-MM-DD, YYYYMMDD or an ISO date-time"
# Header lines at the top of a .txt article ("Date: 2015-10-03", "Title: ..."), as news exports write
# them; the field names are the JSON ones, and a blank line may end the header.
_HEADER_LINE = re.compile(r"(?P<name>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*)")
_HEADER_FIELDS = {alias: name for name in ("date", "title", "url", "source") for alias in _ALIASES[name]}
_BINARY_PROBE = 8192
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


@dataclass(frozen=True)
class Article:
    """One article to code."""

    id: str
    date: dt.date | None
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str = ""  # the file it came from, as given or walked
    line: int | None = None  # 1-based line of a .jsonl record, or 1-based position in a .json list


@dataclass(frozen=True)
class BadInput:
    """An input that could not be read as an article; ``reason`` names the file (and line)."""

    id: str  # the article id if known, else the relative path (+ ":LINE" for .jsonl, "#N" for .json lists)
    path: str
    line: int | None
    reason: str


class _Undecodable(Exception):
    """Bytes that are not UTF-8 text; carries the reason and the line of the first bad byte."""

    def __init__(self, reason: str, line: int):
        super().__init__(reason)
        self.reason = reason
        self.line = line


def parse_date(value: str | int | dt.date | dt.datetime) -> dt.date:
    """A date from YYYY-MM-DD, YYYYMMDD or an ISO date-time; ValueError quotes the value otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    problem = ValueError(f"unparseable date {value!r}: {_DATE_FORMS}")
    # bool is an int, and True must not become a date by accident.
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise problem
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _ISO_DATETIME.fullmatch(text)
    if match is None:
        raise problem
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        if match["H"] is not None:
            # The time is not kept, but a date-time with an impossible time is not trusted either.
            dt.time(int(match["H"]), int(match["M"]), int(match["S"] or 0))
        if int(match["tzh"] or 0) > 23 or int(match["tzm"] or 0) > 59:
            raise ValueError
    except ValueError:
        raise problem from None
    return day  # the calendar date as written, in the article's own time zone


def date_from_filename(name: str) -> dt.date | None:
    """A date written in a file name (``2015-10-03-story.txt``, ``20151003_x.txt``), or None."""
    for match in _FILENAME_DATE.finditer(name):
        try:
            return dt.date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue
    return None


def _suffix(name: str) -> str | None:
    name = name.lower().removesuffix(".gz")
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def _iter_files(inputs: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[Path, str, OSError | None]]:
    """(path, id, None) for every supported file, or (folder, id, error) for a folder that cannot be listed."""
    # A single path is a common slip; iterating it would walk its characters.
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    roots = [Path(given) for given in inputs]
    # Check every argument before reading anything, so a typo in the last one fails at once.
    missing = [str(root) for root in roots if not root.exists()]
    if missing:
        raise InputError(f"no such input file or folder: {', '.join(missing)}")
    unsupported = [str(root) for root in roots if not root.is_dir() and not (root.is_file() and _suffix(root.name))]
    if unsupported:
        raise InputError(f"not an article file (.txt, .json, .jsonl, optionally .gz) or folder: {', '.join(unsupported)}")
    for root in roots:
        if root.is_dir():
            yield from _walk(root, "", str(root))
        else:
            yield root, root.name, None


def _walk(folder: Path, prefix: str, folder_id: str) -> Iterator[tuple[Path, str, OSError | None]]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield folder, folder_id, exc
        return
    # Sorting names within each folder and descending in place gives the order of sorted
    # relative paths, without ever listing hidden folders such as .git.
    for entry in entries:
        if entry.name.startswith("."):
            continue
        relative = prefix + entry.name
        path = folder / entry.name
        try:
            # Symlinked folders are not followed: they can loop and would code articles twice.
            is_folder = entry.is_dir(follow_symlinks=False)
            is_file = not is_folder and entry.is_file()
        except OSError as exc:
            yield path, relative, exc
            continue
        if is_folder:
            yield from _walk(path, relative + "/", relative)
        elif is_file and _suffix(entry.name):
            yield path, relative, None


def iter_input_files(inputs: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[Path, str]]:
    """(path, id) of every supported file: folders walked recursively in sorted order, hidden ones skipped."""
    for path, relative, error in _iter_files(inputs):
        if error is not None:
            log.warning("%s: cannot list folder: %s", path, _os_reason(error))
            continue
        yield path, relative


def iter_articles(inputs: Sequence[str | os.PathLike[str]], default_date: dt.date | None = None) -> Iterator[Article | BadInput]:
    """Every article under ``inputs``, lazily, in a stable order; problems come as BadInput and never raise."""
    for path, file_id, error in _iter_files(inputs):
        if error is not None:
            yield BadInput(file_id, str(path), None, f"{path}: cannot list folder: {_os_reason(error)}")
            continue
        reader = _READERS[_suffix(path.name) or ".txt"]  # every walked or given file has a supported suffix
        try:
            yield from reader(path, file_id, default_date)
        except _GZIP_ERRORS as exc:
            yield BadInput(file_id, str(path), None, f"{path}: corrupt gzip file: {exc}")
        except OSError as exc:
            yield BadInput(file_id, str(path), None, f"{path}: cannot read: {_os_reason(exc)}")


def _os_reason(exc: OSError) -> str:
    # strerror alone: the default message repeats the path the reason already starts with.
    return exc.strerror or str(exc)


def _open_bytes(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _decode(data: bytes, path: Path, line: int = 1, offset: int = 0) -> str:
    """UTF-8 text (a leading BOM is dropped); _Undecodable names the line and byte offset of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = line + data.count(b"\n", 0, exc.start)
        of_what = " of the decompressed data" if path.name.lower().endswith(".gz") else ""
        reason = f"{path}:{bad_line}: not UTF-8 text (bad byte 0x{data[exc.start]:02x} at byte offset {offset + exc.start}{of_what})"
        raise _Undecodable(reason, bad_line) from None


def _binary(path: Path, file_id: str, probe: bytes) -> BadInput | None:
    if b"\x00" in probe[:_BINARY_PROBE]:
        return BadInput(file_id, str(path), None, f"{path}: binary file (NUL bytes in the first {_BINARY_PROBE} bytes), not text")
    return None


def _read_whole(path: Path, file_id: str) -> str | BadInput:
    """The text of a whole .txt or .json file, or why it has none."""
    with _open_bytes(path) as handle:
        data = handle.read()
    bad = _binary(path, file_id, data)
    if bad is not None:
        return bad
    try:
        text = _decode(data, path)
    except _Undecodable as exc:
        return BadInput(file_id, str(path), exc.line, exc.reason)
    if not text.strip():
        return BadInput(file_id, str(path), None, f"{path}: empty file")
    return text


def _iter_txt(path: Path, file_id: str, default_date: dt.date | None) -> Iterator[Article | BadInput]:
    text = _read_whole(path, file_id)
    if isinstance(text, BadInput):
        yield text
        return
    # As text mode would: CRLF and CR files give the same article as LF ones.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, text = _txt_header(text)
    if not text.strip():
        yield BadInput(file_id, str(path), None, f"{path}: no text after the header lines")
        return
    day = None
    if "date" in header:
        number, value = header["date"]
        try:
            day = parse_date(value)
        except ValueError as exc:
            yield BadInput(file_id, str(path), number, f"{path}:{number}: {exc}")
            return
    # The article's own date first; else one the user gave explicitly beats one guessed from the file name.
    if day is None:
        day = default_date if default_date is not None else date_from_filename(path.name)
    optional = {name: header[name][1] if name in header else None for name in ("title", "url", "source")}
    yield Article(id=file_id, date=day, text=text, path=str(path), **optional)


def _txt_header(text: str) -> tuple[dict[str, tuple[int, str]], str]:
    """The header fields at the top of a .txt article ("Date: 2015-10-03" lines, each field by its
    JSON name with its 1-based line) and the text after them; no header when the first line is none."""
    lines = text.split("\n")
    header: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines, 1):
        match = _HEADER_LINE.fullmatch(line.strip())
        name = _HEADER_FIELDS.get(match["name"].lower()) if match else None
        if name is None or name in header:
            if header and not line.strip():
                number += 1  # the blank line that ends the header
            break
        header[name] = (number, match["value"].strip())
    else:
        number = len(lines) + 1
    if not header:
        return {}, text
    return header, "\n".join(lines[number - 1 :])


def _iter_json(path: Path, file_id: str, default_date: dt.date | None) -> Iterator[Article | BadInput]:
    text = _read_whole(path, file_id)
    if isinstance(text, BadInput):
        yield text
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield BadInput(file_id, str(path), exc.lineno, f"{path}:{exc.lineno}: malformed JSON: {exc.msg} (column {exc.colno})")
        return
    except (ValueError, RecursionError) as exc:  # integers over Python's digit limit; absurd nesting
        yield BadInput(file_id, str(path), None, f"{path}: unreadable JSON: {exc}")
        return
    if isinstance(data, list):
        for position, record in enumerate(data, start=1):
            yield _record(record, path, f"{file_id}#{position}", position, f"{path}: record {position}", default_date)
    else:
        yield _record(data, path, file_id, None, str(path), default_date)


def _iter_jsonl(path: Path, file_id: str, default_date: dt.date | None) -> Iterator[Article | BadInput]:
    with _open_bytes(path) as handle:
        # One report for a binary file, not one per chance newline in it.
        bad = _binary(path, file_id, handle.read(_BINARY_PROBE))
        if bad is not None:
            yield bad
            return
        handle.seek(0)
        number = offset = 0
        seen_text = False
        try:
            # Streamed line by line: a .jsonl file is never held in memory whole.
            for number, raw in enumerate(handle, start=1):
                start, offset = offset, offset + len(raw)
                where = f"{path}:{number}"
                try:
                    line = _decode(raw, path, number, start)
                except _Undecodable as exc:
                    yield BadInput(f"{file_id}:{number}", str(path), number, exc.reason)
                    continue
                if not line.strip():
                    continue
                seen_text = True
                try:
                    # Without its line ending, so an error's column is within this line.
                    record = json.loads(line.rstrip("\r\n"))
                except json.JSONDecodeError as exc:
                    yield BadInput(f"{file_id}:{number}", str(path), number, f"{where}: malformed JSON: {exc.msg} (column {exc.colno})")
                    continue
                except (ValueError, RecursionError) as exc:  # integers over Python's digit limit; absurd nesting
                    yield BadInput(f"{file_id}:{number}", str(path), number, f"{where}: unreadable JSON: {exc}")
                    continue
                yield _record(record, path, f"{file_id}:{number}", number, where, default_date)
        except (*_GZIP_ERRORS, OSError) as exc:
            # Records before the damage were already produced; say where reading stopped.
            what = "corrupt gzip file" if isinstance(exc, _GZIP_ERRORS) else "cannot read"
            detail = exc if isinstance(exc, _GZIP_ERRORS) else _os_reason(exc)
            yield BadInput(file_id, str(path), number + 1, f"{path}:{number + 1}: {what}: {detail}; the rest of the file is skipped")
            return
    if not seen_text:
        yield BadInput(file_id, str(path), None, f"{path}: empty file")


_READERS = {".jsonl": _iter_jsonl, ".json": _iter_json, ".txt": _iter_txt}


def _field(record: dict[str, Any], name: str) -> Any:
    return next((record[key] for key in _ALIASES[name] if record.get(key) not in (None, "")), None)


def _record(record: object, path: Path, fallback_id: str, line: int | None, where: str, default_date: dt.date | None) -> Article | BadInput:
    if not isinstance(record, dict):
        return BadInput(fallback_id, str(path), line, f"{where}: expected a JSON object, found {_json_type(record)}")
    given_id = _field(record, "id")
    article_id = fallback_id if given_id is None else str(given_id)
    text = _field(record, "text")
    if text is None:
        return BadInput(article_id, str(path), line, f"{where}: record has no text")
    if not isinstance(text, str):
        return BadInput(article_id, str(path), line, f"{where}: text is {_json_type(text)}, not a string")
    if not text.strip():
        return BadInput(article_id, str(path), line, f"{where}: record has empty text")
    raw_date = _field(record, "date")
    try:
        # The record's own date wins; default_date only fills in for records without one.
        day = parse_date(raw_date) if raw_date is not None else default_date
    except ValueError as exc:
        return BadInput(article_id, str(path), line, f"{where}: {exc}")
    optional = {name: (None if (value := _field(record, name)) is None else str(value)) for name in ("title", "url", "source")}
    return Article(id=article_id, date=day, text=text, path=str(path), line=line, **optional)


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, as a user who wrote the file would say it."""
    if isinstance(value, bool):
        return "a boolean"
    names = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
