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
    "cameo_codes": "cameo",
    "build_report": "report",
}

__all__ = ["DictionaryError", "EventCoderError", "InputError", "ModelError", "aggregate", "export_events", *_LAZY]


# Plain functions, not lazy names: importing the submodules eventcoder.aggregate/.export would
# otherwise rebind these package attributes to the modules.
def aggregate(run, output, **options):
    """Deduplicate a run's events and write count tables; the options of ``eventcoder aggregate``."""
    from .aggregation import aggregate as run_aggregate

    return run_aggregate(run, output, **options)


def export_events(run, output, fmt: str = "gdelt", **options):
    """Write a run as GDELT 1.0 or Phoenix events (.tsv or .parquet), like ``eventcoder export``."""
    from .export import export

    return export(run, output, fmt, **options)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")
