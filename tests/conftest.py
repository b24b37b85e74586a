"""Shared fixtures: small dictionaries written here, and the location of ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def sentence_events(text: str, date: str) -> set[tuple[str, str, str]]:
    """(source, target, code) of one text coded with the shipped dictionaries and the real model,
    with "-" for a missing actor (the slow tests of news sentences)."""
    import eventcoder

    ev = eventcoder.code_text(text, date=date, require_dyad=False)
    return {(s if isinstance(s, str) else "-", t if isinstance(t, str) else "-", c) for s, t, c in zip(ev.source, ev.target, ev.code)}


SHARED = ROOT.parent / "shared"

SMALL_DICTIONARIES = {
    "countries.actors": """
IRQ: Iraq | Iraqi | Iraqis | Baghdad
IRN: Iran | Iranian | Tehran
SYR: Syria | Syrian | Damascus
RUS: Russia | Russian | Moscow
USA: United States | U.S.
""",
    "roles.agents": "MIL: military | troops\nGOV: government | official | officials\n",
    "events.verbs": """
condemn => 111
attack => 190
meet prep=with => 036
""",
    "news.discards": "sentence: World Cup\narticle: horoscope\n",
}


@pytest.fixture
def small_dictionaries(tmp_path: Path) -> Path:
    """A folder of small native dictionaries, independent of the shipped content."""
    folder = tmp_path / "dicts"
    folder.mkdir()
    for name, text in SMALL_DICTIONARIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
