"""eventcoder: political event coding (who did what to whom) with spaCy and CAMEO."""

from __future__ import annotations

import importlib
from typing import Any

from .errors import DictionaryError, EventCoderError, InputError, ModelError

__version__ = "0.1.0"

# Heavy modules (spaCy, pandas) load on first use, so `eventcoder --help` and
# `import eventcoder.errors` stay fast.
_LAZY = {
    "code_text": "api",
    "read_events": "api",
    "read_articles": "api",
    "EventCoder": "pipeline",
    "RunReport": "pipeline",
    "code_articles": "pipeline",
}

__all__ = ["DictionaryError", "EventCoderError", "InputError", "ModelError", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")
