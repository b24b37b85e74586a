"""Scoring coded events against gold-standard sentences (eval JSONL or PETRARCH validation XML)."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

Triple = tuple[str, str, str]
_MISSING = {None, "", "---"}


@dataclass(frozen=True)
class GoldRecord:
    """One gold-coded sentence."""

    id: str
    date: dt.date | None
    text: str
    expected: frozenset[Triple]
    category: str = ""
    noevents: bool = False
    error: str | None = None
    included: bool = True
    config: Mapping[str, str] = field(default_factory=dict)
    provenance: str | None = None  # "sequence": codes were inferred, judge them at root level
    origin: str = ""


def _gold_date(value: object) -> dt.date | None:
    text = str(value or "").strip()
    if re.fullmatch(r"\d{6}", text):  # PETRARCH's YYMMDD: 00-30 are 20xx
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    if re.fullmatch(r"\d{8}", text):
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    return None


def _events(items: Iterable[tuple[object, object, object]]) -> frozenset[Triple]:
    """Gold events without those missing an actor, as the scoring rules say."""
    return frozenset((str(s), str(t), str(c)) for s, t, c in items if s not in _MISSING and t not in _MISSING and c not in _MISSING)


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records from a JSONL file or a PETRARCH validation XML file; errors name file:line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    return _load_xml(path, text) if text.lstrip().startswith("<") else _load_jsonl(path, text)


def _load_jsonl(path: Path, text: str) -> list[GoldRecord]:
    records, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            expected = _events((e.get("source"), e.get("target"), e.get("code")) for e in raw.get("expected") or [])
            records.append(
                GoldRecord(
                    id=str(raw["id"]),
                    date=_gold_date(raw.get("date")),
                    text=raw["text"],
                    expected=expected,
                    category=str(raw.get("category") or ""),
                    noevents=bool(raw.get("noevents")),
                    error=raw.get("error") or None,
                    included=raw.get("included", True) is not False,
                    config={str(k): str(v) for k, v in (raw.get("config") or {}).items()},
                    provenance=raw.get("cameo_code_provenance"),
                    origin=f"{path}:{number}",
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            problems.append(f"{path}:{number}: bad gold record: {exc}")
    if problems:
        raise InputError("\n".join(problems))
    return records


def _load_xml(path: Path, text: str) -> list[GoldRecord]:
    records, problems = [], []
    for match in re.finditer(r"<Sentence\b.*?</Sentence>", text, re.S):
        number = text.count("\n", 0, match.start()) + 1
        try:
            node = ET.fromstring(match.group(0))
        except ET.ParseError as exc:
            problems.append(f"{path}:{number}: malformed <Sentence>: {exc}")
            continue
        triples, noevents = [], False
        for coding in node.iter("EventCoding"):
            if str(coding.get("noevents", "")).lower() == "true":
                noevents = True
            if coding.get("eventcode"):
                triples.append((coding.get("sourcecode") or coding.get("source"), coding.get("targetcode") or coding.get("target"), coding.get("eventcode")))
            for line in (coding.text or "").splitlines():
                parts = line.split()
                if len(parts) == 3:
                    triples.append(tuple(parts))
        text_node = node.find("Text")
        config = {k: v for c in node.iter("Config") for k, v in c.attrib.items()}
        records.append(
            GoldRecord(
                id=node.get("id", f"{path.name}:{number}"),
                date=_gold_date(node.get("date")),
                text=" ".join((text_node.text if text_node is not None and text_node.text else "").split()),
                expected=_events(triples),
                category=node.get("category", ""),
                noevents=noevents,
                config=config,
                origin=f"{path}:{number}",
            )
        )
    if problems:
        raise InputError("\n".join(problems))
    return records


def match_actor(gold: str, ours: str, mode: str = "prefix") -> bool:
    """Gold actor matches ours: equal, or (prefix mode) a prefix of ours, ignoring case."""
    gold, ours = gold.upper(), ours.upper()
    return ours.startswith(gold) if mode == "prefix" else ours == gold


@dataclass
class Counts:
    """True/false positives, misses and exact records at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    records: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_rate(self) -> float:
        return self.exact / self.records if self.records else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.exact += other.exact
        self.records += other.records


@dataclass
class RecordResult:
    """How one record was coded."""

    record: GoldRecord
    predicted: frozenset[Triple]
    missed: list[Triple]
    extra: list[Triple]
    exact: bool
    root_exact: bool


@dataclass
class Score:
    """Scores at event and root-code level, overall and per category."""

    event: Counts = field(default_factory=Counts)
    root: Counts = field(default_factory=Counts)
    categories: dict[str, tuple[Counts, Counts]] = field(default_factory=dict)
    results: list[RecordResult] = field(default_factory=list)
    skipped: int = 0


def _compare(expected: frozenset[Triple], predicted: frozenset[Triple], root_only: bool, mode: str) -> tuple[Counts, list[Triple], list[Triple]]:
    unmatched = sorted(predicted)
    missed = []
    counts = Counts(records=1)
    for gold in sorted(expected):
        hit = next(
            (
                p
                for p in unmatched
                if match_actor(gold[0], p[0], mode) and match_actor(gold[1], p[1], mode) and (p[2][:2] == gold[2][:2] if root_only else p[2] == gold[2])
            ),
            None,
        )
        if hit is None:
            missed.append(gold)
        else:
            unmatched.remove(hit)
            counts.tp += 1
    counts.fn = len(missed)
    counts.fp = len(unmatched)
    counts.exact = int(not missed and not unmatched)
    return counts, missed, unmatched


def score(records: Sequence[GoldRecord], predictions: Mapping[str, Iterable[tuple[str | None, str | None, str]]], actor_match: str = "prefix") -> Score:
    """Compare each record's set of predicted (source, target, code) with its gold set."""
    result = Score()
    for record in records:
        if record.error or not record.included:
            result.skipped += 1
            continue
        predicted = _events(predictions.get(record.id, ()))
        expected = frozenset() if record.noevents else record.expected
        event, missed, extra = _compare(expected, predicted, record.provenance == "sequence", actor_match)
        root, _, _ = _compare(expected, predicted, True, actor_match)
        result.event.add(event)
        result.root.add(root)
        per_event, per_root = result.categories.setdefault(record.category, (Counts(), Counts()))
        per_event.add(event)
        per_root.add(root)
        result.results.append(RecordResult(record, predicted, missed, extra, bool(event.exact), bool(root.exact)))
    return result


def format_score(score: Score, show_misses: bool = False) -> str:
    """A plain-text report: overall and per-category P/R/F1 and exact-match rates, then the misses."""
    header = f"{'':<18}{'records':>8}{'exact':>8}{'P':>7}{'R':>7}{'F1':>7}{'root exact':>12}{'root P':>8}{'root R':>8}{'root F1':>8}"
    lines = [header]

    def row(name: str, event: Counts, root: Counts) -> str:
        return (
            f"{name[:18]:<18}{event.records:>8}{event.exact_rate:>8.1%}{event.precision:>7.3f}{event.recall:>7.3f}{event.f1:>7.3f}"
            f"{root.exact_rate:>12.1%}{root.precision:>8.3f}{root.recall:>8.3f}{root.f1:>8.3f}"
        )

    lines.append(row("all", score.event, score.root))
    lines.append("")
    lines.extend(row(name or "(none)", event, root) for name, (event, root) in sorted(score.categories.items()))
    if score.skipped:
        lines.append(f"\n{score.skipped} record(s) skipped (error records or not included)")
    if show_misses:
        for result in score.results:
            if result.exact:
                continue
            record = result.record
            lines += [
                "",
                f"{record.id} [{record.category}] {record.origin}",
                f"  text:      {record.text[:200]}",
                f"  expected:  {sorted(record.expected) if not record.noevents else 'no events'}",
                f"  predicted: {sorted(result.predicted)}",
                f"  missed:    {result.missed}",
                f"  extra:     {result.extra}",
            ]
    return "\n".join(lines)
