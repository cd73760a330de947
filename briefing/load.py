"""Stage 1, load: files on disk → YAML node trees and archived texts, each with its location.

Nothing here interprets the content; it only finds files, decodes them safely and
parses YAML into nodes (which keep `line:column` marks), turning every failure into a Problem.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import yaml

from .problems import Location, Problem, error, terminal_safe, warning

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
MAX_TEMPLATE_BYTES = 8 * 1024 * 1024
# Content is a few levels deep; libyaml's composer recurses once per level and crashes the
# process (a segmentation fault, no message) on ~100 KB of nested brackets.
MAX_DEPTH = 64

# Characters no text may hold: C0 controls but tab and newline, DEL, C1 controls (U+0085 is '…'
# in Windows-1252, read wrongly), and Unicode non-characters. XML 1.0 (the feed) and HTML forbid
# them, and a terminal would act on them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
                        "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
                        "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
                        "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
                        "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]")
# libyaml ends a line at U+2028 and U+2029 too, which editors do not: they stand in for
# non-characters (refused in any input above, so never ambiguous) while composing.
_BREAKS = {"\u2028": "\ufdd2", "\u2029": "\ufdd3"}
_BACK = {v: k for k, v in _BREAKS.items()}


# The same, found in a file's UTF-8 bytes at C speed (a character-class regex over the decoded
# text costs ~3 s for 8 MB; each of these scans starts with a literal byte, ~10 ms).
_C0_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0D)) + b"\x7f"  # CR: line ends, normalised
_C0 = re.compile(b"[" + re.escape(_C0_BYTES) + b"]")
_C1 = re.compile(rb"\xc2[\x80-\x9f]")
_BMP_NONCHAR = re.compile(rb"\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]")
_ASTRAL_HINT = re.compile(rb"\xbf[\xbe\xbf]")
_ASTRAL_NONCHAR = re.compile(rb"[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]")


def forbidden_offset(data: bytes) -> int | None:
    """The byte offset of the first forbidden character in valid UTF-8 `data`, if any."""
    found = []
    if len(data.translate(None, _C0_BYTES)) != len(data):
        found.append(_C0.search(data))
    found.append(_C1.search(data))
    found.append(_BMP_NONCHAR.search(data))
    if _ASTRAL_HINT.search(data):
        found.append(_ASTRAL_NONCHAR.search(data))
    offsets = [m.start() for m in found if m is not None]
    return min(offsets) if offsets else None


def describe_char(char: str) -> str:
    """`U+001B (a control character)`: how a forbidden character is named in messages."""
    kind = "a non-character" if 0xFDD0 <= ord(char) <= 0xFDEF or ord(char) & 0xFFFE == 0xFFFE \
        else "a control character"
    return f"U+{ord(char):04X} ({kind})"


def forbidden_char(text: str) -> re.Match[str] | None:
    """The first character no text may hold (control characters, non-characters), if any."""
    return _FORBIDDEN.search(text)


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
    # Archived translations of the same article, (language, path, text) each: `<id>.<lang>.txt`.
    translations: tuple[tuple[str, str, str], ...] = ()


# `<id>.<lang>.txt`: an archived translation (or the original) beside the source's `<id>.txt`.
_TRANSLATED_TEXT = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$")


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


def _wide_encoding(data: bytes) -> str:
    """'UTF-16' or 'UTF-32' when the bytes look like text saved so (Windows Notepad's "Unicode"), else ''.

    Told by the byte-order mark, or, without one, by ASCII text's zero bytes in every other place.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:256]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        for zeros, chars in ((odd, even), (even, odd)):
            if zeros.count(0) >= 0.9 * len(zeros) and 0 not in chars:
                return "UTF-16"
    return ""


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
        info = real.stat()
        if stat.S_ISDIR(info.st_mode):
            problems.append(error(where, "is a folder, not a file",
                                  "rename the folder (only files are read here), or put the file in its place"))
            return None
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the build forever; a device is no text
            problems.append(error(where, "not a regular file (a named pipe, socket or device)",
                                  "replace it with a plain text file"))
            return None
        size = info.st_size
        if size > limit:
            problems.append(error(where, f"file is {size / 1048576:.1f} MB, over the {limit // 1048576} MB limit",
                                  "split it into several files, or check that it is the file you meant"))
            return None
        data = real.read_bytes()
    except OSError as exc:
        problems.append(error(where, f"cannot read file: {exc.strerror}", "check its permissions"))
        return None
    wide = _wide_encoding(data)
    if wide:
        problems.append(error(Location(shown, 1, 1), f"file is saved as {wide}, not UTF-8",
                              "re-save it as UTF-8 in your editor (Save as… → Encoding: UTF-8)"))
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
    at = forbidden_offset(data)
    if at is not None:
        char = data[at:at + 4].decode("utf-8", "ignore")[0]
        line, col = _line_col(data, at)
        problems.append(error(Location(shown, line, col), f"file contains {describe_char(char)}",
                              "delete it (most editors do not show it); a '…' read as U+0085 came from "
                              "Windows-1252: re-save the file as UTF-8" if char == "\x85"
                              else "delete it (most editors do not show it)"))
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


def _depth_bound(text: str) -> int:
    """An upper bound of the nesting depth, cheap to compute: every flow level needs a '[' or '{',
    every block level a deeper indentation or a '- '/'? ' before its first key on the line."""
    flow = text.count("[") + text.count("{")
    block = max((len(m) for m in re.findall(r"^[ ?-]*", text, re.MULTILINE)), default=0)
    return flow + 2 * block + 2


def _too_deep(shown: str, text: str) -> Problem | None:
    """Walk the parse events (libyaml's parser does not recurse) and stop where nesting exceeds MAX_DEPTH."""
    if _depth_bound(text) <= MAX_DEPTH:
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line, col = _position(event.start_mark, text)
                    return error(Location(shown, line, col), f"YAML nesting is deeper than {MAX_DEPTH} levels here",
                                 "flatten the structure: content is a few levels deep (a fact, its positions, "
                                 "their citations)")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # a syntax error, found before this depth: composing reports it with its location
    return None


def _scalars(node: yaml.Node) -> Iterator[yaml.ScalarNode]:
    """Every scalar of a node tree, each once (an alias shares its node)."""
    todo = [node]
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            yield current
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                todo.extend((key, value))


def _restore_breaks(node: yaml.Node) -> None:
    """Put back the U+2028/U+2029 that stood in as non-characters while composing."""
    for scalar in _scalars(node):
        if "\ufdd2" in scalar.value or "\ufdd3" in scalar.value:
            scalar.value = scalar.value.translate(str.maketrans(_BACK))


def _escaped_forbidden(shown: str, node: yaml.Node) -> Problem | None:
    """A control character or non-character written as an escape in a double-quoted text ("\\e", "\\x01")."""
    for scalar in _scalars(node):
        found = forbidden_char(scalar.value) if scalar.style == '"' else None
        if found is not None:
            mark = scalar.start_mark
            return error(Location(shown, mark.line + 1, mark.column + 1),
                         f"text contains {describe_char(found.group())}, written as an escape",
                         "remove the escape (such as \\e, \\0, \\x01 or \\uFFFE) from the quoted text")
    return None


def compose_yaml(shown: str, text: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Parse YAML text into a node tree (marks kept); a syntax error becomes a Problem."""
    deep = _too_deep(shown, text)
    if deep is not None:
        return None, [deep]
    breaks = "\u2028" in text or "\u2029" in text
    try:
        node = yaml.compose(text.translate(str.maketrans(_BREAKS)) if breaks else text, Loader=_Loader)
        if node is not None:
            if breaks:
                _restore_breaks(node)
            if '"' in text and "\\" in text:
                found = _escaped_forbidden(shown, node)
                if found is not None:
                    return None, [found]
        return node, []
    except yaml.reader.ReaderError as exc:  # a character libyaml refuses (read_text reports most first)
        at = min(max(exc.position, 0), len(text))
        line = text.count("\n", 0, at) + 1
        col = at - text.rfind("\n", 0, at)
        return None, [error(Location(shown, line, col), f"file contains {describe_char(chr(exc.character))}"
                            if isinstance(exc.character, int) else f"YAML error: {exc.reason}",
                            "delete it (most editors do not show it)")]
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
    return Document(shown, node, stem, text), found


def load_yaml(root: Path, path: Path, problems: list[Problem], compose: bool = True,
              read: Callable[[Path, Path, int, list[Problem]], str | None] | None = None,
              shown: str | None = None) -> Document:
    """Read one YAML file, and compose it unless `compose` is false (then only its text is kept).

    `shown` is the path for messages, when the caller knows it (else it is computed from `root`).
    """
    if shown is None:
        shown = _display(root, path)
    stem = _stem(path.name)
    text = (read or read_text)(root, path, MAX_YAML_BYTES, problems)
    if text is None:
        return Document(shown, None, stem)
    if not compose:
        return Document(shown, None, stem, text)
    doc, found = parse_document(shown, stem, text)
    problems.extend(found)
    return doc


def _stem(name: str) -> str:
    """A file name without its last suffix, as `Path.stem` (a leading dot is not a suffix)."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


# Left by editors, merges and file managers beside the files they save: not content, never
# reported (vim probes a folder with a file named 4913, emacs autosaves to #name#).
_BACKUPS = ("~", ".bak", ".orig", ".rej", ".swp", ".swo", ".tmp", "#")
_SYSTEM_FILES = {"Thumbs.db", "desktop.ini", "Icon\r"}


def _left_by_tools(name: str) -> bool:
    return name.endswith(_BACKUPS) or name.isdigit() or name in _SYSTEM_FILES


class _Folder:
    """One folder of the site, listed once: its sorted names, and paths and shown paths of them.

    A big briefing has thousands of sources: string work on names instead of a pathlib call per
    file and per question (exists? suffix? relative to the root?) keeps listing them cheap.
    """

    def __init__(self, root: Path, folder: Path) -> None:
        self.folder = folder
        self.shown = _display(root, folder)
        self.names: list[str] = []
        if folder.is_dir():
            self.names = sorted(os.listdir(folder))
        self.present = set(self.names)

    def path(self, name: str) -> Path:
        return self.folder / name

    def show(self, name: str) -> str:
        return f"{self.shown}/{name}"

    def yaml_files(self, problems: list[Problem], others: bool = False) -> list[str]:
        """The names of the folder's YAML files; a `.yml` or `.YAML` one is a Problem, and with
        `others` any other file (but an editor's backup) is a warning: it would be skipped unseen."""
        found = []
        for name in self.names:
            if name.startswith("."):
                continue
            if name.endswith(".yaml"):
                found.append(name)
            elif name.lower().endswith((".yml", ".yaml")):
                # Skipped unseen, its topic or entities were "unknown" with the file right there.
                problems.append(error(Location(self.show(name)), f"YAML files must end in '.yaml', not "
                                      f"'{name[name.rfind('.'):]}'", f"rename it to {_stem(name)}.yaml"))
            elif others and not _left_by_tools(name):
                problems.append(warning(Location(self.show(name)), "file is not read: only .yaml files are",
                                        f"rename it to {_stem(name)}.yaml if it holds content, or move it "
                                        "out of content/"))
        return found


def check_templates(root: Path, problems: list[Problem]) -> None:
    """The site's own templates/ (assets included) hold only plain files: a symbolic link leading out
    of it would publish its target (`assets/env.txt` → `/proc/self/environ`), a named pipe would hang."""
    folder = root / "templates"
    if not folder.is_dir() or folder.is_symlink():
        if folder.is_symlink():
            problems.append(error(Location("templates"), "templates/ is a symbolic link",
                                  "make templates/ a real directory inside the site"))
        return
    boundary = folder.resolve()
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in sorted(dirnames + filenames):
            path = Path(dirpath) / name
            shown = _display(root, path)
            if "\\" in name or any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f for c in name):
                problems.append(error(Location(terminal_safe(shown)), "file name holds a backslash or a control "
                                      "character", "rename it (letters, digits, '-', '_' and '.')"))
                continue
            if path.is_symlink():
                try:
                    real = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    problems.append(error(Location(shown), "file cannot be opened (a broken or looping symbolic "
                                          "link?)", "replace the link with the file itself"))
                    continue
                if not real.is_relative_to(boundary):  # named as written: /proc/self/… resolves per process
                    problems.append(error(Location(shown), "symbolic link points outside templates/ "
                                          f"(to {os.readlink(path)})",
                                          "copy the file into templates/ instead of linking to it"))
                continue
            if name in filenames:
                try:
                    mode = path.lstat().st_mode
                except OSError:
                    continue
                if not stat.S_ISREG(mode):
                    problems.append(error(Location(shown), "not a regular file (a named pipe, socket or device)",
                                          "replace it with a plain file"))
                elif not path.relative_to(folder).parts[0] == "assets":
                    # Jinja reads templates as UTF-8 and failed with no line ('UnicodeDecodeError … position 24')
                    read_text(root, path, MAX_TEMPLATE_BYTES, problems)


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
    check_templates(root, problems)
    content = root / "content"
    if not content.is_dir():
        problems.append(error(Location("content"), f"no content/ directory in {root}",
                              "create content/sources, content/topics and content/entities.yaml"))
        # Without content every topic and fact site.yaml names would be "unknown": say the one thing.
        raw.site = None
        return raw

    sources = _Folder(root, content / "sources")
    # The archived translations, `<stem>.<lang>.txt`, listed once (a glob per source is quadratic).
    translations_of: dict[str, list[tuple[str, str]]] = {}
    for name in sources.names:
        if name.endswith(".txt") and "." in name[:-4]:  # as the glob "*.*.txt"
            match = _TRANSLATED_TEXT.match(_stem(name))
            if match:
                translations_of.setdefault(match["stem"], []).append((match["lang"], name))
    for name in sources.yaml_files(problems):
        doc = load_yaml(root, sources.path(name), problems, compose, read, sources.show(name))
        raw.sources.append(doc)
        text_name = f"{doc.stem}.txt"
        if text_name not in sources.present:  # listed: a file, or a link (even a broken one, reported)
            misnamed = [n for n in sources.names if n.lower() == text_name.lower()]  # `.TXT`, `Wire-….txt`
            problems.append(error(Location(doc.path, 1, 1),
                                  f"archived text {sources.show(text_name)} is missing",
                                  f"rename {sources.show(misnamed[0])} to {text_name}" if misnamed else
                                  "save the article's text beside the YAML file with the same name and .txt"))
            continue
        text = (read or read_text)(root, sources.path(text_name), MAX_TEXT_BYTES, problems)
        if text is not None and not text.strip():
            # One error here, not a "quote not found" for every quote of every fact citing it.
            problems.append(error(Location(sources.show(text_name), 1, 1), "archived text is empty",
                                  "paste the article's text into it (python build.py new source ARTICLE.txt "
                                  "saves it for you)"))
        elif text is not None:
            translated = []
            for language, other in translations_of.get(doc.stem, ()):
                found = read_text(root, sources.path(other), MAX_TEXT_BYTES, problems)
                if found is not None:
                    translated.append((language, sources.show(other), found))
            raw.texts[doc.stem] = ArchivedText(sources.show(text_name), text, tuple(translated))
    stems = {d.stem for d in raw.sources}
    for name in sources.names:
        if not name.endswith(".txt"):  # as the glob "*.txt"
            continue
        stem = _stem(name)
        match = _TRANSLATED_TEXT.match(stem)
        if stem not in stems and not (match and match["stem"] in stems):
            problems.append(warning(Location(sources.show(name)),
                                    "archived text has no source file beside it",
                                    f"add {stem}.yaml with the article's metadata, or delete the text"))

    topics = _Folder(root, content / "topics")
    for name in topics.yaml_files(problems, others=True):
        raw.topics.append(load_yaml(root, topics.path(name), problems, compose, read, topics.show(name)))

    single = content / "entities.yaml"
    if single.exists():
        raw.entities.append(load_yaml(root, single, problems, compose, read))
    entities = _Folder(root, content / "entities")
    for name in entities.yaml_files(problems, others=True):
        raw.entities.append(load_yaml(root, entities.path(name), problems, compose, read, entities.show(name)))
    return raw
