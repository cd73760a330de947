"""The timeline, planned: every fact at its date, grouped by year and month, with a month histogram
and the facets (topic, actor, stance) its filters use.

Part of the plan stage. A fact without a date of its own is placed at its earliest position: the
date an actor made the statement, else the publication date of the earliest report of it; the page
says which. Only a fact with no date anywhere (fact, positions, the sources citing it) is undated.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from . import i18n
from .charts import text_width
from .dates import PartialDate, When
from .i18n import N_
from .model import Briefing, Fact

# The histogram's drawings, as the estimate charts: a wide one for desktops, a narrow one for phones,
# each with text of at least 12 px where it is shown.
HISTOGRAM_SIZES = {"wide": (640, 110, 12), "narrow": (340, 110, 13)}


@dataclass(frozen=True, slots=True)
class Entry:
    """A fact on the timeline, at `date`; `dated_by` is '' for its own date, else how the date was found."""

    fact: Fact
    date: When
    dated_by: str  # "" | "statement" | "report"
    positions: str = ""  # 'actor:stance' of every position, space-separated, for the filters (`entry`)

    @property
    def key(self) -> tuple[int, int, int, int]:
        return self.date.sort_key()


def entry(fact: Fact, date: When, dated_by: str) -> Entry:
    """A fact's entry on the timeline, with its positions spelled for the filters once."""
    return Entry(fact, date, dated_by, " ".join(dict.fromkeys(f"{p.actor.id}:{p.stance}" for p in fact.positions)))


@dataclass(frozen=True, slots=True)
class Bar:
    """One month of the histogram: its position, height, count and the anchor of its section."""

    x: float
    y: float
    width: float
    height: float
    count: int
    label: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Histogram:
    name: str
    width: int
    height: int
    font: int
    baseline: float
    bars: tuple[Bar, ...]
    years: tuple[tuple[float, str], ...]
    most: int


@dataclass(frozen=True, slots=True)
class Timeline:
    years: list[tuple[int, list[tuple[int, list[Entry]]]]]
    undated: list[tuple[Fact, str]]
    histograms: tuple[Histogram, ...]
    topics: list[tuple[str, str]]
    actors: list[tuple[str, str]]
    stances: list[str]

    @property
    def count(self) -> int:
        return sum(len(entries) for _, months in self.years for _, entries in months)


def fact_date(briefing: Briefing, fact: Fact) -> tuple[When | None, str]:
    """Where a fact sits in time: its own date; else its earliest position's date ('statement');
    else the earliest publication date of a source citing it ('report'); else (None, '')."""
    if fact.date is not None:
        return fact.date, ""
    stated = [p.date for p in fact.positions if p.date is not None]
    if stated:
        return min(stated, key=lambda w: w.sort_key()), "statement"
    published = [briefing.sources[c.source.id].published for c in fact.citations
                 if c.source.id in briefing.sources and briefing.sources[c.source.id].published is not None]
    if published:
        return min(published, key=lambda w: w.sort_key()), "report"  # type: ignore[union-attr]
    return None, ""


UNDATED_REASON = N_("no date on the fact, on any position or on any source citing it")  # N_: translated where shown


def timeline(briefing: Briefing, facts: list[Fact]) -> Timeline:
    """The timeline of `facts` (in topic order), dated as `fact_date` says."""
    keyed, undated = [], []
    for fact in facts:
        when, how = fact_date(briefing, fact)
        if when is None:
            undated.append((fact, UNDATED_REASON))
        else:
            made = entry(fact, when, how)
            keyed.append(((made.key, fact.id), made))  # each sort key computed once
    keyed.sort(key=itemgetter(0))
    entries = [made for _, made in keyed]
    years = [(year, [(month, [made for _, made in items]) for month, items in groupby(group, key=_month)])
             for year, group in groupby(keyed, key=_year)]
    shown = {e.fact.topic for e in entries}
    topics = [(t.id, t.title) for t in briefing.topics.values() if t.id in shown]
    actor_ids: dict[str, None] = {}
    stance_set: set[str] = set()
    for made in entries:
        for position in made.fact.positions:
            actor_ids[position.actor.id] = None
            stance_set.add(position.stance)
    actors = sorted(((a, briefing.entities[a].name if a in briefing.entities else a) for a in actor_ids),
                    key=lambda pair: pair[1].casefold())
    stances = [s for s in ("asserts", "confirms", "denies", "declines-comment") if s in stance_set]
    language = briefing.site.language
    counts: dict[tuple[int, int], int] = {}
    anchors: dict[tuple[int, int], str] = {}  # a month's bar links to its first section (in date order)
    for (key, _id), _entry in keyed:
        year, month = key[0], key[1]
        counts[(year, month or 1)] = counts.get((year, month or 1), 0) + 1
        anchors.setdefault((year, month or 1), f"y{year}-{month}" if month else f"y{year}")
    histograms = (tuple(_histogram(name, size, counts, anchors, language) for name, size in HISTOGRAM_SIZES.items())
                  if entries else ())
    return Timeline(years, undated, histograms, topics, actors, stances)


def _year(item: tuple[tuple[tuple[int, int, int, int], str], Entry]) -> int:
    return item[0][0][0]


def _month(item: tuple[tuple[tuple[int, int, int, int], str], Entry]) -> int:
    return item[0][0][1]


def _histogram(name: str, size: tuple[int, int, int], counts: dict[tuple[int, int], int],
               anchors: dict[tuple[int, int], str], language: str = "en") -> Histogram:
    """Bars of the facts per month (`counts` and the sections' `anchors`, by (year, month)), from the
    first month with a fact to the last (facts dated to a year only count in January of it, where
    the page lists them under "During the year"); months named in `language`."""
    width, height, font = size
    first, last = min(counts), max(counts)
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    left, right, top = 4, 4, 6
    baseline = height - font - 10
    step = (width - left - right) / len(months)
    most = max(counts.values())
    bars, years = [], []
    for i, (year, month) in enumerate(months):
        count = counts.get((year, month), 0)
        bar_height = round((baseline - top) * count / most, 1)
        x = round(left + i * step, 1)
        anchor = anchors.get((year, month), "")
        bars.append(Bar(x, round(baseline - bar_height, 1), round(max(step - 1, 1), 1), bar_height, count,
                        i18n.format_partial(PartialDate(year, month), language), anchor))
        if month == 1 or i == 0:
            years.append((x, i18n.format_partial(PartialDate(year), language)))
    # A year label needs room for four digits (and '년' in Korean): drop labels that would touch the
    # previous one; the last is moved in from the edge.
    spaced: list[tuple[float, str]] = []
    for x, label in years:
        if not spaced or x - spaced[-1][0] >= max(font * 3.2, text_width(spaced[-1][1], font) * 0.85 + font * 0.5):
            spaced.append((x, label))
    if spaced:
        room = max(font * 3, text_width(spaced[-1][1], font) * 0.85)
        if spaced[-1][0] + room > width:
            spaced[-1] = (width - room, spaced[-1][1])
    return Histogram(name, width, height, font, baseline, tuple(bars), tuple(spaced), most)
