"""Publishing outputs beside the HTML: data exports, the Atom feed and the sitemap.

`data/briefing.json` (everything, with the derived fields), `data/facts.csv` (one row per fact,
UTF-8 with a byte-order mark so Excel reads Korean text), `data/sources.csl.json` (CSL-JSON that
Zotero imports), `feed.xml` (Atom, newest first) and `sitemap.xml` (only with a `base_url`).
The plan stage asks for them here; the render stage turns the values into bytes with `serialize`.
"""

from __future__ import annotations

import csv
import hashlib
import heapq
import io
import json
import uuid
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from . import derive, i18n, urls
from .analysis import facts_deps
from .dates import PartialDate, When
from .derive import Standing, same_inputs, standing
from .history import edition_of
from .model import Briefing, Entity, Fact, Source, Topic, TopicMemo, fingerprints_digest, keeping
from .problems import Location, Problem, note

FORMAT = "briefing-export/1"
FEED_SIZE = 100  # newest facts in the feed; readers poll it, the full list is in the exports
SITEMAP_LIMIT = 50_000  # URLs one sitemap file may hold (sitemaps.org)

FACT_COLUMNS = (
    "id", "topic", "claim", "date", "date_start", "date_end", "status", "asserted_by", "denied_by",
    "declined_by", "sources", "independent_sources", "single_source", "quantity_value", "quantity_min",
    "quantity_max", "quantity_qualifier", "quantity_unit", "quantity_text", "quantity_series", "entities",
    "key", "added", "updated", "page",
)
LIST_SEPARATOR = "; "


# --- helpers -----------------------------------------------------------------------------------

def _iso(when: When | None) -> str:
    return when.iso() if when is not None else ""


def _day(date: PartialDate | None) -> str:
    return date.iso() if date is not None else ""


def _number(value: float | None) -> int | float | None:
    """Whole numbers as integers, so exports say 1000000 rather than 1000000.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _stamp(date: PartialDate) -> str:
    """RFC 3339 for Atom; a partial date stands for the first day of its period (never in the future)."""
    return f"{date.year:04d}-{date.month or 1:02d}-{date.day or 1:02d}T00:00:00Z"


def fact_stamps(briefing: Briefing) -> dict[str, PartialDate | None]:
    """`fact_stamp` of every fact, by id (computed once per briefing: the feed and the sitemap both ask;
    and in the next briefing of the process, again only for the topics that are not the same objects,
    and in those for the facts that are not, while the sources are as in the last build of the same
    language (`derive.world`): a stamp reads nothing else)."""
    global _stamps
    if _stamps[0] is not briefing:
        stamps: dict[str, PartialDate | None] = {}
        days: list[tuple[str, str]] = []
        for _found, topic_stamps, topic_days in _STAMPS.update(
                briefing.topics.values(), derive.world(briefing),
                lambda topic, last: _topic_stamps(briefing, topic, last), briefing.site.language):
            stamps.update(topic_stamps)
            days.extend(topic_days)
        _stamps = (briefing, stamps, days)
    return _stamps[1]


def _topic_stamps(briefing: Briefing, topic: Topic, last: _TopicStamps | None) -> _TopicStamps:
    """A topic's stamps: each fact's (fact, stamp, ISO day or ""), the stamps by fact id, and the
    (fact id, day) pairs; a fact that is the same object as in `last` keeps its stamp."""
    before = last[0] if last is not None else {}
    found: dict[str, tuple[Fact, PartialDate | None, str]] = {}
    for fact in topic.facts:
        hit = before.get(fact.id)
        if hit is None or hit[0] is not fact:
            stamp = fact_stamp(briefing, fact)
            hit = (fact, stamp, stamp.iso() if stamp is not None and stamp.day else "")
        found.setdefault(fact.id, hit)
    return (found, {ident: stamp for ident, (_, stamp, _) in found.items()},
            [(ident, day) for ident, (_, _, day) in found.items() if day])


def fact_days(briefing: Briefing) -> list[tuple[str, str]]:
    """(fact id, ISO day) of every fact whose stamp is a day, in the briefing's order (the sitemap's)."""
    fact_stamps(briefing)
    return _stamps[2]


_TopicStamps = tuple[dict[str, tuple[Fact, PartialDate | None, str]], dict[str, PartialDate | None],
                     list[tuple[str, str]]]
# This build's stamps and days (by its briefing); each topic's, per edition, kept while the sources
# are as in the last build (derive.world) for the next build of a process that builds again.
_stamps: tuple[Briefing | None, dict[str, PartialDate | None], list[tuple[str, str]]] = (None, {}, [])
_STAMPS: TopicMemo[_TopicStamps] = TopicMemo()


def fact_stamp(briefing: Briefing, fact: Fact) -> PartialDate | None:
    """When a fact last changed for a reader: updated, else added, else its newest citing source."""
    for when in (fact.updated, fact.added):
        if when is not None and when.start is not None:
            return when.start
    sources = briefing.sources
    published = [sources[c.source.id].published for p in fact.positions for c in p.citations
                 if c.source.id in sources]
    starts = [p.start for p in published if p is not None and p.start is not None]
    return max(starts) if starts else None


def _stable_id(briefing: Briefing, route: str) -> str:
    """A permanent id for a feed entry: its address when the site has one, else a name-based UUID."""
    if briefing.site.base_url:
        return urls.absolute_url(briefing.site.base_url, route)
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{briefing.site.title}/{route}").urn


# --- records kept across builds ---------------------------------------------------------------

class _Kept:
    """Serialised records of one kind kept across builds in one process (the dev server builds
    again after every save), by id: a record is made again only when one of the objects it is
    made from (`inputs`) is no longer the same (derive.same_inputs), so an edit re-serialises
    the records it touched and the file is joined from the rest."""

    def __init__(self) -> None:
        self.records: dict[str, tuple[tuple[Any, ...], bytes]] = {}

    def get(self, ident: str, inputs: tuple[Any, ...], make: Callable[[], bytes]) -> bytes:
        found = self.records.get(ident)
        if found is not None and same_inputs(found[0], inputs):
            return found[1]
        data = make()
        self.records[ident] = (inputs, data)
        return data

    def prune(self, count: int) -> None:
        """Forget every record when far more are kept than the briefing has (deleted, renamed)."""
        if len(self.records) > 2 * count + 1000:
            self.records.clear()


_FACT_JSON, _SOURCE_JSON, _ENTITY_JSON, _FACT_CSV = _Kept(), _Kept(), _Kept(), _Kept()


def forget_kept() -> None:
    """Drop the records kept across builds (the next build makes them all, as a new process would)."""
    for kept in (_FACT_JSON, _SOURCE_JSON, _ENTITY_JSON, _FACT_CSV):
        kept.records.clear()
    _SOURCES_JOINED.clear()
    _SCRIPTS.clear()
    _ENTITIES_JOINED.clear()
    global _stamps
    _stamps = (None, {}, [])
    _STAMPS.forget()


# --- records kept for the next process ----------------------------------------------------------
#
# A new process (`build.py` after an edit) has none of the records above. The last build's file is
# still in the output folder, though: with each export file the builder keeps, in the sealed cache,
# a content key per record (the digests of the fact, source or entity it shows and of what else it
# reads) and where the record's bytes lie in that file, with the digest of the whole file. A new
# process reuses the bytes of every record whose key is unchanged, after checking that the file is
# still, byte for byte, the one described (anything else: every record is made again).

_RECORDS_VERSION = 1


@dataclass(slots=True)
class _Chunk:
    """Records joined with `separator`, with each record's content key and (start, end) in `data`."""

    data: bytes
    keys: list[str]
    spans: list[tuple[int, int]]


def _chunk(records: list[tuple[str, bytes]], separator: bytes) -> _Chunk:
    spans = []
    at = 0
    for _key, data in records:
        spans.append((at, at + len(data)))
        at += len(data) + len(separator)
    return _Chunk(separator.join([data for _key, data in records]), [key for key, _data in records], spans)


class _Assembly:
    """A file's bytes, assembled from pieces and chunks, and where each chunk's record lies in it."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.at = 0
        self.chunks: list[tuple[int, _Chunk]] = []  # each chunk with where it starts

    def add(self, data: bytes) -> None:
        self.pieces.append(data)
        self.at += len(data)

    def add_chunk(self, chunk: _Chunk) -> None:
        self.chunks.append((self.at, chunk))
        self.add(chunk.data)

    def add_chunks(self, chunks: Iterable[_Chunk], separator: bytes) -> None:
        first = True
        for chunk in chunks:
            if not chunk.data:
                continue
            if not first:
                self.add(separator)
            first = False
            self.add_chunk(chunk)

    def done(self, route: str) -> bytes:
        """The file's bytes; its records' places are kept for the next process (keep_records)."""
        data = b"".join(self.pieces)
        _Kin.saved(route, data, self.chunks)
        return data


class _LastFile:
    """The records of the file the last build wrote, by content key."""

    def __init__(self, data: bytes, keys: list[str], bounds: array) -> None:
        self.data = data
        self.bounds = bounds
        self.where = {key: i for i, key in enumerate(keys)}

    def get(self, key: str) -> bytes | None:
        i = self.where.get(key)
        if i is None:
            return None
        return self.data[self.bounds[2 * i]:self.bounds[2 * i + 1]]


class _Kin:
    """Where the records of the last build's export files are kept for the next process: the sealed
    cache (cache.Store), the output folder, the objects' fingerprints (builder.py sets them)."""

    store: Any = None
    out_dir: Path | None = None
    briefing: Briefing | None = None  # the briefing the fingerprints are of (no other reuses records)
    fingerprints: ClassVar[dict[str, str]] = {}
    code: str = ""
    save: Callable[[str, Callable[[], None]], None] | None = None
    _context: str = ""

    @classmethod
    def context(cls) -> str:
        """A digest of everything a record may read but its own object: the site, the topics, the
        sources, the entities (standings read the sources cited and the outlets) and the code."""
        if not cls._context:
            cls._context = _context_of(cls.fingerprints, cls.code)
        return cls._context

    @classmethod
    def name(cls, route: str) -> str:
        where = hashlib.sha256(f"{cls.out_dir}\0{route}".encode("utf-8", "surrogateescape")).hexdigest()[:16]
        return f"records-{where}.pickle"

    @classmethod
    def last(cls, route: str) -> _LastFile | None:
        """The records of `route` as the last build wrote it, when the cache and the file agree."""
        store, out_dir = cls.store, cls.out_dir
        if store is None or out_dir is None:
            return None
        name = cls.name(route)
        found = store.load(name)  # None: missing, or ignored with a note
        if found is None:
            return None
        if not (isinstance(found, tuple) and len(found) == 6 and isinstance(found[4], list)
                and isinstance(found[5], array) and len(found[5]) == 2 * len(found[4])):
            store.ignore(name, "not what this version of the build writes")
            return None
        if found[0] != (_RECORDS_VERSION, cls.code):  # another version's code or libraries: expected
            return None
        _version, context, size, digest, keys, bounds = found
        if context != cls.context():
            return None
        try:
            path = out_dir / route
            if path.stat().st_size != size:
                return None
            data = path.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != digest:  # changed since (or a build that was not kept)
            return None
        return _LastFile(data, keys, bounds)

    @classmethod
    def saved(cls, route: str, data: bytes, chunks: list[tuple[int, _Chunk]]) -> None:
        store, save = cls.store, cls.save
        if store is None or save is None or not cls.fingerprints:
            return
        name = cls.name(route)
        prints, code = cls.fingerprints, cls.code

        # Made when the cache is written (the dev server: after the reload), not in the build: the
        # digest of a 36 MB file and 40,000 records' places would add ~40 ms to every save.
        def write() -> None:
            keys = [key for _at, chunk in chunks for key in chunk.keys]
            bounds = array("q")
            for at, chunk in chunks:
                for start, end in chunk.spans:
                    bounds.append(at + start)
                    bounds.append(at + end)
            store.dump(name, ((_RECORDS_VERSION, code), _context_of(prints, code), len(data),
                              hashlib.sha256(data).hexdigest(), keys, bounds))
        save(name, write)


def _context_of(prints: dict[str, str], code: str) -> str:
    return fingerprints_digest(prints, ("site", "topic:", "source:", "entity:"), FORMAT, str(_RECORDS_VERSION), code)


def keep_records(briefing: Briefing | None, store: Any = None, out_dir: Path | None = None,
                 fingerprints: dict[str, str] | None = None, code: str = "",
                 save: Callable[[str, Callable[[], None]], None] | None = None) -> None:
    """Keep the records of `briefing`'s data exports for the next process in the sealed cache
    `store` (cache.Store), reusing those of the files the last build wrote in `out_dir`;
    `fingerprints` are the model's digests of its objects, `save(name, write)` writes a cache file
    (now or later). Without a store, nothing is kept or reused."""
    on = store is not None and briefing is not None and out_dir is not None and bool(fingerprints)
    _Kin.briefing = briefing if on else None
    _Kin.store, _Kin.out_dir, _Kin.code, _Kin.save = store, out_dir, code, save
    _Kin.fingerprints = fingerprints if on and fingerprints is not None else {}
    _Kin._context = ""


def _key_of(kind: str, ident: str, *more: str) -> str:
    """A record's key: its object's fingerprint with what else the record shows ("" when the object
    has none, or the records are not kept: such a record is never reused)."""
    found = _Kin.fingerprints.get(f"{kind}:{ident}")  # empty unless the briefing is _Kin's (_active)
    return "\0".join((ident, found, *more)) if found else ""


def _active(briefing: Briefing) -> bool:
    """True when `briefing` is the one whose records are kept for the next process (keep_records)."""
    if _Kin.briefing is briefing:
        return True
    if _Kin.fingerprints:  # another briefing (a test's, a direct call): its records are neither reused nor kept
        keep_records(None)
    return False


class _Lazy:
    """The last build's file of a route, read when first asked (a resident builder rarely needs it)."""

    def __init__(self, route: str) -> None:
        self.route = route
        self.file: _LastFile | bool | None = False

    def get(self, key: str) -> bytes | None:
        if self.file is False:
            self.file = _Kin.last(self.route) if _Kin.fingerprints else None
        return self.file.get(key) if self.file else None  # type: ignore[union-attr]


# What json.dumps(value, ensure_ascii=False, separators=(",", ":")) uses, made once: json.dumps
# makes an encoder on every call with options, which tens of thousands of records feel.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dumps(value: Any) -> str:
    return _ENCODE(value)


# --- data/briefing.json ------------------------------------------------------------------------

def _fact_record(fact: Fact, derived: Standing, referenced_by: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    quantity = fact.quantity
    return {
        "id": fact.id,
        "topic": fact.topic,
        "claim": fact.claim,
        "date": _iso(fact.date),
        "key": fact.key,
        "quantity": None if quantity is None else {
            "value": _number(quantity.value), "min": _number(quantity.min), "max": _number(quantity.max),
            "qualifier": quantity.qualifier, "unit": quantity.unit, "text": quantity.text,
            "series": quantity.series,
        },
        "entities": [r.id for r in fact.entities],
        "positions": [{
            "actor": p.actor.id, "stance": p.stance, "date": _iso(p.date), "note": p.note,
            "citations": [{"source": c.source.id, "quote": c.quote} for c in p.citations],
        } for p in fact.positions],
        "related": [{"fact": r.fact.id, "relation": r.relation} for r in fact.related],
        "assessment": None if fact.assessment is None else {
            "credibility": fact.assessment.credibility, "likelihood": fact.assessment.likelihood,
            "confidence": fact.assessment.confidence, "rationale": fact.assessment.rationale,
        },
        "transfer": None if fact.transfer is None else {
            "item": fact.transfer.item.id,
            "supplier": fact.transfer.supplier.id if fact.transfer.supplier else None,
            "recipient": fact.transfer.recipient.id if fact.transfer.recipient else None,
            "delivery": fact.transfer.delivery,
        },
        "added": _iso(fact.added),
        "updated": _iso(fact.updated),
        "changes": [{"date": _iso(c.date), "note": c.note} for c in fact.changes],
        "note": fact.note,
        "derived": {
            "status": derived.status,
            "disputed": derived.disputed,
            "asserted_by": list(derived.asserted_by),
            "denied_by": list(derived.denied_by),
            "declined_by": list(derived.declined_by),
            "sources": list(derived.sources),
            "independent_sources": derived.independent_sources,
            "single_source": derived.single_source,
            "referenced_by": [{"fact": other, "relation": relation} for relation, other in referenced_by],
        },
        "page": urls.route_for(fact),
    }


def _source_record(source: Source, cited_by: tuple[str, ...]) -> dict[str, Any]:
    return {
        "id": source.id, "title": source.title, "publisher": source.publisher, "authors": list(source.authors),
        "published": _iso(source.published), "url": source.url, "accessed": _iso(source.accessed),
        "language": source.language, "via": source.via, "reliability": source.reliability,
        "inferred": dict(source.inferred), "note": source.note,
        "cited_by": list(cited_by),
        "page": urls.route_for(source),
        "text": source.text,
    }


def _fact_json(briefing: Briefing, fact: Fact, last: _Lazy) -> tuple[str, bytes]:
    derived = standing(briefing, fact)
    related = briefing.related_to.get(fact.id)
    referenced_by = tuple((relation, other.id) for relation, other in related) if related else ()
    key = _key_of("fact", fact.id, fact.topic, *(f"{relation}>{other}" for relation, other in referenced_by))
    # _FACT_JSON.get, inline: a big briefing asks for 20,000 records per build, nearly all kept.
    inputs = (fact, derived, referenced_by)
    found = _FACT_JSON.records.get(fact.id)
    if found is not None and same_inputs(found[0], inputs):
        return key, found[1]
    data = (key and last.get(key)) or _dumps(_fact_record(fact, derived, referenced_by)).encode()
    if keeping():
        _FACT_JSON.records[fact.id] = (inputs, data)
    return key, data


def _source_json(briefing: Briefing, source: Source, last: _Lazy) -> tuple[str, bytes]:
    cited_by = tuple(f.id for f in briefing.facts_by_source.get(source.id, []))
    key = _key_of("source", source.id, *cited_by)
    return key, _SOURCE_JSON.get(source.id, (source, cited_by), lambda: (key and last.get(key)) or _dumps(
        _source_record(source, cited_by)).encode())


def _entity_json(briefing: Briefing, entity: Entity, last: _Lazy) -> tuple[str, bytes]:
    facts = tuple(f.id for f in briefing.facts_by_entity.get(entity.id, []))
    key = _key_of("entity", entity.id, *facts)
    return key, _ENTITY_JSON.get(entity.id, (entity, facts), lambda: (key and last.get(key)) or _dumps({
        "id": entity.id, "kind": entity.kind, "name": entity.name, "short": entity.short,
        "aliases": list(entity.aliases), "description": entity.description,
        "country": entity.country.id if entity.country else None, "facts": list(facts),
        "page": urls.route_for(entity)}).encode())


def briefing_json(briefing: Briefing, topics: list[Topic]) -> bytes:
    """Everything in the briefing as one JSON text (UTF-8, with the final newline), with each fact's
    derived standing: the records of facts, sources and entities are serialised one by one (and
    kept, see `_Kept`; for a new process, see `keep_records`) and joined, exactly as serialising
    the whole at once would write them.

    A topic's records are kept joined and encoded while its sheet, every source and entity
    (`derive.world`) and every fact's relations (`derive.relations`) are the last build's."""
    site = briefing.site
    head = _dumps({
        "format": FORMAT,
        "site": {"title": site.title, "description": site.description, "language": site.language,
                 "base_url": site.base_url},
        "topics": [{"id": t.id, "title": t.title, "summary": t.summary, "facts": [f.id for f in t.facts],
                    "page": urls.route_for(t)} for t in topics],
    })
    for kept, count in ((_FACT_JSON, len(briefing.facts)), (_SOURCE_JSON, len(briefing.sources)),
                        (_ENTITY_JSON, len(briefing.entities))):
        kept.prune(count)
    language = briefing.site.language
    kept = _active(briefing)
    last = _Lazy(urls.DATA_JSON)
    file = _Assembly()
    file.add(head[:-1].encode() + b',"facts":[')
    # `kept` in the context: the records' keys are made only while records are kept (their digest of
    # everything else, _Kin.context, is the file's, checked when a new process reads it).
    file.add_chunks(_FACTS_JSON.run(
        topics, (derive.world(briefing), derive.relations(briefing), kept),
        lambda topic: _chunk([_fact_json(briefing, f, last) for f in topic.facts], b","), language), b",")
    file.add(b'],"sources":[')
    file.add_chunk(_joined(_SOURCES_JOINED, [_source_json(briefing, s, last)
                                             for s in sorted(briefing.sources.values(), key=lambda s: s.id)]))
    file.add(b'],"entities":[')
    file.add_chunk(_joined(_ENTITIES_JOINED, [_entity_json(briefing, e, last)
                                              for e in sorted(briefing.entities.values(), key=lambda e: e.id)]))
    file.add(b"]}\n")
    return file.done(urls.DATA_JSON)


def _joined(last: list[tuple[list[tuple[str, bytes]], _Chunk]], records: list[tuple[str, bytes]]) -> _Chunk:
    """The records joined with commas; kept (in `last`) while they are the same records."""
    if last and last[0][0] == records:  # the kept records are the same objects: compared by identity
        return last[0][1]
    joined = _chunk(records, b",")
    last[:] = [(records, joined)] if keeping() else []
    return joined


_FACTS_JSON: TopicMemo[_Chunk] = TopicMemo()
_SOURCES_JOINED: list[tuple[list[tuple[str, bytes]], _Chunk]] = []
_ENTITIES_JOINED: list[tuple[list[tuple[str, bytes]], _Chunk]] = []


# --- data/facts.csv ----------------------------------------------------------------------------

def _fact_row(fact: Fact, derived: Standing) -> list[Any]:
    q = fact.quantity
    date = fact.date
    return [
        fact.id, fact.topic, fact.claim, _iso(date),
        _day(date.start) if date else "", _day(date.end if date and date.is_range else None),
        derived.status, LIST_SEPARATOR.join(derived.asserted_by), LIST_SEPARATOR.join(derived.denied_by),
        LIST_SEPARATOR.join(derived.declined_by), LIST_SEPARATOR.join(derived.sources),
        derived.independent_sources, str(derived.single_source).lower(),
        _number(q.value) if q else None, _number(q.min) if q else None, _number(q.max) if q else None,
        q.qualifier if q else "", q.unit if q else "", q.text if q else "", q.series if q else "",
        LIST_SEPARATOR.join(r.id for r in fact.entities), str(fact.key).lower(),
        _iso(fact.added), _iso(fact.updated), urls.route_for(fact),
    ]


def facts_csv(briefing: Briefing, topics: list[Topic]) -> bytes:
    """One CSV line per fact (after a header line), UTF-8 with a BOM (Excel reads it so); lists of ids
    are joined with '; '. Each line is written on its own (and kept, see `_Kept`; for a new process,
    see `keep_records`): a CSV writer carries nothing from row to row. A topic's lines are kept
    joined and encoded while its sheet and every source and entity are the last build's (`derive.world`)."""
    _FACT_CSV.prune(len(briefing.facts))
    records = _FACT_CSV.records
    kept = _active(briefing)
    last = _Lazy(urls.DATA_CSV)
    keep = keeping()

    def lines(topic: Topic) -> _Chunk:
        found_lines = []
        for fact in topic.facts:
            derived = standing(briefing, fact)
            key = _key_of("fact", fact.id, fact.topic)
            # _FACT_CSV.get, inline (20,000 lines a build, nearly all kept).
            found = records.get(fact.id)
            if found is None or not same_inputs(found[0], (fact, derived)):
                found = ((fact, derived), (key and last.get(key)) or _csv_line(_fact_row(fact, derived)).encode())
                if keep:
                    records[fact.id] = found
            found_lines.append((key, found[1]))
        return _chunk(found_lines, b"")
    file = _Assembly()
    file.add(_csv_text([list(FACT_COLUMNS)]).encode("utf-8-sig"))
    file.add_chunks(_FACTS_CSV.run(topics, (derive.world(briefing), kept),
                                   lines, briefing.site.language), b"")
    return file.done(urls.DATA_CSV)


_FACTS_CSV: TopicMemo[_Chunk] = TopicMemo()


_line_buffer = io.StringIO()
_line_writer = csv.writer(_line_buffer, lineterminator="\r\n")  # as `_csv_text` writes


def _csv_line(row: list[Any]) -> str:
    """One row as `_csv_text` writes it, with one writer kept for every row."""
    _line_buffer.seek(0)
    _line_buffer.truncate()
    # spreadsheet_safe, inline: a big briefing has some 500,000 cells.
    _line_writer.writerow(["" if cell is None else
                           "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell
                           for cell in row])
    return _line_buffer.getvalue()


# --- data/sources.csl.json ---------------------------------------------------------------------

def _csl_date(when: When | None) -> dict[str, Any] | None:
    if when is None or when.start is None:
        return None
    parts = [p for p in (when.start.year, when.start.month, when.start.day) if p]
    return {"date-parts": [parts]}


def sources_csl(briefing: Briefing) -> list[dict[str, Any]]:
    """The sources as CSL-JSON items (newspaper articles), importable into Zotero and citation tools."""
    items = []
    for source in sorted(briefing.sources.values(), key=lambda s: s.id):
        item: dict[str, Any] = {"id": source.id, "type": "article-newspaper", "title": source.title}
        if source.publisher:
            item["container-title"] = source.publisher
        if source.authors:
            # Names are kept as printed: Korean names put the family name first, so no splitting.
            item["author"] = [{"literal": name} for name in source.authors]
        for key, when in (("issued", source.published), ("accessed", source.accessed)):
            date = _csl_date(when)
            if date:
                item[key] = date
        if source.url:
            item["URL"] = source.url
        if source.language:
            item["language"] = source.language
        notes = []
        if source.via:
            notes.append(f"Via {source.via}.")
        notes += [f"{name.capitalize()} inferred: {reason}" for name, reason in source.inferred.items()]
        if notes:
            item["note"] = " ".join(notes)
        if source.reliability:
            item["custom"] = {"admiralty-reliability": source.reliability}
        items.append(item)
    return items


# --- feed.xml and sitemap.xml -------------------------------------------------------------------

def feed_context(briefing: Briefing) -> dict[str, Any]:
    """The Atom feed's values: the newest facts first, each with a stable id and an address."""
    base = briefing.site.base_url
    entries = []
    for stamp, fact in newest_stamped(briefing):
        route = urls.route_for(fact)
        entries.append({
            "fact": fact, "standing": standing(briefing, fact), "topic": briefing.topics[fact.topic],
            "id": _stable_id(briefing, route),
            "href": urls.absolute_url(base, route) if base else urls.relative_url(urls.FEED, route),
            "updated": _stamp(stamp),
            "published": _stamp(fact.added.start) if fact.added and fact.added.start else "",
            "edition": _edition_label(briefing, stamp),
        })
    return {
        "entries": entries,
        "feed": {
            "id": _stable_id(briefing, urls.FEED),
            "updated": entries[0]["updated"] if entries else "1970-01-01T00:00:00Z",
            "self": urls.absolute_url(base, urls.FEED),
            "home": urls.absolute_url(base, urls.HOME) if base else urls.relative_url(urls.FEED, urls.HOME),
        },
    }


def _newest(dated: list[tuple[PartialDate, Fact]]) -> list[tuple[PartialDate, Fact]]:
    """The FEED_SIZE newest (stamp, fact) pairs, newest first: by the day the entry shows (`_stamp`:
    a missing month or day is the first), so <updated> never goes up down the feed; then by id."""
    return heapq.nlargest(FEED_SIZE, dated, key=lambda pair: (
        pair[0].year, pair[0].month or 1, pair[0].day or 1, pair[1].id))


def newest_stamped(briefing: Briefing) -> list[tuple[PartialDate, Fact]]:
    """The feed's (stamp, fact) pairs: the newest of the newest of each topic (kept per topic while
    its sheet and the sources, which stamps read, are the last build's)."""
    stamps = fact_stamps(briefing)

    def newest_of(topic: Topic) -> list[tuple[PartialDate, Fact]]:
        return _newest([(stamp, fact) for fact in topic.facts if (stamp := stamps[fact.id]) is not None])
    return _newest([pair for pairs in _NEWEST.run(briefing.topics.values(), derive.world(briefing), newest_of,
                                                  briefing.site.language) for pair in pairs])


_NEWEST: TopicMemo[list[tuple[PartialDate, Fact]]] = TopicMemo()


def _edition_label(briefing: Briefing, day: PartialDate) -> tuple[str, str] | None:
    """(term, label) of the edition that carried a change of this day, for the feed's categories."""
    if not briefing.editions:
        return None
    edition = edition_of(briefing.editions, When(day))
    language = briefing.site.language
    if edition is None:
        return "since-last-edition", i18n.edition_heading(briefing.editions[-1], language, since=True)
    return f"edition-{edition.date.iso()}", i18n.edition_heading(edition, language)


def sitemap_context(briefing: Briefing, routes: Iterable[str]) -> dict[str, Any]:
    """The sitemap's absolute addresses (every HTML page but the 404), with a last-modified day for facts."""
    base = briefing.site.base_url
    modified: dict[str, str] = {}
    stamps = fact_stamps(briefing)
    for fact in briefing.facts.values():
        stamp = stamps[fact.id]
        if stamp is not None and stamp.day:
            modified[urls.route_for(fact)] = stamp.iso()
    pages = [r for r in routes if r.endswith(".html") and r != urls.NOT_FOUND]
    global _addresses
    if _addresses[0] != base:
        _addresses = (base, {})
    known = _addresses[1]  # the address of a route is computed once in a process (quoting costs)
    locations = []
    for route in pages[:SITEMAP_LIMIT]:
        address = known.get(route)
        if address is None:
            address = known[route] = urls.absolute_url(base, route)
        locations.append((address, modified.get(route, "")))
    return {"locations": locations}


_addresses: tuple[str, dict[str, str]] = ("", {})


def _key(kind: str, *values: Any) -> str:
    """A value key: the page's digest changes when what it names changes (builder.Fingerprints)."""
    return f"{kind}:" + hashlib.sha256(repr(values).encode("utf-8", "surrogateescape")).hexdigest()


def pages(briefing: Briefing, routes: list[str]
          ) -> list[tuple[str, str, str, tuple[str, ...], Callable[[], dict[str, Any]]]]:
    """The templated outputs: search page, feed, and (with a base_url) sitemap, as (route, template,
    title, deps, make); `make` builds the context when the page is rendered, and `deps` name what it
    shows (as for any page, the site, topics, entities and reading keys are added by the plan): the
    feed its newest facts, the sitemap its addresses and days, each with a value key, so an edit that
    changes neither renders neither again."""
    stamps = fact_stamps(briefing)
    newest = [fact for _stamp, fact in newest_stamped(briefing)]
    feed_deps = (*facts_deps(newest), _key("feed", [(f.id, stamps[f.id]) for f in newest], briefing.editions))
    planned: list[tuple[str, str, str, tuple[str, ...], Callable[[], dict[str, Any]]]] = [
        (urls.SEARCH, "search.html", "Search", (), dict),
        (urls.FEED, "feed.xml", "Feed", feed_deps, lambda: feed_context(briefing)),
    ]
    if briefing.site.base_url:
        listed = [*routes, urls.SEARCH]
        days = fact_days(briefing)
        key = _key("sitemap", briefing.site.base_url, listed, days)
        planned.append((urls.SITEMAP, "sitemap.xml", "Sitemap", (key,), lambda: sitemap_context(briefing, listed)))
    return planned


def files(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, str, Callable[[], Any], tuple[str, ...]]]:
    """The data exports as (route, format, make, deps): `make` computes the value when the file is
    rendered, and `serialize(format, value)` makes its bytes; `deps` as for a page (empty: everything)."""
    return [
        (urls.DATA_JSON, "bytes", lambda: briefing_json(briefing, topics), ()),
        (urls.DATA_CSV, "bytes", lambda: facts_csv(briefing, topics), ()),
        # Made from the sources alone (in id order): only a source edit writes it again.
        (urls.DATA_CSL, "json", lambda: sources_csl(briefing), ("source:*",)),
    ]


def problems(briefing: Briefing) -> list[Problem]:
    """A note when there is no base_url: no sitemap, canonical links or Open Graph tags then.

    A note, not a warning: a local or offline build without a public address is normal.
    """
    if briefing.site.base_url:
        return []
    return [note(Location("site.yaml"), "no base_url: sitemap.xml, canonical links and Open Graph tags "
                    "are left out (the site itself works everywhere)",
                    "add the public address to site.yaml, e.g. base_url: https://user.github.io/repo/, "
                    "or pass --base-url (the Pages workflow does)")]


# --- bytes ---------------------------------------------------------------------------------------

def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


# A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (=HYPERLINK(…), @SUM(…), +cmd|…); OWASP's advice: prefix such cells with an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: Any) -> Any:
    """A cell that a spreadsheet shows as text, never evaluates: formula-like text gets a leading "'"."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180, what Excel writes
    writer.writerows([["" if cell is None else spreadsheet_safe(cell) for cell in row] for row in rows])
    return buffer.getvalue()


def _csv(rows: list[list[Any]]) -> bytes:
    return _csv_text(rows).encode("utf-8-sig")  # the BOM tells Excel the file is UTF-8


def _script(value: tuple[str, Any]) -> bytes:
    """`(window.NAME = window.NAME || []).push({...});`: data a classic <script src> loads, even from
    file://, in any order relative to the script that reads it. ASCII, so no charset can garble it."""
    name, data = value
    which = (name, data.get("type"), data.get("s"), data.get("n")) if isinstance(data, dict) else None
    last = _SCRIPTS.get(which) if which is not None else None
    if last is not None and last[0] == data:  # a search file nobody's edit changed: compared, not encoded
        return last[1]
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    made = f"(window.{name} = window.{name} || []).push({text});\n".encode("ascii")
    if which is not None and keeping():
        _SCRIPTS[which] = (data, made)
    return made


# The last bytes of each script file by what it is (a search segment's main file or shard n), with
# its data: the dev server writes a segment's files again after an edit, and most are as they were.
_SCRIPTS: dict[tuple[Any, ...], tuple[Any, bytes]] = {}


def _bytes(data: bytes) -> bytes:
    """A file already serialised (briefing_json, facts_csv)."""
    return data


SERIALIZERS = {"json": _json, "csv": _csv, "script": _script, "bytes": _bytes}


def serialize(output_format: str, value: Any) -> bytes:
    """The bytes of a generated data file in one of the formats above."""
    return SERIALIZERS[output_format](value)
