"""Stage 4, plan: the Briefing → every page of the site, each a route, a template and its context.

All per-page derivations (citation numbering, highlighted passages, groupings) happen
here, so templates only lay out what they are given.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter
from pathlib import Path
from typing import Any

from . import derive, exports, i18n, maps, pack, search, urls
from .analysis import analyse, facts_deps, value_key
from .check import sentences
from .dates import PartialDate
from .derive import RELIABILITY_SCALE, Standing, standing
from .fields import MarkdownText
from .i18n import N_
from .meta import page_meta
from .model import Briefing, Citation, Entity, Fact, Source, Topic, TopicMemo, forget_topic_memos
from .passages import TextQuote, anchor_id, index_text
from .problems import Location, Problem, error
from .timeline import timeline
from .translations import TranslatedEdition

LATEST_COUNT = 10
# Names of the languages archived texts are most often in, for people ("Korean", not "ko").
LANGUAGE_NAMES = {"en": N_("English"), "ko": N_("Korean"), "ru": N_("Russian"), "uk": N_("Ukrainian"),
                  "ja": N_("Japanese"), "zh": N_("Chinese"), "fr": N_("French"), "de": N_("German"),
                  "es": N_("Spanish"), "pl": N_("Polish")}


@dataclass(slots=True)
class Page:
    """One output file rendered from a template.

    `deps` names what the page shows, as fingerprint keys (`fact:<id>`, `source:<id>`,
    `entity:*` for every entity, `site`, ...); an incremental build renders the page again only
    when one of them changed. Empty means "everything": always safe, never skipped.
    A page planned with `make` builds its context only when it is rendered (`full_context`).
    """

    route: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    deps: tuple[str, ...] = ()
    make: Callable[[], dict[str, Any]] | None = None
    finishers: list[Callable[[dict[str, Any]], dict[str, Any]]] = field(default_factory=list)
    # The translated edition the page belongs to ('' for the original); its route then starts
    # with `<edition>/`, and `logical_route` is the route inside the edition (what links use).
    edition: str = ""
    # The object a per-object page shows (`fact:<id>`, `source:<id>`, `entity:<id>`): a partial
    # plan (`Scope`) plans it again only when that key is in its scope. '' for the other pages.
    owner: str = ""
    # Pages that share costly work made when rendered (the maps' outlines) name it here, as an
    # Output's `together`: the render stage gives them to one worker, which does it once.
    together: str = ""

    @property
    def logical_route(self) -> str:
        return self.route[len(self.edition) + 1:] if self.edition else self.route

    def full_context(self) -> dict[str, Any]:
        """The template context, built now for a page planned lazily.

        Not kept on the page: a big site's contexts (every fact's view and footnotes) would
        otherwise all stay in memory once rendered.
        """
        if self.make is None:
            return self.context
        context = {**self.context, **self.make()}
        for finish in self.finishers:
            context.update(finish(context))
        return context

    def finish(self, extra: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Add to the context what `extra(context)` returns (once the context exists)."""
        if self.make is None:
            self.context.update(extra(self.context))
        else:
            self.finishers.append(extra)


@dataclass(frozen=True, slots=True)
class Kept:
    """A per-object page a partial plan left out: its route, in the place the full plan puts it.

    The builder reuses the last build's digest and recipe for it; it has no context, so it can
    never be rendered from the objects of an earlier model (the builder plans it in full first).
    """

    route: str
    owner: str


@dataclass(slots=True)
class Scope:
    """Which per-object pages (fact, source and entity pages) to plan, for a builder that knows its
    last plan (builder.LastPlan: the dev server's, or a new process's read from the cache).

    `only` None plans every page. A set plans the pages of those object keys and leaves the
    others as `Kept`, but for the facts whose topic page (the `in:` dep of their fact page)
    differs from `places`, the last plan's, which are planned too; and an edition whose values
    every page declares (`reading`: how current the briefing is, the flag policy) changed since
    the last plan is planned in full. Every other page (the overview, topic pages, lists, analyst
    views, the pack, exports, search files, assets) is always planned: they show aggregates over
    the whole briefing.
    """

    only: set[str] | None = None
    places: dict[str, dict[str, str]] = field(default_factory=dict)  # per edition: fact id → topic page
    reading: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per edition: the deps every page declares
    planned: int = 0  # per-object pages planned, this plan


@dataclass(slots=True)
class Asset:
    """One static file copied as it is."""

    route: str
    path: Path


@dataclass(slots=True)
class Output:
    """One generated data file (export, search index): render turns `content` into bytes by `format`.

    A file planned with `make` computes its content only when it is rendered; `deps`, as for a
    Page, names what it is made from (empty: everything, so it is written again after any change).
    """

    route: str
    format: str
    content: Any = None
    deps: tuple[str, ...] = ()
    make: Callable[[], Any] | None = None
    # Files computed together (one `make` shared by several files, as a search segment's) name
    # their group here: the render stage gives them to one worker, which computes them once.
    together: str = ""

    def value(self) -> Any:
        """The content, computed now for a file planned lazily."""
        if self.make is not None:
            self.content, self.make = self.make(), None
        return self.content


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    quote: str
    source: Source
    anchor: str
    translation: str = ""  # the quote in the site's language, when the citation gives one
    translator: str = ""


@dataclass(slots=True)
class Notes:
    """Numbered citations on one page: the same passage of the same source gets one number."""

    footnotes: list[Footnote] = field(default_factory=list)
    _numbers: dict[tuple[str, str, str, str], int] = field(default_factory=dict)
    # Footnote number → the ids of the markers citing it, in page order (its back-links ↑ a b c).
    backlinks: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def number(self, briefing: Briefing, citation: Citation) -> Footnote:
        key = (citation.source.id, citation.quote, citation.prefix, citation.suffix)
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self.footnotes) + 1
            self.footnotes.append(Footnote(number, citation.quote, briefing.sources[citation.source.id],
                                           anchor_id(citation.quote, citation.prefix, citation.suffix),
                                           citation.translation, citation.translator))
        return self.footnotes[number - 1]


@dataclass(frozen=True, slots=True)
class FactView:
    """A fact as shown in a list: with its standing and the footnotes of each position."""

    fact: Fact
    standing: Standing
    markers: tuple[tuple[Any, tuple[Footnote, ...]], ...]
    marker_ids: tuple[tuple[str, ...], ...] = ()  # per position, the id of each marker (unique on the page)




@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    anchors: tuple[str, ...] = ()
    marked: bool = False
    ends: tuple[str, ...] = ()  # the anchors of the quoted passages that end with this segment

    def runs(self, language: str) -> list[tuple[str, str]]:
        """The text as (text, lang) runs: a run in another script than `language` gets its language
        (Hangul → ko, kana → ja), so screen readers and fonts handle it; '' means the page's."""
        return script_runs(self.text, language)


# Scripts whose language a run of text gives away, for `lang` attributes in archived texts.
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_KANA = "\u3040-\u30ff"
_SCRIPT_RUNS = [(lang, re.compile(f"[{chars}](?:[{chars}\\s\\d.,·()\\-“”\"'‘’\u4e00-\u9fff]*[{chars})])?\\.?"))
                for lang, chars in (("ko", _HANGUL), ("ja", _KANA))]


def script_runs(text: str, language: str) -> list[tuple[str, str]]:
    """`text` cut into runs, each with the language its script implies when that differs from `language`."""
    found = sorted((m.start(), m.end(), lang) for lang, pattern in _SCRIPT_RUNS if not language.startswith(lang)
                   for m in pattern.finditer(text))
    runs: list[tuple[str, str]] = []
    position = 0
    for start, end, lang in found:
        if start < position:
            continue
        if start > position:
            runs.append((text[position:start], ""))
        runs.append((text[start:end], lang))
        position = end
    if position < len(text) or not runs:
        runs.append((text[position:], ""))
    return runs


class Paragraph(list[Segment]):
    """One paragraph of an archived text: its segments, and its anchor (the search links to it)."""

    anchor: str = ""


def fact_view(briefing: Briefing, fact: Fact, notes: Notes) -> FactView:
    markers = []
    marker_ids = []
    for index, position in enumerate(fact.positions, 1):
        # One marker per footnote a position cites (a passage cited twice is one marker).
        footnotes = {n.number: n for n in (notes.number(briefing, c) for c in position.citations)}
        ids = []
        for number in footnotes:
            marker = f"cite-{fact.id}-{index}-{number}"
            while marker in notes.backlinks[number]:  # the same fact listed twice on one page
                marker += "x"
            notes.backlinks[number].append(marker)
            ids.append(marker)
        markers.append((position, tuple(footnotes.values())))
        marker_ids.append(tuple(ids))
    return FactView(fact, standing(briefing, fact), tuple(markers), tuple(marker_ids))


@dataclass(frozen=True, slots=True)
class TopicLayout:
    """Where a topic's facts are shown: its sections, its page order, each fact's section title,
    topic page and pack part (by fact id)."""

    sections: list[tuple[str, list[Fact]]]
    ordered: tuple[Fact, ...]
    section_of: dict[str, str]
    pages: dict[str, str]
    parts: dict[str, str]
    positions: dict[str, int]  # 1, 2, ... in page order


def _layout(topic: Topic, language: str) -> TopicLayout:
    sections = topic_sections(topic, language)
    ordered = tuple(f for _title, facts in sections for f in facts)
    return TopicLayout(sections, ordered, {f.id: title for title, facts in sections for f in facts},
                       dict(zip([f.id for f in ordered], urls.topic_pages_of(topic.id, len(ordered)), strict=True)),
                       dict(zip([f.id for f in ordered], urls.pack_parts_of(topic.id, len(ordered)), strict=True)),
                       {f.id: n for n, f in enumerate(ordered, 1)})


def topic_chunks(ordered: tuple[Fact, ...]) -> list[tuple[Fact, ...]]:
    """A topic's facts in page order cut into its pages (and pack parts) of TOPIC_PAGE_SIZE, the last
    taking a short remainder (urls.topic_page_count); one empty chunk for a topic without facts."""
    size, count = urls.TOPIC_PAGE_SIZE, urls.topic_page_count(len(ordered))
    return [ordered[i * size:(i + 1) * size if i + 1 < count else None] for i in range(count)]


def _kept_pages(topic: Topic) -> tuple[list[Kept], frozenset[str]]:
    """A topic's fact pages as a partial plan leaves them out, and their owners."""
    kept = [Kept(urls.route_for(fact), f"fact:{fact.id}") for fact in topic.facts]
    return kept, frozenset(page.owner for page in kept)


_KEPT: TopicMemo[tuple[list[Kept], frozenset[str]]] = TopicMemo()


# A layout reads the topic and the language alone (the slot): a sheet nobody edited keeps its own.
_LAYOUTS: TopicMemo[TopicLayout] = TopicMemo()


def topic_layouts(topics: list[Topic], language: str) -> list[TopicLayout]:
    """The layout of each topic, in order (kept while its fact sheet is the last build's)."""
    return _LAYOUTS.run(topics, None, lambda topic: _layout(topic, language), language)


class TopicViews:
    """The views of a topic's facts in page order, with their footnotes numbered across the topic:
    made when first asked for (by its topic page or pack part), then shared."""

    __slots__ = ("_made", "briefing", "facts", "layout")

    def __init__(self, briefing: Briefing, facts: tuple[Fact, ...], layout: TopicLayout) -> None:
        self.briefing = briefing
        self.facts = facts
        self.layout = layout
        self._made: tuple[list[FactView], Notes] | None = None

    def __call__(self) -> tuple[list[FactView], Notes]:
        if self._made is None:
            notes = Notes()
            self._made = ([fact_view(self.briefing, f, notes) for f in self.facts], notes)
        return self._made


def highlight(source: Source, quotes: list[str | TextQuote]) -> list[list[Segment]]:
    """The archived text as paragraphs of segments, quoted passages marked and anchored
    (a quote with a prefix or suffix at the occurrence they choose, else at the first)."""
    indexed = index_text(source.text)
    spans: dict[tuple[int, int], str] = {}
    for quote in quotes:
        found = indexed.locate(quote)
        if found:
            spans.setdefault(found[0], anchor_id(quote))
    starts: dict[int, list[str]] = defaultdict(list)
    ends: dict[int, list[str]] = defaultdict(list)
    cuts = set()
    for (start, end), anchor in spans.items():
        starts[start].append(anchor)
        ends[end].append(anchor)
        cuts.update((start, end))
    covered = sorted(spans)
    paragraphs: list[list[Segment]] = []
    offset = 0
    number = 0
    for line in source.text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        page = search.PAGE_MARK.fullmatch(line.strip())
        if page:  # a PDF's page line ("[p. 3]", written by new source): an anchor to cite a page by
            paragraphs.append(Paragraph([Segment(line, (f"page-{page.group(1)}",))]))
            continue
        points = sorted({line_start, line_end, *(c for c in cuts if line_start < c < line_end)})
        number += 1
        segments = Paragraph()
        segments.anchor = search.paragraph_anchor(number)  # as search.paragraphs() numbers them
        for left, right in pairwise(points):
            marked = any(s <= left and right <= e for s, e in covered)
            segments.append(Segment(source.text[left:right], tuple(starts.get(left, ())), marked,
                                    tuple(ends.get(right, ())) if marked else ()))
        paragraphs.append(segments)
    return paragraphs


def _newest(facts: Iterable[Fact], count: int) -> list[Fact]:
    """The `count` dated facts latest by date (then id), latest first: without sorting them all."""
    return heapq.nlargest(count, (f for f in facts if f.date is not None),
                          key=lambda f: (f.date.sort_key(), f.id))  # type: ignore[union-attr]


def _last_updated(briefing: Briefing, language: str = "en") -> str:
    stamps = [day for _month, _edited, day in _CURRENCY.run(briefing.topics.values(), None, _topic_currency,
                                                             briefing.site.language) if day is not None]
    for source in briefing.sources.values():
        if source.published is not None:
            stamps.append(source.published.latest())
    if not stamps:
        return ""
    year, month, day = max(stamps)
    return i18n.format_day(year, month, day, language)


def currency(briefing: Briefing) -> list[str]:
    """['Reporting up to November 2024', 'edited 22 November 2026']: how current the briefing is.

    Reporting runs to the newest dated position or source publication (its month); editing
    to the newest date a fact was added, updated or changed.
    """
    by_topic = _CURRENCY.run(briefing.topics.values(), None, _topic_currency, briefing.site.language)
    reported = [month for month, _edited, _day in by_topic if month is not None]
    reported += [month for month in map(_reported, (s.published for s in briefing.sources.values()))
                 if month is not None]
    edits = [day for _month, day, _updated in by_topic if day is not None]
    parts = []
    language = briefing.site.language
    gettext = i18n.translations(language).gettext
    if reported:
        year, month = max(reported)
        parts.append(gettext("reporting up to %(date)s") % {
            "date": i18n.format_partial(PartialDate(year, month), language)})
    if edits:
        year, month, day = max(edits)
        parts.append(gettext("edited %(date)s") % {"date": i18n.format_day(year, month, day, language)})
    if parts:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return parts


def _reported(when: Any) -> tuple[int, int] | None:
    """(year, month) a date reports up to: its end's, else its start's."""
    anchor = when and (when.end or when.start)
    return None if anchor is None else (anchor.year, anchor.month or 0)


Day = tuple[int, int, int]


def _topic_currency(topic: Topic) -> tuple[tuple[int, int] | None, Day | None, Day | None]:
    """The newest (year, month) a topic's positions report, the newest day its facts were edited
    (added, updated or changed), and the newest day they were added or updated."""
    reported = [month for f in topic.facts for p in f.positions if (month := _reported(p.date)) is not None]
    updates = [when.latest() for f in topic.facts for when in (f.added, f.updated) if when is not None]
    changes = [c.date.latest() for f in topic.facts for c in f.changes if c.date is not None]
    return max(reported, default=None), max(updates + changes, default=None), max(updates, default=None)


# Per topic: currency's and _last_updated's newest dates, flag_policy's count of single-source facts.
_CURRENCY: TopicMemo[tuple[tuple[int, int] | None, Day | None, Day | None]] = TopicMemo()
_SINGLE: TopicMemo[int] = TopicMemo()


def flag_policy(briefing: Briefing) -> dict[str, Any]:
    """Which flags are worth showing, decided from the data: the rare state is the signal.

    `badge` is 'corroborated' when most facts rest on one independent source (then the facts
    carried by several are badged, and the rest said once to be single-source), else 'single';
    `sources_graded` is false when no source has a reliability grade (then no 'ungraded' is shown).
    """
    # A topic's count is kept while its sheet and every source and entity are the last build's.
    single = sum(_SINGLE.run(briefing.topics.values(), derive.world(briefing),
                             lambda topic: sum(1 for f in topic.facts if standing(briefing, f).single_source),
                             briefing.site.language))
    total = len(briefing.facts)
    return {"badge": "corroborated" if total and single * 2 > total else "single",
            "single": single, "total": total,
            "sources_graded": any(s.reliability for s in briefing.sources.values())}


# A relation in words, read from the fact that declares it and from the other fact.
# (Marked for the catalogues; templates show them through the `t` filter.)
RELATION_WORDS = {"updates": (N_("Updates"), N_("Updated by")),
                  "corroborates": (N_("Corroborates"), N_("Corroborated by")),
                  "contradicts": (N_("Contradicts"), N_("Contradicted by")),
                  "related": (N_("Related to"), N_("Related to"))}


def related_facts(briefing: Briefing, fact: Fact, incoming: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """(relation in words, other fact) for one list: each other fact once, its own entry first."""
    found: dict[str, tuple[str, Fact]] = {}
    for rel in fact.related:
        other = briefing.facts.get(rel.fact.id)
        if other is not None and other.id != fact.id:
            found.setdefault(other.id, (RELATION_WORDS[rel.relation][0], other))
    for relation, other in incoming:
        if other.id != fact.id:
            found.setdefault(other.id, (RELATION_WORDS[relation][1], other))
    return list(found.values())


def section_of(briefing: Briefing, route: str) -> str:
    """The navigation section a page belongs to ('topics', 'analysis', …): marked in the header."""
    folder = route.rpartition("/")[0]
    if folder in ("topics", "facts"):
        return "topics"
    if folder in ("sources", "entities"):
        return folder
    if route in urls.ANALYSIS or urls.is_pack(route):
        return "analysis"
    return {urls.HOME: "overview", urls.TIMELINE: "timeline"}.get(route, "")


def breadcrumbs(briefing: Briefing, route: str) -> list[tuple[str, str]]:
    """(label, route) of the pages above a fact, source or entity page: Overview › Weapons › …"""
    folder, _, name = route.rpartition("/")
    ident = name.removesuffix(".html")
    home = (N_("Overview"), urls.HOME)
    if folder == "facts" and ident in briefing.facts:
        topic = briefing.topics.get(briefing.facts[ident].topic)
        return [home] + ([(topic.title, urls.route_for(topic))] if topic else [])
    if folder == "sources" and name != "index.html":
        return [home, (N_("Sources"), urls.SOURCES)]
    if folder == "entities" and name != "index.html":
        return [home, (N_("Entities"), urls.ENTITIES)]
    if urls.is_pack(route) and route != urls.PACK:  # a part of the pack, under its front
        return [home, (N_("Briefing pack"), urls.PACK)]
    return []


def forget_kept() -> None:
    """Drop everything the plan stage keeps across builds in this process (standings, export records,
    search documents): the next build computes it all again, exactly as a new process would."""
    derive.forget_kept()
    forget_topic_memos()
    exports.forget_kept()
    search.forget_kept()


def ordered_topics(briefing: Briefing) -> list[Topic]:
    """Topics in the order site.yaml lists them, unlisted ones last."""
    order = [r.id for r in briefing.site.topics if r.id in briefing.topics]
    order += [t for t in briefing.topics if t not in order]
    return [briefing.topics[t] for t in order]


def plan_site(briefing: Briefing, asset_dirs: list[Path],
              scope: Scope | None = None) -> tuple[list[Page | Asset | Output | Kept], list[Problem]]:
    """Every page of the original edition, then of each translated edition under `<lang>/`
    (with a `scope`, only the per-object pages it wants: see Scope)."""
    languages = [briefing.site.language, *briefing.translations]
    pages, problems = plan_pages(briefing, asset_dirs, languages=languages, scope=scope)
    for language, edition in briefing.translations.items():
        if edition.briefing is None:
            continue
        more, found = plan_pages(edition.briefing, [], edition, languages, scope=scope)
        problems += [p for p in found if p not in problems]  # the original's, found again
        for page in more:
            if isinstance(page, Output) and urls.is_shared(page.route):
                continue  # the data exports are the same in every language: written once
            if isinstance(page, Kept):  # shared with the next build (plan_pages): not changed in place
                pages.append(Kept(urls.edition_route(language, page.route), page.owner))
                continue
            page.route = urls.edition_route(language, page.route)
            if isinstance(page, Page):
                page.edition = language
            if isinstance(page, Page | Output) and page.deps:
                page.deps = (*page.deps, f"translations:{language}")
            pages.append(page)
    return pages, problems


def plan_pages(briefing: Briefing, asset_dirs: list[Path], edition: TranslatedEdition | None = None,
               languages: list[str] | None = None,
               scope: Scope | None = None) -> tuple[list[Page | Asset | Output | Kept], list[Problem]]:
    """Every page and asset of the site (or of one translated edition); two on one route is a problem."""
    topics = ordered_topics(briefing)
    language = briefing.site.language
    gettext = i18n.translations(language).gettext
    layouts = topic_layouts(topics, language)
    # Where each fact's entry is listed: `[words](fact:<id>)` links in summaries point there.
    fact_entries: dict[str, str] = {}
    for layout in layouts:
        fact_entries.update(layout.pages)
    current = currency(briefing)
    flags = flag_policy(briefing)
    # Every page shows these; they change with any fact, so their values (not the facts) are the keys.
    reading_deps = (f"currency:{' · '.join(current)}", f"flags:{flags['badge']},{flags['sources_graded']}")
    # The pages whose flag note counts the single-source facts (topic pages, the pack's front).
    flag_counts = f"flag-counts:{flags['single']},{flags['total']}"
    # Which per-object pages to plan (all, but in a partial plan whose last plan's `reading` and
    # topic pages of the facts are known; see Scope).
    scope = scope or Scope()
    edition_key = edition.language if edition else ""
    only = scope.only if scope.reading.get(edition_key) == reading_deps else None
    scope.reading[edition_key] = reading_deps
    places = scope.places.get(edition_key)
    if places is None:
        only = None

    def wants(owner: str) -> bool:
        if only is None or owner in only:
            scope.planned += 1
            return True
        return False
    common = {"briefing": briefing, "site": briefing.site, "nav_topics": topics, "fact_entries": fact_entries,
              "currency": current, "flags": flags, "language": language,
              "edition": edition.language if edition else "", "translated": edition,
              "languages": languages or [language]}
    pages: list[Page | Asset | Output | Kept] = []

    def add(route: str, template: str, title: str, **context: Any) -> None:
        pages.append(Page(route, template, {**common, **context, "page_title": title}, title))

    def lazy(route: str, template: str, title: str, deps: list[str], make: Callable[[], dict[str, Any]],
             owner: str = "") -> None:
        # Per-object pages are many: their contexts are built only for the pages rendered.
        pages.append(Page(route, template, {**common, "page_title": title}, title,
                          tuple(dict.fromkeys([*deps, *SHARED_DEPS, *reading_deps])), make, owner=owner))

    analysis = analyse(briefing, topics)
    add(urls.HOME, "index.html", briefing.site.title, **_overview(briefing, topics), **analysis.overview())
    topic_views = []
    topic_page_of = fact_entries  # fact id → the topic page that lists it (never changed below)
    for topic, layout in zip(topics, layouts, strict=True):
        section_of_fact = layout.section_of
        ordered = layout.ordered  # the page's order: by section, by date
        # The views of the whole topic, made when a page needs them (its one topic page and pack part).
        views = TopicViews(briefing, ordered, layout)
        # A topic of thousands of facts is split into pages of TOPIC_PAGE_SIZE (urls.py knows
        # which page lists which fact, so links to a fact's entry still land on it).
        chunks = topic_chunks(ordered)
        numbered = [(n, urls.topic_page(topic.id, n)) for n in range(1, len(chunks) + 1)]
        extra = ["fact:*"] if analysis.for_topic(topic)["series"] else []  # series chart other topics' facts
        for number, chunk in enumerate(chunks, 1):
            deps = [f"topic:{topic.id}", f"topic-size:{len(topic.facts)}", flag_counts, *facts_deps(chunk), *extra,
                    *facts_deps(_linked(briefing, topic.summary))]  # summary links preview those facts

            def topic_context(topic: Topic = topic, chunk: tuple[Fact, ...] = chunk, number: int = number,
                              shared: TopicViews = views, numbered: list[tuple[int, str]] = numbered,
                              section_of_fact: dict[str, str] = section_of_fact) -> dict[str, Any]:
                if len(numbered) > 1:  # footnotes are numbered per page
                    notes = Notes()
                    views = [fact_view(briefing, f, notes) for f in chunk]
                else:
                    views, notes = shared()
                return {"topic": topic, "facts": views, "notes": notes, "fact_count": len(topic.facts),
                        "groups": _grouped(views, section_of_fact), "filters": _filters(briefing, views),
                        "first_number": (number - 1) * urls.TOPIC_PAGE_SIZE + 1, "page_number": number,
                        "topic_pages": numbered, **analysis.for_topic(topic),
                        # Section titles shown in the original's language (no translation yet): marked.
                        "untranslated_sections": {s.title for n, s in enumerate(topic.sections, 1)
                                                  if edition and edition.untranslated(f"section:{topic.id}:{n}")}}
            title = topic.title if number == 1 else gettext("%(topic)s, page %(number)d of %(count)d") % {
                "topic": topic.title, "number": number, "count": len(chunks)}
            lazy(urls.topic_page(topic.id, number), "topic.html", title, deps, topic_context)
        topic_views.append((topic, views))
    # A fact's fact page declares the topic page listing it (`in:`): a date edit moves other facts
    # across a topic's pages, so a partial plan plans the facts whose place changed.
    moved = set() if only is None or places is None else \
        {f"fact:{f}" for f, at in topic_page_of.items() if places.get(f) != at}
    scope.places[edition_key] = topic_page_of
    # In a partial plan, a topic none of whose facts is wanted gives its fact pages as they were.
    wanted = None if only is None else only | moved
    planned_facts: list[tuple[int, Fact]] = []  # (place in `pages`, fact) of the fact pages to plan
    for topic, (kept, owners) in zip(briefing.topics.values(), _KEPT.run(briefing.topics.values(), None, _kept_pages,
                                                                            language), strict=True):
        if wanted is not None and wanted.isdisjoint(owners):
            pages.extend(kept)
            continue
        for fact, page in zip(topic.facts, kept, strict=True):
            if wanted is None or page.owner in wanted:
                scope.planned += 1
                planned_facts.append((len(pages), fact))
            pages.append(page)  # the page planned below takes the place of a wanted one
    for place, fact in planned_facts:
        owner = f"fact:{fact.id}"
        incoming = briefing.related_to.get(fact.id, [])
        deps = [f"topic:{fact.topic}", f"in:{topic_page_of.get(fact.id, '')}", *facts_deps(
            [fact, *(briefing.facts[r.fact.id] for r in fact.related if r.fact.id in briefing.facts),
             *(other for _relation, other in incoming)])]
        if fact.quantity is not None and fact.quantity.series:
            deps.append("fact:*")  # the fact page charts the whole series

        def fact_context(fact: Fact = fact, incoming: list[tuple[str, Fact]] = incoming) -> dict[str, Any]:
            notes = Notes()
            view = fact_view(briefing, fact, notes)
            return {"fact": fact, "view": view, "notes": notes, "topic": briefing.topics[fact.topic],
                    "topic_route": topic_page_of.get(fact.id, urls.topic_page(fact.topic, 1)),
                    "incoming": incoming, "related": related_facts(briefing, fact, incoming),
                    "page_title_lang": common["languages"][0] if edition and edition.untranslated(f"fact:{fact.id}")
                    else "", **analysis.for_fact(fact)}
        lazy(urls.route_for(fact), "fact.html", fact.claim, deps, fact_context, owner)
        pages[place] = pages.pop()
    for source in sorted(briefing.sources.values(), key=lambda s: s.id):
        if not wants(f"source:{source.id}"):
            pages.append(Kept(urls.route_for(source), f"source:{source.id}"))
            continue
        citing = briefing.facts_by_source.get(source.id, [])

        def source_context(source: Source = source, citing: list[Fact] = citing) -> dict[str, Any]:
            cited = [(f, list(dict.fromkeys(TextQuote(c.quote, c.prefix, c.suffix) for c in f.citations
                                            if c.source.id == source.id)))
                     for f in citing]
            paragraphs = highlight(source, [quote for _, quotes in cited for quote in quotes])
            citing_passage: dict[str, list[Fact]] = defaultdict(list)  # passage anchor → the facts quoting it
            for fact, quotes in cited:
                for quote in quotes:
                    citing_passage[anchor_id(quote)].append(fact)
            return {"source": source, "cited": cited, "paragraphs": paragraphs, "anchor_id": anchor_id,
                    "citing_passage": dict(citing_passage), "reliability_scale": RELIABILITY_SCALE,
                    "language_names": LANGUAGE_NAMES,
                    # The title is the article's own, in its language (the breadcrumb marks it).
                    "page_title_lang": source.language if source.language != language else ""}
        # The citing facts' standing counts the other sources they cite: those are deps too.
        lazy(urls.route_for(source), "source.html", source.title,
             [f"source:{source.id}", *facts_deps(citing)], source_context, f"source:{source.id}")
    # The sources' list shows each source and how many facts cite it: those are its deps.
    sources_listed = sorted(briefing.sources.values(),
                            key=lambda s: (s.published.sort_key() if s.published else (0, 0, 0, 0), s.id), reverse=True)
    lazy(urls.SOURCES, "sources.html", gettext("Sources"),
         ["source:*", value_key("cited", [(s.id, len(briefing.facts_by_source.get(s.id, [])))
                                          for s in sources_listed])],
         lambda: {"sources": sources_listed})
    for entity in briefing.entities.values():
        if not wants(f"entity:{entity.id}"):
            pages.append(Kept(urls.route_for(entity), f"entity:{entity.id}"))
            continue
        lazy(urls.route_for(entity), "entity.html", entity.name,
             facts_deps(briefing.facts_by_entity.get(entity.id, []))  # with their sources: standings show
             + facts_deps(_linked(briefing, entity.description)),
             lambda entity=entity: _entity(briefing, entity, topics), f"entity:{entity.id}")
    by_kind = defaultdict(list)
    for entity in sorted(briefing.entities.values(), key=lambda e: e.name.casefold()):
        by_kind[entity.kind].append(entity)
    # Every entity (a shared dep) and how many facts name each.
    lazy(urls.ENTITIES, "entities.html", gettext("Entities"),
         [value_key("named", [(e, len(briefing.facts_by_entity.get(e, []))) for e in briefing.entities])],
         lambda: {"by_kind": sorted(by_kind.items())})
    months = [i18n.format_month(m, language) for m in range(1, 13)]
    # Every fact, so no deps (any change renders it again); made when rendered, not when planned.
    pages.append(Page(urls.TIMELINE, "timeline.html", {**common, "page_title": gettext("Timeline")},
                      gettext("Timeline"), (), lambda: {
                          "timeline": timeline(briefing, [f for t in topics for f in t.facts]), "months": months}))
    add(urls.NOT_FOUND, "404.html", gettext("Page not found"))
    lazy(urls.MAP, "map.html", gettext("Map"), ["entity:*", "fact:*"], lambda: _map_page(briefing))
    # The titles of these pages are listed in i18n.PAGE_TITLES, so that they are in the catalogues.
    for route, template, title, deps, make in analysis.pages():
        lazy(route, template, gettext(title), list(deps), make)
    for route, template, title, deps, make in pack.pages(briefing, analysis, topic_views,
                                                         _last_updated(briefing, language), gettext):
        lazy(route, template, title, [*deps, *([flag_counts] if template == "briefing.html" else [])], make)

    # Publishing (search page and index, feed, sitemap, data exports) and every page's head metadata.
    for route, template, title, deps, make in exports.pages(briefing, [p.route for p in pages]):
        lazy(route, template, gettext(title), list(deps), make)
    for route, output_format, make, deps in exports.files(briefing, topics):
        pages.append(Output(route, output_format, None, deps, make))
    for route, output_format, content in analysis.files():
        pages.append(Output(route, output_format, content))
    for route, content, make, deps, together in search.files(briefing, topics, facts_deps):
        pages.append(Output(route, "script", content, deps, make, together))
    # The pages that show maps: one worker draws their outlines (NumPy, GEOS and the base layer).
    mapped = maps.places(briefing)
    drawn = {urls.HOME, urls.MAP, *(urls.route_for(place) for place in mapped)} if mapped else set()
    if len(mapped) > maps.DRAWN_TOGETHER:
        drawn = set()
    for page in pages:
        if isinstance(page, Page):
            page.finish(lambda context, page=page, route=page.route: page_meta(briefing, route, page.title, context))
            if page.route in drawn:
                page.together = "maps"
            page.context.update(nav_section=section_of(briefing, page.route),
                                breadcrumbs=breadcrumbs(briefing, page.route))

    seen: dict[str, Path] = {}
    for folder in asset_dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            route = "assets/" + path.relative_to(folder).as_posix()
            if path.is_file() and route not in seen:
                seen[route] = path
    pages.extend(Asset(route, path) for route, path in sorted(seen.items()))
    return pages, _collisions(pages) + exports.problems(briefing) + maps.problems(briefing)


# What every page shows: the site settings, the navigation (topic titles), entity names.
SHARED_DEPS = ("site", "topic:*", "entity:*")


def topic_sections(topic: Topic, language: str = "en") -> list[tuple[str, list[Fact]]]:
    """(title, facts) of a topic page: its declared sections in order, each in date order, then
    'Other facts' (in `language`) for those in none; a topic without sections is one untitled group in file order."""
    if not topic.sections:
        return [("", list(topic.facts))]
    by_id = {f.id: f for f in topic.facts}
    placed: set[str] = set()
    groups = []
    for section in topic.sections:
        facts = [by_id[r.id] for r in section.facts if r.id in by_id and r.id not in placed]
        placed.update(f.id for f in facts)
        groups.append((section.title, _by_date_undated_last(facts)))
    rest = [f for f in topic.facts if f.id not in placed]
    if rest:
        groups.append((i18n.translations(language).gettext(N_("Other facts")), _by_date_undated_last(rest)))
    return [(title, facts) for title, facts in groups if facts]


def _by_date_undated_last(facts: list[Fact]) -> list[Fact]:
    return sorted(facts, key=lambda f: (0, f.date.sort_key()) if f.date else (1, (0, 0, 0, 0)))


def _grouped(views: Sequence[Any], section_of_fact: dict[str, str],
             fact_of: Callable[[Any], Fact] = attrgetter("fact")) -> list[tuple[str, str, list[Any]]]:
    """(title, anchor, views) runs of consecutive facts of one section, as a page lists them
    (`fact_of` gives an item's fact: a FactView's by default).

    Anchors are numbered (`#section-2`): a title is free text, and an address made from it
    would carry whatever words it holds.
    """
    order = {title: n for n, title in enumerate(dict.fromkeys(section_of_fact.values()), 1)}
    groups: list[tuple[str, str, list[Any]]] = []
    for view in views:
        title = section_of_fact.get(fact_of(view).id, "")
        if not groups or groups[-1][0] != title:
            groups.append((title, f"section-{order.get(title, 0)}", []))
        groups[-1][2].append(view)
    return groups


def _filters(briefing: Briefing, views: list[FactView]) -> dict[str, Any]:
    """The choices of a topic page's filters: stances and actors present (actors by how often)."""
    stances = dict.fromkeys(p.stance for v in views for p in v.fact.positions)
    counts: dict[str, int] = defaultdict(int)
    for view in views:
        for actor in dict.fromkeys(p.actor.id for p in view.fact.positions):
            counts[actor] += 1
    actors = sorted(counts, key=lambda a: (-counts[a], a))
    return {"stances": [s for s in ("asserts", "confirms", "denies", "declines-comment") if s in stances],
            "actors": [(a, briefing.entities[a].label if a in briefing.entities else a, counts[a]) for a in actors]}


def _linked(briefing: Briefing, text: str) -> list[Fact]:
    """The facts a Markdown text links to with `[words](fact:<id>)`."""
    refs = text.fact_refs() if isinstance(text, MarkdownText) else []
    return [briefing.facts[r.id] for r in refs if r.id in briefing.facts]


@dataclass(frozen=True, slots=True)
class JudgmentView:
    """A key judgment as the overview shows it: its first sentence up front, the rest and its facts
    behind a disclosure (the facts it lists and those its text links to, each once)."""

    judgment: Any
    statement: str
    detail: str
    facts: tuple[Fact, ...]


def judgment_view(briefing: Briefing, judgment: Any) -> JudgmentView:
    text = judgment.text
    pieces = sentences(text)
    first_end = pieces[1][0] if len(pieces) > 1 else len(text)
    refs = [r.id for r in judgment.facts]
    refs += [r.id for r in text.fact_refs()] if hasattr(text, "fact_refs") else []
    facts = tuple(briefing.facts[i] for i in dict.fromkeys(refs) if i in briefing.facts)
    return JudgmentView(judgment, text[:first_end].strip(), text[first_end:].strip(), facts)


# The number of sources each topic's facts cite, while the topic is the same object.
_CARD_SOURCES: TopicMemo[int] = TopicMemo()


# Per topic: its key facts, and its newest facts (as many as the context says).
_KEY_FACTS: TopicMemo[list[Fact]] = TopicMemo()
_LATEST: TopicMemo[list[Fact]] = TopicMemo()


def _overview(briefing: Briefing, topics: list[Topic]) -> dict[str, Any]:
    judgments = [judgment_view(briefing, j) for j in briefing.site.key_judgments]
    # The overview names each fact once: a fact behind a judgment is not listed again below.
    shown = {f.id for view in judgments for f in view.facts}
    language = briefing.site.language
    cited = _CARD_SOURCES.run(topics, None, lambda topic: len({c.source.id for f in topic.facts
                                                               for p in f.positions for c in p.citations}), language)
    cards = [(topic, len(topic.facts), sources) for topic, sources in zip(topics, cited, strict=True)]
    key_facts = [f for keyed in _KEY_FACTS.run(briefing.topics.values(), None,
                                                lambda topic: [f for f in topic.facts if f.key], language)
                 for f in keyed if f.id not in shown]
    shown.update(f.id for f in key_facts)
    # The newest of each topic, as many more as facts are shown above: the newest of those not shown are among them.
    count = LATEST_COUNT + len(shown)
    latest = _newest((f for newest in _LATEST.run(briefing.topics.values(), count,
                                                  lambda topic: _newest(topic.facts, count), language)
                      for f in newest if f.id not in shown), LATEST_COUNT)
    return {"judgments": judgments, "cards": cards, "latest": latest, "key_facts": key_facts,
            "overview_map": maps.overview_map(briefing), "attribution": maps.ATTRIBUTION,
            "last_updated": _last_updated(briefing, briefing.site.language),
            "counts": {"facts": len(briefing.facts), "sources": len(briefing.sources),
                       "entities": len(briefing.entities)}}


def _entity(briefing: Briefing, entity: Entity, topics: list[Topic]) -> dict[str, Any]:
    facts = briefing.facts_by_entity.get(entity.id, [])
    by_topic = [(t, [f for f in facts if f.topic == t.id]) for t in topics]
    stances = defaultdict(list)
    for fact in facts:
        for position in fact.positions:
            if position.actor.id == entity.id:
                stances[position.stance].append(fact)
    members = [e for e in briefing.entities.values() if e.country and e.country.id == entity.id]
    return {"entity": entity, "by_topic": [(t, fs) for t, fs in by_topic if fs],
            "stances": dict(stances), "members": members, "count": len(facts),
            "place_map": maps.entity_map(briefing, entity), "attribution": maps.ATTRIBUTION}


def _map_page(briefing: Briefing) -> dict[str, Any]:
    """map.html: every place, then one map per region, the places' table and those without coordinates."""
    mapped = maps.places(briefing)
    return {"overview_map": maps.overview_map(briefing), "regional_maps": maps.regional_maps(briefing),
            "mapped": [(p, len(briefing.facts_by_entity.get(p.id, []))) for p in mapped],
            "unmapped": sorted((e for e in briefing.entities.values() if e.kind == "place" and e.coordinates is None),
                               key=lambda e: e.name.casefold()),
            "attribution": maps.ATTRIBUTION}


def _collisions(pages: list[Page | Asset | Output]) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for page in pages:
        if page.route in seen:
            problems.append(error(Location(page.route), f"two pages would be written to {page.route}",
                                  "rename one of the objects or assets that produce it"))
        seen.add(page.route)
    return problems
