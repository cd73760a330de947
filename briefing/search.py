"""The offline search index: an inverted index computed at build time, in segments and shards a page
loads on demand.

It ships as classic `<script src>` files (`window.BRIEFING_SEARCH.push({...})`), never fetched:
`fetch()`, modules and workers are blocked under `file://`, a script tag is not. The root file,
`search-index.js`, lists the segments (one per topic or chunk of a big topic, one for the
entities, one for the sources and their archived passages); each segment's `search/<name>/index.js`
holds its sorted vocabulary with document counts, its documents' lengths and filters and the names
of its other files; `search/<name>/t-N.js` hold the postings of a range of its terms (document,
weighted term frequency), and `search/<name>/d-N.js` its documents to show. A query loads only the
shards its terms and its best results live in, so a 20,000-fact briefing answers without reading its
whole index; an edit rewrites only the segments it touches.

Words are normalised the same way here and in `assets/search.js` (`fold`, `terms`): Unicode NFC,
lower case, accents and typographic quotes and dashes folded; identifiers are indexed whole and
in parts (`KN-23` → `kn23`, `kn`, `23`); Hangul, kana and Han are indexed as syllable bigrams, so
`북한` finds `북한이`. Relevance is BM25 over weighted fields, computed by the page from the frequencies
stored here and the document counts and lengths of all segments together.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import accumulate, chain
from typing import Any

from . import derive, i18n, urls
from .dates import When
from .derive import same_inputs, standing
from .model import Briefing, Entity, Fact, Source, Topic, keeping
from .passages import index_text

VERSION = 3
GLOBAL = "BRIEFING_SEARCH"
KINDS = ("fact", "source", "entity", "topic", "passage")
STANCES = ("asserts", "denies", "confirms", "declines-comment")
CORROBORATION = ("single-source", "corroborated")
BODY_LIMIT = 400  # characters of a description or summary kept per document: enough to find and show it
STANCE_WORDS = {"asserts": "asserts", "denies": "denies", "confirms": "confirms",
                "declines-comment": "declines to comment"}
ENTITY_KIND_WORDS = {"state": "State", "organization": "Organisation", "person": "Person", "unit": "Military unit",
                     "weapon": "Weapon system", "place": "Place", "event": "Event", "outlet": "News outlet",
                     "technology": "Technology or capability"}
# Relevance: BM25 with field weights (BM25F-style); archived passages rank below the facts
# that quote them, because a fact is the briefing's own statement.
FIELD_WEIGHTS = (3, 2, 1)  # title (claim, name), meta (names, aliases, actors), body (quotes, text)
KIND_WEIGHTS = {"fact": 1.0, "source": 1.0, "entity": 1.2, "topic": 1.2, "passage": 0.6}
BM25_K1 = 1.2
BM25_B = 0.75

_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_BLOCK = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)", re.MULTILINE)
_MARKDOWN_MARKS = re.compile(r"[*`]+|(?<!\w)_+|_+(?!\w)")  # emphasis marks, not snake_case words
_SPACE = re.compile(r"\s+")

# --- normalisation and tokens (mirrored in assets/search.js) ----------------------------------------

_TYPOGRAPHY = str.maketrans({
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
})
# A word: letters and digits (Python's \w without the underscore); between words, a lone hyphen
# joins the parts of an identifier.
_WORD = re.compile(r"[^\W_]+")
# Splitting at ASCII punctuation by translate + split is several times faster than the regex.
_ASCII_PUNCTUATION = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) != "-"})
# Scripts written without spaces between words (or with particles glued on): Hangul syllables and
# jamo, kana, CJK ideographs. They are indexed as overlapping two-character pieces.
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+")
_DIGIT = re.compile(r"\d")
_LETTERS_DIGITS = re.compile(r"\d+|[^\W\d_]+")


def fold(text: str) -> str:
    """The comparable form of a text: NFC, typographic quotes and dashes plain, lower case, no accents."""
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    if max(decomposed) < "\u0300":  # Latin-1 only after decomposing: no combining mark to drop (fast)
        return unicodedata.normalize("NFC", decomposed)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def _pieces(word: str) -> list[str]:
    """A folded word as index terms: CJK runs as bigrams (a single character as itself), the rest whole."""
    if word.isascii() or not _CJK.search(word):
        return [word]
    out: list[str] = []
    at = 0
    for run in _CJK.finditer(word):
        if run.start() > at:
            out.append(word[at:run.start()])
        chars = run.group()
        out += [chars] if len(chars) == 1 else [chars[i:i + 2] for i in range(len(chars) - 1)]
        at = run.end()
    if at < len(word):
        out.append(word[at:])
    return out


def terms(text: str, query: bool = False) -> list[str]:
    """The terms of a text. The index side adds the parts of identifiers (`kn-23` → `kn23`, `kn`,
    `23`; `m1989` → `m1989`, `m`, `1989`); a query keeps identifiers whole, in the order typed."""
    folded = fold(text)
    if not query:
        found = list(chain.from_iterable(map(_token_terms, folded.translate(_ASCII_PUNCTUATION).split())))
        if "," in folded or "." in folded:
            found += [_joined(written) for written in _JOINED.findall(folded)]
        return found
    out: list[str] = []
    for match in _QUERY_WORD.finditer(_JOINED.sub(lambda m: _joined(m.group()), folded)):
        word = match.group()
        if "-" in word and _DIGIT.search(word) and not _CJK.search(word):
            out.append(word.replace("-", ""))
        else:
            for part in _WORD.findall(word):
                out += _pieces(part)
    return out


# A figure with thousands separators (11,000) or a dotted abbreviation (U.S.): also indexed joined
# (11000, us), and a query writes it joined, so "11000" finds "11,000" and "US" finds "U.S.".
_JOINED = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.])(?:[^\W\d_]\.){2,}")


def _joined(written: str) -> str:
    return written.replace(",", "").replace(".", "")


_CHAIN = re.compile(r"[^\W_]+(?:-[^\W_]+)+")  # words joined by single hyphens
_QUERY_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*-?")  # the same, or a word being typed ("kn-")


@lru_cache(maxsize=200_000)
def _token_terms(token: str) -> list[str]:
    """The index terms of a run of text without spaces: a word, hyphenated words and identifiers
    (`kn-23`), or words with other punctuation or symbols between them."""
    if token.isalnum():
        return _expand(token)
    out: list[str] = []
    for part in _WORD.findall(token):
        out += _expand(part)
    out += [chain.replace("-", "") for chain in _CHAIN.findall(token)
            if _DIGIT.search(chain) and not _CJK.search(chain)]
    return out


@lru_cache(maxsize=200_000)
def _expand(word: str) -> list[str]:
    """A folded word's index terms: its CJK bigrams, or itself and its letter and digit parts."""
    pieces = _pieces(word)
    if len(pieces) > 1:
        return pieces
    split = _LETTERS_DIGITS.findall(word)
    return [word, *split] if len(split) > 1 else [word]


# --- documents ------------------------------------------------------------------------------------


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


# A PDF's page line ("[p. 3]", written by `new source`): an anchor on the source page, not a passage.
PAGE_MARK = re.compile(r"\[p\. (\d+)\]")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of an archived text: its non-blank lines other than page
    lines, as the source page shows and numbers them."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip() and not PAGE_MARK.fullmatch(line.strip()):
            spans.append((start, end))
    return spans


PASSAGE_ANCHOR = "passage-"


def paragraph_anchor(number: int) -> str:
    """The element id of paragraph `number` (1, 2, …) of an archived text on its source page."""
    return f"{PASSAGE_ANCHOR}{number}"


@dataclass(slots=True)
class Doc:
    """One searchable document: what is shown (`record`), what is indexed (three fields) and its filters
    (`topic` is a position in its segment's list of topics)."""

    kind: str
    record: list[Any]
    fields: tuple[str, str, str]
    topic: int = -1
    stances: int = 0
    corroboration: int = -1
    years: tuple[int, int] | None = None  # the first and last year it speaks of (the date filter)
    # Computed from the fields and the record when first needed, and kept with the document (a fact's
    # document is kept across builds: `_fact`): its terms with their weights, its length in terms,
    # and the length of its record in JSON.
    analysed: tuple[tuple[str, ...], tuple[int, ...], int] | None = None
    size: int = -1


def _when(value: When | None, language: str = "en") -> str:
    return i18n.format_when(value, language)


def _years(value: When | None) -> tuple[int, int] | None:
    """The first and last year of a date or range (an open end: the known one), or None."""
    if value is None or (value.start is None and value.end is None):
        return None
    first = (value.start or value.end).year  # type: ignore[union-attr]
    last = value.end.year if value.is_range and value.end else first
    return first, max(first, last)


def _label(briefing: Briefing, entity_id: str) -> str:
    entity = briefing.entities.get(entity_id)
    return entity.label if entity else entity_id


@lru_cache(maxsize=8192)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # Every segment whose facts quote a source needs its paragraphs: cut each text once.
    return tuple(paragraphs(text))


@lru_cache(maxsize=1024)
def _indexed(text: str) -> Any:
    return index_text(text)


def _locate(source: Source, quote: str) -> tuple[int, int, int] | None:
    """(paragraph number, start, end in the paragraph) of a quote lying inside one paragraph, else None."""
    start = source.text.find(quote)  # usually verbatim; else the checker's typography-tolerant match
    if start >= 0:
        end = start + len(quote)
    else:
        found = _indexed(source.text).locate(quote)
        if not found:
            return None
        start, end = found[0]
    for number, (left, right) in enumerate(_spans(source.text), start=1):
        if left <= start and end <= right:
            return number, start - left, end - left
    return None


# Fact documents kept across builds in one process (the dev server builds again after every save):
# by language, then fact id, with what they are made from, the passages they cite and (filled in when
# indexed) their analysis; made again when the fact, its line of metadata, its corroboration or a
# source it quotes is no longer the same (derive.same_inputs).
_FACT_DOCS: dict[str, dict[str, tuple[tuple[Any, ...], Doc, tuple[tuple[str, int], ...], tuple[Any, ...]]]] = {}


def forget_kept() -> None:
    """Drop the fact documents kept across builds (the next build makes them all, as a new process would)."""
    _FACT_DOCS.clear()
    _SIZES.clear()
    _INDEXES.clear()


def _stance_words(language: str) -> dict[str, str]:
    # i18n.labels makes every label of a language, and a segment asks once per fact: kept while the
    # language's catalogue is the same (i18n.forget_catalogues makes a new one).
    catalogue = i18n.translations(language)
    found = _STANCE_WORDS.get(language)
    if found is None or found[0] is not catalogue:
        found = _STANCE_WORDS[language] = (catalogue, i18n.labels(language)["stance"])
    return found[1]


_STANCE_WORDS: dict[str, tuple[Any, dict[str, str]]] = {}


def _fact(briefing: Briefing, fact: Fact, number: int, cites: dict[str, list[int]]) -> Doc:
    """A fact's document. A quote lying inside one paragraph is shown from the passage's record
    ([source id, paragraph, start, end]); `cites` gathers, per source, [paragraph, fact document, …]
    so the passage can say which facts cite it without its own segment knowing the facts."""
    language = briefing.site.language
    topic = briefing.topics.get(fact.topic)
    kept = _FACT_DOCS.setdefault(language, {})
    known = kept.get(fact.id)
    # What the inputs below are read from besides the fact: every source and entity (a label, a
    # standing), the topic's title and the language's words. While all are as for the kept document,
    # the same fact object has the same inputs: a segment's 2,000 facts need not gather them again.
    quick = (derive.world(briefing), topic.title if topic else "", i18n.translations(language))
    if known is None or known[0][0] is not fact or known[3] != quick:
        stance_words = _stance_words(language)
        said = "; ".join(f"{_label(briefing, p.actor.id)} {stance_words.get(p.stance, p.stance)}"
                         for p in fact.positions)
        meta = " · ".join(part for part in (_when(fact.date, language), topic.title if topic else "", said) if part)
        corroboration = 0 if standing(briefing, fact).independent_sources <= 1 else 1
        sources = briefing.sources
        inputs = (fact, meta, corroboration, *(sources.get(c.source.id) for p in fact.positions for c in p.citations))
        if known is None or not same_inputs(known[0], inputs):
            known = (inputs, *_fact_doc(briefing, fact, meta, corroboration), quick)
        else:
            known = (inputs, known[1], known[2], quick)
        kept[fact.id] = known
    for source_id, paragraph in known[2]:
        cites.setdefault(source_id, []).extend((paragraph, number))
    return known[1]


def _fact_doc(briefing: Briefing, fact: Fact, meta: str, corroboration: int) -> tuple[Doc, tuple[tuple[str, int], ...]]:
    """A fact's document, and the (source, paragraph) of each passage it quotes, in order, each once."""
    body: list[Any] = []
    if fact.quantity is not None:
        body.append(fact.quantity.text or fact.quantity.unit)
    seen = set()
    cited: dict[tuple[str, int], None] = {}
    for citation in fact.citations:
        if (citation.source.id, citation.quote) in seen:
            continue
        seen.add((citation.source.id, citation.quote))
        source = briefing.sources[citation.source.id]
        found = _locate(source, citation.quote)
        if found is None:
            body.append(citation.quote)
            continue
        paragraph, start, end = found
        body.append([source.id, paragraph, start, end])
        cited[(source.id, paragraph)] = None
    said_words = [fact.quantity.text or fact.quantity.unit] if fact.quantity is not None else []
    said_words += dict.fromkeys(c.quote for c in fact.citations)
    said_words += dict.fromkeys(c.translation for c in fact.citations if c.translation)  # found in either language
    stances = 0
    for position in fact.positions:
        if position.stance in STANCES:
            stances |= 1 << STANCES.index(position.stance)
    return Doc("fact", [KINDS.index("fact"), fact.id, fact.claim, meta, body],
               (fact.claim, meta, " ".join(said_words)), 0, stances, corroboration, _years(fact.date)), tuple(cited)


def _source(source: Source) -> Doc:
    meta = " · ".join(part for part in (source.publisher, _when(source.published), ", ".join(source.authors),
                                        f"via {source.via}" if source.via else "") if part)
    body = trim(plain(source.note))
    return Doc("source", [KINDS.index("source"), source.id, source.title, meta, body], (source.title, meta, body),
               years=_years(source.published))


def _entity(entity: Entity) -> Doc:
    names = [n for n in (entity.short, *entity.aliases) if n and n != entity.name]
    kind = ENTITY_KIND_WORDS.get(entity.kind, entity.kind)
    meta = " · ".join(part for part in (kind, ", ".join(names)) if part)
    body = trim(plain(entity.description))
    # The kind word ("Weapon system") is shown in the line under the name but weighs as body text:
    # at the weight of names it put every weapon entity above the facts that say "weapons".
    return Doc("entity", [KINDS.index("entity"), entity.id, entity.name, meta, body],
               (entity.name, ", ".join(names), f"{kind} {body}"))


def _topic(topic: Topic, language: str = "en") -> Doc:
    count = len(topic.facts)
    words = i18n.translations(language)
    meta = f"{words.gettext('Topic')} · {words.ngettext('%(num)d fact', '%(num)d facts', count) % {'num': count}}"
    body = trim(plain(topic.summary))
    return Doc("topic", [KINDS.index("topic"), topic.id, topic.title, meta, body], (topic.title, meta, body), topic=0)


# --- segments -------------------------------------------------------------------------------------
#
# The index is cut into segments, each a complete small index (vocabulary with document counts,
# document lengths, filters, term and document shards): one per topic, a topic of thousands of
# facts in chunks of SEGMENT_PAGES topic pages, one for the entities and one for the sources and
# the passages of their archived texts. A segment is computed from its own objects only, so an
# edit rewrites the files of the segments it touches. The page sums the document counts and
# lengths over the segments, so the ranking is the BM25 of the whole briefing.

SEGMENT_PAGES = 4  # facts per topic segment: this many topic pages (urls.TOPIC_PAGE_SIZE each)
SEGMENTED = True  # False: one segment of every document, in the same order (the ranking's reference)
# How many files a segment is written in is estimated before it is computed (the routes are planned
# before anything is rendered): a term shard per ~TERM_SHARD_CHARS characters of indexed text (some
# 10,000 postings, ~40 KB), a document shard per ~DOC_SHARD_CHARS characters of records as shown
# (~48 KB). The estimate is made from the same objects as the segment, so it is the same in every build.
TERM_SHARD_CHARS = 80_000
DOC_SHARD_CHARS = 48_000
SHARED_PREFIX_MAX = 40  # the vocabulary is front-coded: each term says how much of the previous it repeats

Made = tuple[list[Doc], dict[str, Any]]


@dataclass(slots=True)
class Segment:
    """A part of the index: its name (its folder under search/), the fingerprint keys it is made from,
    the characters it indexes and shows (estimated: they decide its number of files) and
    `make(first)`, its documents numbered from `first` with what its main part adds (topics,
    citations, archive)."""

    name: str
    deps: list[str]
    size: int
    shown: int
    make: Callable[[int], Made]
    language: str = ""  # of its briefing: what is kept of its index is kept per segment and language

    def routes(self) -> tuple[str, list[str], list[str]]:
        """The routes of its main part, of its term shards and of its document shards."""
        terms = max(1, math.ceil(self.size / TERM_SHARD_CHARS))
        docs = max(1, math.ceil(self.shown / DOC_SHARD_CHARS))
        return (urls.search_segment(self.name), [urls.search_terms_shard(self.name, n) for n in range(1, terms + 1)],
                [urls.search_docs_shard(self.name, n) for n in range(1, docs + 1)])


def _fact_size(fact: Fact) -> int:
    return 80 + len(fact.claim) + sum(len(c.quote) + len(c.translation or "")
                                      for p in fact.positions for c in p.citations)


def _fact_shown(fact: Fact) -> int:
    # Quotes are shown from their passages.
    return 70 + len(fact.claim) + 25 * sum(len(p.citations) for p in fact.positions)


# Each fact's `_fact_size` and `_fact_shown`, by language and fact id, with the fact they were
# computed from: the next build in the process (the dev server's) computes them for changed facts only.
_SIZES: dict[str, dict[str, tuple[Fact, int, int]]] = {}


def _sizes(kept: dict[str, tuple[Fact, int, int]], facts: list[Fact]) -> tuple[int, int]:
    """The sums of `_fact_size` and `_fact_shown` over `facts`, each computed again only for a fact
    that is not the object it was computed from."""
    size = shown = 0
    for fact in facts:
        found = kept.get(fact.id)
        if found is None or found[0] is not fact:
            found = kept[fact.id] = (fact, _fact_size(fact), _fact_shown(fact))
        size += found[1]
        shown += found[2]
    return size, shown


def _text_size(*texts: str) -> int:
    return 60 + sum(min(len(t), BODY_LIMIT) for t in texts)


def _topic_docs(briefing: Briefing, topic: Topic, facts: list[Fact], first_chunk: bool, first: int) -> Made:
    docs = [_topic(topic, briefing.site.language)] if first_chunk else []
    cites: dict[str, list[int]] = {}
    docs += [_fact(briefing, fact, first + len(docs) + n, cites) for n, fact in enumerate(facts)]
    return docs, {"topics": [topic.id], "cites": {source: cites[source] for source in sorted(cites)}}


def _entity_docs(briefing: Briefing, first: int) -> Made:
    return [_entity(e) for e in sorted(briefing.entities.values(), key=lambda e: e.name.casefold())], {}


def _source_docs(briefing: Briefing, first: int) -> Made:
    """Sources, then the passages of their archived texts. A passage record is [kind, source document,
    paragraph number, text]; the page adds the facts citing it (from the topic segments' `cites`)."""
    sources = sorted(briefing.sources.values(), key=lambda s: s.id)
    docs = [_source(s) for s in sources]
    counts = []
    for number, source in enumerate(sources):
        spans = _spans(source.text)
        counts.append(len(spans))
        for paragraph, (start, end) in enumerate(spans, start=1):
            text = source.text[start:end].strip()
            docs.append(Doc("passage", [KINDS.index("passage"), first + number, paragraph, text], ("", "", text),
                            years=docs[number].years))
    return docs, {"archive": {"first": first, "ids": [s.id for s in sources], "paragraphs": counts}}


def _facts_keys(facts: Iterable[Fact]) -> list[str]:
    return [f"fact:{f.id}" for f in facts]


def segments(briefing: Briefing, topics: list[Topic],
             facts_deps: Callable[[Iterable[Fact]], list[str]] = _facts_keys) -> list[Segment]:
    """The segments of the index, in the order their documents are numbered; cheap (nothing is indexed yet).

    `facts_deps` gives the fingerprint keys of a list of facts (the plan's: the facts and the sources they cite)."""
    chunk = urls.TOPIC_PAGE_SIZE * SEGMENT_PAGES
    found: list[Segment] = []
    sizes = _SIZES.setdefault(briefing.site.language, {})
    if len(sizes) > 2 * len(briefing.facts) + 1000:
        sizes.clear()  # many facts deleted or renamed since: forget them
    for topic in topics:
        facts = list(topic.facts)
        for part in range(max(1, math.ceil(len(facts) / chunk))):
            piece = facts[part * chunk:(part + 1) * chunk]
            deps = ["site", "entity:*", f"topic:{topic.id}", *facts_deps(piece)]  # entities: names, outlets
            if part == 0:
                deps.append(f"topic-size:{len(facts)}")  # its document says how many facts the topic has
            head = _text_size(topic.title, topic.summary) if part == 0 else 0
            size, shown = _sizes(sizes, piece)
            found.append(Segment(f"topics/{topic.id}" + (f".{part + 1}" if part else ""), deps,
                                 head + size, head + shown, partial(_topic_docs, briefing, topic, piece, part == 0),
                                 briefing.site.language))
    entities = sum(_text_size(e.name, e.description, *e.aliases) for e in briefing.entities.values())
    found.append(Segment("entities", ["site", "entity:*"], entities, entities, partial(_entity_docs, briefing)))
    sources = sum(_text_size(s.title, s.publisher, s.note) for s in briefing.sources.values())
    texts = sum(len(s.text) for s in briefing.sources.values())
    found.append(Segment("sources", ["site", "source:*"], sources + texts, sources + texts * 21 // 20,
                         partial(_source_docs, briefing)))
    if SEGMENTED:
        return found
    return [Segment("all", [], sum(s.size for s in found), sum(s.shown for s in found), partial(_together, found))]


def _together(parts: list[Segment], first: int) -> Made:
    """The documents of several segments as one, numbered in their order (the single-index reference)."""
    docs: list[Doc] = []
    extra: dict[str, Any] = {"topics": [], "cites": {}}
    for segment in parts:
        made, more = segment.make(first + len(docs))
        shift = len(extra["topics"])
        # Shifted copies: a fact's document is kept across builds (`_fact`), so it is never changed.
        docs += [replace(doc, topic=doc.topic + shift) if doc.topic >= 0 else doc for doc in made]
        extra["topics"] += more.get("topics", [])
        for source, flat in more.get("cites", {}).items():
            extra["cites"].setdefault(source, []).extend(flat)
        if "archive" in more:
            extra["archive"] = more["archive"]
    return docs, extra


def documents(briefing: Briefing, topics: list[Topic]) -> list[Doc]:
    """Every searchable document, in the order the page numbers them (segment after segment)."""
    docs: list[Doc] = []
    for segment in segments(briefing, topics):
        docs += segment.make(len(docs))[0]
    return docs


# --- the inverted index of one segment ------------------------------------------------------------


def _analyse(doc: Doc) -> tuple[Counter[str], int]:
    """A document's weighted term frequencies and its length in terms (every field counted once)."""
    title, meta, body = (terms(text) if text else [] for text in doc.fields)
    tf: Counter[str] = Counter(body)  # the long field counted in C; the short ones added with their weights
    for found, weight in ((title, FIELD_WEIGHTS[0]), (meta, FIELD_WEIGHTS[1])):
        for term in found:
            tf[term] += weight
    return tf, len(title) + len(meta) + len(body)


def _postings(docs: list[Doc]) -> tuple[dict[str, list[int]], list[int]]:
    """term → [document, weighted term frequency, …] in document order; and each document's length.

    Scores are not computed here: BM25's document frequencies and average length are those of the
    whole briefing, which the page sums over the segments."""
    postings: dict[str, list[int]] = defaultdict(list)
    lengths: list[int] = []
    for number, doc in enumerate(docs):
        analysed = _analysed(doc)
        lengths.append(analysed[2])
        for term, weight in zip(analysed[0], analysed[1], strict=True):
            found = postings[term]
            found.append(number)
            found.append(weight)
    return postings, lengths


def _cut(sizes: list[int], parts: int) -> list[int]:
    """The first index of each of `parts` consecutive runs of about equal total size (runs may be empty)."""
    total = sum(sizes)
    prefix = list(accumulate(sizes, initial=0))
    return [min(bisect_left(prefix, total * j / parts), len(sizes)) for j in range(parts)]


def _term_shards(postings: dict[str, list[int]], count: int, vocabulary: list[str],
                 coded: dict[str, list[int]]) -> tuple[list[int], list[list[Any]]]:
    """The index of the first term of each of `count` shards of the sorted `vocabulary`, and each
    shard's postings: per term, a flat list of document gaps each followed by the weighted frequency,
    except that a frequency of 1 (most words of most documents) is written as the gap negated, less
    one. `coded` keeps each term's coding (a term whose postings change is dropped from it)."""
    starts = _cut([len(postings[t]) for t in vocabulary], count)
    shards: list[list[Any]] = []
    for shard, start in enumerate(starts):
        end = starts[shard + 1] if shard + 1 < len(starts) else len(vocabulary)
        out = []
        for term in vocabulary[start:end]:
            found = coded.get(term)
            if found is None:
                found = coded[term] = _coded(postings[term])
            out.append(found)
        shards.append(out)
    return starts, shards


def _coded(flat: list[int]) -> list[int]:
    coded: list[int] = []
    previous = 0
    for i in range(0, len(flat), 2):
        gap, tf = flat[i] - previous, flat[i + 1]
        previous = flat[i]
        if tf == 1:
            coded.append(-gap - 1)
        else:
            coded += (gap, tf)
    return coded


def _doc_shards(docs: list[Doc], count: int) -> tuple[list[int], list[list[Any]]]:
    """Documents in order, cut into `count` shards of about equal size; with the first document of each."""
    for doc in docs:
        if doc.size < 0:
            doc.size = len(json.dumps(doc.record, ensure_ascii=True, separators=(",", ":")))
    sizes = [doc.size for doc in docs]
    starts = _cut(sizes, count)
    ends = [*starts[1:], len(docs)]
    return starts, [[d.record for d in docs[start:end]] for start, end in zip(starts, ends, strict=True)]


def _front_coded(vocabulary: list[str]) -> dict[str, Any]:
    """The sorted vocabulary as `terms`, each less the beginning it shares with the previous term, and
    `shared`, one character per term saying how long that beginning is ("0" + length): a quarter
    smaller once compressed, and every segment's main file is read before the first answer."""
    suffixes: list[str] = []
    shared: list[str] = []
    previous = ""
    for term in vocabulary:
        limit = min(len(term), len(previous), SHARED_PREFIX_MAX)
        n = 0
        while n < limit and term[n] == previous[n]:
            n += 1
        suffixes.append(term[n:])
        shared.append(chr(48 + n))
        previous = term
    return {"terms": suffixes, "shared": "".join(shared)}


def _facet(values: Iterator[int]) -> str:
    """One character per document: "-" for none, else "0", "1", … (compact and gzip-friendly)."""
    return "".join("-" if v < 0 else chr(48 + v) for v in values)


class _Index:
    """A segment's inverted index as last computed in this process, for the next build (the dev
    server's): its documents, postings and lengths, and what was derived from them (the sorted
    vocabulary with its front coding, each term's coded postings)."""

    def __init__(self, docs: list[Doc], postings: dict[str, list[int]], lengths: list[int]) -> None:
        self.docs = docs
        self.postings = postings
        self.lengths = lengths
        self.vocabulary: list[str] | None = None
        self.front: dict[str, Any] | None = None
        self.coded: dict[str, list[int]] = {}


# By (language, segment name): the last index made of each segment.
_INDEXES: dict[tuple[str, str], _Index] = {}
# Past this many changed documents the segment is indexed afresh (cheaper than updating each).
_UPDATE_AT_MOST = 64


def _pair(flat: list[int], number: int) -> int:
    """Where document `number`'s pair is, or would go, in a term's postings (`_postings`)."""
    low, high = 0, len(flat) // 2
    while low < high:
        middle = (low + high) // 2
        if flat[2 * middle] < number:
            low = middle + 1
        else:
            high = middle
    return 2 * low


def _analysed(doc: Doc) -> tuple[tuple[str, ...], tuple[int, ...], int]:
    analysed = doc.analysed
    if analysed is None:
        tf, length = _analyse(doc)
        analysed = doc.analysed = (tuple(tf), tuple(tf.values()), length)
    return analysed


def _index(segment: Segment, docs: list[Doc]) -> _Index:
    """The segment's index: the last one of this process updated where its documents are not the
    same objects (a fact's document is kept while the fact and what it shows are unchanged, so an
    edit changes one), else computed afresh. Either way, what `_postings` gives."""
    key = (segment.language, segment.name)
    last = _INDEXES.get(key)
    if last is not None and len(last.docs) == len(docs):
        changed = [n for n, (old, new) in enumerate(zip(last.docs, docs, strict=True)) if old is not new]
        if len(changed) <= _UPDATE_AT_MOST:
            postings = last.postings
            for number in changed:
                old, new = last.docs[number], docs[number]
                analysed = _analysed(old)
                for term in analysed[0]:
                    flat = postings[term]
                    at = _pair(flat, number)
                    del flat[at:at + 2]
                    if not flat:
                        del postings[term]
                        last.vocabulary = None
                    last.coded.pop(term, None)
                analysed = _analysed(new)
                for term, weight in zip(analysed[0], analysed[1], strict=True):
                    flat = postings.get(term)  # type: ignore[assignment]
                    if flat is None:
                        flat = postings[term] = []
                        last.vocabulary = None
                    at = _pair(flat, number)
                    flat[at:at] = (number, weight)
                    last.coded.pop(term, None)
                last.lengths[number] = analysed[2]
            last.docs = list(docs)
            return last
    postings, lengths = _postings(docs)
    made = _Index(list(docs), dict(postings), lengths)
    if keeping():  # kept for the next build of a process that builds again (model.keeping)
        _INDEXES[key] = made
    else:
        _INDEXES.pop(key, None)
    return made


def segment_parts(segment: Segment, first: int = 0) -> list[tuple[str, dict[str, Any]]]:
    """A segment's files as (route, part): its main part (vocabulary, document counts and lengths,
    filters, file names), then its term and document shards."""
    docs, extra = segment.make(first)
    main_route, term_routes, doc_routes = segment.routes()
    index = _index(segment, docs)
    postings, lengths = index.postings, list(index.lengths)
    if index.vocabulary is None:
        index.vocabulary, index.front = sorted(postings), None
    vocabulary = index.vocabulary
    if index.front is None:
        index.front = _front_coded(vocabulary)
    term_starts, term_shards = _term_shards(postings, len(term_routes), vocabulary, index.coded)
    doc_starts, doc_shards = _doc_shards(docs, len(doc_routes))
    base = min((d.years[0] for d in docs if d.years), default=0)
    main: dict[str, Any] = {
        "type": "segment", "s": segment.name, "total": len(docs),
        "facets": {"kind": _facet(KINDS.index(d.kind) for d in docs), "topic": _facet(d.topic for d in docs),
                   "stance": _facet(d.stances if d.kind == "fact" else -1 for d in docs),
                   "corroboration": _facet(d.corroboration for d in docs),
                   # years as offsets from the segment's first year ("-": none)
                   "from": _facet(d.years[0] - base if d.years else -1 for d in docs),
                   "to": _facet(d.years[1] - base if d.years else -1 for d in docs)},
        "yearBase": base,
        "topics": extra.pop("topics", []), **extra,
        "lengths": lengths, "lengthSum": sum(lengths),
        **index.front, "df": [len(postings[t]) // 2 for t in vocabulary],
        "termShards": term_starts, "docShards": doc_starts,
        "termFiles": [urls.relative_url(urls.SEARCH, r) for r in term_routes],
        "docFiles": [urls.relative_url(urls.SEARCH, r) for r in doc_routes],
    }
    parts: list[tuple[str, dict[str, Any]]] = [(main_route, main)]
    parts += [(route, {"type": "terms", "s": segment.name, "n": n, "postings": shard})
              for n, (route, shard) in enumerate(zip(term_routes, term_shards, strict=True))]
    parts += [(route, {"type": "docs", "s": segment.name, "n": n, "docs": shard})
              for n, (route, shard) in enumerate(zip(doc_routes, doc_shards, strict=True))]
    return parts


def _routes() -> list[list[str]]:
    """[prefix, suffix] of each kind's page address as seen from search.html (from urls.py).
    A passage links to its source's page, at the paragraph's anchor."""
    patterns = []
    for kind in KINDS:
        href = urls.relative_url(urls.SEARCH, urls.route_of("source" if kind == "passage" else kind, "ID"))
        prefix, _, suffix = href.partition("ID")
        patterns.append([prefix, suffix + ("#" + PASSAGE_ANCHOR if kind == "passage" else "")])
    return patterns


def root_part(topics: list[Topic], found: list[Segment]) -> dict[str, Any]:
    """The root file (search-index.js): what every segment shares (kinds, addresses, topics, BM25's
    constants) and the segments' main files, which the page loads first."""
    return {
        "v": VERSION, "type": "main", "kinds": list(KINDS), "routes": _routes(),
        "topics": [[t.id, t.title] for t in topics], "stances": list(STANCES),
        "corroboration": list(CORROBORATION), "bm25": [BM25_K1, BM25_B],
        "kindWeights": [KIND_WEIGHTS[k] for k in KINDS],
        "segments": [[s.name, urls.relative_url(urls.SEARCH, s.routes()[0])] for s in found],
    }


def index_parts(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, dict[str, Any]]]:
    """The whole index as (route, part) pairs: the root at urls.SEARCH_INDEX, then each segment's files."""
    found = segments(briefing, topics)
    parts: list[tuple[str, dict[str, Any]]] = [(urls.SEARCH_INDEX, root_part(topics, found))]
    for segment in found:
        parts += segment_parts(segment)
    return parts


def files(briefing: Briefing, topics: list[Topic], facts_deps: Callable[[Iterable[Fact]], list[str]]
          ) -> list[tuple[str, Any, Callable[[], Any] | None, tuple[str, ...], str]]:
    """The index files for the render stage (format 'script') as (route, value, make, deps, together):
    the root's value now, each segment's files made when rendered (its files computed together, once:
    `together` names the segment, so they are rendered by one worker) and only when the fingerprints
    of what the segment is made from changed."""
    kept = _FACT_DOCS.get(briefing.site.language)
    if kept is not None and len(kept) > 2 * len(briefing.facts) + 1000:
        kept.clear()  # many facts deleted or renamed since: forget them
    found = segments(briefing, topics, facts_deps)
    root = root_part(topics, found)
    digest = hashlib.sha256(json.dumps(root, sort_keys=True).encode()).hexdigest()
    out: list[tuple[str, Any, Callable[[], Any] | None, tuple[str, ...], str]] = [
        (urls.SEARCH_INDEX, (GLOBAL, root), None, (f"search-root:{digest}",), "")]  # its content is its key
    for segment in found:
        made = cache(partial(lambda s: dict(segment_parts(s)), segment))
        main, terms_, docs = segment.routes()
        deps = tuple(segment.deps)  # one tuple for the segment's files: the builder digests it once
        for route in (main, *terms_, *docs):
            out.append((route, None, partial(lambda m, r: (GLOBAL, m()[r]), made, route), deps,
                        f"search:{segment.name}"))
    return out
