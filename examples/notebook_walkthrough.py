"""A worked example of the notebook API: code the sample articles, then count and compare.

Run it as a script (python examples/notebook_walkthrough.py) or cell by cell in a notebook.
The test suite runs it, so it stays true.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import eventcoder

DATA = Path(__file__).resolve().parents[1] / "data"


def main(workdir: Path) -> dict:
    # 1. Code a folder of articles into a run folder (events.parquet + articles.parquet).
    report = eventcoder.code_articles([DATA], workdir / "run")
    print(report.summary(), file=sys.stderr)

    # 2. Load events with readable labels; codes are categoricals, dates are datetimes.
    events = eventcoder.read_events(workdir / "run")
    print(events[["date", "source", "target", "code", "code_name", "quad_name"]].head())

    # 3. Conflict versus cooperation per year, straight from pandas.
    per_year = events.groupby([events.date.dt.year, "quad_name"], observed=True).size().unstack(fill_value=0)
    print(per_year)

    # 4. Only material conflict, filtered while reading.
    fights = eventcoder.read_events(workdir / "run", filters=[("quad_class", "=", 4)])

    # 5. The same tables `eventcoder aggregate` writes, from Python.
    tables = eventcoder.aggregate(workdir / "run", workdir / "agg", by="year")

    # 6. The CAMEO codebook as a DataFrame, for joins and labels.
    codes = eventcoder.cameo_codes()
    return {"events": len(events), "material_conflict": len(fights), "tables": tables.rows, "codes": len(codes)}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(main(Path(tmp)))
