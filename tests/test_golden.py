"""Golden events for the sample articles in data/: a reviewed diff whenever coding changes.

Regenerate on purpose with EVENTCODER_REGENERATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from eventcoder.pipeline import code_articles

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "data_events.jsonl"
COLUMNS = ["article_id", "sentence_index", "source", "target", "code", "source_text", "target_text", "verb_text", "pattern"]


def golden_rows(out: Path) -> list[str]:
    events = pd.read_parquet(out / "events.parquet", columns=COLUMNS)
    # Keep which file and pattern fired, not its line: adding an entry above must not churn the file.
    events["pattern"] = events["pattern"].str.replace(r":\d+:", ":", n=1, regex=True)
    rows = [json.dumps({k: (None if pd.isna(v) else v) for k, v in row.items()}, sort_keys=True) for row in events.to_dict("records")]
    return sorted(rows)


@pytest.mark.slow
def test_golden_sample_data_events(tmp_path: Path):
    report = code_articles([ROOT / "data"], tmp_path / "out")
    assert report.failed == 0, report.failures
    assert report.events > 0
    rows = golden_rows(tmp_path / "out")
    if os.environ.get("EVENTCODER_REGENERATE_GOLDEN"):
        GOLDEN.write_text("\n".join(rows) + "\n", encoding="utf-8")
        pytest.skip(f"regenerated {GOLDEN}; review the diff")
    assert GOLDEN.exists(), "no golden file: run with EVENTCODER_REGENERATE_GOLDEN=1 and review it"
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    assert rows == expected
