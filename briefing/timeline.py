"""The timeline, planned: every fact at its date, grouped by year and month, with a month histogram
and the facets (topic, actor, stance) its filters use.

Part of the plan stage. A fact without a date of its own is placed at its earliest position: the
date an actor made the statement, else the publication date of the earliest report of it; the page
says which. Only a fact with no date anywhere (fact, positions, the sources citing it) is undated.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from . import i18n
from .charts import text_width
from .dates import PartialDate, When
from .i18n import N_
from .model import Briefing, Fact, keeping

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


_Item = tuple[tuple[tuple[int, int, int, int], str], Entry]  # ((sort key, fact id), entry)


class _State:
    """What the last timeline of one language was made of, for the next (the dev server's rebuilds):
    each fact's entry by fact id with the fact it was made of, the entries of each month in date
    order, and how many entries show each topic, actor and stance."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[Fact, _Item | None]] = {}
        self.months: dict[tuple[int, int], list[_Item]] = {}  # (year, month or 0) → items in date order
        self.shown: dict[tuple[int, int], list[Entry]] = {}  # the same, entries only (the page's lists)
        self.topics: Counter[str] = Counter()
        self.actors: Counter[str] = Counter()
        self.stances: Counter[str] = Counter()

    def fill(self, items: list[_Item]) -> None:
        """Hold `items` (in any order), none held before."""
        items.sort(key=itemgetter(0))
        for item in items:
            self.months.setdefault(item[0][0][:2], []).append(item)
            self._count(item[1], 1)

    def add(self, item: _Item) -> None:
        group = item[0][0][:2]
        insort(self.months.setdefault(group, []), item, key=itemgetter(0))
        self.shown.pop(group, None)
        self._count(item[1], 1)

    def remove(self, item: _Item) -> None:
        group = item[0][0][:2]
        items = self.months[group]
        at = bisect_left(items, item[0], key=itemgetter(0))
        assert items[at] is item
        del items[at]
        if not items:
            del self.months[group]
        self.shown.pop(group, None)
        self._count(item[1], -1)

    def _count(self, made: Entry, step: int) -> None:
        self.topics[made.fact.topic] += step
        for position in made.fact.positions:
            self.actors[position.actor.id] += step
            self.stances[position.stance] += step


_last: dict[str, _State] = {}
# Past this many changed entries the timeline is made afresh (cheaper than moving each).
_MOVE_AT_MOST = 256


def timeline(briefing: Briefing, facts: list[Fact]) -> Timeline:
    """The timeline of `facts` (in topic order), dated as `fact_date` says.

    An entry whose fact is the very object of the last timeline of this language (its file did not
    change), dated the same, is that timeline's entry object, and only the entries that changed are
    moved: the dev server's rebuild after a one-fact edit does not date and sort 20,000 facts again,
    and the page reuses the HTML of every month whose entries are all as last time
    (`render._PageHelpers.timeline_entries`)."""
    language = briefing.site.language
    state = _last.get(language) or _State()
    last = state.made
    made: dict[str, tuple[Fact, _Item | None]] = {}
    undated: list[tuple[Fact, str]] = []
    fresh: list[_Item] = []
    gone: list[_Item] = []
    seen = 0  # facts of the last timeline still there
    for fact in facts:
        old = last.get(fact.id)
        if old is not None:
            seen += 1
            if old[0] is fact and fact.date is not None:  # its own date: the fact's alone
                made[fact.id] = old
                continue
        when, how = fact_date(briefing, fact)
        item = old[1] if old is not None and old[0] is fact else None
        if when is None:
            item = None
            undated.append((fact, UNDATED_REASON))
        elif item is None or item[1].date != when or item[1].dated_by != how:
            made_entry = entry(fact, when, how)
            item = ((made_entry.key, fact.id), made_entry)  # each sort key computed once
            fresh.append(item)
        if old is not None and old[1] is not None and old[1] is not item:
            gone.append(old[1])
        made[fact.id] = (fact, item)
    if len(made) != len(facts):  # ids repeated (check refuses them): nothing kept
        _last.pop(language, None)
        state = _State()
        dated = [(fact, *fact_date(briefing, fact)) for fact in facts]
        state.fill([((e.key, e.fact.id), e) for e in (entry(f, when, how) for f, when, how in dated
                                                      if when is not None)])
    else:
        if seen != len(last):  # facts deleted (or renamed)
            gone += [old[1] for ident, old in last.items() if old[1] is not None and ident not in made]
        if state.months and len(gone) + len(fresh) <= _MOVE_AT_MOST:
            for item in gone:
                state.remove(item)
            for item in fresh:
                state.add(item)
        else:
            state = _State()
            state.fill([item for _fact, item in made.values() if item is not None])
        state.made = made
        if keeping():  # kept for the next build of a process that builds again (model.keeping)
            _last[language] = state
        else:
            _last.pop(language, None)
    return _assemble(briefing, state, undated)


def _assemble(briefing: Briefing, state: _State, undated: list[tuple[Fact, str]]) -> Timeline:
    """The timeline of what `state` holds: its months in order, and its facets and histograms."""
    years: list[tuple[int, list[tuple[int, list[Entry]]]]] = []
    counts: dict[tuple[int, int], int] = {}
    anchors: dict[tuple[int, int], str] = {}  # a month's bar links to its first section (in date order)
    for group in sorted(state.months):
        year, month = group
        shown = state.shown.get(group)
        if shown is None:
            shown = state.shown[group] = [made for _, made in state.months[group]]
        if not years or years[-1][0] != year:
            years.append((year, []))
        years[-1][1].append((month, shown))
        counts[(year, month or 1)] = counts.get((year, month or 1), 0) + len(shown)
        anchors.setdefault((year, month or 1), f"y{year}-{month}" if month else f"y{year}")
    topics = [(t.id, t.title) for t in briefing.topics.values() if state.topics[t.id] > 0]
    actor_ids = [actor for actor, count in state.actors.items() if count > 0]
    names = [briefing.entities[a].name if a in briefing.entities else a for a in actor_ids]
    if len({name.casefold() for name in names}) != len(names):
        # Two actors of the same name: in the order each first appears on the timeline.
        first: dict[str, None] = {}
        for _year, months in years:
            for _month, entries in months:
                for made in entries:
                    for position in made.fact.positions:
                        first[position.actor.id] = None
        actor_ids = list(first)
        names = [briefing.entities[a].name if a in briefing.entities else a for a in actor_ids]
    actors = sorted(zip(actor_ids, names, strict=True), key=lambda pair: pair[1].casefold())
    stances = [s for s in ("asserts", "confirms", "denies", "declines-comment") if state.stances[s] > 0]
    language = briefing.site.language
    histograms = (tuple(_histogram(name, size, counts, anchors, language) for name, size in HISTOGRAM_SIZES.items())
                  if years else ())
    return Timeline(years, undated, histograms, topics, actors, stances)


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


# --- the HTML of each month, kept for the next process ----------------------------------------------
#
# A new process (`build.py` after an edit) renders the timeline page again, and with it every entry
# of every month (20,000 at 20,000 facts), though an edit changes one month. Each month's HTML is
# kept in the sealed cache (cache.Store), named by a digest of everything it shows (its entries'
# facts, dates, topics and how each is shown, the page, the language, the code and the catalogues:
# `stored_month`), and read back while that is unchanged. Files not read or written lately are
# removed as new ones are written.

_months: tuple[Any, str] | None = None  # (the store, a digest of the code and the catalogues)
_MONTHS_VERSION = "1"


def keep_months(store: Any, version: str) -> None:
    """Keep the timeline's months in the sealed cache `store` (None: not kept), for code and
    catalogues of digest `version`."""
    global _months
    _months = (store, version) if store is not None else None
    _months_seen.clear()


def months_kept() -> bool:
    """True when the months of the timeline are kept in the cache (keep_months)."""
    return _months is not None


def stored_month(page: str, shown: list[str], months: int, make: Callable[[], str]) -> str:
    """The HTML of a month of the timeline page `page` that shows `shown` (a description of
    everything the HTML is made from): from the cache when made before, else `make()`, kept.
    `months`: how many months the page has (as many files, and as many again, are kept)."""
    if _months is None:
        return make()
    store, version = _months
    folder = "timeline/" + hashlib.sha256(page.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    digest = hashlib.sha256("\0".join([_MONTHS_VERSION, version, page, *shown]).encode(
        "utf-8", "surrogateescape")).hexdigest()[:40]
    name = f"{folder}/{digest}.html"
    found = store.read(name)  # None: missing, or ignored with a note
    html = None
    if found is not None:
        try:
            html = found.decode("utf-8")
        except UnicodeDecodeError:  # sealed by us, so never; but never trusted to be text
            html = None
    seen, wrote = _months_seen.get(page, (0, False))
    if html is not None:
        store.touch(name)  # in use: the newest files are the ones kept
    else:
        html = make()
        store.write(name, html.encode("utf-8"))
        wrote = True
    seen += 1
    if seen >= months:  # the page's last month: every file it uses has just been read or written
        _months_seen.pop(page, None)
        if wrote:
            store.prune(f"{folder}/*.html", set(), newest=2 * months + 8)
    else:
        _months_seen[page] = (seen, wrote)
    return html


# Per timeline page being rendered: its months so far, and whether one was written.
_months_seen: dict[str, tuple[int, bool]] = {}
