"""Stage 2, model: YAML nodes → the `Briefing`, frozen dataclasses with locations and indexes.

Unknown fields, wrong types and missing required fields are reported here (with "did you
mean"); relations between objects (references, quotes) are the check stage's job.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import yaml

from .dates import When
from .fields import (
    MAX_ID,
    MISSING,
    SLUG,
    BaseAddress,
    Choice,
    DateOrTag,
    Field,
    Flag,
    InterfaceLanguage,
    LanguageTag,
    ListOf,
    MapOf,
    Markdown,
    Number,
    Reader,
    Record,
    Ref,
    RefTo,
    Sha256,
    Slug,
    Text,
    WebAddress,
    WhenField,
    slugify,
    too_long_id,
)
from .load import ArchivedText, Document, RawSite
from .problems import Location, Problem, error

STANCES = ("asserts", "denies", "confirms", "declines-comment")
RELATIONS = ("updates", "corroborates", "contradicts", "related")
QUALIFIERS = ("exact", "about", "more-than", "at-least", "up-to", "fewer-than")
ENTITY_KINDS = ("state", "organization", "outlet", "person", "unit", "weapon", "technology", "place", "event")
RELIABILITY = ("A", "B", "C", "D", "E", "F")
LIKELIHOOD = ("almost-no-chance", "very-unlikely", "unlikely", "roughly-even-chance", "likely",
              "very-likely", "almost-certain")
CONFIDENCE = ("low", "moderate", "high")
INFERABLE = ("published", "publisher", "authors", "language", "title", "via")


@dataclass(frozen=True, slots=True)
class Citation:
    source: Ref
    quote: str
    at: Location
    quote_at: Location | None = None
    # Text just before / after the quote in the archived text (W3C TextQuoteSelector style),
    # to choose one occurrence of a quote that the text holds more than once.
    prefix: str = ""
    suffix: str = ""
    # The quote in the reader's language, shown beside the verified original; `translator` says
    # whose it is. When the source archives a translation in that language, it must be quoted from it.
    translation: str = ""
    translator: str = ""
    translation_at: Location | None = None


@dataclass(frozen=True, slots=True)
class Position:
    actor: Ref
    stance: str
    citations: tuple[Citation, ...]
    at: Location
    date: When | None = None
    note: str = ""
    date_at: Location | None = None
    # The outlets (entity ids) the statement passed through before the cited article,
    # nearest the actor first: Budanov told the Financial Times, the article relays it.
    via: tuple[Ref, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    unit: str
    at: Location
    value: float | None = None
    min: float | None = None
    max: float | None = None
    qualifier: str = "exact"
    text: str = ""
    series: str = ""
    projection: bool = False  # a figure expected or possible in future, not a count or estimate of now

    @property
    def low(self) -> float | None:
        return self.value if self.value is not None else self.min

    @property
    def high(self) -> float | None:
        return self.value if self.value is not None else self.max


@dataclass(frozen=True, slots=True)
class Related:
    fact: Ref
    relation: str


@dataclass(frozen=True, slots=True)
class Assessment:
    credibility: int | None = None
    likelihood: str = ""
    confidence: str = ""
    rationale: str = ""


@dataclass(frozen=True, slots=True)
class Transfer:
    item: Ref
    supplier: Ref | None = None
    recipient: Ref | None = None
    delivery: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    date: When
    note: str


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date not written in the content but taken from git: the day, the commit and its subject."""

    date: When
    commit: str
    subject: str = ""


@dataclass(frozen=True, slots=True)
class Edition:
    """A published edition of the briefing: its day, and the tag it was read from (if any)."""

    date: When
    tag: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    claim: str
    positions: tuple[Position, ...]
    topic: str
    at: Location
    date: When | None = None
    key: bool = False
    quantity: Quantity | None = None
    entities: tuple[Ref, ...] = ()
    related: tuple[Related, ...] = ()
    assessment: Assessment | None = None
    transfer: Transfer | None = None
    added: When | None = None
    updated: When | None = None
    changes: tuple[Change, ...] = ()
    note: str = ""

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(c for p in self.positions for c in p.citations)


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of a topic page, listing some of its facts (shown in date order)."""

    title: str
    facts: tuple[Ref, ...]
    at: Location


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    summary: str
    facts: tuple[Fact, ...]
    at: Location
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    text: str
    text_path: str
    at: Location
    publisher: str = ""
    authors: tuple[str, ...] = ()
    published: When | None = None
    url: str = ""
    accessed: When | None = None
    language: str = "en"
    via: str = ""
    reliability: str = ""
    inferred: dict[str, str] = field(default_factory=dict)
    note: str = ""
    # Archived translations of the text, by language (`<id>.<lang>.txt` beside `<id>.txt`).
    translations: dict[str, str] = field(default_factory=dict)
    translation_paths: dict[str, str] = field(default_factory=dict)
    archive_url: str = ""
    archive_date: When | None = None
    sha256: str = ""
    sha256_at: Location | None = None


@dataclass(frozen=True, slots=True)
class Coordinates:
    """Where a place is, in decimal degrees (WGS 84): north and east are positive."""

    lat: float
    lon: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: str
    at: Location
    short: str = ""
    aliases: tuple[str, ...] = ()
    description: str = ""
    country: Ref | None = None
    coordinates: Coordinates | None = None

    @property
    def label(self) -> str:
        return self.short or self.name


@dataclass(frozen=True, slots=True)
class KeyJudgment:
    text: str
    facts: tuple[Ref, ...]
    at: Location
    likelihood: str = ""
    confidence: str = ""
    id: str = ""  # optional; names the judgment for its translations


@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str
    at: Location
    description: str = ""
    language: str = "en"
    base_url: str = ""
    banner: str = ""
    topics: tuple[Ref, ...] = ()
    key_judgments: tuple[KeyJudgment, ...] = ()
    translations: tuple[str, ...] = ()  # languages of the translated editions (content/translations/<lang>/)
    editions: tuple[When | str, ...] = ()
    editions_at: Location | None = None


Found = TypeVar("Found")

# Whether work is kept between builds (FactMemo and the like): in a process that builds again (the
# dev server, a builder's second run), not in a one-shot build or check, which would only pay for
# it (memory, and freeing it all at exit: at 100,000 facts, seconds).
_keeping = False


def keep_between_builds(on: bool) -> None:
    """Say whether this process will build again (builder.py sets it before each run)."""
    global _keeping
    _keeping = on


def keeping() -> bool:
    """True when work is kept between builds (see keep_between_builds)."""
    return _keeping


class FactMemo(Generic[Found]):
    """What a per-fact computation found for each fact, kept while the fact is the same object,
    what the computation compares every fact with (`context`) is unchanged, and what it reads
    besides the fact (`inputs(fact)`, when given) is equal; all compared with ==.

    The dev server runs the whole pipeline again after every save; a fact nobody edited keeps its
    parsed object (parts.py), so only the edited facts are computed again (one such loop over
    20,000 facts cost ~0.05-0.1 s). A computation that reads anything else must say so.
    """

    def __init__(self) -> None:
        self._context: object = None
        self._found: dict[int, tuple[Fact, object, Found]] = {}
        self._topics: dict[str, tuple[Topic, list[Found]]] = {}

    def run(self, facts: Iterable[Fact], context: object, compute: Callable[[Fact], Found],
            inputs: Callable[[Fact], object] | None = None) -> Iterator[Found]:
        """What `compute` finds in each fact, from the last run where still valid."""
        if not _keeping:
            self._context, self._found, self._topics = None, {}, {}
            yield from map(compute, facts)
            return
        found = self._found if context == self._context else {}
        kept: dict[int, tuple[Fact, object, Found]] = {}
        for fact in facts:
            hit = found.get(id(fact))
            read = inputs(fact) if inputs is not None else None
            result = hit[2] if hit is not None and hit[0] is fact and hit[1] == read else compute(fact)
            kept[id(fact)] = (fact, read, result)
            yield result
        # Only this run's facts are kept (holding them keeps their ids unique): no growth per edit.
        self._context, self._found = context, kept

    def run_topics(self, topics: Iterable[Topic], context: object, compute: Callable[[Fact], Found]) -> Iterator[Found]:
        """What `compute` finds in each fact of `topics`, in order, from the last run where still
        valid: a topic that is the same object as then (a fact sheet nobody edited, parts.py) gives
        all its facts' results at once; in another, each fact that is the same object as in that
        topic's last run does."""
        if not _keeping:
            self._context, self._found, self._topics = None, {}, {}
            yield from (compute(fact) for topic in topics for fact in topic.facts)
            return
        before = self._topics if context == self._context else {}
        now: dict[str, tuple[Topic, list[Found]]] = {}
        for topic in topics:
            hit = before.get(topic.id)
            if hit is not None and hit[0] is topic:
                results = hit[1]
            else:  # an edited sheet: its facts that are the same objects as in the topic's last run
                by_fact = {id(f): (f, r) for f, r in zip(hit[0].facts, hit[1], strict=True)} if hit else {}
                results = []
                for fact in topic.facts:
                    old = by_fact.get(id(fact))
                    results.append(old[1] if old is not None and old[0] is fact else compute(fact))
            now[topic.id] = (topic, results)
            yield from results
        self._context, self._topics = context, now


_TOPIC_MEMOS: list[TopicMemo[Any]] = []


def forget_topic_memos() -> None:
    """Empty every TopicMemo (the next build computes everything, as a new process would)."""
    for memo in _TOPIC_MEMOS:
        memo.forget()


class TopicMemo(Generic[Found]):
    """What a per-topic computation found, kept while the topic is the same object (a fact sheet
    nobody edited, parts.py) and `context` (everything else it reads, compared with ==) is equal.

    The briefing-wide values of a page plan (counts, newest facts, numbering) are each a pass over
    every fact; made of per-topic parts, a save recomputes only the edited sheet's. Kept per
    `slot` (an edition's language: each edition has its own topics), only for this run's topics.
    """

    def __init__(self) -> None:
        self._kept: dict[str, dict[str, tuple[Topic, object, Found]]] = {}
        _TOPIC_MEMOS.append(self)

    def forget(self) -> None:
        """Keep nothing for the next run."""
        self._kept = {}

    def run(self, topics: Iterable[Topic], context: object, compute: Callable[[Topic], Found],
            slot: str = "") -> list[Found]:
        """`compute(topic)` for each topic, in order, from the last run where still valid."""
        return self.update(topics, context, lambda topic, _last: compute(topic), slot)

    def update(self, topics: Iterable[Topic], context: object, compute: Callable[[Topic, Found | None], Found],
               slot: str = "") -> list[Found]:
        """As `run`, but `compute(topic, last)` is also given the topic's last result when the topic
        is another object (its sheet was edited) in the same context, so that its facts that are the
        same objects as then reuse what was found for them; else `last` is None."""
        if not _keeping:
            self._kept = {}
            return [compute(topic, None) for topic in topics]
        before = self._kept.get(slot, {})
        kept: dict[str, tuple[Topic, object, Found]] = {}
        results = []
        for topic in topics:
            hit = before.get(topic.id)
            if hit is None or hit[1] != context:
                result = compute(topic, None)
            else:
                result = hit[2] if hit[0] is topic else compute(topic, hit[2])
            kept[topic.id] = (topic, context, result)
            results.append(result)
        self._kept[slot] = kept
        return results


def fingerprints_digest(fingerprints: dict[str, str], kinds: tuple[str, ...], *head: str) -> str:
    """One digest of `head` and of the fingerprints of the objects of `kinds` ("site", "topic:",
    "source:", "entity:"), in key order: what a result kept for the next process read besides its own object."""
    import hashlib

    return hashlib.sha256("\0".join([*head, *(f"{k}={fingerprints[k]}" for k in sorted(fingerprints)
                                              if k.startswith(kinds))]).encode(
        "utf-8", "surrogateescape")).hexdigest()


def sources_and_entities(fact: Fact) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ids of the sources a fact cites and of the entities it involves, each once, in order: what
    the briefing's `facts_by_source` and `facts_by_entity` list the fact under."""
    sources = tuple(dict.fromkeys(c.source.id for c in fact.citations))
    involved = dict.fromkeys([r.id for r in fact.entities] + [p.actor.id for p in fact.positions]
                             + [r.id for p in fact.positions for r in p.via])
    if fact.transfer:
        for ref in (fact.transfer.item, fact.transfer.supplier, fact.transfer.recipient):
            if ref is not None:
                involved[ref.id] = None
    return sources, tuple(involved)


@dataclass(slots=True)
class _TopicIndex:
    """One topic's share of the briefing's lookup tables, and each fact's sources and entities."""

    facts: dict[str, Fact]
    by_source: dict[str, list[Fact]]
    by_entity: dict[str, list[Fact]]
    related_to: dict[str, list[tuple[str, Fact]]]
    involved: dict[str, tuple[Fact, tuple[tuple[str, ...], tuple[str, ...]]]]


def _index_topic(topic: Topic, last: _TopicIndex | None) -> _TopicIndex:
    """A topic's lookup tables; a fact that is the same object as in `last` (the topic's in the last
    build) reuses what it involves."""
    by_source: dict[str, list[Fact]] = defaultdict(list)
    by_entity: dict[str, list[Fact]] = defaultdict(list)
    related_to: dict[str, list[tuple[str, Fact]]] = defaultdict(list)
    facts: dict[str, Fact] = {}
    for fact in topic.facts:
        facts.setdefault(fact.id, fact)
    before = last.involved if last is not None else {}
    involved = {}
    for fact in facts.values():
        hit = before.get(fact.id)
        found = involved[fact.id] = hit if hit is not None and hit[0] is fact else (fact, sources_and_entities(fact))
        source_ids, entity_ids = found[1]
        for source_id in source_ids:
            by_source[source_id].append(fact)
        for entity_id in entity_ids:
            by_entity[entity_id].append(fact)
        for rel in fact.related:
            related_to[rel.fact.id].append((rel.relation, fact))
    return _TopicIndex(facts, dict(by_source), dict(by_entity), dict(related_to), involved)


Listed = TypeVar("Listed")


def _joined(tables: list[dict[str, list[Listed]]]) -> dict[str, list[Listed]]:
    """The topics' tables as one: each key's lists concatenated in topic order (new lists: the
    topics' are kept for the next build)."""
    joined: dict[str, list[Listed]] = {}
    for table in tables:
        for key, values in table.items():
            have = joined.get(key)
            if have is None:
                joined[key] = list(values)
            else:
                have.extend(values)
    return joined


# Each topic's lookup tables, from the last index of a process that builds again (model.keeping),
# per edition: the dev server indexes the whole briefing again after every save.
_INDEX_PARTS: TopicMemo[_TopicIndex] = TopicMemo()


@dataclass(slots=True)
class Briefing:
    """The whole briefing, with the indexes every later stage uses (built once)."""

    site: SiteConfig
    sources: dict[str, Source]
    topics: dict[str, Topic]
    entities: dict[str, Entity]
    facts: dict[str, Fact] = field(default_factory=dict)
    facts_by_source: dict[str, list[Fact]] = field(default_factory=dict)
    facts_by_entity: dict[str, list[Fact]] = field(default_factory=dict)
    # Kinds of files that could not be read: references into them are not reported as
    # unknown, since the real problem (already reported) is the unreadable file.
    unreadable: set[str] = field(default_factory=set)
    related_to: dict[str, list[tuple[str, Fact]]] = field(default_factory=dict)
    # The translated editions' texts by language (editions.py), read after the content is checked.
    translations: dict[str, Any] = field(default_factory=dict)
    # Dates taken from git (history.py): fact id → {"added": Stamp, "updated": Stamp}; where the
    # dates of facts without written ones came from, in words; the editions, oldest first.
    stamps: dict[str, dict[str, Stamp]] = field(default_factory=dict)
    dates_from: str = ""
    editions: tuple[Edition, ...] = ()
    # A translated edition's titles of the estimate series, by series id (the original's are
    # spelled from the id: charts.series_title).
    series_titles: dict[str, str] = field(default_factory=dict)

    def index(self) -> None:
        """Build the lookup tables (facts by id, source, entity; incoming relations), joined from
        each topic's (kept between a process's builds while the topic is the same object)."""
        found = _INDEX_PARTS.update(self.topics.values(), None, _index_topic, self.site.language)
        facts: dict[str, Fact] = {}
        for part in found:
            facts.update(part.facts)
        if len(facts) != sum(len(part.facts) for part in found):
            # An id in two sheets (an error check reports): the first one's fact, and it alone indexed.
            every = Topic("", "", "", tuple(f for t in self.topics.values() for f in t.facts), Location(""))
            found = [_index_topic(every, None)]
            facts = found[0].facts
        self.facts = facts
        self.facts_by_source = _joined([part.by_source for part in found])
        self.facts_by_entity = _joined([part.by_entity for part in found])
        self.related_to = _joined([part.related_to for part in found])


# --- field descriptions ----------------------------------------------------------------------

def _make(cls: type, **fixed: Any):
    def build(values: dict[str, Any], at: Location) -> Any:
        return cls(at=at, **fixed, **values)
    return build


def _check_quantity(values: dict[str, Any], node: yaml.Node, r: Reader) -> None:
    has_value = "value" in values
    has_range = "min" in values or "max" in values
    if has_value == has_range:
        r.fail(node, "a quantity needs either 'value' or 'min'/'max'",
               "write value: 1000 for one figure, or min: 10000 and max: 15000 for a range")
    elif "min" in values and "max" in values and values["min"] > values["max"]:
        r.fail(node, f"quantity min {values['min']:,} is larger than max {values['max']:,}", "swap them")


CITATION = Record("citation", {
    "source": RefTo("source", "id of the source (its file name without .yaml)"),
    "quote": Text("the exact passage of the archived text that supports the claim"),
    "prefix": Text("text just before the quote, to choose one of several occurrences"),
    "suffix": Text("text just after the quote, to choose one of several occurrences"),
    "translation": Text("the quote in the site's language, shown beside the original"),
    "translator": Text("who translated the quote (default: the editors)"),
}, ("source", "quote"), lambda v, at: Citation(v["source"], v["quote"], at, v.get("quote_at"),
                                               v.get("prefix", ""), v.get("suffix", ""),
                                               v.get("translation", ""), v.get("translator", ""),
                                               v.get("translation_at")),
    doc="a source and the exact passage quoted from its archived text", locate=("quote", "translation"))

POSITION = Record("position", {
    "actor": RefTo("entity", "entity id of whoever makes the statement (not the newspaper)"),
    "stance": Choice(STANCES, "what the actor does with the claim"),
    "date": WhenField("when the actor said it"),
    "via": ListOf(RefTo("entity", "entity id of an outlet"),
                  "outlets the statement reached the cited article through, nearest the actor first"),
    "citations": ListOf(CITATION, "where the statement is reported", min_items=1),
    "note": Text("editor's note"),
}, ("actor", "stance", "citations"), _make(Position), doc="who says what about the claim", locate=("date",))

QUANTITY = Record("quantity", {
    "value": Number("the figure"),
    "min": Number("lower end of a range"),
    "max": Number("upper end of a range"),
    "qualifier": Choice(QUALIFIERS, "how exact the figure is"),
    "unit": Text("what is counted, e.g. artillery shells"),
    "text": Text("the wording in the source"),
    "series": Slug("id of the series of estimates this quantity belongs to"),
    "projection": Flag("the figure is expected or possible in future (a projection), not a count or estimate"),
}, ("unit",), _make(Quantity), doc="a structured number", check=_check_quantity)

RELATED = Record("related fact", {
    "fact": RefTo("fact"),
    "relation": Choice(RELATIONS, "how this fact relates to the other"),
}, ("fact", "relation"), lambda v, at: Related(v["fact"], v["relation"]))

ASSESSMENT = Record("assessment", {
    "credibility": Number("Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)",
                          integer=True, low=1, high=6),
    "likelihood": Choice(LIKELIHOOD, "ICD 203 likelihood"),
    "confidence": Choice(CONFIDENCE, "ICD 203 analytic confidence"),
    "rationale": Text("why, in Markdown"),
}, (), lambda v, at: Assessment(**v))

TRANSFER = Record("transfer", {
    "item": RefTo("entity", "entity id of what changed hands"),
    "supplier": RefTo("entity"),
    "recipient": RefTo("entity"),
    "delivery": Text("how it was delivered"),
}, ("item",), lambda v, at: Transfer(**v))

CHANGE = Record("change", {
    "date": WhenField("when it changed", single=True),
    "note": Text("what changed"),
}, ("date", "note"), lambda v, at: Change(**v))

FACT_FIELDS: dict[str, Field] = {
    "id": Slug("the fact's id, unique in the briefing"),
    "claim": Text("one neutral sentence in the editors' words"),
    "date": WhenField("when it happened"),
    "key": Flag("show on the overview as a key fact"),
    "quantity": QUANTITY,
    "entities": ListOf(RefTo("entity"), "entities the fact involves"),
    "positions": ListOf(POSITION, "who asserts, denies or confirms it", min_items=1),
    "related": ListOf(RELATED, "links to other facts"),
    "assessment": ASSESSMENT,
    "transfer": TRANSFER,
    "added": WhenField("when the fact entered the briefing", single=True),
    "updated": WhenField("when it last changed materially", single=True),
    "changes": ListOf(CHANGE, "history of changes"),
    "note": Text("editor's note"),
}


def fact_record(topic_id: str) -> Record:
    return Record("fact", FACT_FIELDS, ("id", "claim", "positions"), _make(Fact, topic=topic_id),
                  doc="one claim with who makes it and the exact passages that report it")


SECTION = Record("section", {
    "title": Text("the section's heading"),
    "facts": ListOf(RefTo("fact"), "ids of this topic's facts shown in the section (in date order)", min_items=1),
}, ("title", "facts"), _make(Section), doc="a titled part of the topic page")

TOPIC_FIELDS: dict[str, Field] = {
    "title": Text("the topic's title"),
    "summary": Markdown("Markdown synthesis by the editors; [words](fact:<id>) links to a fact"),
    "sections": ListOf(SECTION, "parts of the topic page, in this order; facts in none are shown last"),
    "facts": ListOf(fact_record(""), "the facts of this topic"),
}

SOURCE_FIELDS: dict[str, Field] = {
    "title": Text("headline as printed"),
    "publisher": Text("newspaper, broadcaster or agency"),
    "authors": ListOf(Text(), "authors as printed"),
    "published": WhenField("publication date", single=True),
    "url": WebAddress("address of the article, only when known"),
    "accessed": WhenField("when the article was read", single=True),
    "language": LanguageTag("language of the archived text (BCP 47, e.g. en)"),
    "via": Text("syndicator or agency the article relays"),
    "reliability": Choice(RELIABILITY, "Admiralty source reliability"),
    "inferred": MapOf(INFERABLE, Text(), "fields inferred from the text, each with the reasoning"),
    "note": Text("editor's note"),
    "archive_url": WebAddress("address of an archived copy of the page (e.g. the Wayback Machine), when one exists"),
    "archive_date": WhenField("when that copy was archived", single=True),
    "sha256": Sha256("SHA-256 of the archived text (written by new source): a changed archive is an error"),
}

def _check_entity(values: dict[str, Any], node: yaml.Node, r: Reader) -> None:
    if "coordinates" in values and values.get("kind") != "place":
        key = next(k for k, _ in node.value if isinstance(k, yaml.ScalarNode) and k.value == "coordinates")
        r.fail(key, f"coordinates are only for places (this entity's kind is {values.get('kind')})",
               "remove them, or give the entity kind: place")


COORDINATES = Record("coordinates", {
    "lat": Number("latitude in decimal degrees, north positive", low=-90, high=90),
    "lon": Number("longitude in decimal degrees, east positive", low=-180, high=180),
    "note": Text("where the coordinates come from, e.g. the editors' addition from a gazetteer"),
}, ("lat", "lon"), lambda v, at: Coordinates(float(v["lat"]), float(v["lon"]), v.get("note", "")),
    doc="where a place is (WGS 84 decimal degrees), for the maps")

ENTITY = Record("entity", {
    "id": Slug("the entity's id", reserved={"index": "entities/index.html is the list of all entities"}),
    "kind": Choice(ENTITY_KINDS, "what sort of thing it is"),
    "name": Text("full name"),
    "short": Text("short label"),
    "aliases": ListOf(Text(), "other names and designations"),
    "description": Markdown("Markdown description; for people, their role at the time"),
    "country": RefTo("entity", "the state it belongs to"),
    "coordinates": COORDINATES,
}, ("id", "kind", "name"), _make(Entity), check=_check_entity)

KEY_JUDGMENT = Record("key judgment", {
    "id": Slug("optional id, to translate the judgment in content/translations/<lang>/site.yaml"),
    "text": Markdown("the judgment in the editors' words (Markdown; [words](fact:<id>) links to a fact)"),
    "facts": ListOf(RefTo("fact"), "the facts supporting it", min_items=1),
    "likelihood": Choice(LIKELIHOOD, "ICD 203 likelihood of the judgment"),
    "confidence": Choice(CONFIDENCE, "ICD 203 analytic confidence in the judgment"),
}, ("text", "facts"), _make(KeyJudgment))

SITE = Record("site", {
    "title": Text("the briefing's title"),
    "description": Markdown("one paragraph on what the briefing covers (Markdown)"),
    "language": InterfaceLanguage("language tag, e.g. en"),
    "base_url": BaseAddress("public address, for canonical links, feed and sitemap"),
    "banner": Text("a notice shown on every page"),
    "topics": ListOf(RefTo("topic"), "topic ids in display order"),
    "key_judgments": ListOf(KEY_JUDGMENT, "judgments shown on the overview"),
    "translations": ListOf(InterfaceLanguage("language tag, e.g. ko"),
                           "languages of translated editions, each from content/translations/<lang>/",
                           unique=str.lower),  # `ko` and `KO` would be one folder on macOS and Windows
    "editions": ListOf(DateOrTag("an edition's date (YYYY-MM-DD) or git tag"),
                       "published editions: they group What changed and the feed"),
}, ("title",), _make(SiteConfig), locate=("editions",))


def _read_mapping(node: yaml.Node, fields: dict[str, Field], required: tuple[str, ...],
                  name: str, r: Reader, locate: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """Read a top-level mapping into plain values (its id comes from the file name)."""
    value = Record(name, fields, required, lambda v, at: v, locate=locate).read(node, r)
    return None if value is MISSING else value


# File names that would give a page the site already has (sources/index.html lists the sources).
RESERVED_FILE_IDS = {"sources": {"index": "sources/index.html is the list of all sources"}}


def _file_id(doc_path: str, stem: str, problems: list[Problem]) -> bool:
    folder = doc_path.rsplit("/", 2)[-2] if doc_path.count("/") >= 1 else ""
    reserved = RESERVED_FILE_IDS.get(folder, {})
    if stem in reserved:
        problems.append(error(Location(doc_path), f"file name '{stem}' is reserved: {reserved[stem]}",
                              f"rename it, e.g. to {stem}-1{doc_path[doc_path.rfind('.'):]}"))
        return False
    if len(stem) > MAX_ID and SLUG.fullmatch(stem):
        problems.append(error(Location(doc_path), too_long_id(stem, "file name"),
                              f"rename it to {slugify(stem)}{doc_path[doc_path.rfind('.'):]}"))
        return False
    if SLUG.fullmatch(stem):
        return True
    problems.append(error(Location(doc_path), f"file name '{stem}' is not a valid id",
                          f"rename it to {slugify(stem)}{doc_path[doc_path.rfind('.'):]} "
                          "(lowercase letters, digits and hyphens)"))
    return False


def read_site(doc: Document, problems: list[Problem]) -> SiteConfig | None:
    """The site settings from `site.yaml` (None when unusable)."""
    if doc.node is None:
        return None
    value = SITE.read(doc.node, Reader(doc.path, problems, doc.text))
    return value if isinstance(value, SiteConfig) else None


def read_source(doc: Document, text: ArchivedText | None, problems: list[Problem]) -> Source | None:
    """One source from its metadata document and archived text (None when unusable)."""
    if doc.node is None or not _file_id(doc.path, doc.stem, problems):
        return None
    r = Reader(doc.path, problems, doc.text)
    values = _read_mapping(doc.node, SOURCE_FIELDS, ("title",), "source", r, locate=("sha256",))
    if values is None or text is None:
        return None
    at = r.at(doc.node)
    return Source(id=doc.stem, text=text.text, text_path=text.path, at=at, **values,
                  translations={lang: body for lang, _path, body in text.translations},
                  translation_paths={lang: path for lang, path, _body in text.translations})


def read_topic_head(doc: Document, r: Reader, with_facts: bool = True) -> dict[str, Any] | None:
    """A fact sheet's title, summary and (unless they are read one by one) its facts."""
    fields = dict(TOPIC_FIELDS)
    if with_facts:
        fields["facts"] = ListOf(fact_record(doc.stem), "the facts of this topic")
    else:  # the facts were cut out of this text and are read separately (see parts.py)
        fields["facts"] = _Skipped()
    return _read_mapping(doc.node, fields, ("title",), "topic", r) if doc.node is not None else None


def read_fact(node: yaml.Node, topic_id: str, r: Reader) -> Fact | None:
    """One fact of a fact sheet (None when unusable; the problems are in `r`)."""
    value = fact_record(topic_id).read(node, r)
    return None if value is MISSING else value


def read_topic(doc: Document, problems: list[Problem], with_facts: bool = True) -> Topic | None:
    """One fact sheet (None when unusable); without its facts when they are read one by one."""
    if doc.node is None or not _file_id(doc.path, doc.stem, problems):
        return None
    r = Reader(doc.path, problems, doc.text)
    values = read_topic_head(doc, r, with_facts)
    if values is None:
        return None
    return Topic(doc.stem, values["title"], values.get("summary", ""), tuple(values.get("facts", ())),
                 r.at(doc.node), tuple(values.get("sections", ())))


def read_entities(doc: Document, problems: list[Problem]) -> tuple[tuple[Entity, ...], bool]:
    """The entities of one file, and whether any of them (or the file) was unusable."""
    if doc.node is None:
        return (), True
    value = ListOf(ENTITY, "entities").read(doc.node, Reader(doc.path, problems, doc.text))
    if value is MISSING:
        return (), True
    return value, len(value) < len(doc.node.value)


@dataclass(slots=True)
class Documents:
    """Every document read on its own, in file order, before the cross-file checks of `assemble`."""

    site: SiteConfig | None = None
    sources: list[Source | None] = field(default_factory=list)
    topics: list[Topic | None] = field(default_factory=list)
    entity_files: list[tuple[tuple[Entity, ...], bool]] = field(default_factory=list)


def assemble(docs: Documents, problems: list[Problem]) -> Briefing | None:
    """Join the documents into the Briefing: duplicate fact and entity ids across files, indexes."""
    sources = {s.id: s for s in docs.sources if s is not None}
    topics: dict[str, Topic] = {}
    fact_sites: dict[str, Location] = {}
    for topic in docs.topics:
        if topic is None:
            continue
        facts = []
        for fact in topic.facts:
            if fact.id in fact_sites:
                problems.append(error(fact.at, f"fact id '{fact.id}' is already used at {fact_sites[fact.id]}",
                                      "give each fact its own id"))
                continue
            fact_sites[fact.id] = fact.at
            facts.append(fact)
        topics[topic.id] = topic if len(facts) == len(topic.facts) else replace(topic, facts=tuple(facts))

    entities: dict[str, Entity] = {}
    for found, _failed in docs.entity_files:
        for entity in found:
            if entity.id in entities:
                problems.append(error(entity.at, f"entity id '{entity.id}' is already used at "
                                      f"{entities[entity.id].at}", "give each entity its own id"))
                continue
            entities[entity.id] = entity

    if docs.site is None:
        return None
    briefing = Briefing(docs.site, sources, topics, entities)
    if len(sources) < len(docs.sources):
        briefing.unreadable.add("source")
    if len(topics) < len(docs.topics):
        briefing.unreadable.add("topic")
    if any(failed for _found, failed in docs.entity_files):
        briefing.unreadable.add("entity")
    briefing.index()
    return briefing


def build_model(raw: RawSite) -> tuple[Briefing | None, list[Problem]]:
    """Interpret every document; return the Briefing (None if the site file is unusable) and problems."""
    problems: list[Problem] = []
    docs = Documents()
    if raw.site is not None:
        docs.site = read_site(raw.site, problems)
    docs.sources = [read_source(doc, raw.texts.get(doc.stem), problems) for doc in raw.sources]
    docs.topics = [read_topic(doc, problems) for doc in raw.topics]
    docs.entity_files = [read_entities(doc, problems) for doc in raw.entities]
    return assemble(docs, problems), problems


class _Skipped(Field):
    """Accepts any value: the field's content is read elsewhere."""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        return ()


def all_records() -> dict[str, Field]:
    """The top-level field descriptions per file kind (for the JSON Schema)."""
    return {
        "site": SITE,
        "source": Record("source", SOURCE_FIELDS, ("title",), lambda v, at: v),
        "topic": Record("topic", TOPIC_FIELDS, ("title",), lambda v, at: v),
        "entities": ListOf(ENTITY, "entities"),
    }
