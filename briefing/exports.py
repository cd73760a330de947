"""Publishing outputs beside the HTML: data exports, the Atom feed and the sitemap.

`data/briefing.json` (everything, with the derived fields), `data/facts.csv` (one row per fact,
UTF-8 with a byte-order mark so Excel reads Korean text), `data/sources.csl.json` (CSL-JSON that
Zotero imports), `feed.xml` (Atom, newest first) and `sitemap.xml` (only with a `base_url`).
The plan stage asks for them here; the render stage turns the values into bytes with `serialize`.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable
from typing import Any

from . import i18n, urls
from .dates import PartialDate, When
from .derive import standing
from .history import edition_of
from .model import Briefing, Fact, Source, Topic
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


def fact_stamp(briefing: Briefing, fact: Fact) -> PartialDate | None:
    """When a fact last changed for a reader: updated, else added, else its newest citing source."""
    for when in (fact.updated, fact.added):
        if when is not None and when.start is not None:
            return when.start
    published = [briefing.sources[c.source.id].published for c in fact.citations
                 if c.source.id in briefing.sources]
    starts = [p.start for p in published if p is not None and p.start is not None]
    return max(starts) if starts else None


def _stable_id(briefing: Briefing, route: str) -> str:
    """A permanent id for a feed entry: its address when the site has one, else a name-based UUID."""
    if briefing.site.base_url:
        return urls.absolute_url(briefing.site.base_url, route)
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{briefing.site.title}/{route}").urn


# --- data/briefing.json ------------------------------------------------------------------------

def _fact_record(briefing: Briefing, fact: Fact) -> dict[str, Any]:
    derived = standing(briefing, fact)
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
            "referenced_by": [{"fact": other.id, "relation": relation}
                              for relation, other in briefing.related_to.get(fact.id, [])],
        },
        "page": urls.route_for(fact),
    }


def _source_record(briefing: Briefing, source: Source) -> dict[str, Any]:
    return {
        "id": source.id, "title": source.title, "publisher": source.publisher, "authors": list(source.authors),
        "published": _iso(source.published), "url": source.url, "accessed": _iso(source.accessed),
        "language": source.language, "via": source.via, "reliability": source.reliability,
        "inferred": dict(source.inferred), "note": source.note,
        "cited_by": [f.id for f in briefing.facts_by_source.get(source.id, [])],
        "page": urls.route_for(source),
        "text": source.text,
    }


def briefing_data(briefing: Briefing, topics: list[Topic]) -> dict[str, Any]:
    """Everything in the briefing as plain JSON values, with each fact's derived standing."""
    site = briefing.site
    return {
        "format": FORMAT,
        "site": {"title": site.title, "description": site.description, "language": site.language,
                 "base_url": site.base_url},
        "topics": [{"id": t.id, "title": t.title, "summary": t.summary, "facts": [f.id for f in t.facts],
                    "page": urls.route_for(t)} for t in topics],
        "facts": [_fact_record(briefing, f) for t in topics for f in t.facts],
        "sources": [_source_record(briefing, s) for s in sorted(briefing.sources.values(), key=lambda s: s.id)],
        "entities": [{
            "id": e.id, "kind": e.kind, "name": e.name, "short": e.short, "aliases": list(e.aliases),
            "description": e.description, "country": e.country.id if e.country else None,
            "facts": [f.id for f in briefing.facts_by_entity.get(e.id, [])], "page": urls.route_for(e),
        } for e in sorted(briefing.entities.values(), key=lambda e: e.id)],
    }


# --- data/facts.csv ----------------------------------------------------------------------------

def facts_table(briefing: Briefing, topics: list[Topic]) -> list[list[Any]]:
    """One row per fact (after a header row); lists of ids are joined with '; '."""
    rows: list[list[Any]] = [list(FACT_COLUMNS)]
    for topic in topics:
        for fact in topic.facts:
            derived = standing(briefing, fact)
            q = fact.quantity
            date = fact.date
            rows.append([
                fact.id, fact.topic, fact.claim, _iso(date),
                _day(date.start) if date else "", _day(date.end if date and date.is_range else None),
                derived.status, LIST_SEPARATOR.join(derived.asserted_by), LIST_SEPARATOR.join(derived.denied_by),
                LIST_SEPARATOR.join(derived.declined_by), LIST_SEPARATOR.join(derived.sources),
                derived.independent_sources, str(derived.single_source).lower(),
                _number(q.value) if q else None, _number(q.min) if q else None, _number(q.max) if q else None,
                q.qualifier if q else "", q.unit if q else "", q.text if q else "", q.series if q else "",
                LIST_SEPARATOR.join(r.id for r in fact.entities), str(fact.key).lower(),
                _iso(fact.added), _iso(fact.updated), urls.route_for(fact),
            ])
    return rows


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
    dated = [(stamp, fact) for fact in briefing.facts.values()
             if (stamp := fact_stamp(briefing, fact)) is not None]
    # Sorted by the same day the entry shows, so <updated> never goes up down the feed.
    dated.sort(key=lambda pair: (_stamp(pair[0]), pair[1].id), reverse=True)
    entries = []
    for stamp, fact in dated[:FEED_SIZE]:
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
    for fact in briefing.facts.values():
        stamp = fact_stamp(briefing, fact)
        if stamp is not None and stamp.day:
            modified[urls.route_for(fact)] = stamp.iso()
    pages = [r for r in routes if r.endswith(".html") and r != urls.NOT_FOUND]
    return {"locations": [(urls.absolute_url(base, r), modified.get(r, "")) for r in pages[:SITEMAP_LIMIT]]}


def pages(briefing: Briefing, routes: list[str]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """The templated outputs: search page, feed, and (with a base_url) sitemap, as (route, template, title, context)."""
    planned = [
        (urls.SEARCH, "search.html", "Search", {}),
        (urls.FEED, "feed.xml", "Feed", feed_context(briefing)),
    ]
    if briefing.site.base_url:
        planned.append((urls.SITEMAP, "sitemap.xml", "Sitemap",
                        sitemap_context(briefing, [*routes, urls.SEARCH])))
    return planned


def files(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, str, Any]]:
    """The data exports as (route, format, value); `serialize(format, value)` makes their bytes."""
    return [
        (urls.DATA_JSON, "json", briefing_data(briefing, topics)),
        (urls.DATA_CSV, "csv", facts_table(briefing, topics)),
        (urls.DATA_CSL, "json", sources_csl(briefing)),
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


def _csv(rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180, what Excel writes
    writer.writerows([["" if cell is None else spreadsheet_safe(cell) for cell in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM tells Excel the file is UTF-8


def _script(value: tuple[str, Any]) -> bytes:
    """`(window.NAME = window.NAME || []).push({...});`: data a classic <script src> loads, even from
    file://, in any order relative to the script that reads it. ASCII, so no charset can garble it."""
    name, data = value
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    return f"(window.{name} = window.{name} || []).push({text});\n".encode("ascii")


SERIALIZERS = {"json": _json, "csv": _csv, "script": _script}


def serialize(output_format: str, value: Any) -> bytes:
    """The bytes of a generated data file in one of the formats above."""
    return SERIALIZERS[output_format](value)
