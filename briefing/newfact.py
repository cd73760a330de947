"""`build.py new fact`: append a fact skeleton citing a quoted passage to a fact sheet.

The quote is verified and located in the source's archived text first (the same matching as
`check`); the actor is the one given, or the single entity the quoted sentence names. The new
item is written with ruamel.yaml (correct quoting, the sheet's indentation) and inserted as text
right after the last fact, so every other byte of the sheet, comments included, stays as it
was. The site is validated again afterwards; if the new fact does not validate, the sheet is
restored. Reading content stays with load/model: ruamel.yaml is used for writing only.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .fields import slugify
from .model import STANCES, Briefing
from .passages import closest_passage, index_text, normalize
from .problems import Location, Problem, error

# Entity kinds that make statements; a state or a weapon named in a sentence is usually its subject.
SPEAKERS = ("person", "organization")
_PAGE = re.compile(r"^\[p\. (\d+)\]$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n\s*\n")


@dataclass(frozen=True, slots=True)
class NewFact:
    """What was written: the fact's id, the sheet, the line it starts on and where the quote is."""

    fact_id: str
    sheet: Path
    line: int
    actor: str
    actor_reason: str
    located: str
    original: bytes  # the sheet as it was, to restore if the site does not validate with the new fact


def save_sheet(sheet: Path, data: bytes) -> None:
    """Replace a fact sheet's bytes at once (a new file renamed over it): an interrupted write
    never leaves half a sheet. Through a link, the file linked to is replaced."""
    target = sheet.resolve()
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def locate_quote(briefing: Briefing, source_id: str, quote: str) -> tuple[str | None, Problem | None]:
    """'content/sources/ID.txt:LINE' (with ', p. N' in a PDF's text) where the quote is, or the problem.

    The passage itself, as the archive spells it, is `passage(...)`."""
    source = briefing.sources[source_id]
    spans = index_text(source.text).locate(quote)
    if not spans:
        closest = closest_passage(normalize(source.text), quote)
        hint = (f"the closest passage in {source.text_path} is: \"{closest[:160]}\"" if closest else
                f"copy the passage exactly from {source.text_path}")
        return None, error(Location(source.text_path), f"quote not found in the archived text of '{source_id}'",
                           hint)
    start = spans[0][0]
    where = f"{source.text_path}:{source.text.count(chr(10), 0, start) + 1}"
    pages = [m for m in _PAGE.finditer(source.text) if m.start() < start]
    if pages:
        where += f", p. {pages[-1].group(1)}"
    return where, None


def passage(text: str, quote: str) -> str:
    """The quoted passage as the archived text spells it (its quotation marks and dashes), on one line."""
    start, end = index_text(text).locate(quote)[0]
    return re.sub(r"\s+", " ", text[start:end])


def _sentence(text: str, quote: str) -> str:
    """The sentence (or paragraph) around the quote's first occurrence."""
    spans = index_text(text).locate(quote)
    start, end = spans[0]
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return text[left:right]


def named_actors(briefing: Briefing, source_id: str, quote: str) -> list[str]:
    """People and organisations (who make statements) whose name, short name or alias the quoted sentence has."""
    sentence = normalize(_sentence(briefing.sources[source_id].text, quote)).casefold()
    found = []
    for entity in briefing.entities.values():
        if entity.kind not in SPEAKERS:
            continue
        names = [entity.name, entity.short, *entity.aliases]
        if any(n and re.search(rf"(?<!\w){re.escape(normalize(n).casefold())}(?!\w)", sentence) for n in names):
            found.append(entity.id)
    return found


def sentence_at(briefing: Briefing, spec: str) -> tuple[str, str] | Problem:
    """(source id, sentence) for a `coverage` line `content/sources/ID.txt:LINE`: its first sentence that no
    fact cites yet (else its first sentence)."""
    from .coverage import source_coverage, split_sentences

    match = re.fullmatch(r"(?:.*/)?(?P<id>[a-z0-9-]+)\.txt:(?P<line>\d+)", spec.strip())
    usage = Location("build.py new fact")
    if match is None:
        return error(usage, f"--from {spec}: expected PATH:LINE as coverage prints it",
                     "e.g. --from content/sources/dn-2023-11.txt:12")
    source_id, line = match.group("id"), int(match.group("line"))
    source = briefing.sources.get(source_id)
    if source is None:
        return error(usage, f"unknown source '{source_id}'", "check the path coverage printed")
    uncited = [s.text for s in source_coverage(source, briefing).sentences if s.line == line and not s.cited]
    if uncited:
        return source_id, uncited[0]
    on_line = [source.text[start:end].strip() for number, start, end in split_sentences(source.text)
               if number == line]
    if not on_line:
        return error(Location(source.text_path, line), "no sentence on this line", "give a line with text")
    return source_id, on_line[0]


def propose_fact_id(briefing: Briefing, quote: str) -> str:
    """Up to six words of the quote as an id, made unique with -2, -3…"""
    from .ingest import _TITLE_STOPWORDS, transliterate  # ids from non-ASCII quotes keep their letters

    words = [w for w in re.findall(r"[A-Za-z0-9]+", transliterate(quote)) if w.lower() not in _TITLE_STOPWORDS]
    base = slugify(" ".join(words[:6])) or "fact"
    candidate, n = base, 2
    while candidate in briefing.facts:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


_IMPLICIT, _STR = yaml.resolver.Resolver(), "tag:yaml.org,2002:str"  # how the build reads a plain scalar


def _item_text(values: dict[str, object], located: str, column: int) -> str:
    """The fact as one YAML sequence item, at the sheet's indentation, with the quote's place as a comment."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    def commented(value: object) -> object:
        if isinstance(value, dict):
            mapping = CommentedMap()
            for key, item in value.items():
                mapping[key] = commented(item)
            return mapping
        if isinstance(value, list):
            return CommentedSeq(commented(v) for v in value)
        if isinstance(value, str) and _IMPLICIT.resolve(yaml.ScalarNode, value, (True, False)) != _STR:
            # ruamel writes YAML 1.2, where `yes`, `no`, `null` or `2024-01-01` are text; the build reads
            # them as YAML 1.1 does (a boolean, nothing, a date), so the sheet did not build
            return DoubleQuotedScalarString(value)
        return value

    item = commented(values)
    citation = item["positions"][0]["citations"][0]  # type: ignore[index]
    citation.yaml_add_eol_comment(f"{located}", "quote")
    writer = YAML()
    writer.width = 4096  # never fold a claim or a quote over two lines
    writer.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    writer.dump([item], buffer)
    lines = buffer.getvalue().splitlines()
    return "".join(" " * column + line.removeprefix("  ") + "\n" for line in lines)


def _insertion_point(text: str, path: str) -> tuple[int, int] | Problem:
    """(offset after the last fact, column of the facts' dashes) in a sheet's text."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(node, yaml.MappingNode):
        return error(Location(path), "this fact sheet is not a mapping", "fix it first (python build.py check)")
    for key, value in node.value:
        if key.value != "facts":
            continue
        if not isinstance(value, yaml.SequenceNode) or value.flow_style or not value.value:
            break
        first = value.value[0]
        line_start = text.rfind("\n", 0, first.start_mark.index) + 1
        dash = text.index("-", line_start)
        last: yaml.Node = value.value[-1]
        while isinstance(last, (yaml.MappingNode, yaml.SequenceNode)) and last.value:
            last = last.value[-1][1] if isinstance(last, yaml.MappingNode) else last.value[-1]
        end = last.end_mark.index  # the end of the last fact's last value (a collection's end lies further)
        # After the last fact's own lines: up to the end of its last line.
        newline = text.find("\n", end - 1 if end and text[end - 1] == "\n" else end)
        return (len(text) if newline < 0 else newline + 1), dash - line_start
    return error(Location(path), "this fact sheet has no block list of facts to append to",
                 "write the first fact by hand (facts:\n  - id: …), then use new fact for the next ones")


def add_fact(briefing: Briefing, site_dir: Path, topic_id: str, source_id: str, quote: str, *,
             fact_id: str | None = None, claim: str | None = None, actor: str | None = None,
             stance: str = "asserts") -> tuple[NewFact | None, list[Problem]]:
    """Verify and locate the quote, then append the fact to the topic's sheet (nothing written on a problem)."""
    usage = Location("build.py new fact")
    if topic_id not in briefing.topics:
        return None, [error(usage, f"unknown topic '{topic_id}'", "one of: " + ", ".join(briefing.topics))]
    if source_id not in briefing.sources:
        return None, [error(usage, f"unknown source '{source_id}'",
                            "add it first with python build.py new source, or use one of: " +
                            ", ".join(sorted(briefing.sources)))]
    if stance not in STANCES:
        return None, [error(usage, f"unknown stance '{stance}'", "one of: " + ", ".join(STANCES))]
    located, problem = locate_quote(briefing, source_id, quote)
    if problem is not None or located is None:
        return None, [problem] if problem else []
    reason = "given"
    if actor is None:
        named = named_actors(briefing, source_id, quote)
        if len(named) != 1:
            found = ", ".join(named) if named else "none"
            return None, [error(usage, "say who makes this statement: --actor ENTITY",
                                f"people and organisations named in the quoted sentence: {found}")]
        actor, reason = named[0], "the one entity the quoted sentence names: check it"
    elif actor not in briefing.entities:
        return None, [error(usage, f"unknown entity '{actor}'", "add it to content/entities.yaml first")]
    fact_id = fact_id or propose_fact_id(briefing, quote)
    if fact_id in briefing.facts:
        return None, [error(usage, f"fact id '{fact_id}' is already used at {briefing.facts[fact_id].at}",
                            "choose another with --id")]
    sheet = site_dir / briefing.topics[topic_id].at.path
    original = sheet.read_bytes()
    text = original.decode("utf-8")
    # A sheet saved with CRLF keeps them: read_text turned them into LF, and the whole file with them.
    crlf = "\r\n" in text
    if crlf:
        text = text.replace("\r\n", "\n")
    point = _insertion_point(text, briefing.topics[topic_id].at.path)
    if isinstance(point, Problem):
        return None, [point]
    offset, column = point
    exact = passage(briefing.sources[source_id].text, quote)
    values = {"id": fact_id, "claim": claim or exact,
              "positions": [{"actor": actor, "stance": stance, "citations": [{"source": source_id, "quote": exact}]}]}
    item = _item_text(values, located, column)
    line = text.count("\n", 0, offset) + 1
    if offset == len(text) and text and not text.endswith("\n"):
        text += "\n"
        offset += 1
    text = text[:offset] + item + text[offset:]
    save_sheet(sheet, (text.replace("\n", "\r\n") if crlf else text).encode("utf-8"))
    return NewFact(fact_id, sheet, line, actor, reason, located, original), []
