"""The offline search index: an inverted index computed at build time, in shards a page loads on demand.

It ships as classic `<script src>` files (`window.BRIEFING_SEARCH.push({...})`), never fetched:
`fetch()`, modules and workers are blocked under `file://`, a script tag is not. The first file,
`search-index.js`, holds the sorted vocabulary, the filters of every document and the names of
the other files; `search/t-N.js` hold the postings of a range of terms (document, score), and
`search/d-N.js` the documents to show. A query loads only the shards its terms and its best
results live in, so a 20,000-fact briefing answers without reading its whole index.

Words are normalised the same way here and in `assets/search.js` (`fold`, `terms`): Unicode NFC,
lower case, accents and typographic quotes and dashes folded; identifiers are indexed whole and
in parts (`KN-23` → `kn23`, `kn`, `23`); Hangul, kana and Han are indexed as syllable bigrams, so
`북한` finds `북한이`. Relevance is BM25 over weighted fields, computed here per (term, document).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from . import i18n, urls
from .dates import When
from .derive import standing
from .model import Briefing, Entity, Fact, Source, Topic
from .passages import index_text

VERSION = 2
GLOBAL = "BRIEFING_SEARCH"
KINDS = ("fact", "source", "entity", "topic", "passage")
STANCES = ("asserts", "denies", "confirms", "declines-comment")
CORROBORATION = ("single-source", "corroborated")
BODY_LIMIT = 400  # characters of a description or summary kept per document: enough to find and show it
TERM_SHARD_POSTINGS = 24_000  # postings per term shard (~100 KB of script)
DOC_SHARD_BYTES = 48_000  # one document shard stays about this size: a result page loads a few of them
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
# Scores ship as small integers on a log scale, round(SCORE_STEPS × ln(1 + BM25)), which the
# page turns back with exp(): steps of 18%, finer than BM25 itself can tell apart, and a fifth
# fewer bytes of postings than exact values.
SCORE_STEPS = 6

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
        return list(chain.from_iterable(map(_token_terms, folded.translate(_ASCII_PUNCTUATION).split())))
    out: list[str] = []
    for match in _QUERY_WORD.finditer(folded):
        word = match.group()
        if "-" in word and _DIGIT.search(word) and not _CJK.search(word):
            out.append(word.replace("-", ""))
        else:
            for part in _WORD.findall(word):
                out += _pieces(part)
    return out


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
    """One searchable document: what is shown (`record`), what is indexed (three fields) and its filters."""

    kind: str
    record: list[Any]
    fields: tuple[str, str, str]
    topic: int = -1
    stances: int = 0
    corroboration: int = -1
    refs: list[int] = field(default_factory=list)


def _when(value: When | None, language: str = "en") -> str:
    return i18n.format_when(value, language)


def _label(briefing: Briefing, entity_id: str) -> str:
    entity = briefing.entities.get(entity_id)
    return entity.label if entity else entity_id


class _Archive:
    """The archived texts cut into passages, with where each quote of a fact lies among them."""

    def __init__(self, briefing: Briefing, first: int) -> None:
        self.numbers: dict[tuple[str, int], int] = {}
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self.indexed: dict[str, Any] = {}
        self.cited_by: dict[int, list[int]] = defaultdict(list)
        self.order: list[tuple[Source, int, int, int]] = []
        for source in sorted(briefing.sources.values(), key=lambda s: s.id):
            self.spans[source.id] = paragraphs(source.text)
            for number, (start, end) in enumerate(self.spans[source.id], start=1):
                self.numbers[(source.id, number)] = first + len(self.order)
                self.order.append((source, number, start, end))

    def quote(self, source: Source, quote: str, fact_doc: int) -> list[Any] | str:
        """A fact's quote as [passage document, start, end] when it lies inside one paragraph, else its text."""
        start = source.text.find(quote)  # usually verbatim; else the checker's typography-tolerant match
        if start >= 0:
            end = start + len(quote)
        else:
            indexed = self.indexed.get(source.id)
            if indexed is None:
                indexed = self.indexed[source.id] = index_text(source.text)
            found = indexed.locate(quote)
            if not found:
                return quote
            start, end = found[0]
        for number, (left, right) in enumerate(self.spans[source.id], start=1):
            if left <= start and end <= right:
                doc = self.numbers[(source.id, number)]
                if fact_doc not in self.cited_by[doc]:
                    self.cited_by[doc].append(fact_doc)
                return [doc, start - left, end - left]
        return quote


def _fact(briefing: Briefing, fact: Fact, topics: dict[str, int], archive: _Archive, number: int) -> Doc:
    language = briefing.site.language
    stance_words = i18n.labels(language)["stance"]
    said = "; ".join(f"{_label(briefing, p.actor.id)} {stance_words.get(p.stance, p.stance)}" for p in fact.positions)
    topic = briefing.topics.get(fact.topic)
    meta = " · ".join(part for part in (_when(fact.date, language), topic.title if topic else "", said) if part)
    body: list[Any] = []
    if fact.quantity is not None:
        body.append(fact.quantity.text or fact.quantity.unit)
    seen = set()
    for citation in fact.citations:
        if (citation.source.id, citation.quote) not in seen:
            seen.add((citation.source.id, citation.quote))
            body.append(archive.quote(briefing.sources[citation.source.id], citation.quote, number))
    refs = [item[0] for item in body if isinstance(item, list)]
    said_words = [fact.quantity.text or fact.quantity.unit] if fact.quantity is not None else []
    said_words += dict.fromkeys(c.quote for c in fact.citations)
    said_words += dict.fromkeys(c.translation for c in fact.citations if c.translation)  # found in either language
    stances = 0
    for position in fact.positions:
        if position.stance in STANCES:
            stances |= 1 << STANCES.index(position.stance)
    standing_ = standing(briefing, fact)
    corroboration = 0 if standing_.independent_sources <= 1 else 1
    return Doc("fact", [KINDS.index("fact"), fact.id, fact.claim, meta, body],
               (fact.claim, meta, " ".join(said_words)), topics.get(fact.topic, -1), stances,
               corroboration, refs)


def _source(source: Source) -> Doc:
    meta = " · ".join(part for part in (source.publisher, _when(source.published), ", ".join(source.authors),
                                        f"via {source.via}" if source.via else "") if part)
    body = trim(plain(source.note))
    return Doc("source", [KINDS.index("source"), source.id, source.title, meta, body], (source.title, meta, body))


def _entity(entity: Entity) -> Doc:
    names = [n for n in (entity.short, *entity.aliases) if n and n != entity.name]
    meta = " · ".join(part for part in (ENTITY_KIND_WORDS.get(entity.kind, entity.kind), ", ".join(names)) if part)
    body = trim(plain(entity.description))
    return Doc("entity", [KINDS.index("entity"), entity.id, entity.name, meta, body], (entity.name, meta, body))


def _topic(topic: Topic, number: int, language: str = "en") -> Doc:
    count = len(topic.facts)
    words = i18n.translations(language)
    meta = f"{words.gettext('Topic')} · {words.ngettext('%(num)d fact', '%(num)d facts', count) % {'num': count}}"
    body = trim(plain(topic.summary))
    return Doc("topic", [KINDS.index("topic"), topic.id, topic.title, meta, body], (topic.title, meta, body),
               topic=number)


def documents(briefing: Briefing, topics: list[Topic]) -> list[Doc]:
    """Every searchable document: topics, entities, sources, facts, then the passages of the archived texts.

    A passage record is [kind, source document, paragraph number, text, citing fact documents]; a
    fact's quotes point into the passages ([passage, start, end]) rather than repeating their text."""
    topic_numbers = {t.id: n for n, t in enumerate(topics)}
    docs = [_topic(t, topic_numbers[t.id], briefing.site.language) for t in topics]
    docs += [_entity(e) for e in sorted(briefing.entities.values(), key=lambda e: e.name.casefold())]
    sources = sorted(briefing.sources.values(), key=lambda s: s.id)
    source_docs = {s.id: len(docs) + n for n, s in enumerate(sources)}
    docs += [_source(s) for s in sources]
    facts = [f for t in topics for f in t.facts]
    archive = _Archive(briefing, len(docs) + len(facts))
    docs += [_fact(briefing, f, topic_numbers, archive, len(docs) + n) for n, f in enumerate(facts)]
    for number, (source, paragraph, start, end) in enumerate(archive.order, start=len(docs)):
        text = source.text[start:end].strip()
        citing = archive.cited_by.get(number, [])
        docs.append(Doc("passage", [KINDS.index("passage"), source_docs[source.id], paragraph, text, citing],
                        ("", "", text), refs=[source_docs[source.id], *citing]))
    return docs


# --- the inverted index ---------------------------------------------------------------------------


def _postings(docs: list[Doc]) -> dict[str, list[tuple[int, int]]]:
    """term → [(document, score)] by document: BM25 over the weighted term frequencies of the fields."""
    counts: list[Counter[str]] = []
    lengths: list[int] = []
    for doc in docs:
        title, meta, body = (terms(text) if text else [] for text in doc.fields)
        tf: Counter[str] = Counter(body)  # the long field counted in C; the short ones added with their weights
        for found, weight in ((title, FIELD_WEIGHTS[0]), (meta, FIELD_WEIGHTS[1])):
            for term in found:
                tf[term] += weight
        counts.append(tf)
        lengths.append(len(title) + len(meta) + len(body))
    average = sum(lengths) / max(len(lengths), 1) or 1.0
    frequency: Counter[str] = Counter()
    for tf in counts:
        frequency.update(tf.keys())
    total = len(docs)
    # idf × (k1 + 1), per term; the loop below is the hot one, so it uses local names only
    idf = {term: math.log(1 + (total - df + 0.5) / (df + 0.5)) * (BM25_K1 + 1) for term, df in frequency.items()}
    postings: dict[str, list[tuple[int, int]]] = {term: [] for term in frequency}
    log1p, steps = math.log1p, SCORE_STEPS
    for number, (doc, tf) in enumerate(zip(docs, counts, strict=True)):
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[number] / average)
        boost = KIND_WEIGHTS[doc.kind]
        for term, weight in tf.items():
            postings[term].append((number, round(steps * log1p(idf[term] * weight / (weight + norm) * boost)) or 1))
    return postings


def _term_shards(postings: dict[str, list[tuple[int, int]]]) -> tuple[list[str], list[int], list[list[Any]]]:
    """The sorted vocabulary, the index of the first term of each shard, and each shard's postings
    (per term, a flat list: document gap, score, document gap, score, …)."""
    vocabulary = sorted(postings)
    starts: list[int] = []
    shards: list[list[Any]] = []
    size = TERM_SHARD_POSTINGS
    for index, term in enumerate(vocabulary):
        if size >= TERM_SHARD_POSTINGS:
            starts.append(index)
            shards.append([])
            size = 0
        flat: list[int] = []
        previous = 0
        for number, score in postings[term]:
            flat += (number - previous, score)
            previous = number
        shards[-1].append(flat)
        size += len(postings[term])
    return vocabulary, starts, shards


def _doc_shards(docs: list[Doc]) -> tuple[list[int], list[list[Any]]]:
    """Documents in order, cut into shards of about DOC_SHARD_BYTES; with the first document of each."""
    starts: list[int] = []
    shards: list[list[Any]] = []
    size = DOC_SHARD_BYTES
    for number, doc in enumerate(docs):
        if size >= DOC_SHARD_BYTES:
            starts.append(number)
            shards.append([])
            size = 0
        shards[-1].append(doc.record)
        size += len(json.dumps(doc.record, ensure_ascii=True, separators=(",", ":")))
    return starts, shards


def _routes() -> list[list[str]]:
    """[prefix, suffix] of each kind's page address as seen from search.html (from urls.py).
    A passage links to its source's page, at the paragraph's anchor."""
    patterns = []
    for kind in KINDS:
        href = urls.relative_url(urls.SEARCH, urls.route_of("source" if kind == "passage" else kind, "ID"))
        prefix, _, suffix = href.partition("ID")
        patterns.append([prefix, suffix + ("#" + PASSAGE_ANCHOR if kind == "passage" else "")])
    return patterns


def _facet(values: Iterator[int]) -> str:
    """One character per document: "-" for none, else "0", "1", … (compact and gzip-friendly)."""
    return "".join("-" if v < 0 else chr(48 + v) for v in values)


def index_parts(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, dict[str, Any]]]:
    """The index as (route, part) pairs: the main part at urls.SEARCH_INDEX, then the term and document shards."""
    docs = documents(briefing, topics)
    postings = _postings(docs)
    vocabulary, term_starts, term_shards = _term_shards(postings)
    doc_starts, doc_shards = _doc_shards(docs)
    term_routes = [urls.search_terms_shard(n) for n in range(1, len(term_shards) + 1)]
    doc_routes = [urls.search_docs_shard(n) for n in range(1, len(doc_shards) + 1)]
    counts = {kind: sum(1 for d in docs if d.kind == kind) for kind in KINDS}
    main: dict[str, Any] = {
        "v": VERSION, "type": "main", "scoreSteps": SCORE_STEPS,
        "kinds": list(KINDS), "routes": _routes(), "counts": counts, "total": len(docs),
        "topics": [[t.id, t.title] for t in topics], "stances": list(STANCES),
        "corroboration": list(CORROBORATION),
        "facets": {"kind": _facet(KINDS.index(d.kind) for d in docs), "topic": _facet(d.topic for d in docs),
                   "stance": _facet(d.stances if d.kind == "fact" else -1 for d in docs),
                   "corroboration": _facet(d.corroboration for d in docs)},
        "terms": vocabulary, "df": [len(postings[t]) for t in vocabulary],
        "termShards": term_starts, "docShards": doc_starts,
        "termFiles": [urls.relative_url(urls.SEARCH, r) for r in term_routes],
        "docFiles": [urls.relative_url(urls.SEARCH, r) for r in doc_routes],
    }
    parts: list[tuple[str, dict[str, Any]]] = [(urls.SEARCH_INDEX, main)]
    parts += [(route, {"type": "terms", "n": n, "postings": shard})
              for n, (route, shard) in enumerate(zip(term_routes, term_shards, strict=True))]
    parts += [(route, {"type": "docs", "n": n, "docs": shard})
              for n, (route, shard) in enumerate(zip(doc_routes, doc_shards, strict=True))]
    return parts


def files(briefing: Briefing, topics: list[Topic]) -> list[tuple[str, str, Any]]:
    """The index files as (route, format, value) for the render stage (format 'script')."""
    return [(route, "script", (GLOBAL, part)) for route, part in index_parts(briefing, topics)]
