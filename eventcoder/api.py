"""The notebook-facing functions: code a text, read a run's tables."""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path

import pandas as pd

from .errors import InputError
from .ingest import parse_date
from .nlp import DEFAULT_MODEL
from .pipeline import ARTICLES_FILE, EVENTS_FILE, EventCoder, event_row
from .schema import EVENTS


@functools.lru_cache(maxsize=4)
def get_coder(dictionaries: str | None = None, model: str = DEFAULT_MODEL, require_dyad: bool = True) -> EventCoder:
    """A cached EventCoder, so repeated calls load the pipeline and dictionaries once."""
    return EventCoder(dictionaries, model, require_dyad=require_dyad)


def code_text(
    text: str,
    date: str | dt.date | None = None,
    *,
    dictionaries: str | os.PathLike[str] | None = None,
    model: str = DEFAULT_MODEL,
    require_dyad: bool = True,
    article_id: str = "text",
) -> pd.DataFrame:
    """The events of one text as a DataFrame with the events table's columns."""
    from .ingest import Article

    day = parse_date(date) if isinstance(date, (str, int)) else date
    coder = get_coder(None if dictionaries is None else str(dictionaries), model, require_dyad)
    article = Article(id=article_id, date=day, text=text)
    rows = [event_row(article, event) for event in coder.code_text(text, day)]
    return EVENTS.empty_table().to_pandas() if not rows else _to_frame(rows)


def _to_frame(rows: list[dict]) -> pd.DataFrame:
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=EVENTS).to_pandas()


def _table_path(run: str | os.PathLike[str], name: str) -> Path:
    path = Path(run)
    if path.is_dir():
        path = path / name
    if not path.exists():
        raise InputError(f"{path}: no such file; expected an eventcoder output folder holding {name}")
    return path


CATEGORICAL_COLUMNS = ("source", "target", "code", "base_code", "root_code")


def read_events(run: str | os.PathLike[str], columns: list[str] | None = None, filters=None, labels: bool = True) -> pd.DataFrame:
    """Load a run's events: codes as categoricals, dates as datetimes, with readable labels.

    ``filters`` are pyarrow filters, e.g. ``[("root_code", "=", "19")]``; ``labels`` adds
    ``code_name``, ``root_name`` and ``quad_name`` (when the code columns are loaded).
    """
    frame = pd.read_parquet(_table_path(run, EVENTS_FILE), columns=columns, filters=filters)
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"])
    if labels:
        from .cameo import QUAD_CLASS_NAMES, lookup

        if "code" in frame:
            frame["code_name"] = frame["code"].map(lambda c: lookup(c).name).astype("category")
        if "root_code" in frame:
            frame["root_name"] = frame["root_code"].map(lambda c: lookup(c).name if c else None).astype("category")
        if "quad_class" in frame:
            frame["quad_name"] = frame["quad_class"].map(QUAD_CLASS_NAMES).astype("category")
    for column in CATEGORICAL_COLUMNS:
        if column in frame:
            frame[column] = frame[column].astype("category")
    return frame


def read_articles(run: str | os.PathLike[str]) -> pd.DataFrame:
    """Load the articles table of a run folder: one row per input article, with status and errors."""
    return pd.read_parquet(_table_path(run, ARTICLES_FILE))
