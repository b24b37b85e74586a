"""Aggregation benchmark (not a test): `eventcoder aggregate` on a run larger than its memory limit.

Generates N synthetic event rows (default 20 million) in the events schema, then in separate
processes measures (baseline) the obvious pandas approach, read_parquet then groupby for the deduplication alone,
and (run) the full aggregate
(deduplication with distinct counts, and the five count tables) under --memory-limit. Prints
time, peak resident memory of each process, and the ratio run/baseline.

    python benchmarks/aggregate_large.py [--rows 20000000] [--memory-limit 1GB]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GENERATE = """
COPY (
  SELECT
    md5(i::VARCHAR)[:20] AS event_id,
    'a' || (i // 8)::VARCHAR AS article_id,
    (i % 8)::INTEGER AS sentence_index,
    DATE '2000-01-01' + ((hash(i) % 9000)::INTEGER) AS date,
    list_element(['USA','RUS','CHN','IRN','IRQ','SYR','TUR','ISR','PSE','UKR','GBR','FRA','DEU','IND','PAK','AFG','EGY','SAU','YEM','LBY'], (hash(i, 1) % 20)::INTEGER + 1)
      || list_element(['','GOV','MIL','REB','CVL','OPP'], (hash(i, 2) % 6)::INTEGER + 1) AS source,
    list_element(['USA','RUS','CHN','IRN','IRQ','SYR','TUR','ISR','PSE','UKR','GBR','FRA','DEU','IND','PAK','AFG','EGY','SAU','YEM','LBY'], (hash(i, 3) % 20)::INTEGER + 1)
      || list_element(['','GOV','MIL','REB','CVL','OPP'], (hash(i, 4) % 6)::INTEGER + 1) AS target,
    list_element(['010','020','036','040','042','043','051','057','061','070','111','112','120','130','138','141','163','173','190','193','195'], (hash(i, 5) % 21)::INTEGER + 1) AS code,
    NULL::VARCHAR AS base_code, NULL::VARCHAR AS root_code, NULL::TINYINT AS quad_class, NULL::FLOAT AS goldstein,
    'Source text' AS source_text, 'Target text' AS target_text, 'verb' AS verb_text,
    0 AS source_start, 6 AS source_end, 10 AS target_start, 16 AS target_end, 7 AS verb_start, 9 AS verb_end,
    'A sentence of some ordinary length that reports who did what to whom.' AS sentence, 'bench.verbs:1' AS pattern
  FROM range({rows}) t(i)
) TO '{path}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)
"""
FILL_CODES = """
COPY (SELECT * REPLACE (left(code, 3) AS base_code, left(code, 2) AS root_code,
        CASE WHEN left(code,2) <= '05' THEN 1 WHEN left(code,2) <= '09' THEN 2 WHEN left(code,2) <= '14' THEN 3 ELSE 4 END::TINYINT AS quad_class,
        (hash(event_id) % 200)::FLOAT / 10 - 10 AS goldstein)
      FROM read_parquet('{raw}')) TO '{path}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)
"""

# Peak memory is VmHWM, which exec resets; ru_maxrss would carry over the parent's peak on Linux.
CHILD = """
import json, re, sys, time
mode, run, out, limit = sys.argv[1:5]
start = time.perf_counter()
if mode == "pandas":
    import pandas as pd
    events = pd.read_parquet(f"{run}/events.parquet", columns=["date", "source", "target", "code", "article_id", "goldstein"])
    deduped = events.groupby(["date", "source", "target", "code"], observed=True).agg(
        num_mentions=("code", "size"), num_articles=("article_id", "nunique"), goldstein=("goldstein", "first"))
else:
    from eventcoder.aggregation import aggregate
    aggregate(run, out, by="month", memory_limit=limit)
peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak}))
"""


def child(mode: str, run: Path, out: Path, limit: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, mode, str(run), str(out), limit], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000_000)
    parser.add_argument("--memory-limit", default="1GB")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        run = Path(tmp) / "run"
        run.mkdir()
        started = time.perf_counter()
        # Generated in a child process too, so this process stays small.
        script = (
            "import duckdb, sys; con = duckdb.connect(); con.execute('SET enable_progress_bar = false'); con.execute(sys.argv[1]); con.execute(sys.argv[2])"
        )
        generate = GENERATE.format(rows=args.rows, path=Path(tmp) / "raw.parquet")
        fill = FILL_CODES.format(raw=Path(tmp) / "raw.parquet", path=run / "events.parquet")
        subprocess.run([sys.executable, "-c", script, generate, fill], check=True)
        (Path(tmp) / "raw.parquet").unlink()
        import duckdb
        size = (run / "events.parquet").stat().st_size / 1e6
        print(f"generated {args.rows:,} event rows ({size:,.0f} MB of Parquet) in {time.perf_counter() - started:.0f}s", flush=True)
        scan = child("pandas", run, Path(tmp) / "agg", args.memory_limit)
        agg = child("aggregate", run, Path(tmp) / "agg", args.memory_limit)
        print(f"{'run':<34}{'seconds':>9}{'peak MB':>9}")
        print(f"{'baseline: pandas dedup only':<34}{scan['seconds']:>9.1f}{scan['peak_mb']:>9.0f}")
        print(f"{'eventcoder aggregate --by month':<34}{agg['seconds']:>9.1f}{agg['peak_mb']:>9.0f}", flush=True)
        con = duckdb.connect()
        rows = {p.stem: con.execute(f"SELECT count(*) FROM read_parquet('{p}')").fetchone()[0] for p in sorted((Path(tmp) / "agg").glob("*.parquet"))}
        print(
            f"aggregate/pandas: time {agg['seconds'] / scan['seconds']:.2f}x, peak memory {agg['peak_mb'] / scan['peak_mb']:.2f}x "
            f"(memory limit {args.memory_limit}); output rows {rows}"
        )


if __name__ == "__main__":
    main()
