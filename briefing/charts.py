"""Estimates over time: quantities sharing a `series` id, and the geometry of their build-time SVG charts.

Each supporting actor's figure is one estimate, dated when the actor stated it. The chart is
computed here as plain numbers and labels; a template draws it as inline SVG (no JavaScript),
coloured with `currentColor` and CSS variables so it follows dark mode and prints in black.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass

from .dates import PartialDate, When
from .derive import SUPPORTING
from .model import Briefing, Fact, Position

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 36, 40
FONT_WIDTH = 7.2  # average advance of the 12px label font, for keeping labels apart
LINE = 15
ARROW = 22  # length of the open-ended mark of a "more than" / "up to" figure

UPWARD = ("more-than", "at-least")
DOWNWARD = ("up-to", "fewer-than")


@dataclass(frozen=True, slots=True)
class Estimate:
    """One claimant's figure in a series, with the date it was stated and how that date is known."""

    fact: Fact
    actor: str
    claimant: str
    date: When | None
    dated_by: str
    low: float | None
    high: float | None
    direction: str

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high


@dataclass(frozen=True, slots=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True, slots=True)
class Mark:
    """One estimate drawn: a dot, a bar (range) or a dot with an arrow (open-ended), and its label."""

    kind: str
    x: float
    y: float
    y2: float
    label: str
    label_x: float
    label_y: float
    anchor: str
    hollow: bool
    estimate: Estimate


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]


@dataclass(frozen=True, slots=True)
class Series:
    """All estimates of one measured thing, in date order (undated ones last, shown only in the table)."""

    id: str
    title: str
    unit: str
    estimates: tuple[Estimate, ...]
    topics: tuple[str, ...]
    chart: Chart | None

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(dict.fromkeys(e.fact for e in self.estimates))


# --- estimates -------------------------------------------------------------------------------

def _statement_date(briefing: Briefing, fact: Fact, position: Position) -> tuple[When | None, str]:
    """When the actor gave the figure: the position's date, else its earliest report, else the fact's date."""
    if position.date is not None:
        return position.date, "statement"
    published = [briefing.sources[c.source.id].published for c in position.citations
                 if c.source.id in briefing.sources and briefing.sources[c.source.id].published is not None]
    if published:
        return min(published, key=lambda w: w.sort_key()), "report"  # type: ignore[union-attr]
    if fact.date is not None:
        return fact.date, "event"
    return None, ""


def _estimates(briefing: Briefing, fact: Fact) -> list[Estimate]:
    quantity = fact.quantity
    assert quantity is not None
    if quantity.value is not None:
        direction = "up" if quantity.qualifier in UPWARD else "down" if quantity.qualifier in DOWNWARD else ""
    else:
        direction = "up" if quantity.max is None else "down" if quantity.min is None else ""
    by_actor: dict[str, Estimate] = {}
    supporting = [p for p in fact.positions if p.stance in SUPPORTING]
    for position in supporting:
        when, how = _statement_date(briefing, fact, position)
        entity = briefing.entities.get(position.actor.id)
        estimate = Estimate(fact, position.actor.id, entity.label if entity else position.actor.id, when, how,
                            quantity.low, quantity.high, direction)
        known = by_actor.get(position.actor.id)
        # An actor repeating the same figure: its first statement dates the estimate.
        if known is None or (when is not None and (known.date is None or _day(when) < _day(known.date))):
            by_actor[position.actor.id] = estimate
    return list(by_actor.values())


def _day(when: When) -> float:
    """A date as a day number for plotting: the middle of the period a partial date names.

    For a range, its end (an estimate "by January 2024" holds as of January 2024), else its start.
    """
    point = when.end or when.start
    assert point is not None
    return _middle(point)


def _middle(point: PartialDate) -> float:
    first = datetime.date(point.year, point.month or 1, point.day or 1).toordinal()
    last = datetime.date(*point.last_day()).toordinal()
    return (first + last) / 2


def series_title(series_id: str, texts: list[str]) -> str:
    """The series id in words, with the capitals the editors use for those words ('North Korean troops')."""
    capitalised: dict[str, str] = {}
    lowercase: set[str] = set()
    for text in texts:
        for word in re.findall(r"[\w]+", text):
            if word.islower():
                lowercase.add(word)
            else:
                capitalised.setdefault(word.casefold(), word)
    words = []
    for word in series_id.split("-"):
        spelled = capitalised.get(word) if word not in lowercase else None
        words.append(spelled or word)
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def estimate_series(briefing: Briefing, topic_order: list[str]) -> list[Series]:
    """Every series of the briefing, in the order of its first fact's topic, then by id."""
    members: dict[str, list[Fact]] = {}
    for fact in briefing.facts.values():
        if fact.quantity is not None and fact.quantity.series:
            members.setdefault(fact.quantity.series, []).append(fact)
    rank = {topic: i for i, topic in enumerate(topic_order)}
    # Capitalisation is learnt from the whole briefing: a series id may use a word ("korean")
    # that its own facts never spell out.
    vocabulary = [f.claim for f in briefing.facts.values()] + [e.name for e in briefing.entities.values()]
    vocabulary += [f.quantity.unit for f in briefing.facts.values() if f.quantity]
    result = []
    for series_id, facts in members.items():
        estimates = [e for f in facts for e in _estimates(briefing, f)]
        estimates.sort(key=lambda e: (e.date is None, _day(e.date) if e.date else 0, e.fact.id, e.actor))
        units = list(dict.fromkeys(f.quantity.unit for f in facts if f.quantity))
        title = series_title(series_id, vocabulary)
        topics = tuple(dict.fromkeys(f.topic for f in facts))
        chart = build_chart([e for e in estimates if e.date is not None])
        result.append(Series(series_id, title, units[0], tuple(estimates), topics, chart))
    result.sort(key=lambda s: (min(rank.get(t, len(rank)) for t in s.topics), s.id))
    return result


# --- chart geometry --------------------------------------------------------------------------

def compact_number(value: float) -> str:
    """1000000 → '1M', 1500000 → '1.5M', 500000 → '500k', 7 → '7' (axis labels)."""
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            scaled = value / size
            return f"{scaled:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:g}"


def _nice_step(span: float, count: int = 4) -> float:
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _y_ticks(top_value: float) -> tuple[float, list[float]]:
    if top_value <= 0:
        top_value = 1
    step = _nice_step(top_value)
    top = math.ceil(top_value / step) * step
    return top, [i * step for i in range(round(top / step) + 1)]


_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _x_ticks(first: float, last: float) -> list[tuple[float, str]]:
    """Calendar ticks inside [first, last]: years if they give at least two, else quarters, else months."""
    start = datetime.date.fromordinal(math.floor(first))
    end = datetime.date.fromordinal(math.ceil(last))
    for months, yearly in ((12, True), (6, False), (3, False), (1, False)):
        ticks = []
        year, month = start.year, 1
        while datetime.date(year, month, 1) <= end:
            day = datetime.date(year, month, 1)
            if day.toordinal() >= first:
                ticks.append((float(day.toordinal()), str(year) if yearly else f"{_MONTH_ABBR[month - 1]} {year}"))
            month += months
            if month > 12:
                year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        if 2 <= len(ticks) <= 8:
            return ticks
        if len(ticks) > 8:  # too dense at this step: thin it
            stride = math.ceil(len(ticks) / 8)
            return ticks[::stride]
    return []


def build_chart(estimates: list[Estimate]) -> Chart | None:
    """Scales, ticks and marks for the dated estimates; None when nothing can be plotted."""
    plotted = [e for e in estimates if e.date is not None and (e.low is not None or e.high is not None)]
    if not plotted:
        return None
    days = [_day(e.date) for e in plotted]  # type: ignore[arg-type]
    first, last = min(days), max(days)
    pad = max(45.0, (last - first) * 0.08) if last > first else 183.0
    first, last = first - pad, last + pad
    highest = max(max(v for v in (e.low, e.high) if v is not None) for e in plotted)
    top_value, y_values = _y_ticks(highest * 1.12)
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM

    def x_of(day: float) -> float:
        return round(LEFT + (day - first) / (last - first) * (right - LEFT), 1)

    def y_of(value: float) -> float:
        return round(bottom - value / top_value * (bottom - TOP), 1)

    marks: list[Mark] = []
    placed: list[tuple[float, float, float, float]] = []
    for estimate, day in zip(plotted, days, strict=True):
        x = x_of(day)
        low = estimate.low if estimate.low is not None else estimate.high
        high = estimate.high if estimate.high is not None else estimate.low
        assert low is not None and high is not None
        qualifier = estimate.fact.quantity.qualifier if estimate.fact.quantity else "exact"
        if estimate.is_range:
            kind, y, y2 = "range", y_of(high), y_of(low)
        elif estimate.direction == "up":
            kind, y, y2 = "more", y_of(low), max(TOP - 8, y_of(low) - ARROW)
        elif estimate.direction == "down":
            kind, y, y2 = "less", y_of(high), min(bottom, y_of(high) + ARROW)
        else:
            kind, y, y2 = "point", y_of(low), y_of(low)
        label = estimate.claimant
        width = len(label) * FONT_WIDTH
        anchor, label_x = "start", x + 9
        if label_x + width > WIDTH - 2:
            anchor, label_x = "end", x - 9
        label_y = (y + y2) / 2 + 4 if kind == "range" else y + 4
        box_left = label_x if anchor == "start" else label_x - width
        # Move a label down (then up) until it no longer overlaps one already placed.
        for shift in (0, LINE, -LINE, 2 * LINE, -2 * LINE, 3 * LINE):
            candidate = (box_left, label_y + shift - 11, box_left + width, label_y + shift + 3)
            if not any(_overlaps(candidate, other) for other in placed) and TOP <= candidate[3] <= bottom + 4:
                label_y += shift
                break
        placed.append((box_left, label_y - 11, box_left + width, label_y + 3))
        marks.append(Mark(kind, x, y, y2, label, round(label_x, 1), round(label_y, 1), anchor,
                          qualifier == "about", estimate))
    x_ticks = tuple(Tick(x_of(day), text) for day, text in _x_ticks(first, last))
    y_ticks = tuple(Tick(y_of(value), compact_number(value)) for value in y_values)
    return Chart(WIDTH, HEIGHT, LEFT, right, TOP, bottom, x_ticks, y_ticks, tuple(marks))


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
