"""PETRARCH2/TABARI dictionary folders: recognise files by name and read them into one model."""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Callable
from pathlib import Path

from .model import Dictionaries

log = logging.getLogger(__name__)

MANIFEST = "dictionaries.manifest"
KINDS = ("verbs", "actors", "agents", "discards", "issues")

# PETRARCH's usual file names, first match wins (lower-cased names).
NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("*verbs*.txt", "verbs"),
    ("cameo*.txt", "verbs"),
    ("*actors*.txt", "actors"),
    ("*agents*.txt", "agents"),
    ("*discards*.txt", "discards"),
    ("*issue*.txt", "issues"),
)


def guess_kind(path: Path) -> str | None:
    """The PETRARCH dictionary kind a file name suggests, or None."""
    name = path.name.lower()
    return next((kind for pattern, kind in NAME_PATTERNS if fnmatch.fnmatch(name, pattern)), None)


def read_manifest(path: Path, problems: list[str]) -> dict[Path, str]:
    """``KIND: file`` lines naming what each file of the folder is; overrides name guessing."""
    kinds: dict[Path, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, colon, name = line.partition(":")
        kind, name = kind.strip().lower(), name.strip()
        if not colon or kind not in KINDS or not name:
            problems.append(f"{path}:{number}: expected 'KIND: file name' with KIND one of {', '.join(KINDS)}: {raw.strip()!r}")
        elif not (path.parent / name).is_file():
            problems.append(f"{path}:{number}: no such file {name!r} beside the manifest")
        else:
            kinds[path.parent / name] = kind
    return kinds


def petrarch_files(folder: Path, problems: list[str]) -> dict[Path, str]:
    """The PETRARCH dictionary files of a folder and their kinds (manifest first, then names)."""
    manifest = folder / MANIFEST
    if manifest.is_file():
        return read_manifest(manifest, problems)
    found = {}
    for path in sorted(folder.rglob("*.txt")):
        kind = guess_kind(path)
        if kind is not None and path.is_file():
            found[path] = kind
    return found


def load_petrarch(files: dict[Path, str], problems: list[str], warnings: list[str]) -> Dictionaries:
    """Read PETRARCH files of known kinds; errors go to ``problems``, oddities to ``warnings``."""
    from .petrarch_actors import read_petrarch_actors, read_petrarch_agents, read_petrarch_discards, read_petrarch_issues
    from .petrarch_verbs import read_petrarch_verbs

    result = Dictionaries()
    readers: dict[str, Callable] = {
        "verbs": read_petrarch_verbs,
        "actors": read_petrarch_actors,
        "agents": read_petrarch_agents,
        "discards": read_petrarch_discards,
        "issues": read_petrarch_issues,
    }
    for path, kind in files.items():
        try:
            # The real files carry a few stray latin-1 bytes; a replacement character there is harmless.
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            problems.append(f"{path}: cannot read: {exc}")
            continue
        result.files.append(str(path))
        read = readers[kind](text, str(path), problems, warnings)
        if kind == "verbs":
            result.verbs.extend(read)
        elif kind == "actors":
            result.actors.extend(read)
        elif kind == "agents":
            result.agents.extend(read)
        elif kind == "discards":
            sentence, article = read
            result.sentence_discards.extend(sentence)
            result.article_discards.extend(article)
        else:
            result.issues.extend(read)
    return result
