"""Readers for PETRARCH2/TABARI actor, agent, discard and issue dictionaries.

Phrases are written with ``_`` or spaces between words; a trailing ``_`` only marks a word's
end. They become plain lower-case text, matched on whole tokens like native phrases.
Malformed lines that occur in the real files (stray spaces, 7-digit dates, unknown code
forms) are warnings with ``file:line`` and are skipped; they never stop the load.
"""

from __future__ import annotations

import datetime as dt
import re

from .model import ActorEntry, AgentEntry, DatedCode
from .petrarch_verbs import strip_petrarch_comments

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATED = re.compile(r"^(?P<code>[A-Za-z0-9+\-]+)\s*(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?$")
_SUBSTITUTION = re.compile(r"^!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<members>.+)$")


def phrase_text(raw: str) -> str:
    """``NEW_ZEALAND`` / ``ARNOR_`` / ``GROUP OF 77`` -> ``new zealand`` / ``arnor`` / ``group of 77``."""
    return " ".join(raw.replace("_", " ").split()).lower()


def petrarch_date(text: str) -> dt.date:
    """A YYMMDD (years 00-30 are 20xx) or YYYYMMDD date; ValueError otherwise."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    if len(text) != 8:
        raise ValueError(f"date {text!r} has {len(text)} digits; expected YYMMDD or YYYYMMDD")
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


def _dated_code(text: str, where: str, warnings: list[str]) -> DatedCode | None:
    match = _DATED.match(text.strip())
    if not match:
        warnings.append(f"{where}: unreadable code [{text}]; skipped")
        return None
    code = match["code"].upper()
    if "/" in text:
        warnings.append(f"{where}: code [{text}] names alternatives; using {code}")
    try:
        if match["op"] == "<":
            return DatedCode(code, None, petrarch_date(match["date"]))
        if match["op"] == ">":
            return DatedCode(code, petrarch_date(match["date"]), None)
        if match["start"]:
            return DatedCode(code, petrarch_date(match["start"]), petrarch_date(match["end"]))
    except ValueError as exc:
        warnings.append(f"{where}: {exc} in [{text}]; skipped")
        return None
    return DatedCode(code)


def _codes_in(line: str, where: str, warnings: list[str]) -> list[DatedCode]:
    codes = []
    for block in _CODE_BLOCK.findall(line):
        first = block.split("/")[0]
        dated = _dated_code(first, where, warnings)
        if dated is not None:
            codes.append(dated)
    return codes


def read_petrarch_actors(text: str, name: str, problems: list[str], warnings: list[str]) -> list[ActorEntry]:
    """Actor entries: primary phrase, ``+`` synonyms, inline or indented (dated) codes."""
    entries: list[ActorEntry] = []
    phrases: list[str] = []
    codes: list[DatedCode] = []
    start = ""

    def close() -> None:
        if phrases and codes:
            entries.append(ActorEntry(tuple(dict.fromkeys(phrases)), tuple(codes), start))
        elif phrases:
            warnings.append(f"{start}: actor {phrases[0]!r} has no usable code; skipped")

    for number, line in enumerate(strip_petrarch_comments(text), start=1):
        if line is None:
            continue
        where = f"{name}:{number}"
        stripped = line.strip()
        if stripped.startswith("<"):  # a comment written as "<! -- ... -->"
            continue
        if not stripped:
            close()
            phrases, codes = [], []
            continue
        if line[:1] in (" ", "\t") and stripped.startswith("["):
            if not phrases:
                warnings.append(f"{where}: code line outside an actor entry; skipped")
                continue
            codes.extend(_codes_in(stripped, where, warnings))
            continue
        phrase = phrase_text(_CODE_BLOCK.sub(" ", stripped).lstrip("+"))
        if stripped.startswith("+"):
            if not phrases:
                warnings.append(f"{where}: synonym {phrase!r} outside an actor entry; skipped")
                continue
            if phrase:
                phrases.append(phrase)
            codes.extend(_codes_in(stripped, where, warnings))
            continue
        inline = _codes_in(stripped, where, warnings)
        if phrases and not codes and not inline and phrase:
            # Consecutive uncoded lines are further names of one actor, whose codes follow.
            phrases.append(phrase)
            continue
        close()
        phrases, codes, start = ([phrase] if phrase else []), inline, where
    close()
    return entries


def _regular_plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def read_petrarch_agents(text: str, name: str, problems: list[str], warnings: list[str]) -> list[AgentEntry]:
    """Agents: ``PHRASE {PLURALS} [~CODE]`` (suffix) or ``[CODE~]`` (prefix), ``!SET!`` substitution."""
    substitutions: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, line in enumerate(strip_petrarch_comments(text), start=1):
        if line is None or not line.strip():
            continue
        where = f"{name}:{number}"
        stripped = line.strip()
        sub = _SUBSTITUTION.match(stripped)
        if sub:
            substitutions[sub["name"].upper()] = [m.strip() for m in sub["members"].split(",") if m.strip()]
            continue
        blocks = _CODE_BLOCK.findall(stripped)
        if not blocks:
            warnings.append(f"{where}: agent without a [~CODE]; skipped")
            continue
        code_text = blocks[-1].strip()
        prefix = code_text.endswith("~") and not code_text.startswith("~")
        code = code_text.strip("~").strip().upper()
        if not re.fullmatch(r"[A-Z0-9]+", code):
            warnings.append(f"{where}: unreadable agent code [{code_text}]; skipped")
            continue
        body = _CODE_BLOCK.sub(" ", stripped)
        plurals_match = re.search(r"\{([^}]*)\}", body)
        head = re.sub(r"\{[^}]*\}", " ", body).strip()
        forms = _expand_substitutions(head, substitutions, where, warnings)
        phrases = [phrase_text(f) for f in forms]
        if plurals_match is None:
            phrases += [" ".join([*p.split()[:-1], _regular_plural(p.split()[-1])]) for p in phrases if p]
        else:
            phrases += [phrase_text(p) for p in plurals_match.group(1).split()]
        phrases = [p for p in dict.fromkeys(phrases) if p]
        if phrases:
            entries.append(AgentEntry(tuple(phrases), code, where, prefix, stacks=True))
    return entries


def _expand_substitutions(text: str, substitutions: dict[str, list[str]], where: str, warnings: list[str]) -> list[str]:
    match = re.search(r"!([A-Za-z0-9_]+)!", text)
    if match is None:
        return [text]
    members = substitutions.get(match.group(1).upper())
    if members is None:
        warnings.append(f"{where}: unknown substitution set !{match.group(1)}!; used literally")
        return [text.replace(match.group(0), match.group(1))]
    results = []
    for member in members:
        results.extend(_expand_substitutions(text[: match.start()] + member + text[match.end() :], substitutions, where, warnings))
    return results


def read_petrarch_discards(text: str, name: str, problems: list[str], warnings: list[str]) -> tuple[list[str], list[str]]:
    """(sentence-level, story-level) discard phrases; ``+`` marks a story-level discard."""
    sentence, story = [], []
    for line in strip_petrarch_comments(text):
        if line is None or not line.strip():
            continue
        stripped = line.strip()
        target = story if stripped.startswith("+") else sentence
        phrase = phrase_text(_CODE_BLOCK.sub(" ", stripped.lstrip("+")))
        if phrase:
            target.append(phrase)
    return sentence, story


def read_petrarch_issues(text: str, name: str, problems: list[str], warnings: list[str]) -> list[tuple[str, str]]:
    """(phrase, issue code) pairs; ``n:`` noun markers are dropped and ``~`` exclusions not supported."""
    issues = []
    for line in strip_petrarch_comments(text):
        if line is None or not line.strip() or line.strip().startswith(("<", "~")):
            continue
        blocks = _CODE_BLOCK.findall(line)
        if not blocks:
            continue
        phrase = phrase_text(_CODE_BLOCK.sub(" ", line).replace("n:", "").replace("+", " "))
        if phrase:
            issues.append((phrase, blocks[-1].strip()))
    return issues
