"""Reader for eventcoder's own dictionary format (grammar in dictionaries/README.md)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DictionaryError
from .model import ActorEntry, AgentEntry, DatedCode, Dictionaries, VerbPattern

NATIVE_SUFFIXES = (".actors", ".agents", ".verbs", ".discards")

_CODE = r"[A-Z0-9]{2,}"
_SIMPLE_ENTRY = re.compile(rf"^(?P<code>{_CODE})\s*:\s*(?P<phrases>.*)$")
# A name shared by places in several countries: "LBYGOV/LBN: Tripoli".
_SHARED_ENTRY = re.compile(rf"^(?P<codes>{_CODE}(?:/{_CODE})+)\s*:\s*(?P<phrases>.*)$")
_DATED_CODE = re.compile(rf"^(?P<code>{_CODE}|---)(?:\s+(?P<start>\S*)\.\.(?P<end>\S*))?$")
_EVENT_CODE = re.compile(r"^(?:\d{2,4}|---)$")
# TABARI's paired event: "A left for B" is A visits B (042) and B hosts A (043), written 042:043.
_PAIRED_CODE = re.compile(r"^(?P<forward>\d{2,4}|---)?:(?P<reverse>\d{2,4}|---)$")
_SET_DEF = re.compile(r"^&(?P<name>[A-Za-z0-9_]+)\s*=\s*(?P<members>.*)$")
_SET_REF = re.compile(r"^&[A-Za-z0-9_]+$")
_WORD = re.compile(r"^[^\s=|&]+$")
# The verbs a pattern line begins with when it names several: "order | authorize | approve".
_VERB_LIST = re.compile(r"\s*[^\s=|]+(?:\s*\|\s*[^\s=|]+)+")
_DISCARD = re.compile(r"^(?P<level>sentence|article)\s*:\s*(?P<phrases>.*)$")
_CONSTRAINT_KEYS = ("obj", "prep", "before", "comp")
# Events that are mutual by nature: "A held talks with B" means B held talks with A, "A signed a pact
# with B" that B signed it too. A native pattern with one of these codes codes both directions.
MUTUAL_CODES = frozenset({"040", "041", "044", "046", "057", "060", "061", "062"})


def strip_comment(line: str) -> str:
    """Drop a ``#`` comment (``\\#`` is a literal hash) and surrounding whitespace."""
    match = re.search(r"(?<!\\)#", line)
    if match:
        line = line[: match.start()]
    return line.replace("\\#", "#").rstrip()


def split_alternatives(text: str) -> list[str]:
    """Split ``a | b | c`` into its non-empty, whitespace-normalised parts."""
    return [" ".join(part.split()) for part in text.split("|") if part.strip()]


@dataclass
class _Reader:
    """Collects entries and problems across the files of one folder."""

    problems: list[str] = field(default_factory=list)
    result: Dictionaries = field(default_factory=Dictionaries)
    sets: dict[str, tuple[list[str], str]] = field(default_factory=dict)
    raw_patterns: list[tuple[str, str, dict[str, str], str | None, str | None, str, str]] = field(default_factory=list)

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def read_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(str(path), f"cannot read: {exc}")
            return
        self.read_text(str(path), text, path.suffix)

    def read_text(self, name: str, text: str, suffix: str) -> None:
        self.result.files.append(name)
        readers = {
            ".actors": self._read_actors,
            ".agents": self._read_agents,
            ".verbs": self._read_verbs,
            ".discards": self._read_discards,
        }
        readers[suffix](name, list(_numbered_lines(text)))

    def _phrases(self, where: str, text: str) -> tuple[str, ...]:
        phrases = split_alternatives(text)
        if not phrases:
            self.problem(where, "no phrases")
        return tuple(phrases)

    def _read_actors(self, name: str, lines: list[tuple[int, str, bool]]) -> None:
        block: tuple[str, tuple[str, ...], list[DatedCode]] | None = None

        def close() -> None:
            if block is None:
                return
            where, phrases, codes = block
            if not codes:
                self.problem(where, "actor block has no indented code lines")
            elif phrases:
                self.result.actors.append(ActorEntry(phrases, tuple(codes), where))

        for number, line, indented in lines:
            where = f"{name}:{number}"
            if indented:
                if block is None:
                    self.problem(where, "indented code line outside an actor block")
                    continue
                dated = self._dated_code(where, line.strip())
                if dated is not None:
                    block[2].append(dated)
                continue
            close()
            block = None
            simple = _SIMPLE_ENTRY.match(line)
            shared = _SHARED_ENTRY.match(line)
            if simple:
                phrases = self._phrases(where, simple["phrases"])
                if phrases:
                    self.result.actors.append(ActorEntry(phrases, (DatedCode(simple["code"]),), where))
            elif shared:
                phrases = self._phrases(where, shared["phrases"])
                choices = tuple(DatedCode(code) for code in shared["codes"].split("/"))
                if len({c.code[:3] for c in choices}) < len(choices):
                    self.problem(where, f"the choices of a shared name must be of different countries: {shared['codes']!r}")
                elif phrases:
                    self.result.actors.append(ActorEntry(phrases, choices, where, shared=True))
            elif ":" in line:
                self.problem(where, f"expected 'CODE: phrase | phrase' (codes are upper-case letters and digits): {line!r}")
            else:
                block = (where, self._phrases(where, line), [])
        close()

    def _dated_code(self, where: str, text: str) -> DatedCode | None:
        match = _DATED_CODE.match(text)
        if not match:
            self.problem(where, f"expected 'CODE' or 'CODE FROM..TO' with ISO dates: {text!r}")
            return None
        start = self._iso_date(where, match["start"])
        end = self._iso_date(where, match["end"])
        if start and end and start >= end:
            self.problem(where, f"date range ends before it starts: {text!r}")
        return DatedCode(match["code"], start, end)

    def _iso_date(self, where: str, text: str | None) -> dt.date | None:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.problem(where, f"bad date {text!r}: expected YYYY-MM-DD")
            return None

    def _read_agents(self, name: str, lines: list[tuple[int, str, bool]]) -> None:
        for number, line, _ in lines:
            where = f"{name}:{number}"
            match = _SIMPLE_ENTRY.match(line.strip())
            if not match:
                self.problem(where, f"expected 'CODE: phrase | phrase': {line.strip()!r}")
                continue
            phrases = self._phrases(where, match["phrases"])
            if phrases:
                self.result.agents.append(AgentEntry(phrases, match["code"], where))

    def _read_discards(self, name: str, lines: list[tuple[int, str, bool]]) -> None:
        for number, line, _ in lines:
            where = f"{name}:{number}"
            match = _DISCARD.match(line.strip())
            if not match:
                self.problem(where, f"expected 'sentence: phrase | ...' or 'article: phrase | ...': {line.strip()!r}")
                continue
            target = self.result.sentence_discards if match["level"] == "sentence" else self.result.article_discards
            target.extend(self._phrases(where, match["phrases"]))

    def _read_verbs(self, name: str, lines: list[tuple[int, str, bool]]) -> None:
        for number, line, _ in lines:
            where = f"{name}:{number}"
            line = line.strip()
            set_def = _SET_DEF.match(line)
            if set_def:
                key = "&" + set_def["name"].upper()
                if key in self.sets:
                    self.problem(where, f"synonym set {key} already defined at {self.sets[key][1]}")
                members = split_alternatives(set_def["members"])
                if not members:
                    self.problem(where, f"synonym set {key} has no members")
                for member in members:
                    if "=" in member:
                        # "peace agreement | diplomatic solutionN_SETTLE = settlement": two lines run together.
                        self.problem(where, f"synonym set {key} member {member!r} holds '=': two lines run together?")
                self.sets[key] = (members, where)
                continue
            self._read_pattern(where, line)

    def _read_pattern(self, where: str, line: str) -> None:
        left, arrow, code = line.rpartition("=>")
        code = code.strip()
        if not arrow:
            self.problem(where, f"expected 'VERB [constraints] => CODE' or '&SET = a | b': {line!r}")
            return
        reverse = None
        paired = _PAIRED_CODE.match(code)
        if paired:
            # "057:---": one direction of a mutual code ("ratified a treaty with B": only A ratified).
            code, reverse = paired["forward"] or "---", paired["reverse"] if paired["reverse"] != "---" else None
        elif code in MUTUAL_CODES:
            reverse = code
        elif not _EVENT_CODE.match(code):
            self.problem(where, f"bad event code {code!r}: expected 2-4 digits, ---, or a pair such as 042:043")
            return
        words: list[str] = []
        constraints: dict[str, str] = {}
        # "authorize | authorise | approve obj=&I_INQUIRY => 090": one pattern for each verb.
        verbs: list[str] = []
        for part in re.sub(r"\s*\|\s*", "|", left).split():
            key, equals, value = part.partition("=")
            if not equals:
                if constraints:
                    self.problem(where, f"verb words must come before constraints: {part!r}")
                elif not words and "|" in part:
                    verbs = [v.lower() for v in part.split("|")]
                    for verb in verbs:
                        if not _WORD.match(verb):
                            self.problem(where, f"bad verb word {verb!r}")
                elif not _WORD.match(part):
                    self.problem(where, f"bad verb word {part!r}")
                words.append(part.lower())
            elif key not in _CONSTRAINT_KEYS:
                self.problem(where, f"unknown constraint {key!r} (known: {', '.join(_CONSTRAINT_KEYS)})")
            elif key in constraints:
                self.problem(where, f"constraint {key!r} given twice")
            elif not value:
                self.problem(where, f"constraint {key!r} has no value")
            else:
                constraints[key] = value
        if not words:
            self.problem(where, "pattern has no verb")
            return
        # Each verb of a shared line is reported as if written alone: "urge => 020", not the whole list.
        listed = _VERB_LIST.match(line) if verbs else None
        for verb in verbs or words[:1]:
            text = verb + line[listed.end() :] if listed else line
            self.raw_patterns.append((verb, " ".join(words[1:]), constraints, None if code == "---" else code, reverse, where, text))

    def resolve_patterns(self) -> None:
        """Turn raw patterns into VerbPatterns, expanding synonym sets (which may be defined later)."""
        expanded: dict[str, frozenset[str]] = {}
        for name in self.sets:
            expanded[name] = self._expand_set(name, expanded, ())
        for verb, particles, constraints, code, reverse, where, text in self.raw_patterns:
            fields: dict[str, frozenset[str] | None] = {}
            for key in ("obj", "before", "comp"):
                fields[key] = self._word_set(where, constraints.get(key), expanded)
            prep, prep_obj = None, None
            if "prep" in constraints:
                prep_text, _, noun_text = constraints["prep"].partition(":")
                prep = prep_text.lower()
                if not _WORD.match(prep):
                    self.problem(where, f"bad preposition {prep_text!r}")
                prep_obj = self._word_set(where, noun_text or None, expanded)
            self.result.verbs.append(
                VerbPattern(
                    verb=verb,
                    code=code,
                    reverse_code=reverse,
                    particles=tuple(particles.split()),
                    obj=fields["obj"],
                    prep=prep,
                    prep_obj=prep_obj,
                    before=fields["before"],
                    comp=fields["comp"],
                    origin=where,
                    text=text,
                )
            )

    def _word_set(self, where: str, text: str | None, expanded: dict[str, frozenset[str]]) -> frozenset[str] | None:
        if text is None:
            return None
        words: set[str] = set()
        for part in split_alternatives(text):
            if _SET_REF.match(part):
                if part.upper() not in expanded:
                    self.problem(where, f"unknown synonym set {part}")
                    continue
                words |= expanded[part.upper()]
            else:
                words.add(part.lower())
        return frozenset(words)

    def _expand_set(self, name: str, done: dict[str, frozenset[str]], stack: tuple[str, ...]) -> frozenset[str]:
        if name in done:
            return done[name]
        members, where = self.sets[name]
        if name in stack:
            self.problem(where, f"synonym set {name} refers to itself via {' -> '.join(stack)}")
            return frozenset()
        words: set[str] = set()
        for member in members:
            if _SET_REF.match(member):
                ref = member.upper()
                if ref not in self.sets:
                    self.problem(where, f"unknown synonym set {member}")
                    continue
                words |= self._expand_set(ref, done, (*stack, name))
            else:
                words.add(member.lower())
        done[name] = frozenset(words)
        return done[name]


def _numbered_lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """Yield (line number, content without comment, indented?) for non-blank lines."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw)
        if line.strip():
            yield number, line, line[:1] in (" ", "\t")


def iter_native_files(folder: Path) -> Iterator[Path]:
    """Every native dictionary file under ``folder``, in a stable order."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in NATIVE_SUFFIXES and not path.name.startswith("."):
            yield path


def load_native(paths: Iterable[Path]) -> Dictionaries:
    """Load native dictionary files; raise DictionaryError listing every problem found."""
    reader = _Reader()
    for path in paths:
        reader.read_file(path)
    reader.resolve_patterns()
    if reader.problems:
        raise DictionaryError(reader.problems)
    return reader.result


def parse_native(text: str, suffix: str, name: str = "<string>") -> Dictionaries:
    """Load one native dictionary given as a string (``suffix`` says which kind, e.g. ``.verbs``)."""
    reader = _Reader()
    if suffix not in NATIVE_SUFFIXES:
        raise ValueError(f"unknown dictionary kind {suffix!r}; expected one of {NATIVE_SUFFIXES}")
    reader.read_text(name, text, suffix)
    reader.resolve_patterns()
    if reader.problems:
        raise DictionaryError(reader.problems)
    return reader.result
