"""Finding quoted passages in archived texts, tolerant only of typography.

Both sides are put in Unicode NFC first (a quote typed with precomposed Hangul matches a text
stored as decomposed jamo); then whitespace runs, curly vs straight quotes and the kind of
dash are normalised, and invisible soft hyphens and zero-width spaces dropped; nothing else
is (an ellipsis is not a wildcard), so a verified quote really is in the text.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
# Invisible characters a copy from a web page brings in or leaves out (soft hyphen, zero-width
# space, word joiner, zero-width no-break space): typography, not words, and no reader can see
# which one a quote lacks. (Zero-width joiners are kept: in some scripts they spell words.)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SPACE = re.compile(r"\s+")
# The whitespace `normalize` changes: runs of two or more, or one that is not a plain space.
# (A lone space, most of them, maps to itself: index_text need not stop there.)
_SPACE_CHANGED = re.compile(r"\s{2,}|[^\S ]")


# Memoised: a quote is normalised for its check and for each page that cites it, and `serve`
# checks the same archived texts again on every save (pure functions of their argument).
@lru_cache(maxsize=1 << 17)
def normalize(text: str) -> str:
    """The comparable form of a text: NFC, typography folded, whitespace collapsed, ends stripped."""
    folded = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)
    return _SPACE.sub(" ", _INVISIBLE.sub("", folded) if _INVISIBLE.search(folded) else folded).strip()


@dataclass(frozen=True, slots=True)
class TextQuote:
    """A quote with optional text just before and after it, choosing one of its occurrences
    (the W3C Web Annotation TextQuoteSelector); shown as its quote."""

    quote: str
    prefix: str = ""
    suffix: str = ""

    def __str__(self) -> str:
        return self.quote


@dataclass(slots=True)
class IndexedText:
    """A normalised text with, for each of its characters, the span it came from in the original."""

    original: str
    normalized: str
    offsets: list[int]
    ends: list[int]

    def locate(self, quote: str | TextQuote, prefix: str = "", suffix: str = "") -> list[tuple[int, int]]:
        """Every (start, end) span of the original text where the quote occurs, preceded by
        `prefix` and followed by `suffix` when they are given (whitespace between is ignored)."""
        if isinstance(quote, TextQuote):
            quote, prefix, suffix = quote.quote, quote.prefix, quote.suffix
        size = len(normalize(quote))
        return [(self.offsets[start], self.ends[start + size - 1])
                for start in occurrences(self.normalized, quote, prefix, suffix)]


def occurrences(normalized_text: str, quote: str, prefix: str = "", suffix: str = "") -> list[int]:
    """Start offsets, in an already normalised text, of every occurrence of the quote that the
    prefix and suffix (when given) choose."""
    needle = normalize(quote)
    found: list[int] = []
    if not needle:
        return found
    before, after = normalize(prefix), normalize(suffix)
    start = normalized_text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if (not before or normalized_text[:start].rstrip().endswith(before)) and \
                (not after or normalized_text[end:].lstrip().startswith(after)):
            found.append(start)
        start = normalized_text.find(needle, start + 1)
    return found


def _nfc_with_spans(text: str) -> tuple[str, list[int], list[int]]:
    """`text` in NFC, with each output character's (start, end) in `text`.

    Text already in NFC (almost all) maps one to one. Otherwise each run starting at an ASCII
    character is composed on its own (nothing composes with a preceding ASCII character), and
    inside a run, at the points where composing the two halves separately changes nothing.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text))), list(range(1, len(text) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and text[j] >= "\x80":
            j += 1
        run = text[i:j]
        whole = unicodedata.normalize("NFC", run)
        cuts = [0] + [m for m in range(1, len(run)) if unicodedata.normalize("NFC", run[:m])
                      + unicodedata.normalize("NFC", run[m:]) == whole] + [len(run)]
        for left, right in pairwise(cuts):
            piece = unicodedata.normalize("NFC", run[left:right])
            out.append(piece)
            starts.extend([i + left] * len(piece))
            ends.extend([i + right] * len(piece))
        i = j
    return "".join(out), starts, ends


def index_text(text: str) -> IndexedText:
    """Normalise `text`, remembering where each normalised character came from."""
    composed, starts, ends = _nfc_with_spans(text)
    folded = composed.translate(_TYPOGRAPHY)
    if _INVISIBLE.search(folded):  # dropped first, as normalize() does, with their spans
        kept = [i for i, char in enumerate(folded) if not _INVISIBLE.match(char)]
        folded = "".join(folded[i] for i in kept)
        starts, ends = [starts[i] for i in kept], [ends[i] for i in kept]
    parts: list[str] = []
    offsets: list[int] = []
    closes: list[int] = []
    pos = 0
    for match in _SPACE_CHANGED.finditer(folded):
        parts.append(folded[pos:match.start()])
        offsets.extend(starts[pos:match.start()])
        closes.extend(ends[pos:match.start()])
        parts.append(" ")
        offsets.append(starts[match.start()])
        closes.append(ends[match.start()])
        pos = match.end()
    parts.append(folded[pos:])
    offsets.extend(starts[pos:])
    closes.extend(ends[pos:])
    normalized = "".join(parts)
    # Drop the collapsed leading/trailing space so indexes agree with normalize().
    lead = len(normalized) - len(normalized.lstrip())
    normalized = normalized.strip()
    keep = slice(lead, lead + len(normalized))
    return IndexedText(text, normalized, offsets[keep], closes[keep])


# The closest-passage search is for a hint: it must stay fast on a long text whatever the quote
# (difflib's longest match is quadratic: 30 s for one typo against a 7.9 MB text).
SEED_SIZES = (8, 4)
MAX_SEEDS = 48  # quote positions tried per seed size
MAX_HITS = 8  # occurrences of each seed followed
HINT_SECONDS = 1.0


def _longest_common(text: str, quote: str) -> tuple[int, int, int]:
    """(offset in text, offset in quote, length) of a long common substring, found by extending
    exact seeds of the quote where they occur: each seed is a C-speed `find`, so the time is
    about seeds × text length, bounded, and stops at HINT_SECONDS with the best so far."""
    deadline = time.monotonic() + HINT_SECONDS
    best = (0, 0, 0)
    for k in SEED_SIZES:
        if k > len(quote):
            continue
        step = max(1, (len(quote) - k + 1) // MAX_SEEDS)
        for b in range(0, len(quote) - k + 1, step):
            seed = quote[b:b + k]
            a = text.find(seed)
            hits = 0
            while a >= 0 and hits < MAX_HITS:
                start_a, start_b = a, b
                while start_a > 0 and start_b > 0 and text[start_a - 1] == quote[start_b - 1]:
                    start_a, start_b = start_a - 1, start_b - 1
                end_a, end_b = a + k, b + k
                while end_a < len(text) and end_b < len(quote) and text[end_a] == quote[end_b]:
                    end_a, end_b = end_a + 1, end_b + 1
                if end_a - start_a > best[2]:
                    best = (start_a, start_b, end_a - start_a)
                hits += 1
                a = text.find(seed, a + 1)
            if time.monotonic() > deadline:
                return best
        if best[2] >= k:  # longer seeds found something: shorter ones would only find less
            return best
    return best


def closest_passage(normalized_text: str, quote: str) -> str:
    """The passage of the text that looks most like the quote (for a hint)."""
    needle = normalize(quote)
    if not needle or not normalized_text:
        return ""
    lower = normalized_text.lower()
    at = lower.find(needle.lower())
    if at >= 0:
        return normalized_text[at:at + len(needle)]
    at_text, at_quote, size = _longest_common(lower, needle.lower())
    if size < 4:
        return ""
    start = max(0, at_text - at_quote)
    end = min(len(normalized_text), start + len(needle))
    # Widen to word boundaries so the hint reads as text.
    while start > 0 and normalized_text[start - 1] != " ":
        start -= 1
    while end < len(normalized_text) and normalized_text[end] != " ":
        end += 1
    return normalized_text[start:end]


@lru_cache(maxsize=1 << 17)
def anchor_id(quote: str | TextQuote, prefix: str = "", suffix: str = "") -> str:
    """A stable element id for a quoted passage: the same quote gets the same anchor on every build.

    A quote chosen by its prefix or suffix gets an anchor of its own occurrence.
    """
    if isinstance(quote, TextQuote):
        quote, prefix, suffix = quote.quote, quote.prefix, quote.suffix
    key = normalize(quote)
    if prefix or suffix:
        key = f"{normalize(prefix)}\0{key}\0{normalize(suffix)}"
    return "q-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
