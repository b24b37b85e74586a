"""The gold-standard scorer: loading eval JSONL and PETRARCH XML, and the scoring rules of ../shared/eval."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventcoder.errors import InputError
from eventcoder.validate import combine, format_files, format_score, load_gold, match_actor, score

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def write_jsonl(tmp_path: Path, records: list[dict], name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def rec(id_: str, expected: list[tuple], category: str = "C", **extra) -> dict:
    """A gold JSONL record; expected events are (source, target, code)."""
    events = [dict(zip(("source", "target", "code"), e)) for e in expected]
    return {"id": id_, "date": "20150101", "text": f"text of {id_}", "category": category, "expected": events, **extra}


def scored(tmp_path: Path, records: list[dict], predictions: dict, actor_match: str = "prefix"):
    return score(load_gold(write_jsonl(tmp_path, records)), predictions, actor_match=actor_match)


def counts(level) -> tuple[int, int, int]:
    return (level.tp, level.fp, level.fn)


@pytest.mark.parametrize(
    ("gold", "ours", "mode", "ok"),
    [
        ("IGO", "IGOUNO", "prefix", True),
        ("IGO", "IGOUNO", "exact", False),
        ("usa", "USAGOV", "prefix", True),
        ("USAGOV", "usagov", "exact", True),
        ("USAGOV", "USA", "prefix", False),
        ("USA", "RUS", "prefix", False),
        ("IRN***", "IRNGOV", "prefix", True),
        ("IRQCVLkur", "IRQCVL", "prefix", True),
        ("IRQCVLkur", "IRQ", "prefix", False),
        ("IGOMIL", "IGOUNOMIL", "parts", True),
        ("IGOMIL", "IGOUNOMIL", "prefix", False),
        ("USAGOV", "USAMILGOV", "parts", True),
        ("USAGOV", "RUSGOV", "parts", False),
        ("USAGOV", "USAMIL", "parts", False),
        ("USA", "USAGOV", "parts", True),
    ],
)
def test_validate_match_actor_prefix_and_exact(gold, ours, mode, ok):
    assert match_actor(gold, ours, mode) is ok


def test_validate_prefix_vs_exact_actor_matching_in_score(tmp_path: Path):
    records = [rec("a", [("IGO", "SYR", "111")])]
    predictions = {"a": [("IGOUNO", "SYR", "111")]}
    assert counts(scored(tmp_path, records, predictions).event) == (1, 0, 0)
    assert counts(scored(tmp_path, records, predictions, actor_match="exact").event) == (0, 1, 1)


def test_validate_matching_is_one_to_one_and_not_order_dependent(tmp_path: Path):
    # Gold USA could take our USAGOV, leaving gold USAGOV unmatched; the best pairing matches both.
    records = [rec("a", [("USA", "IRQ", "190"), ("USAGOV", "IRQ", "190")])]
    result = scored(tmp_path, records, {"a": [("USAGOV", "IRQ", "190"), ("USAMIL", "IRQ", "190")]})
    assert counts(result.event) == (2, 0, 0)
    # One prediction cannot match two gold events.
    result = scored(tmp_path, records, {"a": [("USAGOV", "IRQ", "190")]})
    assert counts(result.event) == (1, 0, 1)


def test_validate_duplicate_predictions_count_once(tmp_path: Path):
    result = scored(tmp_path, [rec("a", [("USA", "IRQ", "190")])], {"a": [("USA", "IRQ", "190"), ("USA", "IRQ", "190"), ("usa", "IRQ", "190")]})
    assert counts(result.event) == (1, 0, 0)
    assert result.records[0].exact


def test_validate_missing_actors_are_dropped(tmp_path: Path):
    records = [rec("a", [("RUS", None, "010"), ("---GOV", "---", "023"), ("", "UKR", "042"), ("RUS", "UKR", "042")])]
    gold = load_gold(write_jsonl(tmp_path, records))
    assert gold[0].expected == {("RUS", "UKR", "042")}
    predictions = {"a": [("RUS", "UKR", "042"), (None, "UKR", "042"), ("RUS", "", "042"), ("---", "UKR", "190")]}
    result = score(gold, predictions)
    assert counts(result.event) == (1, 0, 0)
    assert result.records[0].predicted == {("RUS", "UKR", "042")}


def test_validate_noevents_record_is_exact_only_when_nothing_is_predicted(tmp_path: Path):
    records = [rec("quiet", [], noevents=True), rec("noisy", [], noevents=True)]
    result = scored(tmp_path, records, {"noisy": [("FRA", "DEU", "040"), (None, "DEU", "040")]})
    by_id = {r.id: r for r in result.records}
    assert by_id["quiet"].exact and not by_id["noisy"].exact
    assert counts(result.event) == (0, 1, 0)
    assert result.event.exact == 1 and result.root.exact == 1
    assert by_id["noisy"].extra == (("FRA", "DEU", "040"),)


def test_validate_sequence_provenance_compares_codes_at_root_level(tmp_path: Path):
    records = [
        rec("seq", [("USA", "IRQ", "0311")], cameo_code_provenance="sequence"),
        rec("seq2", [("USA", "IRQ", "0311")], cameo_code_provenance="sequence|plover_mismatch:CONCEDE"),
        rec("ex", [("USA", "IRQ", "0311")], cameo_code_provenance="exact"),
        rec("fz", [("USA", "IRQ", "0311")], cameo_code_provenance="fuzzy:0.978"),
    ]
    gold = load_gold(write_jsonl(tmp_path, records))
    assert [r.provenance for r in gold] == ["sequence", "sequence", "exact", "fuzzy"]
    result = score(gold, {r.id: [("USA", "IRQ", "030")] for r in gold})
    assert {r.id: r.exact for r in result.records} == {"seq": True, "seq2": True, "ex": False, "fz": False}
    assert counts(result.event) == (2, 2, 2)
    assert counts(result.root) == (4, 0, 0)


def test_validate_root_level_compares_first_two_digits(tmp_path: Path):
    result = scored(tmp_path, [rec("a", [("IGO", "SYR", "111")]), rec("b", [("IRQ", "USA", "190")])], {"a": [("IGOUNO", "SYR", "112")], "b": [("IRQ", "USA", "180")]})
    assert counts(result.event) == (0, 2, 2)
    assert counts(result.root) == (1, 1, 1)
    assert (result.event.exact, result.root.exact) == (0, 1)


def test_validate_precision_recall_f1_and_exact_match_rate(tmp_path: Path):
    records = [
        rec("a", [("USA", "IRQ", "190"), ("IRQ", "USA", "190")]),
        rec("b", [("IGO", "SYR", "111")]),
        rec("c", [("RUS", "UKR", "042")]),
        rec("d", [("CHN", "JPN", "036")]),
    ]
    predictions = {"a": [("USAGOV", "IRQ", "190")], "b": [("IGO", "SYR", "111"), ("SYR", "IGO", "111")], "c": [("RUS", "UKR", "042")]}
    result = scored(tmp_path, records, predictions)
    assert counts(result.event) == (3, 1, 2)
    assert result.event.precision == pytest.approx(3 / 4)
    assert result.event.recall == pytest.approx(3 / 5)
    assert result.event.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert (result.event.exact, result.event.records) == (1, 4)
    assert result.event.exact_rate == pytest.approx(0.25)
    assert [r.id for r in result.records if r.exact] == ["c"]


def test_validate_per_category_numbers(tmp_path: Path):
    records = [
        rec("a1", [("USA", "IRQ", "190")], category="ASSAULT"),
        rec("a2", [("USA", "IRQ", "190")], category="ASSAULT"),
        rec("g1", [("JOR", "GBR", "0312")], category="AGREE"),
    ]
    predictions = {"a1": [("USA", "IRQ", "190")], "a2": [("USA", "IRQ", "195")], "g1": [("JOR", "GBR", "0312"), ("GBR", "JOR", "0312")]}
    result = scored(tmp_path, records, predictions)
    assert sorted(result.per_category) == ["AGREE", "ASSAULT"]
    assault, agree = result.per_category["ASSAULT"], result.per_category["AGREE"]
    assert (counts(assault.event), assault.event.exact, assault.event.records) == ((1, 1, 1), 1, 2)
    assert (counts(assault.root), assault.root.exact) == ((2, 0, 0), 2)
    assert (counts(agree.event), agree.event.exact, agree.event.exact_rate) == ((1, 1, 0), 0, 0.0)
    assert agree.event.precision == pytest.approx(0.5) and agree.event.recall == pytest.approx(1.0)
    report = format_score(result)
    assert report.index("AGREE") < report.index("ASSAULT")


def test_validate_error_and_excluded_records_are_skipped(tmp_path: Path):
    records = [rec("e", [("ARN", "GON", "064")], error="dateline"), rec("x", [("ARN", "GON", "064")], included=False), rec("ok", [])]
    gold = load_gold(write_jsonl(tmp_path, records))
    assert len(gold) == 3 and not gold[1].included and gold[0].error == "dateline"
    result = score(gold, {"e": [("ARN", "GON", "064")]})
    assert (result.skipped_error, result.skipped_excluded, result.skipped) == (1, 1, 2)
    assert [r.id for r in result.records] == ["ok"] and counts(result.event) == (0, 0, 0)


def test_validate_jsonl_fields_are_read(tmp_path: Path):
    path = write_jsonl(tmp_path, [rec("a", [("ARN", "GON", "064")], date="19950103", config={"require_dyad": False, "new_actor_length": 0})])
    (record,) = load_gold(path)
    assert record.date == dt.date(1995, 1, 3)
    assert record.config == {"require_dyad": "False", "new_actor_length": "0"}
    assert record.origin == f"{path}:1"
    assert (record.noevents, record.error, record.included, record.provenance) == (False, None, True, None)


def test_validate_malformed_json_lines_are_reported_with_file_and_line(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    good = json.dumps(rec("a", []))
    path.write_text(f"{good}\n{{not json\n\n{json.dumps(rec('b', [], date='20151340'))}\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert f"{path}:2: not valid JSON" in message
    assert f"{path}:4: date '20151340'" in message
    assert f"{path}:5: expected a JSON object" in message
    assert f"{path}:1:" not in message


def test_validate_repeated_jsonl_id_is_an_error(tmp_path: Path):
    path = write_jsonl(tmp_path, [rec("a", []), rec("a", [])])
    with pytest.raises(InputError, match=rf"{path}:2: id 'a' already used on line 1"):
        load_gold(path)


PETRARCH_XML = """<Sentences>
<Sentence date="950101" id="DEMO-01" category="DEMO" place="">
<EventCoding sentence="True" source="ARN" target="GON" eventcode="064" />
<EventCoding sentence="True" sourcecode="GON" targetcode="ARN" eventcode="065"></EventCoding>
<Config option="require_dyad" value="false" />
<Text>
Arnor is about to restore
   full diplomatic ties with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) ...))
</Parse>
</Sentence>
<Sentence date="20310102" id="BODY-01" category="BODY">
<EventCoding>
ARN GON 064
ELF  GON   032
</EventCoding>
<Config new_actor_length="0" />
<Text>Body form.</Text>
</Sentence>
<Sentence date="300115" id="NONE-01" category="NEG">
<EventCoding sentence="True" noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="950101" id="DEMO-01" category="DEMO">
<EventCoding sentence="True" error="dateline" />
<Text>A repeated id.</Text>
</Sentence>
</Sentences>
"""


def test_validate_reads_petrarch_xml_attribute_and_body_forms(tmp_path: Path):
    path = tmp_path / "PETR.UnitTest.records.txt"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    demo, body, none, repeat = load_gold(path)
    assert (demo.id, demo.category, demo.expected) == ("DEMO-01", "DEMO", {("ARN", "GON", "064"), ("GON", "ARN", "065")})
    assert demo.text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert demo.config == {"require_dyad": "false"} and demo.origin == f"{path}:2"
    assert body.expected == {("ARN", "GON", "064"), ("ELF", "GON", "032")} and body.config == {"new_actor_length": "0"}
    assert none.noevents and not none.expected
    assert (repeat.id, repeat.error) == ("DEMO-01#2", "dateline")


def test_validate_xml_dates_yymmdd_and_yyyymmdd(tmp_path: Path):
    path = tmp_path / "v.xml"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    dates = [r.date for r in load_gold(path)]
    assert dates == [dt.date(1995, 1, 1), dt.date(2031, 1, 2), dt.date(2030, 1, 15), dt.date(1995, 1, 1)]


def test_validate_xml_with_stray_text_is_read_record_by_record(tmp_path: Path):
    path = tmp_path / "v.xml"
    path.write_text(
        "<Sentences>\nsome notes & comments < here\n"
        '<Sentence date="950101" id="A-1" category="A">\n<EventCoding source="ARN" target="GON" eventcode="064"/>\n<Text>Fine.</Text>\n</Sentence>\n'
        "stray text\n"
        '<Sentence date="950101" id="A-2" category="A">\n<EventCoding source="ARN" target="GON" eventcode="064"/>\n<Text>Fine too.</Text>\n</Sentence>\n',
        encoding="utf-8",
    )
    first, second = load_gold(path)
    assert (first.id, first.origin, second.id, second.origin) == ("A-1", f"{path}:3", "A-2", f"{path}:8")


def test_validate_xml_blocks_that_fail_are_reported_with_file_and_line(tmp_path: Path):
    path = tmp_path / "v.xml"
    path.write_text(
        "stray preamble\n"
        '<Sentence date="950101" id="A-1">\n<Text>Fine.</Text>\n</Sentence>\n'
        '<Sentence date="950101" id="A-2">\n<EventCoding source="ARN" target="GON" eventcode="064">\n<Text>Unclosed coding.</Text>\n</Sentence>\n'
        '<Sentence date="951399" id="A-3">\n<Text>Bad date.</Text>\n</Sentence>\n'
        '<Sentence date="950101" id="A-4">\n<EventCoding>ARN GON</EventCoding>\n<Text>Short body line.</Text>\n</Sentence>\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert f"{path}:8: malformed <Sentence> record" in message
    assert f"{path}:9: date '951399'" in message
    assert f"{path}:12: <EventCoding> body line 1 'ARN GON'" in message
    assert f"{path}:2:" not in message


def test_validate_xml_declared_encoding_and_comments(tmp_path: Path):
    path = tmp_path / "v.xml"
    path.write_bytes(
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<Sentences>\n<!-- <Sentence id="old"> -->\n'
        b'<Sentence id="X-1" date="950101"><Text>Caf\xe9 &amp; co</Text></Sentence>\n</Sentences>\n'
    )
    (record,) = load_gold(path)
    assert (record.id, record.text, record.origin) == ("X-1", "Caf\u00e9 & co", f"{path}:4")


def test_validate_format_score_lists_misses(tmp_path: Path):
    long_text = "word " * 100
    records = [rec("hit", [("ARN", "GON", "064")]), rec("miss", [("ARN", "GON", "064")], category="Z", text=long_text)]
    result = scored(tmp_path, records, {"hit": [("ARN", "GON", "064")], "miss": [("GON", "ARN", "064")]})
    short = format_score(result)
    assert "event" in short and "root" in short and "miss" not in short.split("category")[0]
    report = format_score(result, show_misses=True)
    assert "Records not coded exactly: 1" in report
    section = report.split("Records not coded exactly: 1", 1)[1]
    assert "miss [Z]" in section and "hit [" not in section
    assert "missed:    ARN GON 064" in section and "extra:     GON ARN 064" in section
    text_line = next(line for line in section.splitlines() if line.strip().startswith("text:"))
    assert len(text_line.split("text:", 1)[1].strip()) <= 200


def test_validate_scores_of_several_files_pool_counts_and_records(tmp_path: Path):
    first = scored(tmp_path, [rec("s1", [("ARN", "GON", "064")], category="A")], {"s1": [("ARN", "GON", "064")]})
    # The same id in another file is another record.
    second = scored(tmp_path, [rec("s1", [("ARN", "GON", "111")], category="A"), rec("s2", [], category="B", noevents=True)], {"s2": [("GON", "ARN", "120")]})
    pooled = combine([first, second])
    assert counts(pooled.event) == (1, 1, 1) and pooled.event.records == 3 and pooled.event.exact == 1
    assert counts(pooled.per_category["A"].event) == (1, 0, 1) and counts(pooled.per_category["B"].root) == (0, 1, 0)
    assert [r.id for r in pooled.records] == ["s1", "s1", "s2"]
    table = format_files({"one.jsonl": first, "two.jsonl": second}).splitlines()
    assert table[1].split() == ["one.jsonl", "1", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"]
    assert table[2].split()[:3] == ["two.jsonl", "2", "0.000"]


@pytest.mark.slow
def test_validate_command_scores_each_file_and_all_pooled(tmp_path: Path):
    from click.testing import CliRunner

    from eventcoder.cli import main

    one = write_jsonl(tmp_path, [{**rec("s1", [("IRN", "ISR", "111")]), "text": "Iran condemned Israel on Monday."}], "one.jsonl")
    two = write_jsonl(tmp_path, [{**rec("s1", [("FRA", "DEU", "036")]), "text": "France and Germany held talks in Paris."}], "two.jsonl")
    result = CliRunner().invoke(main, ["validate", str(one), str(two)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split()[0].endswith("one.jsonl") and lines[1].split()[1:4] == ["1", "1.000", "1.000"]
    assert lines[2].split()[0].endswith("two.jsonl") and lines[2].split()[1:3] == ["1", "0.000"]
    assert "All files pooled:" in result.output and "Scored 2 record(s)" in result.output


def test_validate_reads_the_shared_gold_files():
    if not EVAL.is_dir():
        pytest.skip(f"{EVAL} is not present")
    cameo = load_gold(EVAL / "cameo_gold.dev.jsonl")
    petr = load_gold(EVAL / "petr_unittest.dev.jsonl")
    assert (len(cameo), len(petr)) == (124, 190)
    assert sum(not r.included for r in petr) == 3 and sum(bool(r.error) for r in petr) == 6
    assert {r.provenance for r in cameo} == {"exact", "fuzzy", "sequence"}
    # Perfect predictions score perfectly: the loader and the scorer agree on every record.
    for records in (cameo, petr):
        result = score(records, {r.id: sorted(r.expected) for r in records})
        assert result.event.exact == result.event.records and result.event.fp == result.event.fn == 0


@pytest.mark.slow
def test_validate_petrarch_unit_records_mostly_exact():
    """Regression guard for the coder's mechanics on PETRARCH's own validation suite (issue 3: >= 80%)."""
    if not EVAL.is_dir():
        pytest.skip(f"{EVAL} is not present")
    from eventcoder.pipeline import EventCoder

    records = [r for r in load_gold(EVAL / "petr_unittest.dev.jsonl") if r.included and not r.error]
    coder = EventCoder(EVAL / "petr_validate")
    dyad = {"true": True, "false": False}
    items = ((r.text, r.date, dyad.get(str(r.config.get("require_dyad", "")).lower())) for r in records)
    predictions = {r.id: [(e.source, e.target, e.code) for e in events] for r, events in zip(records, coder.code_texts(items))}
    result = score(records, predictions)
    assert result.event.exact_rate >= 0.80, format_score(result)


def _score_with(records, dictionaries):
    from eventcoder.pipeline import EventCoder

    coder = EventCoder(dictionaries)
    predictions = {r.id: [(e.source, e.target, e.code) for e in events] for r, events in zip(records, coder.code_texts((r.text, r.date, None) for r in records))}
    return score(records, predictions)


@pytest.mark.slow
def test_validate_shipped_dictionaries_beat_phoenix_on_the_cameo_gold():
    """Regression guard on the CAMEO gold: the shipped dictionaries keep what they reach (event F1
    0.565, root F1 0.635 when last raised) and stay well above the Phoenix set (0.133 and 0.200).
    Issue 4 asks for 0.55 and 0.70; raise these floors as the coding improves."""
    phoenix = EVAL.parent / "dictionaries" / "phoenix"
    if not EVAL.is_dir() or not phoenix.is_dir():
        pytest.skip(f"{EVAL} or {phoenix} is not present")
    records = [r for r in load_gold(EVAL / "cameo_gold.dev.jsonl") if r.included and not r.error]
    ours = _score_with(records, None)
    theirs = _score_with(records, phoenix)
    assert ours.event.f1 >= 0.55 and ours.root.f1 >= 0.62, format_score(ours)
    assert ours.event.f1 > 2 * theirs.event.f1 and ours.root.f1 > 2 * theirs.root.f1, format_score(theirs)
