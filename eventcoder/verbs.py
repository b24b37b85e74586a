"""Verb patterns → CAMEO codes, indexed by verb lemma so only the verbs present are tested."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from .dictionaries.model import VerbPattern

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dative"})


def words_of(token: Token) -> tuple[str, str]:
    """The forms a dictionary word may name a token by: its lemma and its lower-cased text."""
    return token.lemma_.lower(), token.lower_


def is_in(token: Token | None, words: frozenset[str]) -> bool:
    """True when the token's lemma or text is one of ``words``."""
    if token is None:
        return False
    lemma, lower = words_of(token)
    return lemma in words or lower in words


@dataclass
class Clause:
    """What the patterns of one verb look at, read once from the parse."""

    verb: Token
    passive: bool = False
    subject: Token | None = None
    agent: Token | None = None
    obj: Token | None = None
    preps: list[tuple[str, Token]] = field(default_factory=list)  # (preposition, its object)
    particles: set[str] = field(default_factory=set)
    complements: list[Token] = field(default_factory=list)
    negated: bool = False

    @classmethod
    def read(cls, verb: Token) -> Clause:
        """Read the verb's arguments from its dependents."""
        clause = cls(verb)
        for child in verb.children:
            dep = child.dep_
            if dep in SUBJECT_DEPS:
                clause.subject = child
            elif dep in PASSIVE_SUBJECT_DEPS:
                clause.passive = True
                clause.obj = child
            elif dep == "auxpass":
                clause.passive = True
            elif dep == "agent":
                clause.agent = _prep_object(child)
            elif dep in OBJECT_DEPS and clause.obj is None:
                clause.obj = child
            elif dep == "neg":
                clause.negated = True
            elif dep in COMPLEMENT_DEPS:
                clause.complements.append(child)
            if dep in PARTICLE_DEPS:
                clause.particles.add(child.lower_)
            if dep in ("prep", "dative"):
                pobj = _prep_object(child)
                if pobj is not None:
                    clause.preps.append((child.lower_, pobj))
        if clause.obj is not None:
            # "imposed sanctions on Iran": the preposition often hangs off the object noun.
            clause.preps.extend(
                (child.lower_, pobj) for child in clause.obj.children if child.dep_ == "prep" and (pobj := _prep_object(child)) is not None
            )
        return clause

    def prep_objects(self, prep: str) -> list[Token]:
        """Objects of the preposition ``prep`` attached to the verb or its object."""
        return [pobj for word, pobj in self.preps if word == prep]


def _prep_object(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


@dataclass(frozen=True)
class VerbMatch:
    """The pattern that fired for a verb, and the preposition it names for the target."""

    pattern: VerbPattern
    target_prep: str | None
    complement: Token | None


class VerbIndex:
    """Patterns grouped by verb lemma, most specific first."""

    def __init__(self, patterns: Iterable[VerbPattern]):
        by_verb: dict[str, list[tuple[int, int, VerbPattern]]] = defaultdict(list)
        for order, pattern in enumerate(patterns):
            by_verb[pattern.verb].append((-pattern.specificity, order, pattern))
        self._by_verb = {verb: [p for *_, p in sorted(entries, key=lambda e: e[:2])] for verb, entries in by_verb.items()}

    def __contains__(self, lemma: str) -> bool:
        return lemma in self._by_verb

    def __len__(self) -> int:
        return sum(len(patterns) for patterns in self._by_verb.values())

    def patterns_for(self, lemma: str) -> list[VerbPattern]:
        """The patterns of a verb lemma, most specific first."""
        return self._by_verb.get(lemma, [])

    def match(self, clause: Clause) -> VerbMatch | None:
        """The most specific pattern of the clause's verb that holds, or None."""
        for pattern in self._by_verb.get(clause.verb.lemma_.lower(), ()):
            found = _holds(pattern, clause)
            if found is not None:
                return found
        return None


def _holds(pattern: VerbPattern, clause: Clause) -> VerbMatch | None:
    target_prep = pattern.prep
    for particle in pattern.particles:
        if particle not in clause.particles:
            return None
        if target_prep is None and clause.prep_objects(particle):
            target_prep = particle
    if pattern.obj is not None and not is_in(clause.obj, pattern.obj):
        return None
    if pattern.prep is not None:
        objects = clause.prep_objects(pattern.prep)
        if not objects or (pattern.prep_obj is not None and not any(is_in(o, pattern.prep_obj) for o in objects)):
            return None
    if pattern.before is not None:
        verb = clause.verb
        if not any(is_in(t, pattern.before) for t in verb.subtree if t.i < verb.i):
            return None
    complement = None
    if pattern.comp is not None:
        complement = next((c for c in clause.complements if is_in(c, pattern.comp)), None)
        if complement is None:
            return None
    return VerbMatch(pattern, target_prep, complement)
