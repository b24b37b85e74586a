"""Dictionary loading: every supported format becomes one ``Dictionaries`` model."""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError
from .model import ActorEntry, AgentEntry, DatedCode, Dictionaries, VerbPattern
from .native import NATIVE_SUFFIXES, iter_native_files, load_native, parse_native
from .petrarch import guess_kind, load_petrarch, petrarch_files

log = logging.getLogger(__name__)

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "DatedCode",
    "Dictionaries",
    "VerbPattern",
    "default_dictionary_dir",
    "load_dictionaries",
    "parse_native",
]


def default_dictionary_dir() -> Path:
    """The folder of dictionaries shipped with eventcoder."""
    return Path(str(resources.files("eventcoder") / "builtin_dictionaries"))


def load_dictionaries(folder: str | os.PathLike[str] | None = None) -> Dictionaries:
    """Load every dictionary file in ``folder`` (default: the shipped dictionaries).

    Native files are recognised by extension, PETRARCH2 files by their usual names (or a
    ``dictionaries.manifest``); both may sit in one folder. Every problem in every file is
    reported together; recoverable oddities are kept in ``warnings`` and logged.
    """
    path = Path(folder) if folder is not None else default_dictionary_dir()
    if not path.exists():
        raise DictionaryError([f"{path}: no such dictionary folder or file"])
    problems: list[str] = []
    if path.is_file():
        native = [path] if path.suffix in NATIVE_SUFFIXES else []
        kind = guess_kind(path)
        legacy = {path: kind} if kind else {}
    else:
        native = list(iter_native_files(path))
        legacy = petrarch_files(path, problems)
    if not native and not legacy and not problems:
        raise DictionaryError(
            [f"{path}: no dictionary files (native names end in {', '.join(NATIVE_SUFFIXES)}; PETRARCH names contain verbs, actors, agents, discards)"]
        )
    result = Dictionaries(root=str(path if path.is_dir() else path.parent))
    if native:
        try:
            result.extend(load_native(native))
        except DictionaryError as exc:
            problems.extend(exc.problems)
    if legacy:
        warnings: list[str] = []
        result.extend(load_petrarch(legacy, problems, warnings))
        result.warnings.extend(warnings)
        for warning in warnings[:20]:
            log.warning("%s", warning)
        if len(warnings) > 20:
            log.warning("... and %d more dictionary warnings (eventcoder dictionaries check lists them all)", len(warnings) - 20)
    if problems:
        raise DictionaryError(problems)
    return result
