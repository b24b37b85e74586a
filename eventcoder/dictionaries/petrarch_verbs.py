"""Reader for PETRARCH2/TABARI verb dictionaries (``CAMEO.2.0.txt`` style) into VerbPatterns.

What is implemented, and how it maps onto the dependency parse:

- ``&NAME`` synonym sets with ``+member`` lines, nested (``+&OTHER``); members match a token's
  lemma or text, so regular plurals need no listing.
- ``--- NAME [code] ---`` blocks; verb lines ``VERB {FORMS} [code]``; multiword verbs mark the
  verb with ``+`` (``+ASK_FOR``, ``KLM_NOP_+RST``). Pattern code > verb code > block code.
- ``- BEFORE * AFTER [code]`` patterns apply to every verb of their block. Words before ``*``
  must occur in order before the verb in the sentence; words after it in order inside the
  verb's subtree. ``_`` joins adjacent words, ``{A B}`` is a phrase of adjacent words,
  ``(PREP ...)`` a prepositional phrase, ``$``/``+`` the source/target noun phrase, ``^`` any
  noun phrase, ``%`` a compound subject ("A and B agreed"): the pattern holds only then.
- ``[a:b]`` codes are paired events, as in TABARI: ``a`` from source to target and ``b`` from
  target to source (the validation suite's "A left for B" gives A→B 032 and B→A 033); ``[:b]``
  gives only the reverse event. ``[---]`` is a null code: the match is known to be no event.
- Irregular forms in ``{...}`` are not needed (spaCy lemmatises), except that a verb listed
  only in an inflected form (``MET``) is also looked up by the token's own text.
"""

from __future__ import annotations

import re

from .model import COMPOUND, PhraseElement, VerbPattern

_BLOCK = re.compile(r"^---\s+(?P<name>[^\[\]]+?)\s*(?P<codes>(?:\[[^\]]*\]\s*)*)(?:---\s*)*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_CODE_TEXT = re.compile(r"^(?:---|[0-9A-Z]{2,4})?(?::(?:---|[0-9A-Z]{2,4}))?$")
_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_ROLE_MARKS = {"$": "source", "+": "target"}


def strip_petrarch_comments(text: str) -> list[str | None]:
    """Lines without ``<!-- -->`` blocks and ``#`` comments, numbered as in the file.

    A line that held only a comment is None, so it does not end a synonym set as a blank line does.
    """
    text = _COMMENT_BLOCK.sub(lambda m: " " + "\n" * m.group(0).count("\n"), text.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[str | None] = []
    for line in text.split("\n"):
        kept = line.split("#", 1)[0].rstrip()
        lines.append(None if not kept.strip() and line.strip() else kept)
    return lines


def _word(text: str) -> str:
    return text.strip("_").lower()


class _VerbReader:
    def __init__(self, name: str, problems: list[str], warnings: list[str]):
        self.name = name
        self.problems = problems
        self.warnings = warnings
        self.sets: dict[str, list[str]] = {}
        self.blocks: list[tuple[str, list[tuple[str, str | None, tuple[str, ...], tuple[str, ...], str]], list[tuple[str, str, str]]]] = []

    def warn(self, number: int, message: str) -> None:
        self.warnings.append(f"{self.name}:{number}: {message}")

    def read(self, text: str) -> None:
        current_set: str | None = None
        block = None
        for number, line in enumerate(strip_petrarch_comments(text), start=1):
            if line is None:
                continue
            stripped = line.strip()
            if not stripped:
                current_set = None
                continue
            if stripped.startswith("&"):
                current_set = stripped.split()[0].rstrip("_").upper()
                self.sets.setdefault(current_set, [])
                continue
            if current_set is not None and stripped.startswith("+"):
                self.sets[current_set].append(stripped[1:].strip())
                continue
            current_set = None
            if stripped.startswith("---"):
                match = _BLOCK.match(stripped)
                if not match:
                    self.warn(number, f"unreadable verb block header {stripped!r}; block skipped")
                    block = None
                    continue
                codes = _CODE.findall(match["codes"] or "")
                if len(codes) > 1:
                    self.warn(number, f"block has several codes {codes}; using the last")
                block = (codes[-1].strip() if codes else "---", [], [])
                self.blocks.append(block)
                continue
            if block is None:
                self.warn(number, f"line outside a verb block ignored: {stripped!r}")
                continue
            if stripped.startswith("-"):
                self._pattern(number, stripped[1:].strip(), block)
            else:
                self._verb(number, stripped, block)

    def _code(self, number: int, text: str) -> str | None:
        text = text.replace(" ", "")
        if not _CODE_TEXT.match(text):
            self.warn(number, f"unreadable code [{text}]; line skipped")
            return None
        return text

    def _verb(self, number: int, line: str, block) -> None:
        codes = _CODE.findall(line)
        code = self._code(number, codes[-1]) if codes else None
        if codes and code is None:
            return
        words_text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
        if not words_text:
            return
        words = [w for w in re.split(r"[_\s]+", words_text[0].strip("_")) if w]
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        at = marked[0] if marked else 0
        verb = _word(words[at].lstrip("+"))
        before = tuple(_word(w) for w in words[:at])
        after = tuple(_word(w.lstrip("+")) for w in words[at + 1 :])
        block[1].append((verb, code, before, after, f"{self.name}:{number}"))

    def _pattern(self, number: int, line: str, block) -> None:
        codes = _CODE.findall(line)
        if not codes:
            self.warn(number, f"pattern without a code: {line!r}; skipped")
            return
        code = self._code(number, codes[-1])
        if code is None:
            return
        body = line[: line.rfind("[")].strip()
        if body.count("*") != 1:
            self.warn(number, f"pattern needs exactly one '*': {line!r}; skipped")
            return
        block[2].append((body, code, f"{self.name}:{number}"))

    def patterns(self) -> list[VerbPattern]:
        expanded: dict[str, frozenset[str]] = {}
        result: list[VerbPattern] = []
        for block_code, verbs, patterns in self.blocks:
            parsed = []
            for body, code, origin in patterns:
                elements = self._elements(body, origin, expanded)
                if elements is not None:
                    parsed.append((elements, code, origin, body))
            for verb, verb_code, before_words, after_words, origin in verbs:
                fixed_before = (PhraseElement(tuple(frozenset({w}) for w in before_words)),) if before_words else ()
                fixed_after = (PhraseElement(tuple(frozenset({w}) for w in after_words)),) if after_words else ()
                base = verb_code if verb_code is not None else block_code
                if _split_code(base)[0] is not None or _split_code(base)[1] is not None:
                    result.append(self._make(verb, base, fixed_before, fixed_after, origin, verb))
                for (before, after), code, pattern_origin, body in parsed:
                    result.append(self._make(verb, code, fixed_before + before, fixed_after + after, pattern_origin, body))
        return result

    @staticmethod
    def _make(verb: str, code: str, before, after, origin: str, text: str) -> VerbPattern:
        forward, reverse = _split_code(code)
        return VerbPattern(
            verb=verb, code=forward, reverse_code=reverse, words_before=before, words_after=after, any_target=True, origin=origin, text=text
        )

    def _elements(self, body: str, origin: str, expanded: dict[str, frozenset[str]]):
        left, _, right = body.partition("*")
        try:
            return self._sequence(left, origin, expanded), self._sequence(right, origin, expanded)
        except ValueError as exc:
            self.warnings.append(f"{origin}: {exc}; pattern skipped")
            return None

    def _sequence(self, text: str, origin: str, expanded: dict[str, frozenset[str]]) -> tuple[PhraseElement, ...]:
        elements: list[PhraseElement] = []
        for unit in re.findall(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+", text):
            if unit.startswith("("):
                inner = unit[1:-1].split(None, 1)
                if not inner:
                    raise ValueError("empty prepositional phrase ()")
                prep = _word(inner[0])
                rest = inner[1].strip() if len(inner) > 1 else ""
                role = _ROLE_MARKS.get(rest)
                words = () if rest in ("", "$", "+", "^") else self._words(rest.strip("{}").replace("_", " "), expanded)
                elements.append(PhraseElement(words, prep=prep, role=role))
            elif unit.startswith("{"):
                elements.append(PhraseElement(self._words(unit[1:-1], expanded)))
            else:
                elements.extend(self._underscored(unit, expanded))
        return tuple(elements)

    def _underscored(self, unit: str, expanded: dict[str, frozenset[str]]) -> list[PhraseElement]:
        """``SUGGESTED_+`` / ``NEW_&SET_RELATIONS``: adjacent words, split at role marks."""
        elements: list[PhraseElement] = []
        run: list[frozenset[str]] = []
        for part in (p for p in unit.split("_") if p):
            if part in ("$", "+", "^", "%"):
                if run:
                    elements.append(PhraseElement(tuple(run)))
                    run = []
                if part in _ROLE_MARKS:
                    elements.append(PhraseElement(role=_ROLE_MARKS[part]))
                elif part == "^":
                    elements.append(PhraseElement())
                else:
                    elements.append(PhraseElement(role=COMPOUND))
                continue
            run.append(self._alternatives(part, expanded))
        if run:
            elements.append(PhraseElement(tuple(run)))
        return elements

    def _words(self, text: str, expanded: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
        return tuple(self._alternatives(w, expanded) for w in text.replace("_", " ").split() if w not in ("$", "+", "^", "%"))

    def _alternatives(self, word: str, expanded: dict[str, frozenset[str]]) -> frozenset[str]:
        if word.startswith("&"):
            return self._expand(word.rstrip("_").upper(), expanded, ())
        return frozenset({_word(word)})

    def _expand(self, name: str, expanded: dict[str, frozenset[str]], stack: tuple[str, ...]) -> frozenset[str]:
        if name in expanded:
            return expanded[name]
        if name not in self.sets:
            raise ValueError(f"unknown synonym set {name}")
        if name in stack:
            raise ValueError(f"synonym set {name} refers to itself")
        words: set[str] = set()
        for member in self.sets[name]:
            member = member.strip()
            if member.startswith("&"):
                words |= self._expand(member.rstrip("_").upper(), expanded, (*stack, name))
            else:
                # A multiword member ("AUSTRIAN FLORIN") stays a phrase: the matcher checks the words before.
                words.add(" ".join(_word(w) for w in member.replace("_", " ").split()))
        expanded[name] = frozenset(words)
        return expanded[name]


def _split_code(code: str) -> tuple[str | None, str | None]:
    forward, _, reverse = code.partition(":")
    forward = None if forward in ("", "---") else forward
    reverse = None if reverse in ("", "---") else reverse
    return forward, reverse


def read_petrarch_verbs(text: str, name: str, problems: list[str], warnings: list[str]) -> list[VerbPattern]:
    """Verb patterns of one PETRARCH verb dictionary; oddities go to ``warnings`` as file:line."""
    reader = _VerbReader(name, problems, warnings)
    reader.read(text)
    return reader.patterns()
