"""`build.py coverage`: which sentences of each archived source no fact cites yet.

A sentence is worth summarising when it carries a number or names a known entity (an
entity's name, short label or alias). It is covered when a citation's quote overlaps it.
Headlines, bylines, datelines and credit lines are metadata, not claims, and are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .ingest import is_metadata_line
from .model import Briefing, Entity, Source
from .passages import index_text, normalize
from .problems import terminal_safe

# Spelled-out quantities; "one" is left out because it is mostly not a number ("one of the").
_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundreds?|thousands?|millions?|billions?|dozens?|tens of thousands)\b", re.IGNORECASE)
# A sentence ends at . ! ? (and a closing quote) before a capital, a digit or an opening quote,
# except after abbreviations and initials.
_BREAK = re.compile(r"(?<=[.!?])(?P<close>[\"”’')]?)\s+(?=[\"“‘(]?[A-Z0-9\u0080-\uffff])")
_ABBREVIATIONS = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.",
                  "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.", "Prof.", "St.", "No.", "Jan.", "Feb.", "Mar.", "Apr.",
                  "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "vs.", "etc.", "e.g.", "i.e.")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an archived text: where it is, and what makes it worth citing."""

    text: str
    line: int
    start: int
    end: int
    numbers: tuple[str, ...]
    entities: tuple[str, ...]
    cited: bool


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    """The sentences of one source that carry numbers or entities, and how many facts cite."""

    source: Source
    sentences: tuple[Sentence, ...]

    @property
    def cited(self) -> int:
        return sum(1 for s in self.sentences if s.cited)

    @property
    def uncited(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if not s.cited)

    @property
    def percent(self) -> float | None:
        """Share of the sentences that some fact cites; None when there is nothing to cite."""
        return 100.0 * self.cited / len(self.sentences) if self.sentences else None


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """(line, start, end) of each sentence: lines are split at sentence ends, never joined."""
    spans: list[tuple[int, int, int]] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        start = 0
        for match in _BREAK.finditer(line):
            end = match.start() + len(match.group("close"))
            before = line[start:end]
            last_word = before.rsplit(None, 1)[-1] if before.split() else ""
            # "U.S. officials", "Gen. Kim", "J. Smith": not the end of a sentence.
            if last_word.endswith(_ABBREVIATIONS) or re.fullmatch(r"[\"“(]?[A-Z]\.", last_word):
                continue
            spans.append((number, offset + start, offset + end))
            start = match.end()
        spans.append((number, offset + start, offset + len(line)))
        offset += len(line) + 1
    return [(n, s, e) for n, s, e in spans if text[s:e].strip()]


class _EntityMatcher:
    """Finds entity names and aliases in text: acronyms by exact case, other names in any case."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        for entity in entities.values():
            for name in (entity.name, entity.short, *entity.aliases):
                name = unicodedata.normalize("NFC", name.strip())
                if len(name) < 2:
                    continue
                if name.isupper() or any(ch.isdigit() for ch in name):
                    exact.setdefault(name, entity.name)
                else:
                    folded.setdefault(name.lower(), entity.name)
        self._exact, self._folded = exact, folded
        self._patterns = [
            (re.compile(_alternation(exact)), False) if exact else None,
            (re.compile(_alternation(folded), re.IGNORECASE), True) if folded else None,
        ]

    def find(self, text: str) -> tuple[str, ...]:
        names: dict[str, None] = {}
        text = unicodedata.normalize("NFC", text)
        for entry in self._patterns:
            if entry is None:
                continue
            pattern, fold = entry
            for match in pattern.finditer(text):
                found = match.group("name") or match.group("kname")
                names[self._folded[found.lower()] if fold else self._exact[found]] = None
        return tuple(names)


# Korean attaches particles to the noun they follow ("북한이", "러시아에", "러시아와의"): a name
# ending in a Hangul syllable may be followed by any of them and still end a word.
_PARTICLES = ("에서는", "에게서", "에서", "에게", "에는", "와의", "과의", "으로", "로서", "께서", "까지", "부터",
              "보다", "처럼", "이다", "이", "가", "은", "는", "을", "를", "의", "에", "와", "과", "도", "로", "만",
              "측")
_HANGUL = re.compile(r"[\uac00-\ud7a3]$")


def _alternation(names: dict[str, str]) -> str:
    ordered = sorted(names, key=len, reverse=True)  # longest first: "North Korea" before "Korea"
    plain = [re.escape(n) for n in ordered if not _HANGUL.search(n)]
    korean = [re.escape(n) for n in ordered if _HANGUL.search(n)]
    options = []
    if plain:
        options.append(r"(?P<name>" + "|".join(plain) + r")(?!\w)")
    if korean:
        particles = "|".join(_PARTICLES)
        options.append(r"(?P<kname>" + "|".join(korean) + r")(?:" + particles + r")?(?!\w)")
    return r"(?<!\w)(?:" + "|".join(options) + ")"


def source_coverage(source: Source, briefing: Briefing, matcher: _EntityMatcher | None = None) -> SourceCoverage:
    """The citable sentences of one source and whether a fact cites each."""
    matcher = matcher or _EntityMatcher(briefing.entities)
    indexed = index_text(source.text)
    cited_spans = [span for fact in briefing.facts_by_source.get(source.id, ())
                   for citation in fact.citations if citation.source.id == source.id
                   for span in indexed.locate(citation.quote, citation.prefix, citation.suffix)]
    title = normalize(source.title).lower()
    lines = source.text.split("\n")
    sentences = []
    for line, start, end in split_sentences(source.text):
        text = source.text[start:end].strip()
        if is_metadata_line(text) or is_metadata_line(lines[line - 1]) or normalize(lines[line - 1]).lower() == title:
            continue
        numbers = tuple(m.group(0) for m in _NUMBER.finditer(text))
        entities = matcher.find(text)
        if not numbers and not entities:
            continue
        cited = any(a < end and start < b for a, b in cited_spans)
        sentences.append(Sentence(text, line, start, end, numbers, entities, cited))
    return SourceCoverage(source, tuple(sentences))


def coverage(briefing: Briefing) -> list[SourceCoverage]:
    """Coverage of every source, in id order."""
    matcher = _EntityMatcher(briefing.entities)
    return [source_coverage(briefing.sources[key], briefing, matcher) for key in sorted(briefing.sources)]


def format_report(report: list[SourceCoverage], verbose: bool = False, quiet: bool = False,
                  color: bool = False) -> list[str]:
    """Lines for the terminal: per source its percentage, then each uncited sentence at `path:line`."""
    def paint(text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if color else text

    lines: list[str] = []
    width = max((len(c.source.id) for c in report), default=0)
    total = cited = 0
    for entry in report:
        total += len(entry.sentences)
        cited += entry.cited
        if entry.percent is None:
            lines.append(f"{entry.source.id:<{width}}     –  no sentence with a number or a known entity")
            continue
        code = "32" if entry.percent >= 100 else "33" if entry.percent >= 50 else "31"
        lines.append(f"{entry.source.id:<{width}}  {paint(f'{entry.percent:3.0f}%', code)}  "
                     f"{entry.cited} of {len(entry.sentences)} sentences with numbers or entities cited")
        if quiet:
            continue
        for sentence in entry.sentences if verbose else entry.uncited:
            mark = "cited    " if sentence.cited else "not cited"
            lines.append(f"  {entry.source.text_path}:{sentence.line}: {mark if verbose else ''}"
                         f"{'  ' if verbose else ''}\"{terminal_safe(sentence.text)}\"")
            found = [*sentence.numbers, *sentence.entities]
            lines.append(f"      carries: {terminal_safe(', '.join(dict.fromkeys(found)))}")
    if not quiet and report:
        overall = f"{100.0 * cited / total:.0f}%" if total else "–"
        lines.append(f"Overall: {overall} ({cited} of {total} sentences with numbers or entities cited "
                     f"in {len(report)} source{'s' if len(report) != 1 else ''})")
    return lines
