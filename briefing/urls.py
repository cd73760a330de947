"""Every URL of the site is computed here: routes for objects, and relative links between routes.

Links are relative and name `.html` files, so the site works from `file://` and under any
sub-path (GitHub Pages project sites) without a server rewriting anything.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from .model import Entity, Fact, Source, Topic

HOME = "index.html"
TIMELINE = "timeline.html"
SOURCES = "sources/index.html"
ENTITIES = "entities/index.html"
NOT_FOUND = "404.html"
SEARCH = "search.html"
STYLESHEET = "assets/style.css"
I18N_STYLESHEET = "assets/i18n.css"  # the language switcher, untranslated marks, quote translations
SCRIPT = "assets/site.js"
ICON = "assets/icon.svg"  # the tab's icon: without one, browsers ask the server root for /favicon.ico
PREVIEW_SCRIPT = "assets/preview.js"
MESSAGES_SCRIPT = "assets/messages.js"  # the words of the scripts below; loaded before them
FILTER_SCRIPT = "assets/filters.js"
# Publishing: search, feed, sitemap and data exports (issue 4)
SEARCH_SCRIPT = "assets/search.js"
SEARCH_INDEX = "search-index.js"
FEED = "feed.xml"
SITEMAP = "sitemap.xml"
DATA_JSON = "data/briefing.json"
DATA_CSV = "data/facts.csv"
DATA_CSL = "data/sources.csl.json"
VIEWS_SCRIPT = "assets/views.js"  # progressive enhancement of the views: chart/table toggle, sorting, filters
# Analyst views
DISPUTED = "disputed.html"
SINGLE_SOURCE = "single-source.html"
NUMBERS = "numbers.html"
REGISTER = "register.html"
CHANGES = "changes.html"
METHODOLOGY = "methodology.html"
PACK = "briefing.html"  # the briefing pack's front: title block, key judgments, contents
# The pack's other parts: one per topic (split like topic pages) and the appendices, under briefing/.
PACK_REGISTER = "briefing/register.html"
PACK_NUMBERS = "briefing/estimates.html"
PACK_BIBLIOGRAPHY = "briefing/bibliography.html"
MAP = "map.html"
ANALYSIS = (DISPUTED, SINGLE_SOURCE, NUMBERS, REGISTER, CHANGES, PACK, METHODOLOGY)

_PREFIX = {Fact: "facts", Source: "sources", Entity: "entities", Topic: "topics"}
_KIND_PREFIX = {"fact": "facts", "source": "sources", "entity": "entities", "topic": "topics"}


def route_for(target: Fact | Source | Entity | Topic) -> str:
    """The output path of an object's page, relative to the site root."""
    return f"{_PREFIX[type(target)]}/{target.id}.html"


# Facts per topic page: a topic with more facts is split into pages (topics/<id>.html, then
# topics/<id>.2.html, ...; ids never contain a dot, so these cannot collide with another topic).
TOPIC_PAGE_SIZE = 500


def topic_page(topic_id: str, number: int) -> str:
    """The route of page `number` (1, 2, ...) of a topic; page 1 is the topic's own route."""
    return f"topics/{topic_id}.html" if number <= 1 else f"topics/{topic_id}.{number}.html"


def topic_page_count(count: int) -> int:
    """How many pages (and pack parts) a topic of `count` facts has: pages of TOPIC_PAGE_SIZE, but a
    last page of a fifth of that or less joins the one before (501 facts make one page, not 500 and 1)."""
    return max(1, -(-(count - TOPIC_PAGE_SIZE // 5) // TOPIC_PAGE_SIZE))


def _page_numbers(count: int) -> list[int]:
    pages = topic_page_count(count)
    return [min(position // TOPIC_PAGE_SIZE, pages - 1) for position in range(count)]


def topic_pages_of(topic_id: str, count: int) -> list[str]:
    """The route of the topic page listing each fact, by its 0-based position, of a topic of `count` facts."""
    routes = [topic_page(topic_id, n) for n in range(1, topic_page_count(count) + 1)]
    return [routes[n] for n in _page_numbers(count)]


def pack_part(topic_id: str, number: int) -> str:
    """The route of part `number` (1, 2, ...) of a topic in the briefing pack (topics/ keeps them apart
    from the appendices: a topic may be called 'register')."""
    return f"briefing/topics/{topic_id}.html" if number <= 1 else f"briefing/topics/{topic_id}.{number}.html"


def pack_parts_of(topic_id: str, count: int) -> list[str]:
    """The route of the pack part holding each fact, by its 0-based position, of a topic of `count` facts."""
    routes = [pack_part(topic_id, n) for n in range(1, topic_page_count(count) + 1)]
    return [routes[n] for n in _page_numbers(count)]


def is_pack(route: str) -> bool:
    """True for a page of the briefing pack: its front or one of its parts."""
    return route == PACK or route.startswith("briefing/")


def route_of(kind: str, ident: str) -> str:
    """The route of an object given its kind name ('fact', 'source', 'entity', 'topic') and id."""
    return f"{_KIND_PREFIX[kind]}/{ident}.html"


@lru_cache(maxsize=65536)
def _href(base: str, to_route: str) -> str:
    # Pages link to a few thousand routes from a handful of folders: caching by
    # (folder, route) turns the path arithmetic into a dict hit on big sites. Routes are
    # relative, normalised and never contain '..', so the common prefix is all it takes
    # (posixpath.relpath would ask the operating system for the working directory).
    if base == ".":
        return quote(to_route)
    up = base.split("/")
    down = to_route.split("/")
    common = 0
    while common < len(up) and common < len(down) - 1 and up[common] == down[common]:
        common += 1
    return quote("../" * (len(up) - common) + "/".join(down[common:]))


def search_segment(segment: str) -> str:
    """The route of the main file of a segment of the search index (`topics/weapons`, `sources`, …)."""
    return f"search/{segment}/index.js"


def search_terms_shard(segment: str, number: int) -> str:
    """The route of term shard `number` (1, 2, …) of a search index segment: postings of a range of terms."""
    return f"search/{segment}/t-{number}.js"


def search_docs_shard(segment: str, number: int) -> str:
    """The route of document shard `number` (1, 2, …) of a search index segment: what results show."""
    return f"search/{segment}/d-{number}.js"


def series_csv(series_id: str) -> str:
    """The route of the CSV download of one estimate series."""
    return f"data/series/{series_id}.csv"


def relative_url(from_route: str, to_route: str, fragment: str = "") -> str:
    """A link from one page to another (or to an anchor on it), relative to the linking page."""
    if from_route == to_route and fragment:
        return "#" + quote(fragment)
    href = _href(from_route.rpartition("/")[0] or ".", to_route)
    return f"{href}#{quote(fragment)}" if fragment else href


def absolute_url(base_url: str, route: str) -> str:
    """The public address of a route; only for feeds, sitemaps and canonical links."""
    if not base_url:
        return ""
    return base_url.rstrip("/") + "/" + quote(route)


# --- translated editions: each is a copy of the site's tree under <lang>/ ---------------------
# What every edition shares, written once at the site root: stylesheets, scripts, data exports.
SHARED_PREFIXES = ("assets/", "data/")


def is_shared(route: str) -> bool:
    """True for a file all editions link to at the site root (assets, data exports)."""
    return route.startswith(SHARED_PREFIXES)


def edition_route(edition: str, route: str) -> str:
    """Where a route of an edition is written: `ko/facts/x.html`; the original edition ('') and
    shared files stay at the root."""
    if not edition or is_shared(route):
        return route
    return f"{edition}/{route}"


def edition_link(edition: str, from_route: str, to_route: str, fragment: str = "") -> str:
    """A link from a page of an edition (its route inside the edition) to a route of the same edition."""
    if edition and is_shared(to_route):
        return relative_url(edition_route(edition, from_route), to_route, fragment)
    return relative_url(from_route, to_route, fragment)


def other_edition_link(edition: str, other: str, route: str) -> str:
    """A link from a page of one edition to the same page in another ('' is the original)."""
    return relative_url(edition_route(edition, route), edition_route(other, route))


def edition_base_url(base_url: str, edition: str) -> str:
    """The public address of an edition's root."""
    if not base_url or not edition:
        return base_url
    return base_url.rstrip("/") + "/" + quote(edition) + "/"
