"""aggregate, export and report on the output of `eventcoder code data -o out`."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.export import GDELT_COLUMNS, PHOENIX_COLUMNS, split_actor

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    result = CliRunner().invoke(main, ["code", str(ROOT / "data"), "-o", str(out), "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out


def dyadic(run: Path) -> pd.DataFrame:
    events = pd.read_parquet(run / "events.parquet")
    return events[events.source.notna() & events.target.notna()]


@pytest.mark.slow
@pytest.mark.parametrize("by", ["day", "month", "year"])
def test_aggregation_counts_add_up(run: Path, tmp_path: Path, by: str):
    result = CliRunner().invoke(main, ["aggregate", str(run), "-o", str(tmp_path), "--by", by])
    assert result.exit_code == 0, result.output
    events = dyadic(run)
    deduped = pd.read_parquet(tmp_path / "events_deduped.parquet")
    assert deduped.num_mentions.sum() == len(events)
    assert not deduped.duplicated(["date", "source", "target", "code"]).any()
    assert (deduped.num_articles <= deduped.num_sentences).all() and (deduped.num_sentences <= deduped.num_mentions).all()
    by_period = pd.read_parquet(tmp_path / "by_period.parquet")
    assert by_period.events.sum() == len(events)
    assert (by_period[[f"quad{q}_events" for q in (1, 2, 3, 4)]].sum(axis=1) == by_period.events).all()
    assert by_period.goldstein_sum.sum() == pytest.approx(events.goldstein.sum(), abs=1e-3)
    for name in ("by_dyad", "by_root", "by_quad"):
        assert pd.read_parquet(tmp_path / f"{name}.parquet").events.sum() == len(events), name
    by_country = pd.read_parquet(tmp_path / "by_country.parquet")
    assert by_country[by_country.role == "source"].events.sum() == (~events.source.str.startswith("---")).sum()


@pytest.mark.slow
def test_aggregation_one_a_day_keeps_first_report(run: Path, tmp_path: Path):
    assert CliRunner().invoke(main, ["aggregate", str(run), "-o", str(tmp_path), "--one-a-day"]).exit_code == 0
    kept = pd.read_parquet(tmp_path / "events_deduped.parquet")
    assert len(kept) == len(dyadic(run).drop_duplicates(["date", "source", "target", "code"]))
    assert {"event_id", "sentence", "pattern"} <= set(kept.columns)


@pytest.mark.slow
def test_export_gdelt_tsv_and_parquet_have_the_58_columns_in_order(run: Path, tmp_path: Path):
    assert CliRunner().invoke(main, ["export", str(run), "--format", "gdelt", "-o", str(tmp_path / "g.tsv")]).exit_code == 0
    with open(tmp_path / "g.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert len(GDELT_COLUMNS) == 58 and all(len(row) == 58 for row in rows)
    assert len(rows) == len(dyadic(run).drop_duplicates(["date", "source", "target", "code"]))
    first = dict(zip(GDELT_COLUMNS, rows[0]))
    assert re.fullmatch(r"\d{8}", first["SQLDATE"]) and first["EventRootCode"] == first["EventCode"][:2]
    assert CliRunner().invoke(main, ["export", str(run), "-o", str(tmp_path / "g.parquet")]).exit_code == 0
    assert list(pd.read_parquet(tmp_path / "g.parquet").columns) == GDELT_COLUMNS
    assert CliRunner().invoke(main, ["export", str(run), "--format", "phoenix", "-o", str(tmp_path / "p.parquet")]).exit_code == 0
    assert list(pd.read_parquet(tmp_path / "p.parquet").columns) == PHOENIX_COLUMNS


@pytest.mark.parametrize(
    ("code", "country", "group", "types"),
    [("IRQGOV", "IRQ", "", ("GOV", "")), ("IGOUNO", "", "UNO", ("IGO", "")), ("---REB", "", "", ("REB", "")), ("USAMILGOV", "USA", "", ("MIL", "GOV"))],
)
def test_export_split_actor(code, country, group, types):
    parts = split_actor(code)
    assert (parts.country, parts.known_group, (parts.type1, parts.type2)) == (country, group, types)


@pytest.mark.slow
def test_report_page_has_its_images_and_sample_events(run: Path, tmp_path: Path):
    page = tmp_path / "report.html"
    assert CliRunner().invoke(main, ["report", str(run), "-o", str(page)]).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert text.count('src="data:image/png;base64,') == 4  # over time, Goldstein, dyads and codes, country matrix
    assert "http://" not in text and "https://" not in text  # viewable offline
    assert "<mark>condemned</mark>" in text and "Sample events" in text


@pytest.mark.slow
def test_examples_notebook_walkthrough_runs(tmp_path: Path):
    spec = importlib.util.spec_from_file_location("walkthrough", ROOT / "examples" / "notebook_walkthrough.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.main(tmp_path)
    assert result["events"] > 10 and 0 < result["material_conflict"] < result["events"]
    assert result["codes"] > 300 and result["tables"]["by_period"] > 0
