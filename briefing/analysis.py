"""The analyst views, planned: disputed claims, single-source facts, estimates over time, the
transfer register, what changed and grading (the printable briefing pack is pack.py).

Part of the plan stage: `plan_pages` asks an `Analysis` for the extra context of the overview,
topic and fact pages and for the analyst pages; everything shown is computed here or in
derive.py/charts.py, so the templates only lay it out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import is_
from typing import Any

from . import derive, i18n, urls
from .charts import KeyFigure, Series, estimate_series, key_figures, series_rows
from .derive import (
    CONFIDENCE_SCALE,
    CREDIBILITY_SCALE,
    LIKELIHOOD_SCALE,
    RELIABILITY_SCALE,
    SUPPORTING,
    HistoryEntry,
    Standing,
    changes,
    history,
)
from .history import edition_of
from .model import Briefing, Edition, Entity, Fact, FactMemo, Position, Source, Topic, TopicMemo, keeping
from .passages import anchor_id


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted passage with the source it comes from."""

    source: Source
    quote: str
    prefix: str = ""
    suffix: str = ""

    @property
    def anchor(self) -> str:
        """Its anchor on the source page (computed when the page is rendered)."""
        return anchor_id(self.quote, self.prefix, self.suffix)


@dataclass(frozen=True, slots=True)
class Side:
    """One actor's position on a disputed fact, with its quotes."""

    position: Position
    quotes: tuple[Quoted, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    """A fact some actors assert and others deny, the two sides ready to show side by side."""

    fact: Fact
    standing: Standing
    asserting: tuple[Side, ...]
    denying: tuple[Side, ...]
    declining: tuple[Side, ...]


@dataclass(frozen=True, slots=True)
class TransferRow:
    """One reported transfer: what, from whom to whom, how many, when, how, and who says so."""

    fact: Fact
    standing: Standing
    item: Entity | None
    delivery: str

    @property
    def estimated(self) -> bool:
        """The figure is an estimate or a range rather than a stated exact number."""
        quantity = self.fact.quantity
        return quantity is not None and (quantity.value is None or quantity.qualifier != "exact")


@dataclass(frozen=True, slots=True)
class TransferGroup:
    supplier: Entity | None
    recipient: Entity | None
    rows: tuple[TransferRow, ...]

    @property
    def anchor(self) -> str:
        ends = [e.id if e else "unknown" for e in (self.supplier, self.recipient)]
        return f"from-{ends[0]}-to-{ends[1]}"


def value_key(kind: str, *values: Any) -> str:
    """A dep that names a value rather than an object (`kind:<digest of the values' repr>`): a page
    that shows something derived from many objects (counts, an order) is rendered again when it changes."""
    return f"{kind}:" + hashlib.sha256(repr(values).encode("utf-8", "surrogateescape")).hexdigest()


# Each fact's own keys (`fact:<id>`, then `source:<id>` of each source it cites), by fact id, kept
# while the fact is the same object: a big site asks for them some 60,000 times per build.
_fact_keys: dict[str, tuple[Fact, tuple[str, ...]]] = {}


def facts_deps(facts: Iterable[Fact]) -> list[str]:
    """The fingerprint keys of facts as a page lists them: the facts and the sources they cite."""
    facts = tuple(facts)
    if not keeping():
        _lists.clear()  # nothing kept in a one-shot build (model.keeping)
        return _facts_deps(facts)
    if len(facts) < 64:
        return _facts_deps(facts)
    # A long list (a topic page's, a pack part's) that is the very same facts as in the last build
    # has the same keys: the dev server plans these pages again after every save.
    known = _lists.get((id(facts[0]), len(facts)))
    if known is None or not all(map(is_, known[0], facts)):
        known = _lists[(id(facts[0]), len(facts))] = (facts, _facts_deps(facts))
        if len(_lists) > 4096:
            _lists.clear()
    return list(known[1])


# The keys of long lists of facts, by their first fact and length (checked fact by fact).
_lists: dict[tuple[int, int], tuple[tuple[Fact, ...], list[str]]] = {}


def _facts_deps(facts: Iterable[Fact]) -> list[str]:
    keys: dict[str, None] = {}
    for fact in facts:
        known = _fact_keys.get(fact.id)
        if known is None or known[0] is not fact:
            known = _fact_keys[fact.id] = (fact, (f"fact:{fact.id}", *dict.fromkeys(
                f"source:{c.source.id}" for p in fact.positions for c in p.citations)))
        if not keys:  # the first fact's keys are distinct already
            keys = dict.fromkeys(known[1])
        else:
            keys.update(dict.fromkeys(known[1]))
    return list(keys)


# The repr of each fact's standing, by fact id, while the standing is the same object (standings
# are kept across builds: derive.standing), for the value keys of the lists that show them.
_standing_texts: dict[str, tuple[Standing | None, str]] = {}


def _standing_text(fact_id: str, standing: Standing | None) -> str:
    known = _standing_texts.get(fact_id)
    if known is None or known[0] is not standing:
        known = _standing_texts[fact_id] = (standing, repr(standing))
    return known[1]


@dataclass(slots=True)
class Analysis:
    """Everything the analyst views need, computed once per build."""

    briefing: Briefing
    topics: list[Topic]
    standing: dict[str, Standing]
    series: list[Series]
    disputes: list[Dispute] = field(default_factory=list)
    contradictions: list[tuple[Fact, Fact]] = field(default_factory=list)
    single_source: list[tuple[Topic, list[Fact]]] = field(default_factory=list)
    register: list[TransferGroup] = field(default_factory=list)
    changes: list[HistoryEntry] = field(default_factory=list)
    series_of: dict[str, Series] = field(default_factory=dict)

    # --- context for the core pages ---------------------------------------------------------

    def overview(self) -> dict[str, Any]:
        """Counts and links for the overview's analysis panel, and the key judgments' grades."""
        single = sum(len(facts) for _, facts in self.single_source)
        transfers = sum(len(group.rows) for group in self.register)
        return {"analysis": {"disputed": len(self.disputes), "single_source": single,
                             "series": sum(1 for s in self.series if s.chart is not None), "transfers": transfers,
                             "changes": len(self.changes), "facts": len(self.briefing.facts)},
                "scales": _scales()}

    def for_topic(self, topic: Topic) -> dict[str, Any]:
        """The estimate series with a figure from this topic, and its figures too few to chart."""
        series = [s for s in self.series if topic.id in s.topics]
        return {"series": series, "figures": self.figures(series, list(topic.facts))}

    def figures(self, series: list[Series], facts: list[Fact]) -> list[KeyFigure]:
        """The key figures of `series` too short to chart, and of `facts`."""
        return key_figures(self.briefing, series, facts)

    def files(self) -> list[tuple[str, str, Any]]:
        """The CSV download of every series, as (route, format, rows)."""
        return [(urls.series_csv(s.id), "csv", series_rows(s)) for s in self.series]

    def for_fact(self, fact: Fact) -> dict[str, Any]:
        """A fact page's history, grades and the series its figure belongs to."""
        return {"history": history(fact, self.briefing.stamps.get(fact.id)), "in_series": self.series_of.get(fact.id),
                "scales": _scales()}

    # --- the analyst pages ------------------------------------------------------------------

    def pages(self) -> list[tuple[str, str, str, tuple[str, ...], Callable[[], dict[str, Any]]]]:
        """(route, template, title, deps, make) of every analyst page but the pack (pack.py); `make`
        builds its context. Most show figures from every fact and source, so any change to one
        renders them again; the disputed and single-source lists name the facts they show (`_shows`).
        """
        facts = self.briefing.facts
        everything = ("fact:*", "source:*")
        disputed = [d.fact for d in self.disputes] + [f for pair in self.contradictions for f in pair]
        single = [f for _topic, fs in self.single_source for f in fs]

        def single_source() -> dict[str, Any]:
            return {"groups": [(t, [(f, self.standing[f.id]) for f in fs]) for t, fs in self.single_source],
                    "total": len(facts)}

        def changes() -> dict[str, Any]:
            return {"entries": self.changes, "groups": change_groups(self.changes, self.briefing.editions,
                                                                     self.briefing.site.language),
                    "without_history": sum(1 for f in facts.values() if f.added is None),
                    "total": len(facts), "dates_from": self.briefing.dates_from,
                    "from_git": sum(1 for e in self.changes if e.commit)}

        return [
            (urls.DISPUTED, "disputed.html", "Disputed claims",
             self._shows("disputed", disputed, [(d.fact.id,) for d in self.disputes],
                         [(a.id, b.id) for a, b in self.contradictions]),
             lambda: {"disputes": self.disputes, "contradictions": self.contradictions}),
            (urls.SINGLE_SOURCE, "single-source.html", "Single-source facts",
             self._shows("single-source", single, [(t.id, len(fs)) for t, fs in self.single_source], len(facts)),
             single_source),
            (urls.NUMBERS, "numbers.html", "Estimates over time", everything,
             lambda: {"series": self.series, "figures": self.figures(self.series, self._quantities())}),
            (urls.REGISTER, "register.html", "Transfer register", everything, lambda: {"groups": self.register}),
            (urls.CHANGES, "changes.html", "What changed", everything, changes),
            (urls.METHODOLOGY, "methodology.html", "Methodology", everything,
             lambda: {"scales": _scales(), "grading": self._grading_counts()}),
        ]

    def judgments(self) -> list[tuple[Any, list[Fact]]]:
        """Each key judgment with the facts it names (those that exist)."""
        facts = self.briefing.facts
        return [(j, [facts[r.id] for r in j.facts if r.id in facts]) for j in self.briefing.site.key_judgments]

    def _shows(self, name: str, facts: list[Fact], *layout: Any) -> tuple[str, ...]:
        """The deps of a page listing some facts with their standing: those facts, the sources
        they cite, and one key that names the list itself (which facts, in what order, how
        grouped) and their standings, which other facts and sources can change.

        A fact edit then renders the disputed list again only when it touches a disputed fact
        or changes which facts are disputed, instead of on every edit.
        """
        listed = "\n".join([*(f"{f.id}={_standing_text(f.id, self.standing.get(f.id))}" for f in facts),
                             repr(layout)])
        digest = hashlib.sha256(listed.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        return (*facts_deps(facts), f"shows:{name}:{digest}")

    def _quantities(self) -> list[Fact]:
        """Facts with a quantity, in topic order."""
        return [f for t in self.topics for f in t.facts if f.quantity is not None]

    def bibliography(self) -> list[Source]:
        """Every cited source, by publisher (unnamed last), then title."""
        cited = [self.briefing.sources[s] for s in self.briefing.facts_by_source if s in self.briefing.sources]
        return sorted(cited, key=lambda s: (not s.publisher, s.publisher.casefold(), s.title.casefold(), s.id))

    def _grading_counts(self) -> dict[str, tuple[int, int]]:
        """How much of this briefing is graded: (graded, total) per kind of grade."""
        sources = self.briefing.sources.values()
        facts = self.briefing.facts.values()
        judgments = self.briefing.site.key_judgments
        return {
            "sources": (sum(1 for s in sources if s.reliability), len(sources)),
            "credibility": (sum(1 for f in facts if f.assessment and f.assessment.credibility), len(facts)),
            "likelihood": (sum(1 for f in facts if f.assessment and f.assessment.likelihood), len(facts)),
            "judgments": (sum(1 for j in judgments if j.likelihood), len(judgments)),
        }


# A day with more changes than this is folded (<details>): the page stays short, the run one click away.
COLLAPSE_AFTER = 8


@dataclass(frozen=True, slots=True)
class ChangeDay:
    """The changes of one day, newest first, with a one-line count for when they are folded."""

    date: Any
    entries: tuple[HistoryEntry, ...]

    @property
    def collapsed(self) -> bool:
        return len(self.entries) > COLLAPSE_AFTER

    @property
    def summary(self) -> str:
        """'63 changes: 60 added, 3 updated'."""
        kinds: dict[str, int] = {}
        for entry in self.entries:
            kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
        counts = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
        return f"{len(self.entries)} changes: {counts}"


@dataclass(frozen=True, slots=True)
class ChangeGroup:
    """The days of one edition (or, without editions, all of them), with a heading and an anchor."""

    heading: str
    anchor: str
    days: tuple[ChangeDay, ...]


def change_groups(entries: list[HistoryEntry], editions: tuple[Edition, ...],
                  language: str = "en") -> list[ChangeGroup]:
    """The history entries (newest first) by edition, then by day; no edition headings without editions
    (headings in `language`: 'Since the 12 March 2024 edition', '2024년 3월 12일 판 이후')."""
    by_edition: dict[Edition | None, dict[str, list[HistoryEntry]]] = {}
    for entry in entries:
        edition = edition_of(editions, entry.date) if editions else None
        by_edition.setdefault(edition, {}).setdefault(entry.date.iso(), []).append(entry)
    groups = []
    for edition, days in by_edition.items():
        if not editions:
            heading, anchor = "", ""
        elif edition is None:
            heading, anchor = i18n.edition_heading(editions[-1], language, since=True), "since-last-edition"
        else:
            heading = i18n.edition_heading(edition, language)
            anchor = f"edition-{edition.date.iso()}"
        groups.append(ChangeGroup(heading, anchor, tuple(ChangeDay(day[0].date, tuple(day))
                                                          for day in days.values())))
    return groups


def _scales() -> dict[str, Any]:
    return {"reliability": RELIABILITY_SCALE, "credibility": CREDIBILITY_SCALE,
            "likelihood": LIKELIHOOD_SCALE, "confidence": CONFIDENCE_SCALE}


def _sides(briefing: Briefing, positions: list[Position]) -> tuple[Side, ...]:
    sides = []
    for position in positions:
        quotes = tuple(Quoted(briefing.sources[c.source.id], c.quote, c.prefix, c.suffix)
                       for c in position.citations if c.source.id in briefing.sources)
        sides.append(Side(position, quotes))
    return tuple(sides)


def disputes(briefing: Briefing, facts: list[Fact], standing: dict[str, Standing]) -> list[Dispute]:
    """Every fact with opposing positions (asserted or confirmed by some, denied by others)."""
    def dispute(fact: Fact) -> Dispute:
        by_stance = {stance: [p for p in fact.positions if p.stance in stances]
                     for stance, stances in (("for", SUPPORTING), ("against", ("denies",)),
                                             ("declines", ("declines-comment",)))}
        return Dispute(fact, standing[fact.id], _sides(briefing, by_stance["for"]),
                       _sides(briefing, by_stance["against"]), _sides(briefing, by_stance["declines"]))

    def reads(fact: Fact) -> tuple[Any, ...]:  # besides the fact: its standing and the sources it quotes
        return (standing[fact.id], *(briefing.sources.get(c.source.id) for c in fact.citations))

    return list(_DISPUTES.run([f for f in facts if standing[f.id].disputed], None, dispute, reads))


_DISPUTES: FactMemo[Dispute] = FactMemo()


def contradictions(facts: list[Fact], known: dict[str, Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs of facts an editor marked as contradicting each other (each pair once)."""
    pairs: dict[frozenset[str], tuple[Fact, Fact]] = {}
    for fact in facts:
        for rel in fact.related:
            if rel.relation == "contradicts" and rel.fact.id in known:
                pairs.setdefault(frozenset((fact.id, rel.fact.id)), (fact, known[rel.fact.id]))
    return list(pairs.values())


def transfer_register(briefing: Briefing, facts: list[Fact], standing: dict[str, Standing]) -> list[TransferGroup]:
    """Facts with a `transfer`, grouped by supplier and recipient, each group by item then date."""
    entities = briefing.entities
    groups: dict[tuple[str, str], list[TransferRow]] = {}
    for fact in facts:
        transfer = fact.transfer
        if transfer is None:
            continue
        key = (transfer.supplier.id if transfer.supplier else "", transfer.recipient.id if transfer.recipient else "")
        groups.setdefault(key, []).append(TransferRow(fact, standing[fact.id], entities.get(transfer.item.id),
                                                      transfer.delivery))

    def name(entity_id: str) -> str:
        entity = entities.get(entity_id)
        return entity.name.casefold() if entity else "\uffff"  # unknown ends last

    result = []
    for (supplier, recipient), rows in sorted(groups.items(), key=lambda kv: (name(kv[0][0]), name(kv[0][1]))):
        rows.sort(key=lambda r: (r.item.name.casefold() if r.item else "",
                                 r.fact.date.sort_key() if r.fact.date else (9999, 0, 0, 0), r.fact.id))
        result.append(TransferGroup(entities.get(supplier), entities.get(recipient), tuple(rows)))
    return result


def _topic_standings(briefing: Briefing, topic: Topic) -> tuple[dict[str, Standing], list[Fact], list[Fact]]:
    """A topic's standings by fact id, its disputed facts and its single-source facts."""
    origins: dict[str, tuple[str, str]] = {}
    by_fact = {fact.id: derive.standing(briefing, fact, origins) for fact in topic.facts}
    return (by_fact, [f for f in topic.facts if by_fact[f.id].disputed],
            [f for f in topic.facts if by_fact[f.id].single_source])


_PER_TOPIC: TopicMemo[tuple[dict[str, Standing], list[Fact], list[Fact]]] = TopicMemo()


def analyse(briefing: Briefing, topics: list[Topic]) -> Analysis:
    """Compute the analyst views once: standings, series, disputes, single sources, register, changes."""
    facts = [f for t in topics for f in t.facts]  # topic order, as readers meet them
    # Each topic's standings, disputed and single-source facts, kept while its sheet and every
    # source and entity are the last build's (derive.world): a save recomputes the edited sheet's.
    language = briefing.site.language
    world = derive.world(briefing)
    per_topic = _PER_TOPIC.run(topics, world, lambda topic: _topic_standings(briefing, topic), language)
    standing: dict[str, Standing] = {}
    for by_fact, _disputed, _single in per_topic:
        standing.update(by_fact)
    analysis = Analysis(briefing, topics, standing, estimate_series(briefing, [t.id for t in topics]))
    analysis.disputes = disputes(briefing, [f for _, disputed, _ in per_topic for f in disputed], standing)
    analysis.contradictions = contradictions(facts, briefing.facts)
    analysis.single_source = [(t, single) for t, (_, _, single) in zip(topics, per_topic, strict=True) if single]
    analysis.register = transfer_register(briefing, facts, standing)
    analysis.changes = changes(briefing)
    analysis.series_of = {f.id: s for s in analysis.series for f in s.facts}
    return analysis
