"""Per-page metadata: description, canonical address, Open Graph tags and schema.org JSON-LD.

Absolute addresses appear only here (and in the feed and sitemap), and only when the site has a
`base_url`; every link inside the site stays relative.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from . import i18n, urls
from .derive import standing
from .model import Briefing, Entity, Fact, Source, Topic
from .search import ENTITY_KIND_WORDS, plain, trim

DESCRIPTION_LIMIT = 200
# schema.org types for the actors and subjects of a claim.
SCHEMA_TYPES = {"state": "Country", "organization": "Organization", "person": "Person",
                "unit": "GovernmentOrganization", "place": "Place", "event": "Event"}


def _entity_name(briefing: Briefing, entity_id: str) -> str:
    entity = briefing.entities.get(entity_id)
    return entity.label if entity else entity_id


def describe_fact(briefing: Briefing, fact: Fact) -> str:
    """'NIS asserts; Russia denies · by March 2024 · 1 source: Example Wire' (in the site's language)."""
    language = briefing.site.language
    stances = i18n.labels(language)["stance"]
    said = "; ".join(f"{_entity_name(briefing, p.actor.id)} {stances.get(p.stance, p.stance)}"
                     for p in fact.positions)
    derived = standing(briefing, fact)
    publishers = [briefing.sources[s].publisher or briefing.sources[s].title
                  for s in derived.sources if s in briefing.sources]
    count = len(derived.sources)
    sources = i18n.translations(language).ngettext("%(num)d source", "%(num)d sources", count) % {"num": count}
    cited = f"{sources}: {', '.join(dict.fromkeys(publishers))}"
    parts = [said, i18n.format_when(fact.date, language), cited]
    return " · ".join(p for p in parts if p)


def describe(briefing: Briefing, page_object: Fact | Topic | Source | Entity | None) -> str:
    """One or two sentences saying what a page holds (the site's description for other pages)."""
    language = briefing.site.language
    translated = i18n.translations(language)

    def facts(count: int) -> str:
        return translated.ngettext("%(num)d fact", "%(num)d facts", count) % {"num": count}

    if isinstance(page_object, Fact):
        text = describe_fact(briefing, page_object)
    elif isinstance(page_object, Topic):
        text = plain(page_object.summary) or translated.gettext("%(facts)s on %(topic)s.") % {
            "facts": facts(len(page_object.facts)), "topic": page_object.title}
    elif isinstance(page_object, Source):
        source = page_object
        by = ", ".join(p for p in (source.publisher, i18n.format_when(source.published, language)) if p)
        count = len(briefing.facts_by_source.get(source.id, []))
        title = f"“{source.title}”{f' ({by})' if by else ''}"
        text = translated.ngettext("Archived text of %(title)s, with the passages %(num)d fact quote highlighted.",
                                   "Archived text of %(title)s, with the passages %(num)d facts quote highlighted.",
                                   count) % {"title": title, "num": count}
    elif isinstance(page_object, Entity):
        count = len(briefing.facts_by_entity.get(page_object.id, []))
        kind = ENTITY_KIND_WORDS.get(page_object.kind, page_object.kind)
        if i18n.primary(language) != i18n.SOURCE_LANGUAGE:  # the plural label (English reads better singular)
            kind = i18n.labels(language)["kind"].get(page_object.kind, kind)
        text = plain(page_object.description) or translated.gettext("%(kind)s: %(facts)s involving %(name)s.") % {
            "kind": kind, "facts": facts(count), "name": page_object.name}
    else:
        text = plain(briefing.site.description)
    return trim(text, DESCRIPTION_LIMIT)


def _json_ld(value: dict[str, Any]) -> Markup:
    """JSON for a <script> element: '<', '>' and '&' escaped so no text can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # safe: escaped just above for the script context


def claim_json_ld(briefing: Briefing, fact: Fact) -> Markup:
    """schema.org `Claim` for a fact page: the claim, who makes it, what it is about, where it appears."""
    base = briefing.site.base_url
    actors = [briefing.entities[p.actor.id] for p in fact.positions
              if p.stance in ("asserts", "confirms") and p.actor.id in briefing.entities]
    claim: dict[str, Any] = {"@context": "https://schema.org", "@type": "Claim", "text": fact.claim}
    if base:
        claim["url"] = urls.absolute_url(base, urls.route_for(fact))
    if fact.date is not None:
        claim["temporalCoverage"] = fact.date.iso()
    if fact.added is not None:
        claim["dateCreated"] = fact.added.iso()
    if fact.updated is not None:
        claim["dateModified"] = fact.updated.iso()
    if actors:
        claim["author"] = [{"@type": SCHEMA_TYPES.get(e.kind, "Thing"), "name": e.name}
                           for e in dict.fromkeys(actors)]
    about = [briefing.entities[r.id] for r in fact.entities if r.id in briefing.entities]
    if about:
        claim["about"] = [{"@type": SCHEMA_TYPES.get(e.kind, "Thing"), "name": e.name} for e in about]
    appearances = []
    for source_id in dict.fromkeys(c.source.id for c in fact.citations):
        source = briefing.sources.get(source_id)
        if source is None:
            continue
        article: dict[str, Any] = {"@type": "NewsArticle", "headline": source.title}
        if source.publisher:
            article["publisher"] = {"@type": "Organization", "name": source.publisher}
        if source.published is not None:
            article["datePublished"] = source.published.iso()
        if source.url:
            article["url"] = source.url
        appearances.append((source.published.sort_key() if source.published else (9999, 0, 0, 0), article))
    if appearances:
        claim["appearance"] = [a for _, a in appearances]
        claim["firstAppearance"] = min(appearances, key=lambda pair: pair[0])[1]
    return _json_ld(claim)


def page_meta(briefing: Briefing, route: str, title: str, context: dict[str, Any]) -> dict[str, Any]:
    """The head metadata of one planned page, added to its template context."""
    page_object = None
    for key in ("fact", "source", "entity", "topic"):
        candidate = context.get(key)
        if isinstance(candidate, Fact | Source | Entity | Topic) and urls.route_for(candidate) == route:
            page_object = candidate
            break
    site = briefing.site
    meta: dict[str, Any] = {"page_description": describe(briefing, page_object), "canonical_url": "",
                            "open_graph": {}, "json_ld": ""}
    if site.base_url:
        meta["canonical_url"] = urls.absolute_url(site.base_url, route)
        meta["open_graph"] = {
            "og:type": "article" if isinstance(page_object, Fact | Source) else "website",
            "og:title": title or site.title,
            "og:description": meta["page_description"],
            "og:url": meta["canonical_url"],
            "og:site_name": site.title,
        }
    if isinstance(page_object, Fact):
        meta["json_ld"] = claim_json_ld(briefing, page_object)
    return meta
