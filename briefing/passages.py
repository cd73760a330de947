"""Finding quoted passages in archived texts, tolerant only of typography.

Whitespace runs, curly vs straight quotes and the kind of dash are normalised; nothing
else is (an ellipsis is not a wildcard), so a verified quote really is in the text.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_SPACE = re.compile(r"\s+")


# Memoised: a quote is normalised for its check and for each page that cites it, and `serve`
# checks the same archived texts again on every save (pure functions of their argument).
@lru_cache(maxsize=1 << 17)
def normalize(text: str) -> str:
    """The comparable form of a text: typography folded, whitespace collapsed, ends stripped."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip()


@dataclass(slots=True)
class IndexedText:
    """A normalised text with, for each of its characters, the offset in the original."""

    original: str
    normalized: str
    offsets: list[int]

    def locate(self, quote: str) -> list[tuple[int, int]]:
        """Every (start, end) span of the original text where the quote occurs."""
        needle = normalize(quote)
        if not needle:
            return []
        spans = []
        start = self.normalized.find(needle)
        while start >= 0:
            end = start + len(needle) - 1
            spans.append((self.offsets[start], self.offsets[end] + 1))
            start = self.normalized.find(needle, start + 1)
        return spans


def index_text(text: str) -> IndexedText:
    """Normalise `text`, remembering where each normalised character came from."""
    folded = text.translate(_TYPOGRAPHY)
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _SPACE.finditer(folded):
        parts.append(folded[pos:match.start()])
        offsets.extend(range(pos, match.start()))
        parts.append(" ")
        offsets.append(match.start())
        pos = match.end()
    parts.append(folded[pos:])
    offsets.extend(range(pos, len(folded)))
    normalized = "".join(parts)
    # Drop the collapsed leading/trailing space so indexes agree with normalize().
    lead = len(normalized) - len(normalized.lstrip())
    normalized = normalized.strip()
    return IndexedText(text, normalized, offsets[lead:lead + len(normalized)])


def closest_passage(normalized_text: str, quote: str) -> str:
    """The passage of the text that looks most like the quote (for a hint)."""
    needle = normalize(quote)
    if not needle or not normalized_text:
        return ""
    lower = normalized_text.lower()
    at = lower.find(needle.lower())
    if at >= 0:
        return normalized_text[at:at + len(needle)]
    matcher = difflib.SequenceMatcher(None, lower, needle.lower(), autojunk=False)
    match = matcher.find_longest_match(0, len(lower), 0, len(needle))
    if match.size < 4:
        return ""
    start = max(0, match.a - match.b)
    end = min(len(normalized_text), start + len(needle))
    # Widen to word boundaries so the hint reads as text.
    while start > 0 and normalized_text[start - 1] != " ":
        start -= 1
    while end < len(normalized_text) and normalized_text[end] != " ":
        end += 1
    return normalized_text[start:end]


@lru_cache(maxsize=1 << 17)
def anchor_id(quote: str) -> str:
    """A stable element id for a quoted passage: the same quote gets the same anchor on every build."""
    return "q-" + hashlib.sha1(normalize(quote).encode("utf-8")).hexdigest()[:10]
