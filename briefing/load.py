"""Stage 1, load: files on disk → YAML node trees and archived texts, each with its location.

Nothing here interprets the content; it only finds files, decodes them safely and
parses YAML into nodes (which keep `line:column` marks), turning every failure into a Problem.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import yaml

from .problems import Location, Problem, error, warning

try:  # libyaml composes nodes at C speed and still keeps marks
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - only without libyaml
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader with tag resolution remembered for short plain scalars.

    Even libyaml's composer calls back into Python to resolve each scalar's tag; keys and ids
    repeat thousands of times in a big briefing, so their tags are looked up, not recomputed.
    """

    _tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and implicit[0] and len(value) <= 40:
            tag = self._tags.get(value)
            if tag is None:
                tag = self._tags[value] = super().resolve(kind, value, implicit)
            return tag
        return super().resolve(kind, value, implicit)

# Generous for fact sheets of many thousands of facts, small enough that a stray
# dump or a binary never reaches the YAML parser.
MAX_YAML_BYTES = 32 * 1024 * 1024
MAX_TEXT_BYTES = 8 * 1024 * 1024


@dataclass(slots=True)
class Document:
    """One YAML file: its path for messages (relative to the site) and its root node."""

    path: str
    node: yaml.Node | None
    stem: str = ""
    text: str | None = None  # the YAML text, kept when loading without composing (see parts.py)


@dataclass(slots=True)
class ArchivedText:
    """The archived text of a source, newlines normalised to `\\n`."""

    path: str
    text: str


@dataclass(slots=True)
class RawSite:
    """Everything read from a site directory, before interpretation."""

    root: Path
    site: Document | None = None
    sources: list[Document] = field(default_factory=list)
    texts: dict[str, ArchivedText] = field(default_factory=dict)
    topics: list[Document] = field(default_factory=list)
    entities: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def read_text(root: Path, path: Path, limit: int, problems: list[Problem]) -> str | None:
    """Read a UTF-8 file inside `root`; BOM and CRLF are accepted, anything else unsafe is a Problem."""
    shown = _display(root, path)
    where = Location(shown)
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        problems.append(error(where, "file cannot be opened (a broken or looping symbolic link?)",
                              "replace the link with the file itself"))
        return None
    # Content may link within content/ only: a link to site.yaml, output/ or beyond is a mistake.
    content = root / "content"
    boundary = content if path.is_relative_to(content) else root
    if not real.is_relative_to(boundary.resolve()):
        inside = "content/" if boundary == content else "the site directory"
        problems.append(error(where, f"symbolic link points outside {inside} (to {real})",
                              f"copy the file into {inside} instead of linking to it"))
        return None
    try:
        size = real.stat().st_size
        if size > limit:
            problems.append(error(where, f"file is {size / 1048576:.1f} MB, over the {limit // 1048576} MB limit",
                                  "split it into several files, or check that it is the file you meant"))
            return None
        data = real.read_bytes()
    except OSError as exc:
        problems.append(error(where, f"cannot read file: {exc.strerror}", "check its permissions"))
        return None
    if b"\x00" in data:
        line, col = _line_col(data, data.index(b"\x00"))
        problems.append(error(Location(shown, line, col), "file contains a NUL byte; it looks binary, not text",
                              "save it as plain UTF-8 text"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        problems.append(error(Location(shown, line, col),
                              f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
                              "re-save the file as UTF-8 in your editor"))
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


_YAML_HINTS = {
    "found character '\\t' that cannot start any token": "YAML indentation must use spaces, not tabs",
    "tab character": "YAML indentation must use spaces, not tabs",
    "found duplicate anchor": "give each anchor a distinct name",
    "mapping values are not allowed": "a value containing ': ' must be quoted, e.g. claim: \"…\"",
    "found undefined alias": "define the anchor (&name) before using the alias (*name)",
    "expected a single document": "remove the extra '---' document separator",
    "did not find expected key": "this line is indented differently from the fields above it: line up the fields "
                                 "of one item",
    "did not find expected '-' indicator": "this line is indented differently from the list items above it: start "
                                           "each item with '- ' at the same indentation",
    "could not find expected ':'": "each line here should read 'field: value'; quote a long value instead of "
                                   "wrapping it onto a new line",
    "cannot start any token": "a value starting with @ or ` must be quoted, e.g. name: \"@handle\"",
}


def _position(mark: yaml.Mark, text: str) -> tuple[int, int]:
    """1-based line and column of a mark; the end of the stream is placed after the last character."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if mark.line + 1 > len(lines):  # libyaml marks the end of the stream on a line after the last one
        return max(len(lines), 1), (len(lines[-1]) + 1 if lines else 1)
    return mark.line + 1, mark.column + 1


def compose_yaml(shown: str, text: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Parse YAML text into a node tree (marks kept); a syntax error becomes a Problem."""
    try:
        return yaml.compose(text, Loader=_Loader), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context, problem = exc.context or "", exc.problem or ""
        hint = next((h for key, h in _YAML_HINTS.items() if key in f"{context} {problem}"), "")
        message = problem or context or "invalid YAML"
        if context and problem and "while" not in context:
            message = f"{context}, {problem}"
        opened = exc.context_mark if "while" in context else None
        if opened is not None and "quoted scalar" in context and "end of stream" in problem:
            # libyaml stops at the end of the file; the mistake is where the quote was opened.
            mark, message, hint = opened, "quoted text starting here is never closed", "add the closing quote"
        elif opened is not None and ("flow sequence" in context or "flow mapping" in context):
            bracket = "[" if "sequence" in context else "{"
            where = "{}:{}".format(*_position(exc.problem_mark, text)) if exc.problem_mark else "the end"
            message = (f"the {'list' if bracket == '[' else 'mapping'} opened here with '{bracket}' is not closed: "
                       f"{problem.removeprefix('did not find ')} at {where}")
            mark, hint = exc.context_mark or mark, f"close it with '{']' if bracket == '[' else '}'}', " \
                "and separate items with ', '"
        line, col = _position(mark, text) if mark else (0, 0)
        return None, [error(Location(shown, line, col), f"YAML syntax error: {message}",
                            hint or "check the indentation and quoting around this position")]
    except yaml.YAMLError as exc:
        return None, [error(Location(shown), f"YAML error: {exc}", "check the file's syntax")]
    except RecursionError:
        return None, [error(Location(shown), "YAML nesting is too deep", "flatten the structure")]


def parse_document(shown: str, stem: str, text: str) -> tuple[Document, list[Problem]]:
    """Compose the YAML text of one file into a Document; an empty file is a Problem."""
    node, found = compose_yaml(shown, text)
    if node is None and not found:
        found = [error(Location(shown, 1, 1), "file is empty", "add content, or delete the file if it is not needed")]
    return Document(shown, node, stem), found


def load_yaml(root: Path, path: Path, problems: list[Problem], compose: bool = True,
              read: Callable[[Path, Path, int, list[Problem]], str | None] | None = None) -> Document:
    """Read one YAML file, and compose it unless `compose` is false (then only its text is kept)."""
    shown = _display(root, path)
    text = (read or read_text)(root, path, MAX_YAML_BYTES, problems)
    if text is None:
        return Document(shown, None, path.stem)
    if not compose:
        return Document(shown, None, path.stem, text)
    doc, found = parse_document(shown, path.stem, text)
    problems.extend(found)
    return doc


def _yaml_files(root: Path, folder: Path, problems: list[Problem]) -> list[Path]:
    if not folder.is_dir():
        return []
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.suffix == ".yml":
            problems.append(error(Location(_display(root, entry)), "YAML files must end in '.yaml', not '.yml'",
                                  f"rename it to {entry.stem}.yaml"))
        elif entry.suffix == ".yaml":
            found.append(entry)
    return found


def load_site(root: Path, compose: bool = True,
              read: Callable[[Path, Path, int, list[Problem]], str | None] | None = None) -> RawSite:
    """Read `site.yaml` and everything under `content/` of the site directory `root`.

    With `compose` false the YAML files are read but not parsed: their texts are kept.
    `read` replaces `read_text` (parts.py uses it to skip files unchanged since the last build).
    """
    root = root.resolve()
    raw = RawSite(root)
    problems = raw.problems
    site_file = root / "site.yaml"
    if not site_file.exists():
        problems.append(error(Location("site.yaml"), f"no site.yaml in {root}",
                              "run the command from the briefing's directory or pass --site DIR"))
    else:
        raw.site = load_yaml(root, site_file, problems, compose, read)
    content = root / "content"
    if not content.is_dir():
        problems.append(error(Location("content"), f"no content/ directory in {root}",
                              "create content/sources, content/topics and content/entities.yaml"))
        # Without content every topic and fact site.yaml names would be "unknown": say the one thing.
        raw.site = None
        return raw

    sources_dir = content / "sources"
    for path in _yaml_files(root, sources_dir, problems):
        doc = load_yaml(root, path, problems, compose, read)
        raw.sources.append(doc)
        text_path = path.with_suffix(".txt")
        if not text_path.exists() and not text_path.is_symlink():
            problems.append(error(Location(doc.path, 1, 1),
                                  f"archived text {_display(root, text_path)} is missing",
                                  "save the article's text beside the YAML file with the same name and .txt"))
            continue
        text = (read or read_text)(root, text_path, MAX_TEXT_BYTES, problems)
        if text is not None:
            raw.texts[path.stem] = ArchivedText(_display(root, text_path), text)
    if sources_dir.is_dir():
        stems = {d.stem for d in raw.sources}
        for path in sorted(sources_dir.glob("*.txt")):
            if path.stem not in stems:
                problems.append(warning(Location(_display(root, path)),
                                        "archived text has no source file beside it",
                                        f"add {path.stem}.yaml with the article's metadata, or delete the text"))

    for path in _yaml_files(root, content / "topics", problems):
        raw.topics.append(load_yaml(root, path, problems, compose, read))

    single = content / "entities.yaml"
    if single.exists():
        raw.entities.append(load_yaml(root, single, problems, compose, read))
    for path in _yaml_files(root, content / "entities", problems):
        raw.entities.append(load_yaml(root, path, problems, compose, read))
    return raw
