"""Scoring coded events against gold-standard sentences (eval JSONL or PETRARCH validation XML)."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.parsers import expat

from .errors import InputError

Triple = tuple[str, str, str]

# PETRARCH writes "---" for an actor it could not identify; the scoring rules drop those events too.
# "---GOV" (a government of no known country) is a partial actor and is kept.
_NULL_ACTOR = "---"
_MAX_SHOWN = 50
_TEXT_SHOWN = 200


@dataclass(frozen=True)
class GoldRecord:
    """One gold-coded sentence."""

    id: str
    date: dt.date | None
    text: str
    expected: frozenset[Triple]  # (source, target, code); events with a missing actor dropped
    category: str = ""
    noevents: bool = False
    error: str | None = None
    included: bool = True
    config: dict[str, str] = field(default_factory=dict)
    provenance: str | None = None  # "exact", "fuzzy" or "sequence"; "sequence" codes are judged at root level
    origin: str = ""  # "path:line"


# ---------------------------------------------------------------- loading


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records from a JSONL file or a PETRARCH validation XML file; problems name file:line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    declared = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([\w.:-]+)", raw)
    encoding = declared.group(1).decode("ascii") if declared else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except LookupError as exc:
        raise InputError(f"{path}:1: unknown encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{path}:{line}: not {encoding} text ({exc.reason})") from exc
    start = text.lstrip()
    # PETRARCH files may open with notes before the first tag; JSONL lines always open with "{".
    if start.startswith("<") or (not start.startswith("{") and re.search(r"<Sentence\b", text)):
        return _load_xml(path, text)
    return _load_jsonl(path, text)


def _raise_problems(path: Path, problems: list[str]) -> None:
    """One InputError listing every problem, so a user fixes a file in one pass."""
    if not problems:
        return
    shown = "\n".join(problems[:_MAX_SHOWN])
    more = len(problems) - _MAX_SHOWN
    if more > 0:
        shown += f"\n... and {more} more"
    raise InputError(f"{len(problems)} problem(s) in gold file {path}:\n{shown}")


def _flag(value: object) -> bool:
    """A boolean from JSON true/false or PETRARCH's "True"/"False" strings."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1"}
    return bool(value)


def _gold_date(value: object) -> dt.date | None:
    """YYYYMMDD, YYYY-MM-DD or PETRARCH's YYMMDD (00-30 are 20xx); ValueError when malformed."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d{6}", text):
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    found = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", text)
    if not found:
        raise ValueError(f"date {value!r} is not YYYYMMDD or YYMMDD")
    try:
        return dt.date(*map(int, found.groups()))
    except ValueError as exc:
        raise ValueError(f"date {value!r}: {exc}") from exc


def _actor(value: object) -> str | None:
    """An actor code, or None when the event has no actor there."""
    if value is None:
        return None
    text = str(value).strip()
    return None if not text or text == _NULL_ACTOR else text


def _provenance(value: object) -> str | None:
    """The kind of a code's provenance: "fuzzy:0.978|plover_mismatch:X" is "fuzzy"."""
    if value is None or not str(value).strip():
        return None
    return re.split(r"[|:]", str(value).strip(), maxsplit=1)[0].strip().lower() or None


def _gold_events(items: Iterable[tuple[object, object, object]]) -> frozenset[Triple]:
    """Gold events, without those that lack an actor (the scoring rules drop them)."""
    events = set()
    for source, target, code in items:
        source, target = _actor(source), _actor(target)
        if source and target:
            events.add((source, target, str(code).strip()))
    return frozenset(events)


def _load_jsonl(path: Path, text: str) -> list[GoldRecord]:
    records: list[GoldRecord] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            record = _jsonl_record(raw, where)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        # Predictions are keyed by id, so a repeated id would silently share them.
        if record.id in seen:
            problems.append(f"{where}: id {record.id!r} already used on line {seen[record.id]}")
            continue
        seen[record.id] = number
        records.append(record)
    _raise_problems(path, problems)
    return records


def _jsonl_record(raw: object, where: str) -> GoldRecord:
    """One JSONL gold record; ValueError says what is wrong with it."""
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    for key in ("id", "text"):
        if raw.get(key) in (None, ""):
            raise ValueError(f"no {key!r}")
    items = raw.get("expected") or []
    if not isinstance(items, list):
        raise ValueError("'expected' is not a list")
    triples = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValueError(f"expected event {index} is not an object")
        if item.get("code") in (None, ""):
            raise ValueError(f"expected event {index} has no code")
        triples.append((item.get("source"), item.get("target"), item["code"]))
    config = raw.get("config") or {}
    if not isinstance(config, dict):
        raise ValueError("'config' is not an object")
    return GoldRecord(
        id=str(raw["id"]),
        date=_gold_date(raw.get("date")),
        text=str(raw["text"]),
        expected=_gold_events(triples),
        category=str(raw.get("category") or ""),
        noevents=_flag(raw.get("noevents")),
        error=str(raw["error"]) if raw.get("error") else None,
        # Only an explicit false excludes a record; most files do not have the field.
        included=_flag(raw["included"]) if raw.get("included") is not None else True,
        config={str(k): str(v) for k, v in config.items()},
        provenance=_provenance(raw.get("cameo_code_provenance")),
        origin=where,
    )


def _load_xml(path: Path, text: str) -> list[GoldRecord]:
    problems: list[str] = []
    try:
        sentences = _parse_whole(text)
    except expat.ExpatError as exc:
        # PETRARCH files often carry stray text between records: read each record on its own.
        sentences = _parse_blocks(path, text, problems)
        if not sentences and not problems:
            problems.append(f"{path}:{exc.lineno}: not well-formed XML ({expat.ErrorString(exc.code)}) and no <Sentence> records")
    else:
        if not sentences:
            problems.append(f"{path}:1: no <Sentence> records")
    records: list[GoldRecord] = []
    ids: set[str] = set()
    for line, node in sentences:
        try:
            record = _xml_record(node, f"{path}:{line}", f"{path.name}:{line}")
        except ValueError as exc:
            problems.append(f"{path}:{line}: {exc}")
            continue
        # PETRARCH's files repeat ids; number the repeats as the eval JSONL does ("AGENTS-18#2").
        if record.id in ids:
            number = 2
            while f"{record.id}#{number}" in ids:
                number += 1
            record = replace(record, id=f"{record.id}#{number}")
        ids.add(record.id)
        records.append(record)
    _raise_problems(path, problems)
    return records


def _parse_whole(text: str) -> list[tuple[int, ET.Element]]:
    """Every <Sentence> of a well-formed document with the line its tag starts on."""
    # expat feeding ElementTree's TreeBuilder: ElementTree's own parser does not report line numbers.
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate()
    parser.buffer_text = True
    found: list[tuple[int, ET.Element]] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = builder.start(tag, attrs)
        if tag == "Sentence":
            found.append((parser.CurrentLineNumber, element))

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.Parse(text, True)
    builder.close()
    return found


def _parse_blocks(path: Path, text: str, problems: list[str]) -> list[tuple[int, ET.Element]]:
    """Each <Sentence>...</Sentence> block parsed on its own; blocks that fail become problems."""
    found: list[tuple[int, ET.Element]] = []
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"<Sentence\b.*?</Sentence\s*>", text, re.S):
        spans.append(match.span())
        line = text.count("\n", 0, match.start()) + 1
        try:
            found.append((line, ET.fromstring(match.group(0))))
        except ET.ParseError as exc:
            row, column = exc.position
            problems.append(f"{path}:{line + row - 1}: malformed <Sentence> record: {_parse_error_reason(exc)} (column {column + 1})")
    for match in re.finditer(r"<Sentence\b", text):
        if not any(start <= match.start() < end for start, end in spans):
            problems.append(f"{path}:{text.count(chr(10), 0, match.start()) + 1}: <Sentence> without </Sentence>")
    return found


def _parse_error_reason(exc: ET.ParseError) -> str:
    """The expat message without ElementTree's own "line 1, column 2" (relative to the block)."""
    return re.sub(r":\s*line \d+, column \d+$", "", str(exc))


def _xml_record(node: ET.Element, origin: str, fallback_id: str) -> GoldRecord:
    """One PETRARCH <Sentence> element as a gold record; ValueError says what is wrong."""
    triples: list[tuple[object, object, object]] = []
    noevents = _flag(node.get("noevents"))
    error = node.get("error") or None
    for coding in node.iter("EventCoding"):
        noevents = noevents or _flag(coding.get("noevents"))
        error = error or coding.get("error") or None
        code = coding.get("eventcode") or coding.get("code")
        if code:
            source = coding.get("sourcecode") or coding.get("source")
            target = coding.get("targetcode") or coding.get("target")
            triples.append((source, target, code))
        for offset, line in enumerate((coding.text or "").splitlines()):
            parts = line.split()
            if not parts:
                continue
            if len(parts) != 3:
                raise ValueError(f"<EventCoding> body line {offset + 1} {line.strip()!r} is not 'SOURCE TARGET CODE'")
            triples.append(tuple(parts))
    config: dict[str, str] = {}
    for element in node.iter("Config"):
        # PETRARCH writes <Config option="X" value="Y"/>; other files put the options in attributes.
        if "option" in element.attrib and "value" in element.attrib:
            config[element.attrib["option"]] = element.attrib["value"]
        else:
            config.update(element.attrib)
    text_node = node.find("Text")
    text = " ".join("".join(text_node.itertext()).split()) if text_node is not None else ""
    return GoldRecord(
        id=(node.get("id") or "").strip() or fallback_id,
        date=_gold_date(node.get("date")),
        text=text,
        expected=_gold_events(triples),
        category=node.get("category", ""),
        noevents=noevents,
        error=error,
        included=_flag(node.get("included")) if node.get("included") is not None else True,
        config=config,
        provenance=_provenance(node.get("provenance")),
        origin=origin,
    )


# ---------------------------------------------------------------- scoring


ACTOR_MATCH_MODES = ("prefix", "parts", "exact")


def gold_actor_code(gold: str) -> str:
    """What a gold code asserts: PLOVER's "***" (no sector given) and trailing lower-case ethnic or
    religious tags ("IRQCVLkur") are dropped, since no CAMEO actor code carries them."""
    code = gold.strip()
    tagged = re.fullmatch(r"([A-Z0-9*-]{3,}?)[a-z]+", code)
    if tagged:
        code = tagged[1]
    return code.rstrip("*").upper() or code.upper()


def match_actor(gold: str, ours: str, mode: str = "prefix") -> bool:
    """Gold actor matches ours ignoring case: equal ("exact"), a prefix of ours ("prefix"), or with
    the same country part and every further 3-letter part of gold somewhere in ours ("parts":
    gold IGOMIL matches our IGOUNOMIL, UN peacekeepers)."""
    gold, ours = gold_actor_code(gold), ours.strip().upper()
    if mode == "exact":
        return gold == ours
    if mode == "prefix":
        return ours.startswith(gold)
    if mode == "parts":
        gold_parts = [gold[i : i + 3] for i in range(0, len(gold), 3)]
        our_parts = [ours[i : i + 3] for i in range(0, len(ours), 3)]
        return ours[:3] == gold[:3] and all(part in our_parts[1:] for part in gold_parts[1:])
    raise ValueError(f"unknown actor match mode {mode!r}; choose {', '.join(ACTOR_MATCH_MODES)}")


def root_code(code: str) -> str:
    """The CAMEO root of a code: its first two digits."""
    return code.strip()[:2]


@dataclass
class Counts:
    """Matched, extra and missed events and exact records at one level; rates are 0.0 when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    records: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted events that match a gold event."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold events matched by a prediction."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_rate(self) -> float:
        """Share of records coded exactly right."""
        return self.exact / self.records if self.records else 0.0

    def add(self, other: Counts) -> None:
        """Add another record's (or category's) counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.exact += other.exact
        self.records += other.records


@dataclass
class CategoryScore:
    """Event- and root-level counts of one category."""

    event: Counts = field(default_factory=Counts)
    root: Counts = field(default_factory=Counts)


@dataclass(frozen=True)
class RecordResult:
    """How one record was coded (event level, plus whether it was exact at root level)."""

    id: str
    category: str
    text: str
    origin: str
    noevents: bool
    expected: frozenset[Triple]
    predicted: frozenset[Triple]
    matched: tuple[tuple[Triple, Triple], ...]  # (gold, ours)
    missed: tuple[Triple, ...]
    extra: tuple[Triple, ...]
    exact: bool
    root_exact: bool


@dataclass
class Score:
    """Scores at event and root-code level, overall and per category, and each record's result."""

    event: Counts = field(default_factory=Counts)
    root: Counts = field(default_factory=Counts)
    per_category: dict[str, CategoryScore] = field(default_factory=dict)
    records: list[RecordResult] = field(default_factory=list)
    skipped_error: int = 0  # records with `error` set: they test rejection of input, not coding
    skipped_excluded: int = 0  # records marked included = false

    @property
    def skipped(self) -> int:
        """Records not scored: error records and excluded ones."""
        return self.skipped_error + self.skipped_excluded


def _predicted_events(items: Iterable[tuple[str | None, str | None, str]]) -> frozenset[Triple]:
    """Predicted events without duplicates and without those that lack an actor."""
    events = set()
    for source, target, code in items:
        source, target = _actor(source), _actor(target)
        if source and target and code is not None:
            # Actors compare without case, so "usa" and "USA" are the same event.
            events.add((source.upper(), target.upper(), str(code).strip()))
    return frozenset(events)


def _pair(expected: Sequence[Triple], predicted: Sequence[Triple], same: Callable[[Triple, Triple], bool]) -> list[tuple[Triple, Triple]]:
    """One-to-one (gold, ours) pairs, as many as possible (augmenting paths)."""
    # First-come greedy pairing under-counts with prefix matching: gold USA may take our USAGOV
    # that gold USAGOV needed while our USAMIL was free for USA. Augmenting paths avoid that;
    # candidates equal to the gold event are tried first so the pairs shown are the natural ones.
    candidates = [sorted((j for j, ours in enumerate(predicted) if same(gold, ours)), key=lambda j, g=gold: predicted[j] != g) for gold in expected]
    owner: dict[int, int] = {}

    def claim(i: int, visited: set[int]) -> bool:
        for j in candidates[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or claim(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        claim(i, set())
    return sorted((expected[i], predicted[j]) for j, i in owner.items())


def _compare(
    expected: Sequence[Triple], predicted: Sequence[Triple], root_level: bool, mode: str
) -> tuple[Counts, list[tuple[Triple, Triple]], list[Triple], list[Triple]]:
    """Counts, pairs, missed gold events and extra predictions of one record."""

    def same(gold: Triple, ours: Triple) -> bool:
        codes = root_code(gold[2]) == root_code(ours[2]) if root_level else gold[2] == ours[2]
        return codes and match_actor(gold[0], ours[0], mode) and match_actor(gold[1], ours[1], mode)

    pairs = _pair(expected, predicted, same)
    used_gold = {g for g, _ in pairs}
    used_ours = {o for _, o in pairs}
    missed = [g for g in expected if g not in used_gold]
    extra = [o for o in predicted if o not in used_ours]
    counts = Counts(tp=len(pairs), fp=len(extra), fn=len(missed), exact=int(not missed and not extra), records=1)
    return counts, pairs, missed, extra


def score(records: Sequence[GoldRecord], predictions: Mapping[str, Iterable[tuple[str | None, str | None, str]]], actor_match: str = "prefix") -> Score:
    """Compare each record's set of predicted (source, target, code) with its gold set."""
    if actor_match not in ACTOR_MATCH_MODES:
        raise ValueError(f"unknown actor match mode {actor_match!r}; choose {', '.join(ACTOR_MATCH_MODES)}")
    result = Score()
    for record in records:
        if not record.included:
            result.skipped_excluded += 1
            continue
        if record.error:
            result.skipped_error += 1
            continue
        predicted = sorted(_predicted_events(predictions.get(record.id, ())))
        # A noevents record expects nothing: anything predicted for it is a false positive.
        expected = [] if record.noevents else sorted(record.expected)
        sequence = record.provenance == "sequence"
        event, pairs, missed, extra = _compare(expected, predicted, sequence, actor_match)
        root, _, _, _ = _compare(expected, predicted, True, actor_match)
        result.event.add(event)
        result.root.add(root)
        category = result.per_category.setdefault(record.category, CategoryScore())
        category.event.add(event)
        category.root.add(root)
        result.records.append(
            RecordResult(
                id=record.id,
                category=record.category,
                text=record.text,
                origin=record.origin,
                noevents=record.noevents,
                expected=frozenset(expected),
                predicted=frozenset(predicted),
                matched=tuple(pairs),
                missed=tuple(missed),
                extra=tuple(extra),
                exact=bool(event.exact),
                root_exact=bool(root.exact),
            )
        )
    return result


def combine(scores: Iterable[Score]) -> Score:
    """One score over several gold files, each scored on its own (record ids may repeat across files)."""
    total = Score()
    for part in scores:
        total.event.add(part.event)
        total.root.add(part.root)
        for name, counts in part.per_category.items():
            category = total.per_category.setdefault(name, CategoryScore())
            category.event.add(counts.event)
            category.root.add(counts.root)
        total.records.extend(part.records)
        total.skipped_error += part.skipped_error
        total.skipped_excluded += part.skipped_excluded
    return total


# ---------------------------------------------------------------- report


def _rate(value: float, defined: bool) -> str:
    return f"{value:.3f}" if defined else "-"


def _row(name: str, counts: Counts) -> str:
    has_predicted, has_expected = counts.tp + counts.fp > 0, counts.tp + counts.fn > 0
    return (
        f"{name:<24}{counts.records:>8}{counts.exact:>7}{_rate(counts.exact_rate, counts.records > 0):>8}"
        f"{_rate(counts.precision, has_predicted):>8}{_rate(counts.recall, has_expected):>8}{_rate(counts.f1, has_predicted and has_expected):>8}"
        f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
    )


def _header(first: str) -> str:
    return f"{first:<24}{'records':>8}{'exact':>7}{'exact%':>8}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"


def format_files(scores: Mapping[str, Score]) -> str:
    """One line per gold file: records, exact-match rate, and P/R/F1 at event and root level."""
    width = max(len(name) for name in scores)
    lines = [f"{'file':<{width}}{'records':>8}{'exact%':>8}{'event P':>9}{'R':>7}{'F1':>7}{'root P':>9}{'R':>7}{'F1':>7}"]
    for name, part in scores.items():
        event, root = part.event, part.root
        lines.append(
            f"{name:<{width}}{event.records:>8}{_rate(event.exact_rate, event.records > 0):>8}"
            f"{event.precision:>9.3f}{event.recall:>7.3f}{event.f1:>7.3f}{root.precision:>9.3f}{root.recall:>7.3f}{root.f1:>7.3f}"
        )
    return "\n".join(lines)


def _events_text(events: Iterable[Triple]) -> str:
    shown = [" ".join(event) for event in events]
    return ", ".join(shown) if shown else "(none)"


def format_score(score: Score, show_misses: bool = False) -> str:
    """A plain-text report: overall and per-category P/R/F1 and exact-match rates, then the misses."""
    lines = [f"Scored {score.event.records} record(s); skipped {score.skipped_error} with an error, {score.skipped_excluded} not included."]
    lines += ["", _header("level"), _row("event", score.event), _row("root", score.root)]
    for level in ("event", "root"):
        lines += ["", _header(f"category ({level} level)")]
        lines += [_row(name or "(none)", getattr(counts, level)) for name, counts in sorted(score.per_category.items())]
    if show_misses:
        misses = [r for r in score.records if not r.exact]
        lines += ["", f"Records not coded exactly: {len(misses)}"]
        for result in misses:
            text = result.text if len(result.text) <= _TEXT_SHOWN else result.text[: _TEXT_SHOWN - 3] + "..."
            lines += [
                "",
                f"{result.id} [{result.category}] {result.origin}" + ("" if not result.root_exact else "  (exact at root level)"),
                f"  text:      {text}",
                f"  expected:  {'no events' if result.noevents else _events_text(sorted(result.expected))}",
                f"  predicted: {_events_text(sorted(result.predicted))}",
                f"  missed:    {_events_text(result.missed)}",
                f"  extra:     {_events_text(result.extra)}",
            ]
    return "\n".join(lines)
