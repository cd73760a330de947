"""Partial dates and ranges in the EDTF style editors write: `2024`, `2024-02`, `2024-02-16`, `2023-08/..`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Years a briefing can mean: Python's dates stop at 1..9999 (year 0 crashed the build), and a
# year outside these is a typo (`0224`, `9024`) that would also stretch the timeline over centuries.
MIN_YEAR, MAX_YEAR = 1000, 2999
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A year, a month or a day; the missing parts are unknown, not the first of the period."""

    year: int
    month: int = 0
    day: int = 0

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        if self.day:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def last_day(self) -> tuple[int, int, int]:
        """The latest day the partial date can mean (for 'newest first' ordering)."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return (self.year, month, day)


@dataclass(frozen=True, slots=True)
class When:
    """A partial date or a range of them; either end may be open."""

    start: PartialDate | None
    end: PartialDate | None = None
    is_range: bool = False

    def iso(self) -> str:
        if not self.is_range:
            return self.start.iso() if self.start else ""
        left = self.start.iso() if self.start else ".."
        right = self.end.iso() if self.end else ".."
        return f"{left}/{right}"

    def display(self) -> str:
        if not self.is_range:
            return self.start.display() if self.start else ""
        if self.start and self.end:
            return f"{self.start.display()} – {self.end.display()}"
        if self.start:
            return f"since {self.start.display()}"
        assert self.end is not None
        return f"by {self.end.display()}"

    def sort_key(self) -> tuple[int, int, int, int]:
        """Order by the earliest known point (a bare month before its days); 'by X' sorts at the end of X."""
        if self.start is None:
            assert self.end is not None
            return (*self.end.last_day(), 1)
        return (self.start.year, self.start.month, self.start.day, 0)

    def latest(self) -> tuple[int, int, int]:
        anchor = self.end or self.start
        assert anchor is not None
        return anchor.last_day()

    @property
    def year(self) -> int:
        anchor = self.start or self.end
        assert anchor is not None
        return anchor.year


def parse_partial(text: str) -> PartialDate:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError saying what is wrong."""
    match = _PARTIAL.fullmatch(text)
    if not match:
        raise ValueError(f"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"'{text}' has year {year:04d}; years run from {MIN_YEAR} to {MAX_YEAR} (a typo?)")
    if match.group(2) and not 1 <= month <= 12:
        raise ValueError(f"'{text}' has month {month:02d}; months run from 01 to 12")
    if match.group(3):
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"'{text}' does not exist: {MONTHS[month - 1]} {year} has {last} days")
    return PartialDate(year, month, day)


def parse_when(text: str) -> When:
    """Parse a partial date or an EDTF interval (`A/B`, `A/..`, `../B`)."""
    text = text.strip()
    if "/" not in text:
        return When(parse_partial(text))
    left, _, right = text.partition("/")
    start = None if left == ".." else parse_partial(left)
    end = None if right == ".." else parse_partial(right)
    if start is None and end is None:
        raise ValueError("'../..' says nothing: give at least one end of the range")
    if start and end and start.last_day() > end.last_day():
        raise ValueError(f"range '{text}' ends before it starts")
    return When(start, end, True)
