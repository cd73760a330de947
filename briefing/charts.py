"""Estimates over time: quantities sharing a `series` id, and the geometry of their build-time SVG charts.

Each supporting actor's figure is one estimate, dated when the actor stated it. The chart is
computed here as plain numbers and labels; a template draws it as inline SVG (no JavaScript),
coloured with `currentColor` and CSS variables so it follows dark mode and prints in black.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from dataclasses import dataclass, replace

from . import i18n
from .dates import PartialDate, When
from .derive import SUPPORTING
from .model import Briefing, Fact, Position, Quantity

ARROW = 22  # length of the open-ended mark of a "more than" / "up to" figure
# Average advance of a character as a share of the font size, for keeping labels apart: generous
# (bold labels in a wide system font), since an overestimate only costs space, an underestimate overlap.
CHAR_EM = 0.68


@dataclass(frozen=True, slots=True)
class Layout:
    """The frame of one chart drawing: viewBox size, plot margins, label font size and tick budget."""

    name: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    font: float
    max_ticks: int


# The wide drawing is shown at 640 px or more (never scaled below 1:1, so its 12 px text stays 12 px);
# the narrow one on phones, where a 340-unit viewBox in a 343 px column keeps 13 px text above 12 px.
WIDE = Layout("wide", 640, 300, 64, 24, 36, 40, 12, 8)
NARROW = Layout("narrow", 340, 280, 46, 10, 40, 40, 13, 4)

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
    projection: bool = False

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
    layout: Layout
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]
    claimant: str = ""  # when one claimant gives every figure: named once, the marks labelled by figure


@dataclass(frozen=True, slots=True)
class Series:
    """All estimates of one measured thing, in date order (undated ones last, shown only in the table)."""

    id: str
    title: str
    unit: str
    estimates: tuple[Estimate, ...]
    topics: tuple[str, ...]
    chart: Chart | None
    narrow: Chart | None = None

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(dict.fromkeys(e.fact for e in self.estimates))

    @property
    def charts(self) -> tuple[Chart, ...]:
        """The drawings of the chart (wide for desktop and paper, narrow for phones); none below two points."""
        return tuple(c for c in (self.chart, self.narrow) if c is not None)


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A figure shown as a number rather than a chart: one fact's quantity, who gives it and when."""

    fact: Fact
    figure: str
    unit: str
    actors: tuple[str, ...]
    date: When | None
    dated_by: str
    series: str = ""
    anchor: str = ""  # `series-<id>` on the first figure of a series, so links to the series land on it


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
                            quantity.low, quantity.high, direction, quantity.projection)
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
    return _spelled(series_id, *_casing(texts))


def _casing(texts: list[str]) -> tuple[dict[str, str], set[str]]:
    """How the texts write their words: each capitalised word by its casefolded form (the first
    spelling met), and the words written in lower case."""
    capitalised: dict[str, str] = {}
    lowercase: set[str] = set()
    for text in texts:
        for word in re.findall(r"[\w]+", text):
            if word.islower():
                lowercase.add(word)
            else:
                capitalised.setdefault(word.casefold(), word)
    return capitalised, lowercase


def _spelled(series_id: str, capitalised: dict[str, str], lowercase: set[str]) -> str:
    words = []
    for word in series_id.split("-"):
        spelled = capitalised.get(word) if word not in lowercase else None
        words.append(spelled or word)
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def spelled_titles(briefing: Briefing) -> dict[str, str]:
    """Every series' title spelled from its id, by id. Capitalisation is learnt from the whole
    briefing: a series id may use a word ("korean") that its own facts never spell out."""
    vocabulary = [f.claim for f in briefing.facts.values()] + [e.name for e in briefing.entities.values()]
    vocabulary += [f.quantity.unit for f in briefing.facts.values() if f.quantity]
    ids = {f.quantity.series for f in briefing.facts.values() if f.quantity and f.quantity.series}
    casing = _casing(vocabulary)  # read once for every series (the vocabulary is the whole briefing)
    return {i: _spelled(i, *casing) for i in sorted(ids)}


def estimate_series(briefing: Briefing, topic_order: list[str]) -> list[Series]:
    """Every series of the briefing, in the order of its first fact's topic, then by id; titles, labels
    and axes in the briefing's language (a translated edition's series titles from its translations)."""
    language = briefing.site.language
    members: dict[str, list[Fact]] = {}
    for fact in briefing.facts.values():
        if fact.quantity is not None and fact.quantity.series:
            members.setdefault(fact.quantity.series, []).append(fact)
    rank = {topic: i for i, topic in enumerate(topic_order)}
    spelled = spelled_titles(briefing) if len(members) > len(briefing.series_titles) else {}
    result = []
    for series_id, facts in members.items():
        estimates = [e for f in facts for e in _estimates(briefing, f)]
        estimates.sort(key=lambda e: (e.date is None, _day(e.date) if e.date else 0, e.fact.id, e.actor))
        units = list(dict.fromkeys(f.quantity.unit for f in facts if f.quantity))
        title = briefing.series_titles.get(series_id) or spelled[series_id]
        topics = tuple(dict.fromkeys(f.topic for f in facts))
        dated = [e for e in estimates if e.date is not None]
        result.append(Series(series_id, title, units[0], tuple(estimates), topics,
                             build_chart(dated, WIDE, language), build_chart(dated, NARROW, language)))
    result.sort(key=lambda s: (min(rank.get(t, len(rank)) for t in s.topics), s.id))
    return result


def figure_text(quantity: Quantity, language: str = "en") -> str:
    """The number of a quantity in words without its unit: 'more than 1,000,000', '1,000,000 이상'."""
    return i18n.figure_label(quantity, language)


def key_figure(briefing: Briefing, fact: Fact) -> KeyFigure:
    """A fact's quantity as a key figure, dated like an estimate by its earliest supporting statement."""
    quantity = fact.quantity
    assert quantity is not None
    estimates = _estimates(briefing, fact)
    dated = sorted((e for e in estimates if e.date is not None), key=lambda e: _day(e.date))  # type: ignore[arg-type]
    first = dated[0] if dated else None
    language = briefing.site.language
    gettext = i18n.translations(language).gettext
    unit = gettext("%(quantity)s (projected)") % {"quantity": quantity.unit} if quantity.projection else quantity.unit
    return KeyFigure(fact, figure_text(quantity, language), unit, tuple(e.actor for e in estimates),
                     first.date if first else fact.date, first.dated_by if first else "event" if fact.date else "",
                     quantity.series)


def key_figures(briefing: Briefing, series: list[Series], facts: list[Fact]) -> list[KeyFigure]:
    """The figures too few to chart: every fact of a series with fewer than two plotted points, then
    every other quantity of `facts` that belongs to no series, in the order given."""
    result = []
    for s in series:
        if s.chart is None:
            for i, fact in enumerate(s.facts):
                figure = key_figure(briefing, fact)
                result.append(replace(figure, anchor=f"series-{s.id}") if i == 0 else figure)
    result += [key_figure(briefing, f) for f in facts if f.quantity is not None and not f.quantity.series]
    return result


def series_rows(series: Series) -> list[list[object]]:
    """The CSV of one series: a header, then one row per estimate in date order."""
    rows: list[list[object]] = [["series", "date", "dated_by", "figure", "low", "high", "qualifier", "unit",
                                 "projection", "claimant", "claimant_id", "fact", "claim"]]
    for e in series.estimates:
        quantity = e.fact.quantity
        assert quantity is not None
        rows.append([series.id, e.date.display() if e.date else "", e.dated_by or "", figure_text(quantity),
                     _plain(e.low), _plain(e.high), quantity.qualifier, quantity.unit,
                     "yes" if e.projection else "no", e.claimant, e.actor, e.fact.id, e.fact.claim])
    return rows


def _plain(value: float | None) -> object:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


# --- chart geometry --------------------------------------------------------------------------

def compact_number(value: float, language: str = "en") -> str:
    """1000000 → '1M', 1500000 → '1.5M', 500000 → '500k', 7 → '7'; '100만' in Korean (axis labels)."""
    return i18n.format_axis_number(value, language)


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


def _x_ticks(first: float, last: float, most: int = 8, language: str = "en") -> list[tuple[float, str]]:
    """Calendar ticks inside [first, last]: years if they give at least two, else half years,
    quarters or months; at most `most` of them, labelled in the language ('Feb 2024', '2024년 2월')."""
    start = datetime.date.fromordinal(math.floor(first))
    end = datetime.date.fromordinal(math.ceil(last))
    for months, yearly in ((12, True), (6, False), (3, False), (1, False)):
        ticks = []
        year, month = start.year, 1
        while datetime.date(year, month, 1) <= end:
            day = datetime.date(year, month, 1)
            if day.toordinal() >= first:
                ticks.append((float(day.toordinal()), i18n.format_axis_date(day, language, yearly)))
            month += months
            if month > 12:
                year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        if 2 <= len(ticks) <= most:
            return ticks
        if len(ticks) > most:  # too dense at this step: thin it
            stride = math.ceil(len(ticks) / most)
            return ticks[::stride]
    return []


Box = tuple[float, float, float, float]


def text_width(text: str, font: float) -> float:
    """A generous estimate of the rendered width of `text` at `font` px (a Hangul or CJK character,
    drawn a full em wide, counts as one em)."""
    wide = sum(1 for char in text if unicodedata.east_asian_width(char) in "WF")
    return (len(text) - wide) * font * CHAR_EM + wide * font


def build_chart(estimates: list[Estimate], layout: Layout = WIDE, language: str = "en") -> Chart | None:
    """Scales, ticks and marks for the dated estimates in `layout`; None below two plotted points
    (one figure is a number, not a trend: it belongs in the key figures)."""
    plotted = [e for e in estimates if e.date is not None and (e.low is not None or e.high is not None)]
    if len(plotted) < 2:
        return None
    days = [_day(e.date) for e in plotted]  # type: ignore[arg-type]
    first, last = min(days), max(days)
    pad = max(45.0, (last - first) * 0.08) if last > first else 183.0
    first, last = first - pad, last + pad
    highest = max(max(v for v in (e.low, e.high) if v is not None) for e in plotted)
    top_value, y_values = _y_ticks(highest * 1.12)
    left, top = layout.left, layout.top
    right, bottom = layout.width - layout.right, layout.height - layout.bottom

    def x_of(day: float) -> float:
        return round(left + (day - first) / (last - first) * (right - left), 1)

    def y_of(value: float) -> float:
        return round(bottom - value / top_value * (bottom - top), 1)

    shapes = []
    for estimate, day in zip(plotted, days, strict=True):
        x = x_of(day)
        low = estimate.low if estimate.low is not None else estimate.high
        high = estimate.high if estimate.high is not None else estimate.low
        assert low is not None and high is not None
        if estimate.is_range:
            kind, y, y2 = "range", y_of(high), y_of(low)
        elif estimate.direction == "up":
            kind, y, y2 = "more", y_of(low), max(top - 8, y_of(low) - ARROW)
        elif estimate.direction == "down":
            kind, y, y2 = "less", y_of(high), min(bottom, y_of(high) + ARROW)
        else:
            kind, y, y2 = "point", y_of(low), y_of(low)
        shapes.append((estimate, kind, x, y, y2))
    # Marks whose glyphs would overlap (the same date, close figures) are moved apart sideways.
    for i, (estimate, kind, x, y, y2) in enumerate(shapes):
        while any(abs(x - ox) < 12 and min(y, y2) - 8 < max(oy, oy2) and min(oy, oy2) - 8 < max(y, y2)
                  for _, _, ox, oy, oy2 in shapes[:i]):
            x = round(x + 12, 1)
        shapes[i] = (estimate, kind, x, y, y2)
    # One claimant throughout: the caption names it and the marks are labelled with their figures.
    by_figure = len({e.actor for e in plotted}) == 1
    # Labels may not cover any mark: the glyphs' boxes (dot, bar, arrow) are obstacles from the start.
    obstacles: list[Box] = [(x - 7, min(y, y2) - 7, x + 7, max(y, y2) + 7) for _, _, x, y, y2 in shapes]
    placed: list[Box] = []
    marks: list[Mark] = []
    font = layout.font
    line = font * 1.25
    gettext = i18n.translations(language).gettext
    for estimate, kind, x, y, y2 in shapes:
        qualifier = estimate.fact.quantity.qualifier if estimate.fact.quantity else "exact"
        name = (figure_text(estimate.fact.quantity, language) if by_figure and estimate.fact.quantity
                else estimate.claimant)
        label = gettext("%(label)s, projected") % {"label": name} if estimate.projection else name
        spot = place_label(label, x, (y + y2) / 2 if kind == "range" else y, layout, line,
                            placed + obstacles, (left, top - font, layout.width - 2, bottom))
        if spot is None:  # nowhere free: no text label (the mark's tooltip and the table still name it)
            label, spot = "", (x, y, "start", (x, y, x, y))
        else:
            placed.append(spot[3])
        marks.append(Mark(kind, x, y, y2, label, round(spot[0], 1), round(spot[1], 1), spot[2],
                          qualifier == "about", estimate))
    # A tick whose centred label would run past the drawing's edge is left out (the axis keeps its others).
    x_ticks = tuple(Tick(x_of(day), text) for day, text in _x_ticks(first, last, layout.max_ticks, language)
                    if text_width(text, font) / 2 <= x_of(day) <= layout.width - text_width(text, font) / 2)
    y_ticks = tuple(Tick(y_of(value), compact_number(value, language)) for value in y_values)
    return Chart(layout, layout.width, layout.height, left, right, top, bottom, x_ticks, y_ticks, tuple(marks),
                 plotted[0].claimant if by_figure else "")


def place_label(label: str, x: float, y: float, layout: Layout, line: float, taken: list[Box],
                 frame: Box) -> tuple[float, float, str, Box] | None:
    """Where the label of a mark at (x, y) goes: beside it, right or left, moved up or down by whole
    lines until its box overlaps nothing already taken and stays inside the frame; None if nowhere."""
    width = text_width(label, layout.font)
    ascent, descent = layout.font * 0.95, layout.font * 0.3
    candidates = []
    for lines in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        baseline = y + layout.font * 0.35 + lines * line
        candidates += [("start", x + 9, baseline), ("end", x - 9, baseline)]
        if lines:  # centred above or below the mark, when the sides are too narrow (phones)
            candidates.append(("middle", x, baseline + (9 if lines > 0 else -9)))
    for anchor, label_x, baseline in candidates:
        box_left = {"start": label_x, "end": label_x - width, "middle": label_x - width / 2}[anchor]
        box = (box_left, baseline - ascent, box_left + width, baseline + descent)
        inside = frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]
        if inside and not any(_overlaps(box, other) for other in taken):
            return label_x, baseline, anchor, box
    return None


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
