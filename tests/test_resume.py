"""A run killed with SIGKILL and resumed gives exactly the tables of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from eventcoder.errors import InputError
from eventcoder.pipeline import PARTS_DIR, code_articles

SENTENCES = ["Iraq condemned Syria.", "Russian troops attacked Syrian rebels.", "Iran met with Russian officials in Moscow.", "The weather was fine."]


def corpus(folder: Path, n: int = 60) -> Path:
    path = folder / "news.jsonl"
    lines = [json.dumps({"id": f"a{i:03d}", "date": "2015-10-03", "text": " ".join(SENTENCES[(i + k) % 4] for k in range(3))}) for i in range(n)]
    lines.insert(7, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventcoder.cli", "code", *args, "-q", "--chunk-size", "2"]


def tables(out: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return pd.read_parquet(out / "events.parquet"), pd.read_parquet(out / "articles.parquet")


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_resume_after_sigkill_matches_an_uninterrupted_run(tmp_path: Path, small_dictionaries: Path, workers: str):
    source = corpus(tmp_path)
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    assert subprocess.run(cli(str(source), "-o", str(whole), "-d", str(small_dictionaries), "--workers", workers)).returncode == 1

    process = subprocess.Popen(cli(str(source), "-o", str(broken), "-d", str(small_dictionaries), "--workers", workers))
    deadline = time.monotonic() + 120
    while len(list((broken / PARTS_DIR).glob("articles-*.parquet"))) < 4:
        assert process.poll() is None, "the run finished before it could be killed; use a larger corpus"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (broken / "events.parquet").exists()

    resumed = subprocess.run(cli(str(source), "-o", str(broken), "-d", str(small_dictionaries), "--workers", workers, "--resume"))
    assert resumed.returncode == 1  # the broken JSON line is still reported
    for ours, theirs in zip(tables(broken), tables(whole)):
        pd.testing.assert_frame_equal(ours, theirs)
    assert not (broken / PARTS_DIR).exists()
    assert len(tables(whole)[1]) == 61


def test_resume_refuses_other_settings(tmp_path: Path, small_dictionaries: Path, monkeypatch):
    source = corpus(tmp_path, 6)
    out = tmp_path / "out"
    (out / PARTS_DIR).mkdir(parents=True)
    (out / PARTS_DIR / "run.json").write_text(json.dumps({"model": "another_model"}), encoding="utf-8")
    with pytest.raises(InputError, match="cannot resume, the run was started with other"):
        code_articles([source], out, dictionaries=small_dictionaries, resume=True)


@pytest.mark.slow
def test_resume_of_a_finished_run_changes_nothing(tmp_path: Path, small_dictionaries: Path):
    source = corpus(tmp_path, 6)
    out = tmp_path / "out"
    first = code_articles([source], out, dictionaries=small_dictionaries)
    before = (out / "events.parquet").stat().st_mtime_ns
    again = code_articles([source], out, dictionaries=small_dictionaries, resume=True)
    assert (out / "events.parquet").stat().st_mtime_ns == before
    assert (again.articles, again.events) == (first.articles, first.events)
