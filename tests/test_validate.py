"""The gold-standard scorer: loading both formats and the scoring rules of ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.errors import InputError
from eventcoder.validate import format_score, load_gold, match_actor, score


def jsonl(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def record(id_: str, expected: list[tuple], category: str = "C", **extra) -> dict:
    return {"id": id_, "date": "20150101", "text": "t", "category": category, "expected": [dict(zip(("source", "target", "code"), e)) for e in expected], **extra}


@pytest.mark.parametrize(("gold", "ours", "mode", "ok"), [("IGO", "IGOUNO", "prefix", True), ("IGO", "IGOUNO", "exact", False), ("usa", "USAGOV", "prefix", True), ("USAGOV", "USA", "prefix", False)])
def test_validate_actor_matching(gold, ours, mode, ok):
    assert match_actor(gold, ours, mode) is ok


def test_validate_counts_precision_recall_and_exact(tmp_path: Path):
    records = load_gold(
        jsonl(
            tmp_path,
            [
                record("a", [("USA", "IRQ", "190"), ("IRQ", "USA", "190")]),
                record("b", [("IGO", "SYR", "111")], category="D"),
                record("c", [], noevents=True),
                record("d", [("RUS", None, "010"), ("RUS", "UKR", "042")], category="D"),
            ],
        )
    )
    predictions = {
        "a": [("USAGOV", "IRQ", "190"), ("USAGOV", "IRQ", "190")],  # duplicates count once
        "b": [("IGOUNO", "SYR", "112")],  # right root, wrong code
        "c": [("FRA", "DEU", "040"), (None, "DEU", "040")],  # any event in a noevents record is wrong; missing actors dropped
        "d": [("RUS", "UKR", "042")],  # the gold event with a missing actor is not expected
    }
    result = score(records, predictions)
    assert (result.event.tp, result.event.fp, result.event.fn) == (2, 2, 2)
    assert (result.root.tp, result.root.fp, result.root.fn) == (3, 1, 1)
    assert result.event.exact == 1 and result.root.exact == 2
    assert result.categories["D"][0].records == 2
    report = format_score(result, show_misses=True)
    assert "all" in report and "missed:" in report


def test_validate_sequence_provenance_is_judged_at_root_level(tmp_path: Path):
    records = load_gold(jsonl(tmp_path, [record("s", [("USA", "IRQ", "0311")], cameo_code_provenance="sequence")]))
    assert score(records, {"s": [("USA", "IRQ", "030")]}).event.tp == 1


def test_validate_error_records_are_skipped(tmp_path: Path):
    records = load_gold(jsonl(tmp_path, [record("e", [("A", "B", "01")], error="bad input"), record("x", [])]))
    assert score(records, {}).skipped == 1


def test_validate_malformed_json_names_file_and_line(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(record("a", [])) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"{path}:2: bad gold record"):
        load_gold(path)


def test_validate_reads_petrarch_xml(tmp_path: Path):
    path = tmp_path / "v.xml"
    path.write_text(
        """<Sentences>
<Sentence date="950101" id="DEMO-01" category="DEMO">
<EventCoding sentence="True" sourcecode="ARN" targetcode="GON" eventcode="064"/>
<Text>
Arnor is about to restore
full diplomatic ties with Gondor.
</Text>
</Sentence>
<Sentence date="20310101" id="N-1" category="NEG">
<EventCoding noevents="True"/>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>""",
        encoding="utf-8",
    )
    first, second = load_gold(path)
    assert (first.id, first.date.year, first.expected, first.text) == ("DEMO-01", 1995, {("ARN", "GON", "064")}, "Arnor is about to restore full diplomatic ties with Gondor.")
    assert second.noevents and second.date.year == 2031


def test_validate_reads_the_shared_gold_files(shared: Path):
    assert len(load_gold(shared / "eval" / "cameo_gold.dev.jsonl")) == 124
    assert len(load_gold(shared / "eval" / "petr_unittest.dev.jsonl")) == 190


@pytest.mark.slow
def test_validate_petrarch_unit_records_mostly_exact(shared: Path):
    """Regression guard for the coder's mechanics on PETRARCH's own validation suite (issue 3: >= 80%)."""
    from eventcoder.pipeline import EventCoder

    records = [r for r in load_gold(shared / "eval" / "petr_unittest.dev.jsonl") if r.included and not r.error]
    coder = EventCoder(shared / "eval" / "petr_validate")
    dyad = {"true": True, "false": False}
    items = ((r.text, r.date, dyad.get(str(r.config.get("require_dyad", "")).lower())) for r in records)
    predictions = {r.id: [(e.source, e.target, e.code) for e in events] for r, events in zip(records, coder.code_texts(items))}
    result = score(records, predictions)
    assert result.event.exact_rate >= 0.80, format_score(result)
