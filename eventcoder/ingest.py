"""Reading article folders lazily: files and folders in, Article records (or BadInput reasons) out."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

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
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_BINARY_PROBE = 8192


@dataclass(frozen=True)
class Article:
    """One article to code."""

    id: str
    date: dt.date | None
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str = ""
    line: int | None = None  # 1-based line of a .jsonl record, or position in a .json list


@dataclass(frozen=True)
class BadInput:
    """An input that could not be read as an article; ``reason`` names the file (and line)."""

    id: str
    path: str
    line: int | None
    reason: str


def parse_date(value: str | int | dt.date | dt.datetime) -> dt.date:
    """A date from YYYY-MM-DD, YYYYMMDD or an ISO date-time; ValueError says what was wrong."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"unparseable date {value!r}: expected YYYY-MM-DD, YYYYMMDD or an ISO date-time") from None


def date_from_filename(name: str) -> dt.date | None:
    """A date written in a file name (``2015-10-03-story.txt``, ``20151003_x.txt``), or None."""
    for match in _FILENAME_DATE.finditer(name):
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def iter_input_files(inputs: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[Path, str]]:
    """(path, id) of every supported file: folders walked recursively in sorted order, hidden ones skipped."""
    for given in inputs:
        root = Path(given)
        if root.is_file():
            yield root, root.name
        elif root.is_dir():
            for path in sorted(root.rglob("*")):
                relative = path.relative_to(root)
                if any(part.startswith(".") for part in relative.parts) or not path.is_file():
                    continue
                if _suffix(path) is not None:
                    yield path, relative.as_posix()
        else:
            raise InputError(f"{root}: no such file or folder")


def _open_bytes(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")  # noqa: SIM115


def _decode(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is fine); raises ValueError naming the byte offset of bad bytes."""
    if b"\x00" in data[:_BINARY_PROBE]:
        raise ValueError(f"{where}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{where}: not UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def iter_articles(inputs: Sequence[str | os.PathLike[str]], default_date: dt.date | None = None) -> Iterator[Article | BadInput]:
    """Every article under ``inputs``, lazily, in a stable order; problems come as BadInput and never raise."""
    for path, file_id in iter_input_files(inputs):
        try:
            if _suffix(path) == ".jsonl":
                yield from _iter_jsonl(path, file_id, default_date)
            elif _suffix(path) == ".json":
                yield from _iter_json(path, file_id, default_date)
            else:
                yield _read_txt(path, file_id, default_date)
        except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield BadInput(file_id, str(path), None, f"{path}: cannot read: {exc}")
        except ValueError as exc:
            yield BadInput(file_id, str(path), None, str(exc))


def _read_txt(path: Path, file_id: str, default_date: dt.date | None) -> Article | BadInput:
    with _open_bytes(path) as handle:
        text = _decode(handle.read(), str(path))
    if not text.strip():
        return BadInput(file_id, str(path), None, f"{path}: empty file")
    day = default_date if default_date is not None else date_from_filename(path.name)
    return Article(id=file_id, date=day, text=text, path=str(path))


def _iter_json(path: Path, file_id: str, default_date: dt.date | None) -> Iterator[Article | BadInput]:
    with _open_bytes(path) as handle:
        text = _decode(handle.read(), str(path))
    if not text.strip():
        yield BadInput(file_id, str(path), None, f"{path}: empty file")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield BadInput(file_id, str(path), exc.lineno, f"{path}:{exc.lineno}: malformed JSON: {exc.msg} (column {exc.colno})")
        return
    if isinstance(data, list):
        for position, record in enumerate(data, start=1):
            yield _record(record, path, f"{file_id}#{position}", position, f"{path}: record {position}", default_date)
    else:
        yield _record(data, path, file_id, None, str(path), default_date)


def _iter_jsonl(path: Path, file_id: str, default_date: dt.date | None) -> Iterator[Article | BadInput]:
    with _open_bytes(path) as handle:
        seen_text = False
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            record_id = f"{file_id}:{number}"
            try:
                line = _decode(raw, where)
            except ValueError as exc:
                yield BadInput(record_id, str(path), number, str(exc))
                continue
            if not line.strip():
                continue
            seen_text = True
            try:
                record = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                yield BadInput(record_id, str(path), number, f"{where}: malformed JSON: {exc.msg} (column {exc.colno})")
                continue
            yield _record(record, path, record_id, number, where, default_date)
        if not seen_text:
            yield BadInput(file_id, str(path), None, f"{path}: empty file")


def _field(record: dict, name: str):
    return next((record[key] for key in _ALIASES[name] if record.get(key) not in (None, "")), None)


def _record(record: object, path: Path, fallback_id: str, line: int | None, where: str, default_date: dt.date | None) -> Article | BadInput:
    if not isinstance(record, dict):
        return BadInput(fallback_id, str(path), line, f"{where}: expected a JSON object, found {type(record).__name__}")
    article_id = str(_field(record, "id") or fallback_id)
    text = _field(record, "text")
    if text is None:
        return BadInput(article_id, str(path), line, f"{where}: record has no text")
    if not isinstance(text, str):
        return BadInput(article_id, str(path), line, f"{where}: text is a {type(text).__name__}, not a string")
    if not text.strip():
        return BadInput(article_id, str(path), line, f"{where}: record has empty text")
    raw_date = _field(record, "date")
    try:
        day = parse_date(raw_date) if raw_date is not None else default_date
    except ValueError as exc:
        return BadInput(article_id, str(path), line, f"{where}: {exc}")
    optional = {name: (None if (value := _field(record, name)) is None else str(value)) for name in ("title", "url", "source")}
    return Article(id=article_id, date=day, text=text, path=str(path), line=line, **optional)
