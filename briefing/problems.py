"""Problems are values: a location, a message and a hint, collected and reported together."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# C0 and C1 controls (but tab), DEL, and the bidirectional overrides: untrusted text (a quote, an
# article's line) must not move the cursor, recolour or retitle the editor's terminal, or reorder it.
# Invisible characters too (soft hyphen, zero-width space/joiners, direction marks, word joiner,
# BOM): a hint showing the closest passage must show the difference that makes a quote fail.
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028\u2029"
                          "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def terminal_safe(text: str) -> str:
    """`text` with control and invisible characters shown as escapes (`\\x1b`, `\\u202e`), safe to print."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # information about the output, not a problem with the content


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a file; line and column are 1-based (0 means unknown)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line and self.column:
            return f"{self.path}:{self.line}:{self.column}"
        if self.line:
            return f"{self.path}:{self.line}"
        return self.path


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the input, where it is and how to fix it."""

    location: Location
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, color: bool = False) -> str:
        """`path:line:col: error: message` plus an indented hint line."""
        label = self.severity.value
        if color:
            code = {Severity.ERROR: "31", Severity.WARNING: "33"}.get(self.severity, "36")
            label = f"\033[1;{code}m{label}\033[0m"
        text = terminal_safe(f"{self.location}: ") + f"{label}: {terminal_safe(self.message)}"
        if self.hint:
            text += f"\n    hint: {terminal_safe(self.hint)}"
        return text


def error(location: Location, message: str, hint: str = "") -> Problem:
    return Problem(location, message, hint, Severity.ERROR)


def warning(location: Location, message: str, hint: str = "") -> Problem:
    return Problem(location, message, hint, Severity.WARNING)


def note(location: Location, message: str, hint: str = "") -> Problem:
    return Problem(location, message, hint, Severity.NOTE)


def count_warnings(problems: list[Problem]) -> int:
    return sum(1 for p in problems if p.severity is Severity.WARNING)


def sort_key(problem: Problem) -> tuple[str, int, int, str]:
    loc = problem.location
    return (loc.path, loc.line, loc.column, problem.message)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
