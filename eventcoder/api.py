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


def read_events(run: str | os.PathLike[str], columns: list[str] | None = None, filters=None) -> pd.DataFrame:
    """Load the events table of a run folder (or an events Parquet file)."""
    return pd.read_parquet(_table_path(run, EVENTS_FILE), columns=columns, filters=filters)


def read_articles(run: str | os.PathLike[str]) -> pd.DataFrame:
    """Load the articles table of a run folder: one row per input article, with status and errors."""
    return pd.read_parquet(_table_path(run, ARTICLES_FILE))
