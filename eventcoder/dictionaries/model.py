"""The one internal model every dictionary format loads into."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DatedCode:
    """An actor code, valid from ``start`` (inclusive) to ``end`` (exclusive); open ends are None."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def is_dated(self) -> bool:
        return self.start is not None or self.end is not None

    def applies(self, day: dt.date) -> bool:
        """True when ``day`` falls in this code's range."""
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class ActorEntry:
    """Phrases naming one actor, with its (possibly date-limited) codes."""

    phrases: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    origin: str = ""
    # A name places in several countries share ("Tripoli": Libya's capital and a Lebanese port). The
    # codes are the choices; the matcher picks the one whose country the article names otherwise.
    shared: bool = False

    def code_on(self, day: dt.date | None) -> str:
        """The code in force on ``day``: first matching range, else the undated fallback."""
        fallback = next((c.code for c in self.codes if not c.is_dated), None)
        if day is not None:
            for dated in self.codes:
                if dated.is_dated and dated.applies(day):
                    return dated.code
        return fallback if fallback is not None else self.codes[0].code


@dataclass(frozen=True)
class AgentEntry:
    """Role nouns naming a sector (``military`` → ``MIL``) that compose with an actor."""

    phrases: tuple[str, ...]
    code: str
    origin: str = ""
    prefix: bool = False  # PETRARCH's [GOV~]: the sector goes before the actor's code
    # PETRARCH stacks every role on the actor's code (GMWGOV + activists = GMWGOVWGO); native agents
    # give an actor one sector, the head noun's (CAMEO's own practice).
    stacks: bool = False


COMPOUND = "compound"  # PhraseElement role: the verb's subject names several actors (PETRARCH's %)


@dataclass(frozen=True)
class PhraseElement:
    """Consecutive words a pattern wants before or after its verb (PETRARCH's ``- A * B (P C)``).

    Each position of ``words`` is a set of acceptable words. With ``prep`` the element is a
    prepositional phrase: the preposition, then ``words`` inside its object. ``role`` says the
    actor named there is the event's ``"source"`` or ``"target"`` (PETRARCH's ``$`` and ``+``).
    An element with neither words nor preposition stands for any noun phrase (``^``, or a
    bare ``$``/``+``).
    """

    words: tuple[frozenset[str], ...] = ()
    prep: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class VerbPattern:
    """One verb pattern: a lemma, optional particles and constraints, and the code it gives.

    Word sets hold lower-cased lemmas or surface forms; ``None`` means "no constraint".
    ``code`` is None for a null pattern (``---``): the use is known and is no event.
    """

    verb: str
    code: str | None
    particles: tuple[str, ...] = ()
    # PETRARCH's [a:b]: besides `code` from source to target, `reverse_code` from target to source
    # ("A left for B" is A visits B, 032, and B hosts A, 033). [:b] has only the reverse event.
    reverse_code: str | None = None
    obj: frozenset[str] | None = None
    prep: str | None = None
    prep_obj: frozenset[str] | None = None
    before: frozenset[str] | None = None
    comp: frozenset[str] | None = None
    words_before: tuple[PhraseElement, ...] = ()
    words_after: tuple[PhraseElement, ...] = ()
    # PETRARCH dictionaries were written for "the target is the first actor after the verb",
    # places included ("renewing his license in Michel Delving"); native patterns are stricter.
    any_target: bool = False
    origin: str = ""
    text: str = ""

    @property
    def specificity(self) -> int:
        """How many things the pattern demands; the most specific matching pattern wins."""
        demands = (self.obj, self.prep, self.prep_obj, self.before, self.comp)
        elements = (*self.words_before, *self.words_after)
        return len(self.particles) + sum(d is not None for d in demands) + sum(len(e.words) + (e.prep is not None) + (e.role == COMPOUND) for e in elements)


# The word-set demands of a verb pattern (``prep`` is a single word, compared as it is).
_WORD_DEMANDS = ("obj", "prep_obj", "before", "comp")


@dataclass
class Dictionaries:
    """Everything the coder matches against, whatever file format it came from."""

    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    verbs: list[VerbPattern] = field(default_factory=list)
    sentence_discards: list[str] = field(default_factory=list)
    article_discards: list[str] = field(default_factory=list)
    issues: list[tuple[str, str]] = field(default_factory=list)  # (phrase, issue code)
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # recoverable oddities, as file:line: message
    root: str = ""  # the folder loaded; events name their pattern relative to it

    def conflicts(self) -> list[str]:
        """Phrases defined twice with different codes, as ``file:line: problem``: an actor's codes
        count with their date ranges, so the same person twice with other dates conflicts too."""
        first: dict[str, tuple[object, str]] = {}
        problems = []
        entries = [(e.phrases, tuple((c.code, c.start, c.end) for c in e.codes) if len(e.codes) > 1 else e.codes[0].code, e.origin) for e in self.actors]
        entries += [(e.phrases, e.code, e.origin) for e in self.agents]
        for phrases, codes, origin in entries:
            for phrase in phrases:
                seen = first.setdefault(phrase.lower(), (codes, origin))
                if seen[0] != codes:
                    problems.append(f"{origin}: {phrase!r} is also defined at {seen[1]} with other codes")
        return problems

    def unreachable_patterns(self) -> list[str]:
        """Verb patterns that can never win, as ``file:line: problem``: an earlier pattern of the same
        verb demands the same things with word sets that hold all of this one's words, so it matches
        wherever this one does, at least as widely, and wins the tie by coming first."""
        groups: dict[tuple, list[VerbPattern]] = {}
        for pattern in self.verbs:
            if pattern.words_before or pattern.words_after:
                continue
            demands = tuple(name for name in _WORD_DEMANDS if getattr(pattern, name) is not None)
            groups.setdefault((pattern.verb, pattern.particles, pattern.prep, pattern.any_target, demands), []).append(pattern)
        problems = []
        for (*_, demands), patterns in groups.items():
            for k, later in enumerate(patterns):
                winner = next((earlier for earlier in patterns[:k]
                               if all(getattr(later, name) <= getattr(earlier, name) for name in demands)), None)
                if winner is not None and (winner.code, winner.reverse_code) != (later.code, later.reverse_code):
                    problems.append(f"{later.origin}: {later.text or later.verb!r} is never used: "
                                    f"{winner.origin} ({winner.text or winner.verb!r}) matches all it does and comes first")
        return problems

    def extend(self, other: Dictionaries) -> None:
        """Add another set of dictionaries to this one (later files add, never replace)."""
        self.actors.extend(other.actors)
        self.agents.extend(other.agents)
        self.verbs.extend(other.verbs)
        self.sentence_discards.extend(other.sentence_discards)
        self.article_discards.extend(other.article_discards)
        self.issues.extend(other.issues)
        self.files.extend(other.files)
        self.warnings.extend(other.warnings)
