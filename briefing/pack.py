"""The briefing pack, planned: a front page and one page per part.

The front (`briefing.html`) holds the title block, the bottom line (key judgments), the contents
and a note on method; then one part per topic, split into numbered parts exactly as topic pages
are (urls.TOPIC_PAGE_SIZE facts each), and the appendices (transfer register, estimates,
bibliography). Facts are numbered by section across the whole pack ("2.3"), so key judgments
and the register can point at them on paper.

Each page declares precisely what it shows (the facts of its chunk and the sources they cite,
and a value key for what depends on other facts: its numbering, its neighbours), never the
whole briefing: an edit re-renders the part holding the edited fact, not a page of every fact.
`pdf.py` joins the pages again, following their "next" links, into one printed document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import urls
from .analysis import facts_deps
from .model import Briefing, Fact, Topic, TopicMemo

if TYPE_CHECKING:  # plan imports this module
    from .analysis import Analysis
    from .plan import TopicViews

# (route, template, title, deps, make) of one page, as plan_pages plans analyst pages.
Planned = tuple[str, str, str, tuple[str, ...], Callable[[], dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class PartLink:
    """A part of the pack as the contents and the previous/next links name it."""

    route: str
    title: str
    anchor: str  # the id of the part's section: where a link to the part lands (also in print)


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    """One topic in the pack's contents: its number, parts and sections (each with where it begins)."""

    number: int
    topic: Topic
    count: int
    parts: tuple[tuple[PartLink, int, int], ...]  # (part, first fact number, last fact number)
    sections: tuple[tuple[str, str, str], ...]  # (title, route, anchor)

    @property
    def heading(self) -> str:
        """The id of the heading of the topic's first part (the contents' page number looks it up)."""
        return f"{self.parts[0][0].anchor}-title"


def part_key(topic_id: str, number: int) -> str:
    """The prefix of a part's ids ('weapons', 'weapons.2'): ids never contain a dot, so the ids of
    two parts cannot meet when the PDF joins them into one document."""
    return topic_id if number <= 1 else f"{topic_id}.{number}"


def _key(kind: str, *values: Any) -> str:
    """A value key: a page's digest changes when what it names changes (builder.Fingerprints)."""
    return f"{kind}:" + hashlib.sha1(repr(values).encode("utf-8", "surrogateescape")).hexdigest()


_STARTS: TopicMemo[list[list[tuple[str, str]]]] = TopicMemo()


class _Numbers:
    """A fact's number in the pack ('2.14': its topic's section, its place there), by fact id:
    read from the topics' layouts when asked, not made for every fact on every build."""

    def __init__(self, briefing: Briefing, topic_views: list[tuple[Topic, TopicViews]]) -> None:
        self._facts = briefing.facts
        self._sections = {topic.id: (section, views.layout.positions)
                          for section, (topic, views) in enumerate(topic_views, 1)}

    def get(self, fact_id: str, default: str | None = None) -> str | None:
        fact = self._facts.get(fact_id)
        section = self._sections.get(fact.topic) if fact is not None else None
        if section is None or fact_id not in section[1]:
            return default
        return f"{section[0]}.{section[1][fact_id]}"

    def __getitem__(self, fact_id: str) -> str:
        number = self.get(fact_id)
        if number is None:
            raise KeyError(fact_id)
        return number


def pages(briefing: Briefing, analysis: Analysis, topic_views: list[tuple[Topic, TopicViews]],
          last_updated: str, gettext: Callable[[str], str]) -> list[Planned]:
    """Every page of the pack: the front, each topic's parts in order, then the appendices."""
    from .plan import Notes, _grouped, _linked, fact_view, topic_chunks

    size = urls.TOPIC_PAGE_SIZE
    # Numbered by section across the pack, in the topic pages' order (by section, then date).
    numbers = _Numbers(briefing, topic_views)
    # Where each fact's entry is in the pack: links from the pack's own texts (judgments, summaries)
    # stay inside it, and so inside the printed PDF.
    entries: dict[str, str] = {}
    for _topic, views in topic_views:
        entries.update(views.layout.parts)

    # The sequence of parts, each with what it shows; the previous/next links follow it.
    sequence: list[tuple[PartLink, Callable[[PartLink | None, PartLink | None], Planned]]] = []
    contents: list[ContentsEntry] = []
    # Each part's titled sections (title, anchor), per topic: kept while the topic's sheet is the same.
    layouts = {topic.id: views.layout for topic, views in topic_views}
    starts = _STARTS.run([topic for topic, _views in topic_views], size, lambda topic: [
        [(title, anchor) for title, anchor, _ in _grouped(chunk, layouts[topic.id].section_of, _itself) if title]
        for chunk in topic_chunks(layouts[topic.id].ordered)], briefing.site.language)
    for section, ((topic, views), titled) in enumerate(zip(topic_views, starts, strict=True), 1):
        chunks = topic_chunks(views.facts)
        sections_of = views.layout.section_of
        spans: list[tuple[PartLink, int, int]] = []
        found: dict[str, tuple[str, str]] = {}  # section title → where it begins
        for number, chunk in enumerate(chunks, 1):
            key = part_key(topic.id, number)
            title = f"{section}. {topic.title}"
            if len(chunks) > 1:
                title = gettext("%(topic)s (part %(number)d of %(count)d)") % {
                    "topic": title, "number": number, "count": len(chunks)}
            link = PartLink(urls.pack_part(topic.id, number), title, f"topic-{key}")
            first = (number - 1) * size + 1
            spans.append((link, first, first + len(chunk) - 1))
            for group_title, anchor in titled[number - 1]:
                found.setdefault(group_title, (link.route, f"{key}-{anchor}"))

            def part(previous: PartLink | None, following: PartLink | None, topic: Topic = topic,
                     chunk: tuple[Fact, ...] = chunk, shared: TopicViews = views, number: int = number,
                     count: int = len(chunks), link: PartLink = link, section: int = section,
                     sections_of: dict[str, str] = sections_of) -> Planned:
                facts = list(chunk)
                deps = (f"topic:{topic.id}", *facts_deps(facts),
                        *(facts_deps(_linked(briefing, topic.summary)) if number == 1 else ()),
                        # what its numbers and links depend on: the order of the topic's facts, the neighbours
                        _key("pack-part", section, number, count, [f.id for f in facts], previous, following,
                             [(f.id, entries.get(f.id)) for f in _linked(briefing, topic.summary)]))

                def make() -> dict[str, Any]:
                    if count > 1:  # footnotes are numbered per part, as per topic page
                        part_notes = Notes()
                        views = [fact_view(briefing, fact, part_notes) for fact in facts]
                    else:  # the topic's views, as its topic page shows them
                        views, part_notes = shared()
                    return {"topic": topic, "section": section, "part_number": number, "part_count": count,
                            "key": part_key(topic.id, number), "part": link,
                            "groups": _grouped(views, sections_of), "notes": part_notes,
                            "fact_numbers": {f.id: numbers[f.id] for f in facts},
                            "previous": previous, "next": following, "fact_entries": entries, **_scales()}
                return (link.route, "briefing-part.html", link.title, deps, make)
            sequence.append((link, part))
        contents.append(ContentsEntry(section, topic, len(views.facts), tuple(spans),
                                      tuple((title, route, anchor) for title, (route, anchor) in found.items())))

    # The appendices: briefing-wide, so each names the facts and sources it shows, not everything.
    register_facts = [row.fact for group in analysis.register for row in group.rows]
    series_facts = list(dict.fromkeys(e.fact for s in analysis.series for e in s.estimates))
    figures = analysis.figures(analysis.series, [])
    figure_facts = list(dict.fromkeys([*series_facts, *(item.fact for item in figures)]))
    bibliography = analysis.bibliography()

    def appendix(kind: str, route: str, title: str, anchor: str, facts: list[Fact], shown: Iterable[str],
                 context: Callable[[], dict[str, Any]]) -> tuple[PartLink, Callable[..., Planned]]:
        link = PartLink(route, title, anchor)
        shown = tuple(shown)

        def planned(previous: PartLink | None, following: PartLink | None) -> Planned:
            deps = (*facts_deps(facts), *shown,
                    _key(f"pack-{kind}", [(f.id, numbers.get(f.id), entries.get(f.id)) for f in facts],
                         shown, previous, following))
            return (route, "briefing-appendix.html", title, deps,
                    lambda: {"kind": kind, "part": link, "previous": previous, "next": following,
                             "fact_numbers": {f.id: numbers.get(f.id, "") for f in facts},
                             "pack_entries": {f.id: entries.get(f.id, urls.PACK) for f in facts},
                             **_scales(), **context()})
        return link, planned

    appendices = []
    if analysis.register:
        appendices.append(appendix("register", urls.PACK_REGISTER, gettext("Transfer register"), "pack-register",
                                   register_facts, (), lambda: {"groups": analysis.register}))
    if analysis.series:
        appendices.append(appendix("numbers", urls.PACK_NUMBERS, gettext("Estimates over time"), "pack-numbers",
                                   figure_facts, (), lambda: {"series": analysis.series, "figures": figures}))
    appendices.append(appendix("bibliography", urls.PACK_BIBLIOGRAPHY, gettext("Bibliography"),
                               "pack-bibliography", [], (f"source:{s.id}" for s in bibliography),
                               lambda: {"bibliography": bibliography}))
    sequence += appendices

    planned: list[Planned] = []
    links = [link for link, _ in sequence]
    for i, (_link, plan) in enumerate(sequence):
        planned.append(plan(links[i - 1] if i else None, links[i + 1] if i + 1 < len(links) else None))

    judgments = analysis.judgments()
    judged = list(dict.fromkeys(f for _, facts in judgments for f in facts))
    linked = [f for j in briefing.site.key_judgments for f in _linked(briefing, j.text)]
    counts = (len(briefing.facts), len(briefing.sources))
    first = links[0] if links else None
    front_deps = (*facts_deps(linked),  # the judgments' links preview those facts' claims
                  _key("pack-front", [(f.id, numbers.get(f.id), entries.get(f.id)) for f in judged + linked],
                       [(e.number, e.topic.id, e.count, [(link.route, link.title, a, b) for link, a, b in e.parts],
                         e.sections) for e in contents],
                       [(link.route, link.title) for link, _ in appendices], last_updated, counts))

    def front() -> dict[str, Any]:
        return {"judgments": judgments, "contents": contents, "appendices": [link for link, _ in appendices],
                "fact_numbers": {f.id: numbers.get(f.id, "") for f in judged},
                "pack_entries": {f.id: entries.get(f.id, urls.PACK) for f in judged},
                "last_updated": last_updated, "next": first, "fact_entries": entries, **_scales()}
    return [(urls.PACK, "briefing.html", gettext("Briefing pack"), front_deps, front), *planned]


def _itself(fact: Fact) -> Fact:
    return fact


def _scales() -> dict[str, Any]:
    from .analysis import _scales as scales

    return {"scales": scales()}
