"""Exceptions raised by the library; the CLI turns them into messages in one place."""

from __future__ import annotations


class EventCoderError(Exception):
    """Base class for every error eventcoder reports to a user."""


class InputError(EventCoderError):
    """An input file or record cannot be read; the message names the file (and line)."""


class DictionaryError(EventCoderError):
    """One or more dictionary files have problems; ``problems`` lists them all."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = "\n".join(self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            shown += f"\n... and {more} more"
        super().__init__(f"{len(self.problems)} problem(s) in the dictionaries:\n{shown}")


class ModelError(EventCoderError):
    """The spaCy pipeline cannot be loaded or lacks a component the coder needs."""
