"""Aggregation of a run's events: deduplicated events (GDELT counts or Phoenix one-a-day) and
counts by period, dyad, country, root code and QuadClass.

DuckDB does the work: it reads the Parquet tables directly, aggregates out of core within a
memory limit (spilling to disk), and writes Parquet, so runs larger than memory aggregate with
bounded memory.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

PERIODS = ("day", "week", "month", "year")
DEDUPED_FILE = "events_deduped.parquet"
TABLES = ("by_period", "by_dyad", "by_country", "by_root", "by_quad")


@dataclass
class AggregateReport:
    """Where the aggregate tables are, and their row counts."""

    output: Path
    rows: dict[str, int] = field(default_factory=dict)


def event_source(run: str | os.PathLike[str]) -> str:
    """The events of a run folder (events.parquet, or an events/ dataset), as a DuckDB file pattern."""
    path = Path(run)
    if path.is_file():
        return str(path)
    if (path / "events.parquet").is_file():
        return str(path / "events.parquet")
    if (path / "events").is_dir():
        return str(path / "events" / "**" / "*.parquet")
    raise InputError(f"{path}: no events.parquet or events/ dataset; expected the output folder of eventcoder code")


def connect(memory_limit: str = "1GB", threads: int | None = None, spill: str | None = None):
    """A DuckDB connection limited to ``memory_limit``, spilling to ``spill`` (a temp dir by default)."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET temp_directory = '{spill or tempfile.gettempdir()}'")
    con.execute("SET preserve_insertion_order = false")  # lets large GROUP BYs stream
    con.execute("SET enable_progress_bar = false")  # DuckDB draws it on stdout, which carries only data
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    return con


def events_view(con, run: str | os.PathLike[str]) -> None:
    events = event_source(run)
    con.execute(f"CREATE OR REPLACE VIEW events AS SELECT * FROM read_parquet('{events}')")
    articles = Path(run) / "articles.parquet"
    if Path(run).is_dir() and articles.is_file():
        con.execute(f"CREATE OR REPLACE VIEW articles AS SELECT article_id, source AS publisher, url FROM read_parquet('{articles}')")
    else:
        con.execute("CREATE OR REPLACE VIEW articles AS SELECT NULL::VARCHAR AS article_id, NULL::VARCHAR AS publisher, NULL::VARCHAR AS url WHERE false")


DEDUPED_GDELT = """
SELECT e.date, e.source, e.target, e.code,
       any_value(e.base_code) AS base_code, any_value(e.root_code) AS root_code,
       any_value(e.quad_class) AS quad_class, any_value(e.goldstein) AS goldstein,
       count(*) AS num_mentions,
       count(DISTINCT (e.article_id, e.sentence_index)) AS num_sentences,
       count(DISTINCT e.article_id) AS num_articles,
       count(DISTINCT a.publisher) AS num_sources,
       min(e.event_id) AS event_id,
       min(a.url) AS source_url,
       bool_or(e.sentence_index = 0) AS is_root_event
FROM events e LEFT JOIN articles a USING (article_id)
WHERE e.source IS NOT NULL AND e.target IS NOT NULL
GROUP BY e.date, e.source, e.target, e.code
"""

# Phoenix's filter: the first report of each (date, source, target, code), all its columns kept.
DEDUPED_ONE_A_DAY = """
SELECT * EXCLUDE (rank) FROM (
    SELECT e.*, row_number() OVER (PARTITION BY e.date, e.source, e.target, e.code ORDER BY e.article_id, e.sentence_index, e.event_id) AS rank
    FROM events e WHERE e.source IS NOT NULL AND e.target IS NOT NULL
) WHERE rank = 1
"""


def _period(by: str) -> str:
    if by not in PERIODS:
        raise InputError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    return f"CAST(date_trunc('{by}', date) AS DATE)"


def country_sql(column: str) -> str:
    # The country part of a CAMEO actor code: its first three letters ("IRQGOV" -> "IRQ");
    # codes without one ("---REB") have none.
    return f"CASE WHEN {column} IS NULL OR {column} LIKE '---%' THEN NULL ELSE left({column}, 3) END"


def _measures() -> str:
    return "count(*) AS events, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean"


def aggregate_queries(by: str) -> dict[str, str]:
    """The SQL of every table, over the ``events`` view."""
    period = _period(by)
    base = "FROM events WHERE date IS NOT NULL AND source IS NOT NULL AND target IS NOT NULL"
    return {
        "by_period": f"SELECT {period} AS period, {_measures()}, "
        + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}_events" for q in (1, 2, 3, 4))
        + f" {base} GROUP BY ALL ORDER BY period",
        "by_dyad": f"SELECT {period} AS period, source, target, {_measures()} {base} GROUP BY ALL ORDER BY period, events DESC, source, target",
        "by_country": f"""SELECT period, country, role, count(*) AS events, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean FROM (
                SELECT {period} AS period, {country_sql('source')} AS country, 'source' AS role, goldstein {base}
                UNION ALL
                SELECT {period} AS period, {country_sql('target')} AS country, 'target' AS role, goldstein {base}
            ) WHERE country IS NOT NULL GROUP BY ALL ORDER BY period, events DESC, country, role""",
        "by_root": f"SELECT {period} AS period, root_code, {_measures()} {base} GROUP BY ALL ORDER BY period, root_code",
        "by_quad": f"SELECT {period} AS period, quad_class, {_measures()} {base} GROUP BY ALL ORDER BY period, quad_class",
    }


def _copy(con, query: str, path: Path) -> int:
    """Write a query's result to ``path`` atomically; return its row count."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    con.execute(f"COPY ({query}) TO '{temp}' (FORMAT parquet, COMPRESSION zstd)")
    os.replace(temp, path)
    return con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0]


def aggregate(
    run: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    by: str = "day",
    one_a_day: bool = False,
    memory_limit: str = "1GB",
    threads: int | None = None,
) -> AggregateReport:
    """Write the deduplicated events and the count tables of ``run`` into ``output``."""
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    con = connect(memory_limit, threads)
    events_view(con, run)
    report = AggregateReport(out)
    deduped = DEDUPED_ONE_A_DAY if one_a_day else DEDUPED_GDELT
    report.rows["events_deduped"] = _copy(con, f"{deduped} ORDER BY date, source, target, code", out / DEDUPED_FILE)
    for name, query in aggregate_queries(by).items():
        report.rows[name] = _copy(con, query, out / f"{name}.parquet")
    con.close()
    return report
