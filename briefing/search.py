"""The offline search index: every fact, source, entity and topic as a few short strings.

It ships as classic `<script src>` files (`window.BRIEFING_SEARCH.push({...})`), never fetched:
`fetch()`, modules and workers are blocked under `file://`, a script tag is not. A large briefing
is split into parts of about `PART_BYTES` each, which `assets/search.js` loads one after another,
so the page answers from the first part while the rest arrive. Each document is
`[kind, id, title, meta, body]`; the page address comes from the route pattern of its kind.
"""

from __future__ import annotations

import json
import re
from typing import Any

from . import i18n, urls
from .dates import When
from .model import Briefing, Entity, Fact, Source, Topic

VERSION = 1
GLOBAL = "BRIEFING_SEARCH"
KINDS = ("fact", "source", "entity", "topic")
BODY_LIMIT = 400  # characters of quotes or description kept per document: enough to find and show a passage
PART_BYTES = 1_000_000  # one index file stays about this size; more documents go into the next part
STANCE_WORDS = {"asserts": "asserts", "denies": "denies", "confirms": "confirms",
                "declines-comment": "declines to comment"}
ENTITY_KIND_WORDS = {"state": "State", "organization": "Organisation", "person": "Person", "unit": "Military unit",
                     "weapon": "Weapon system", "place": "Place", "event": "Event", "outlet": "News outlet",
                     "technology": "Technology or capability"}

_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_BLOCK = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)", re.MULTILINE)
_MARKDOWN_MARKS = re.compile(r"[*`]+|(?<!\w)_+|_+(?!\w)")  # emphasis marks, not snake_case words
_SPACE = re.compile(r"\s+")


def plain(text: str) -> str:
    """Markdown reduced to its words, on one line (link texts kept, addresses and marks dropped)."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_BLOCK.sub("", text)
    text = _MARKDOWN_MARKS.sub("", text)
    return _SPACE.sub(" ", text).strip()


def trim(text: str, limit: int = BODY_LIMIT) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _when(value: When | None, language: str = "en") -> str:
    return i18n.format_when(value, language)


def _label(briefing: Briefing, entity_id: str) -> str:
    entity = briefing.entities.get(entity_id)
    return entity.label if entity else entity_id


def _fact(briefing: Briefing, fact: Fact) -> list[Any]:
    language = briefing.site.language
    stances = i18n.labels(language)["stance"]
    said = "; ".join(f"{_label(briefing, p.actor.id)} {stances.get(p.stance, p.stance)}" for p in fact.positions)
    topic = briefing.topics.get(fact.topic)
    meta = " · ".join(part for part in (_when(fact.date, language), topic.title if topic else "", said) if part)
    pieces = []
    if fact.quantity is not None:
        pieces.append(fact.quantity.text or fact.quantity.unit)
    pieces += [f"“{quote}”" for quote in dict.fromkeys(c.quote for c in fact.citations)]
    pieces += [f"“{text}”" for text in dict.fromkeys(c.translation for c in fact.citations if c.translation)]
    return [KINDS.index("fact"), fact.id, fact.claim, meta, trim(" ".join(pieces))]


def _source(source: Source) -> list[Any]:
    meta = " · ".join(part for part in (source.publisher, _when(source.published), ", ".join(source.authors),
                                        f"via {source.via}" if source.via else "") if part)
    return [KINDS.index("source"), source.id, source.title, meta, trim(plain(source.note))]


def _entity(entity: Entity) -> list[Any]:
    names = [n for n in (entity.short, *entity.aliases) if n and n != entity.name]
    meta = " · ".join(part for part in (ENTITY_KIND_WORDS.get(entity.kind, entity.kind), ", ".join(names)) if part)
    return [KINDS.index("entity"), entity.id, entity.name, meta, trim(plain(entity.description))]


def _topic(topic: Topic) -> list[Any]:
    count = len(topic.facts)
    return [KINDS.index("topic"), topic.id, topic.title, f"Topic · {count} fact{'s' if count != 1 else ''}",
            trim(plain(topic.summary))]


def documents(briefing: Briefing, topics: list[Topic]) -> list[list[Any]]:
    """Every searchable document, topics and entities first (they are few and often what is meant)."""
    docs = [_topic(t) for t in topics]
    docs += [_entity(e) for e in sorted(briefing.entities.values(), key=lambda e: e.name.casefold())]
    docs += [_fact(briefing, f) for t in topics for f in t.facts]
    docs += [_source(s) for s in sorted(briefing.sources.values(), key=lambda s: s.id)]
    return docs


def _routes() -> list[list[str]]:
    """[prefix, suffix] of each kind's page address as seen from search.html (from urls.py)."""
    patterns = []
    for kind in KINDS:
        href = urls.relative_url(urls.SEARCH, urls.route_of(kind, "ID"))
        prefix, _, suffix = href.partition("ID")
        patterns.append([prefix, suffix])
    return patterns


def index_parts(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, dict[str, Any]]]:
    """The index as (route, part) pairs: the first part, at urls.SEARCH_INDEX, names the others."""
    docs = documents(briefing, topics)
    chunks: list[list[list[Any]]] = [[]]
    size = 0
    for doc in docs:
        doc_size = len(json.dumps(doc, ensure_ascii=True, separators=(",", ":"))) + 1
        if chunks[-1] and size + doc_size > PART_BYTES:
            chunks.append([])
            size = 0
        chunks[-1].append(doc)
        size += doc_size
    routes = [urls.SEARCH_INDEX] + [urls.search_index_part(n) for n in range(2, len(chunks) + 1)]
    parts: list[tuple[str, dict[str, Any]]] = []
    for number, (route, chunk) in enumerate(zip(routes, chunks, strict=True), start=1):
        part: dict[str, Any] = {"v": VERSION, "part": number, "of": len(chunks), "docs": chunk}
        if number == 1:
            part["kinds"] = list(KINDS)
            part["routes"] = _routes()
            part["parts"] = [urls.relative_url(urls.SEARCH, r) for r in routes[1:]]
            part["total"] = len(docs)
        parts.append((route, part))
    return parts


def files(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, str, Any]]:
    """The index files as (route, format, value) for the render stage (format 'script')."""
    return [(route, "script", (GLOBAL, part)) for route, part in index_parts(briefing, topics)]
