"""The eventcoder command line, driven with CliRunner and read back from Parquet."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import click
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventcoder import schema
from eventcoder.cli import EXIT_FATAL, EXIT_SOME_FAILED, main

REQUIRED_EVENT_COLUMNS = [
    "event_id", "article_id", "sentence_index", "date", "source", "target", "code", "base_code",
    "root_code", "quad_class", "goldstein", "source_text", "target_text", "verb_text",
]  # fmt: skip


def run(*args: str) -> "click.testing.Result":
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def all_commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix}{name} ")


def test_cli_every_command_has_help_text():
    for name, command in all_commands(main):
        assert command.help and command.help.strip(), f"{name} has no help"
        result = run(*name.split(), "--help")
        assert result.exit_code == 0, name


@pytest.mark.slow
def test_cli_code_writes_events_and_articles(tmp_path: Path, small_dictionaries: Path):
    articles = tmp_path / "in" / "news.jsonl"
    articles.parent.mkdir()
    records = [
        {"id": "a1", "date": "2015-10-03", "text": "Iraq condemned Syria on Friday. Russian troops attacked Syrian rebels."},
        {"id": "a2", "date": "20151004", "text": "Iranian officials met with Russian officials in Moscow.", "url": "http://example.org/a2"},
    ]
    articles.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = run("code", articles.parent, "-o", tmp_path / "out", "--dictionaries", small_dictionaries, "--quiet")
    assert result.exit_code == 0, result.output
    events = pd.read_parquet(tmp_path / "out" / "events.parquet")
    assert list(events.columns[: len(REQUIRED_EVENT_COLUMNS)]) == REQUIRED_EVENT_COLUMNS
    coded = set(zip(events.article_id, events.source, events.target, events.code))
    assert ("a1", "IRQ", "SYR", "111") in coded
    assert ("a2", "IRNGOV", "RUSGOV", "036") in coded
    row = events[events.code == "111"].iloc[0]
    assert (row.root_code, row.quad_class, row.source_text, row.target_text, row.verb_text) == ("11", 3, "Iraq", "Syria", "condemned")
    assert row.goldstein == pytest.approx(-2.0)
    articles_table = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert list(articles_table.article_id) == ["a1", "a2"]
    assert list(articles_table.status) == ["ok", "ok"]
    assert articles_table.n_events.sum() == len(events)
    metadata = pq.read_schema(tmp_path / "out" / "events.parquet").metadata
    assert metadata[b"eventcoder.schema_version"] == schema.SCHEMA_VERSION.encode()
    assert not list((tmp_path / "out").glob(".*tmp")), "temporary files left behind"


@pytest.mark.slow
def test_cli_event_ids_are_deterministic(tmp_path: Path, small_dictionaries: Path):
    source = tmp_path / "a.txt"
    source.write_text("Iraq condemned Syria. Iran condemned Syria.", encoding="utf-8")
    ids = []
    for out in ("one", "two"):
        assert run("code", source, "-o", tmp_path / out, "-d", small_dictionaries, "-q").exit_code == 0
        ids.append(list(pd.read_parquet(tmp_path / out / "events.parquet").event_id))
    assert ids[0] == ids[1] and len(set(ids[0])) == 2


@pytest.mark.slow
def test_cli_bad_inputs_are_listed_and_good_articles_still_coded(tmp_path: Path, small_dictionaries: Path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Iraq condemned Syria.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "latin1.txt").write_bytes("Iraq condamné Syria".encode("latin-1"))
    (folder / "corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    lines = [
        json.dumps({"id": "j1", "date": "2015-10-03", "text": "Russia condemned Iran."}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "date": "2015-10-03"}),
        json.dumps({"id": "j4", "date": "yesterday-ish", "text": "Iran condemned Iraq."}),
        json.dumps({"id": "j5", "date": "2015-10-05", "text": "Syria condemned Russia."}),
    ]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(folder / "more.json.gz", "wt", encoding="utf-8") as handle:
        json.dump([{"id": "g1", "date": "2015-10-06", "text": "Iraq condemned Iran."}], handle)

    result = run("code", folder, "-o", tmp_path / "out", "-d", small_dictionaries)
    assert result.exit_code == EXIT_SOME_FAILED
    assert "failed" in result.stderr

    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("article_id")
    events = pd.read_parquet(tmp_path / "out" / "events.parquet")
    assert set(events.article_id) == {"good.txt", "j1", "j5", "g1"}
    errors = articles[articles.status == "error"]
    assert len(errors) == 7
    assert len(articles[articles.status == "ok"]) == 4
    reasons = " || ".join(errors.error)
    for fragment in ("empty.txt", "binary.txt", "latin1.txt", "corrupt.jsonl.gz", "wire.jsonl:2", "wire.jsonl:3", "wire.jsonl:4"):
        assert fragment in reasons, fragment
    for _, row in errors.iterrows():
        assert row.error in result.stderr


@pytest.mark.slow
def test_cli_discards_drop_sentences_and_articles(tmp_path: Path, small_dictionaries: Path):
    source = tmp_path / "in.jsonl"
    records = [
        {"id": "sport", "text": "Iraq condemned Syria after the World Cup draw. Iran condemned Syria."},
        {"id": "stars", "text": "Your horoscope: Iraq condemned Syria."},
    ]
    source.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert run("code", source, "-o", tmp_path / "out", "-d", small_dictionaries, "-q").exit_code == 0
    events = pd.read_parquet(tmp_path / "out" / "events.parquet")
    assert set(zip(events.article_id, events.source)) == {("sport", "IRN")}
    status = dict(pd.read_parquet(tmp_path / "out" / "articles.parquet")[["article_id", "status"]].values)
    assert status == {"sport": "ok", "stars": "discarded"}


def test_cli_bad_dictionary_is_fatal_and_names_file_and_line(tmp_path: Path):
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "x.verbs").write_text("attack => 190\nattack => nineteen\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Iraq condemned Syria.", encoding="utf-8")
    result = run("code", tmp_path / "a.txt", "-o", tmp_path / "out", "-d", folder)
    assert result.exit_code == EXIT_FATAL
    assert f"{folder / 'x.verbs'}:2: bad event code 'nineteen'" in result.stderr
    assert not (tmp_path / "out" / "events.parquet").exists()


def test_cli_unknown_model_is_fatal_with_advice(tmp_path: Path, small_dictionaries: Path):
    (tmp_path / "a.txt").write_text("Iraq condemned Syria.", encoding="utf-8")
    result = run("code", tmp_path / "a.txt", "-o", tmp_path / "out", "-d", small_dictionaries, "--model", "no_such_pipeline_xyz")
    assert result.exit_code == EXIT_FATAL
    assert "cannot load spaCy pipeline 'no_such_pipeline_xyz'" in result.stderr


def test_cli_missing_input_is_fatal(tmp_path: Path, small_dictionaries: Path):
    result = run("code", tmp_path / "nope", "-o", tmp_path / "out", "-d", small_dictionaries)
    assert result.exit_code == EXIT_FATAL
    assert "nope" in result.stderr


def test_cli_dictionaries_check_and_stats(tmp_path: Path, small_dictionaries: Path):
    result = run("dictionaries", "check", small_dictionaries)
    assert result.exit_code == 0 and "no problems" in result.stderr
    stats = run("dictionaries", "stats", small_dictionaries)
    assert stats.exit_code == 0
    assert "verb pattern lines" in stats.stdout and "actor entries" in stats.stdout
    (small_dictionaries / "bad.agents").write_text("mil: soldiers\n", encoding="utf-8")
    broken = run("dictionaries", "check", small_dictionaries)
    assert broken.exit_code == EXIT_FATAL
    assert f"{small_dictionaries / 'bad.agents'}:1:" in broken.stdout


def test_cli_dictionaries_check_reports_a_phrase_defined_twice_with_other_codes(tmp_path: Path):
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "a.actors").write_text("ISR: Israel\nISRPTY: Likud\n", encoding="utf-8")
    (folder / "b.actors").write_text("ISROPP: Likud\nISR: Israel\n", encoding="utf-8")
    result = run("dictionaries", "check", folder)
    assert result.exit_code == EXIT_FATAL
    assert f"{folder / 'b.actors'}:1: 'Likud' is also defined at {folder / 'a.actors'}:2" in result.stdout
    assert "Israel" not in result.stdout  # the same phrase with the same code is no conflict


def test_cli_dictionaries_check_warns_of_a_pattern_never_used(tmp_path: Path):
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "a.actors").write_text("ISR: Israel\n", encoding="utf-8")
    (folder / "a.verbs").write_text("deny obj=access|entry => ---\ndeny obj=access => 1245\n", encoding="utf-8")
    result = run("dictionaries", "check", folder)
    assert result.exit_code == 0
    assert f"{folder / 'a.verbs'}:2: 'deny obj=access => 1245' is never used: {folder / 'a.verbs'}:1 " in result.stdout
    assert "(warning)" in result.stdout and "patterns never used" in result.stderr


@pytest.mark.slow
def test_cli_two_workers_give_the_same_tables_as_one(tmp_path: Path, small_dictionaries: Path, monkeypatch):
    import eventcoder.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 3)  # several chunks per worker
    folder = tmp_path / "in"
    folder.mkdir()
    sentences = ["Iraq condemned Syria.", "Russian troops attacked Syrian rebels.", "Iran condemned Russia.", "Bad\x00binary"]
    for i in range(14):
        (folder / f"{i:02d}.txt").write_text(sentences[i % 4] if i != 5 else "", encoding="utf-8")
    tables = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        result = run("code", folder, "-o", out, "-d", small_dictionaries, "-q", "--workers", workers)
        assert result.exit_code == EXIT_SOME_FAILED  # the empty file
        tables.append((pd.read_parquet(out / "events.parquet"), pd.read_parquet(out / "articles.parquet")))
    pd.testing.assert_frame_equal(tables[0][0], tables[1][0])
    pd.testing.assert_frame_equal(tables[0][1], tables[1][1])
    assert len(tables[0][0]) > 5


@pytest.mark.slow
def test_cli_dask_engine_gives_the_same_tables_as_local(tmp_path: Path):
    pytest.importorskip("distributed")
    data = Path(__file__).resolve().parents[1] / "data"
    outputs = []
    for engine, extra in (("local", ["--workers", "1"]), ("dask", ["--workers", "2", "--chunk-size", "3"])):
        out = tmp_path / engine
        result = run("code", data, "-o", out, "-q", "--engine", engine, *extra)
        assert result.exit_code == 0, result.output
        outputs.append((pd.read_parquet(out / "events.parquet"), pd.read_parquet(out / "articles.parquet")))
    pd.testing.assert_frame_equal(outputs[0][0], outputs[1][0])
    pd.testing.assert_frame_equal(outputs[0][1], outputs[1][1])
    assert len(outputs[0][0]) > 10
