"""Dictionary loading: every supported format becomes one ``Dictionaries`` model."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError
from .model import ActorEntry, AgentEntry, DatedCode, Dictionaries, VerbPattern
from .native import NATIVE_SUFFIXES, iter_native_files, load_native, parse_native

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
    """Load every dictionary file in ``folder`` (default: the shipped dictionaries)."""
    path = Path(folder) if folder is not None else default_dictionary_dir()
    if not path.exists():
        raise DictionaryError([f"{path}: no such dictionary folder or file"])
    files = [path] if path.is_file() else list(iter_native_files(path))
    if not files:
        raise DictionaryError([f"{path}: no dictionary files (expected names ending in {', '.join(NATIVE_SUFFIXES)})"])
    return load_native(files)
