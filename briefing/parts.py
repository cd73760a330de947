"""Stages 1–2 by parts: every input file, and every fact of a fact sheet, parsed on its own.

A fact sheet of thousands of facts is cut at the items of its top-level `facts:` list, so
a save re-parses only the facts whose text changed. Parsed parts are cached by content
digest, in memory (for `serve`) and on disk in the user's cache folder (cache.py). Cutting is purely
textual and is trusted only when every piece parses on its own; otherwise the whole file
is parsed as one document, so problems are always reported exactly as a whole-file parse
reports them.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import os
import re
import stat
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise
from operator import is_
from pathlib import Path
from typing import Any

import yaml

from .cache import Store, library_versions
from .fields import Reader
from .load import (
    MAX_TEXT_BYTES,
    MAX_YAML_BYTES,
    ArchivedText,
    Document,
    compose_yaml,
    load_site,
    parse_document,
    read_text,
)
from .model import (
    Briefing,
    Documents,
    Entity,
    Fact,
    Topic,
    assemble,
    keeping,
    read_entities,
    read_fact,
    read_site,
    read_source,
    read_topic,
)
from .problems import Location, Problem

PACKAGE = Path(__file__).resolve().parent
_FACTS_KEY = re.compile(r"^facts:[ \t]*(?:#.*)?$", re.MULTILINE)
_NEWLINE_FACTS_KEY = re.compile(r"\nfacts:[ \t]*(?:#.*)?$", re.MULTILINE)
_ITEM = re.compile(r"( *)-(?: |$)", re.MULTILINE)
_CONTENT = re.compile(r"^( *)[^ \n#]", re.MULTILINE)


# The modules whose code decides what a part parses into (the parse cache's version).
PARSE_MODULES = ("load.py", "model.py", "fields.py", "dates.py", "problems.py", "parts.py")


def code_version(modules: tuple[str, ...] | None = None) -> str:
    """A digest of the package's code (or of `modules`) and of the libraries that shape the output.

    What another version of either cached is not reused.
    """
    digest = hashlib.sha1()
    for path in sorted(PACKAGE.glob("*.py")):
        if modules is None or path.name in modules:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(library_versions().encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of one input file parsed on its own: a whole file, a fact sheet's head, or one fact."""

    kind: str  # "site" | "source" | "topic" | "head" | "fact" | "entities"
    path: str  # the file's path as shown in messages
    stem: str
    text: str | None  # None: the file could not be read (its problem is already reported)
    line: int = 1  # the line of the file on which `text` starts
    archived: ArchivedText | None = None
    digest: str = ""


@dataclass(slots=True)
class Parsed:
    """What a part parsed into, its problems, and the line it started on when parsed."""

    value: Any
    problems: list[Problem]
    line: int
    ok: bool = True  # False: a cut-out part did not parse alone; the whole file is parsed instead


def _register_compact_pickling() -> None:
    """Pickle the model's frozen dataclasses as (class, field values).

    The default for slotted dataclasses goes through Python-level __getstate__/__setstate__;
    calling the constructor instead halves the time to save and load parsed parts.
    """
    from . import dates, fields, load, model, problems

    for module in (model, fields, problems, dates, load, sys.modules[__name__]):
        for cls in vars(module).values():
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__:
                names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
                if len(names) == len(dataclasses.fields(cls)):
                    copyreg.pickle(cls, partial(_reduce, names=names))


def _reduce(value: Any, names: tuple[str, ...]) -> tuple[type, tuple[Any, ...]]:
    return type(value), tuple([getattr(value, n) for n in names])


def _digest(*texts: str | None) -> str:
    digest = hashlib.sha1()
    for text in texts:
        digest.update(b"\x00" if text is None else text.encode("utf-8") + b"\x01")
    return digest.hexdigest()


def _part(kind: str, path: str, stem: str, text: str | None, line: int = 1,
          archived: ArchivedText | None = None) -> Part:
    if archived is None and text is not None:  # _digest(kind, path, text, None, None), in one call
        digest = hashlib.sha1(f"{kind}\x01{path}\x01{text}\x01\x00\x00".encode()).hexdigest()
        return Part(kind, path, stem, text, line, archived, digest)
    digest = _digest(kind, path, text, archived.path if archived else None, archived.text if archived else None,
                     *(x for t in (archived.translations if archived else ()) for x in t))
    return Part(kind, path, stem, text, line, archived, digest)


def cut_facts(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """Split a fact sheet into its head (facts blanked out, lines kept) and one text per fact.

    Returns None when the text does not have the plain shape `facts:` + block list items.
    Only lines indented no deeper than the items are looked at (a regular expression finds
    them), so a sheet of thousands of facts is cut in milliseconds.
    """
    # `facts:` at the start of a line: at the text's start, or after a newline (searched for from a
    # literal, which is fast; `^` in a multiline pattern is tried at every character of the sheet).
    found = [m.end() for m in (_FACTS_KEY.match(text),) if m] + [m.end() for m in _NEWLINE_FACTS_KEY.finditer(text)]
    if len(found) != 1:
        return None
    after = text.find("\n", found[0])
    if after < 0:
        return None
    first = _CONTENT.search(text, after + 1)  # the first line that is not blank or a comment
    if first is None or not _ITEM.match(text, first.start()):
        return None
    indent = len(first.group(1))
    starts: list[int] = []  # offsets of the lines starting an item
    stop = len(text)  # offset of the first line after the list
    # From the newline before each line (a pattern starting with a literal is searched for fast:
    # five times faster on a sheet of 5,000 facts than trying `^` at every character).
    for match in re.compile(rf"\n {{0,{indent}}}[^ \n#]").finditer(text, first.start() - 1):
        at = match.start() + 1
        if match.end() - at == indent + 1 and _ITEM.match(text, at):
            starts.append(at)
        else:
            stop = at
            break
    # Trailing blank and comment lines stay with the head, so the last fact's text is its own.
    end = stop
    while end > starts[-1]:
        line_start = text.rfind("\n", starts[-1], end - 1) + 1
        line = text[line_start:end].strip()
        if line_start <= starts[-1] or (line and not line.startswith("#")):
            break
        end = line_start
    if end == len(text) and not text.endswith("\n"):
        text += "\n"
        end = stop = len(text)
    line = text.count("\n", 0, starts[0]) + 1
    facts = []
    for a, b in pairwise([*starts, end]):
        facts.append((line, text[a:b]))
        line += text.count("\n", a, b)
    head = text[:starts[0]] + "\n" * text.count("\n", starts[0], end) + text[end:]
    return head, facts


class _ShiftedReader(Reader):
    """A Reader for a part that starts further down its file: locations name the file's lines."""

    __slots__ = ("shift",)

    def __init__(self, path: str, problems: list[Problem], shift: int) -> None:
        super().__init__(path, problems)
        self.shift = shift

    def at(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.path, mark.line + 1 + self.shift, mark.column + 1)


def parse_part(part: Part) -> Parsed:
    """Parse one part (runs in worker processes too: no shared state)."""
    problems: list[Problem] = []
    if part.text is None:
        return Parsed(None, problems, part.line)
    if part.kind == "fact":
        node, found = compose_yaml(part.path, part.text)
        if found or not isinstance(node, yaml.SequenceNode) or len(node.value) != 1:
            return Parsed(None, [], part.line, ok=False)
        fact = read_fact(node.value[0], part.stem, _ShiftedReader(part.path, problems, part.line - 1))
        return Parsed(fact, problems, part.line)
    doc, found = parse_document(part.path, part.stem, part.text)
    problems.extend(found)
    if part.kind == "head":
        if found or not isinstance(doc.node, yaml.MappingNode):
            return Parsed(None, [], part.line, ok=False)
        return Parsed(read_topic(doc, problems, with_facts=False), problems, part.line)
    if part.kind == "site":
        return Parsed(read_site(doc, problems), problems, part.line)
    if part.kind == "source":
        return Parsed(read_source(doc, part.archived, problems), problems, part.line)
    if part.kind == "topic":
        return Parsed(read_topic(doc, problems), problems, part.line)
    return Parsed(read_entities(doc, problems), problems, part.line)


def _parse_batch(parts: list[Part]) -> list[Parsed]:
    return [parse_part(p) for p in parts]


def shift_lines(value: Any, delta: int) -> Any:
    """A copy of a parsed value whose locations are `delta` lines further down (a part that moved)."""
    if isinstance(value, Location):
        return Location(value.path, value.line + delta, value.column) if value.line else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = shift_lines(old, delta)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = tuple(shift_lines(v, delta) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, list):
        return [shift_lines(v, delta) for v in value]
    if isinstance(value, dict):
        return {k: shift_lines(v, delta) for k, v in value.items()}
    return value


@dataclass(slots=True)
class Group:
    """The parts of one input file, in order; `whole` is the fallback part for a cut fact sheet."""

    kind: str
    parts: list[Part]
    whole: Part | None = None


@dataclass(slots=True)
class Inputs:
    """Every input file of a site, cut into parts, with the problems found reading the files."""

    root: Path
    site: Group | None
    sources: list[Group]
    topics: list[Group]
    entities: list[Group]
    problems: list[Problem]

    def groups(self) -> list[Group]:
        return ([self.site] if self.site else []) + self.sources + self.topics + self.entities


# What the reader returns for a file whose stat is as when it was last read: its parts are reused.
_UNCHANGED = "\x00unchanged\x00"
# A file modified this close to the moment it was read might change again within the same
# timestamp tick (the "racy clean" problem git describes); such files are read again next time.
_RACY_NS = 2_000_000_000


def _stat_key(path: Path | str) -> tuple[int, ...] | None:
    """What identifies a regular file's version without reading it; None for anything else (read it)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@dataclass(slots=True)
class Seen:
    """The input files as last read: their stat keys, and the groups (without texts) they were cut into."""

    files: dict[str, tuple[int, ...]] = field(default_factory=dict)  # file → stat key (older than racy)
    groups: dict[str, Group] = field(default_factory=dict)  # shown path → the group it made


def read_inputs(root: Path, cache: PartCache | None = None, known: dict[str, tuple[int, ...]] | None = None) -> Inputs:
    """Read every input file of the site directory and cut fact sheets into parts (nothing is parsed).

    With `cache`, a file whose size, times and inode are as when it was last read is not read
    again: the parts it was cut into are taken from `cache.seen`, when the parse cache still has
    every one of them. `known` gives the stat keys of files already looked at in this build.
    """
    seen = cache.load_seen() if cache is not None else Seen()
    now: dict[str, tuple[int, ...]] = {}

    # A source's two files are each asked about twice; `known`: the keys the builder's input
    # signature took at the start of the build (a file changed since then is read next build).
    keys: dict[str, tuple[int, ...] | None] = dict(known) if known else {}

    def same(path: str) -> bool:
        key = keys[path] if path in keys else keys.setdefault(path, _stat_key(path))
        return key is not None and seen.files.get(path) == key

    def read(root: Path, path: Path, limit: int, problems: list[Problem]) -> str | None:
        # A source is its metadata and its archived text: reused only when both are unchanged.
        name = str(path)
        folder = os.path.dirname(name)
        pair = None
        if folder.endswith("/sources") and os.path.basename(os.path.dirname(folder)) == "content":
            stem, suffix = os.path.splitext(name)  # as Path.with_suffix: `x.yaml` ↔ `x.txt`
            pair = stem + (".txt" if suffix == ".yaml" else ".yaml")
        if same(name) and (pair is None or same(pair)):
            now[name] = seen.files[name]
            return _UNCHANGED
        key = keys[name] if name in keys else _stat_key(name)
        started, before = time.time_ns(), len(problems)
        text = read_text(root, path, limit, problems)
        if (key is not None and text is not None and len(problems) == before
                and max(key[1], key[2]) < started - _RACY_NS):  # modified and changed long enough ago
            now[name] = key
        return text

    raw = load_site(root, compose=False, read=read if cache is not None else None)
    groups: dict[str, Group] = {}

    def group(kind: str, doc: Document, archived: ArchivedText | None = None) -> Group:
        reused = seen.groups.get(doc.path) if doc.text is _UNCHANGED else None
        # A sheet whose Topic is kept (_SHEETS) needs none of its parts from the cache.
        if reused is not None and cache is not None and (_kept_sheet(reused) or cache.has(reused)):
            groups[doc.path] = reused
            return reused
        text = doc.text
        if text is _UNCHANGED or (archived is not None and archived.text is _UNCHANGED):
            # Not reusable after all (its parsed parts are gone): read it again, without the shortcut.
            found: list[Problem] = []
            text = read_text(root.resolve(), root.resolve() / doc.path, MAX_YAML_BYTES, found)
            if archived is not None:
                archived = ArchivedText(archived.path, read_text(root.resolve(), root.resolve() / archived.path,
                                                                 MAX_TEXT_BYTES, found) or "")
            raw.problems.extend(found)
        made = _group(kind, doc.path, doc.stem, text, archived)
        groups[doc.path] = _stripped(made)
        return made

    site = group("site", raw.site) if raw.site else None
    sources = [group("source", d, raw.texts.get(d.stem)) for d in raw.sources]
    topics = [group("topic", d) for d in raw.topics]
    entities = [group("entities", d) for d in raw.entities]
    if cache is not None:
        cache.keep_seen(Seen(now, groups))
    return Inputs(raw.root, site, sources, topics, entities, raw.problems)


def _group(kind: str, path: str, stem: str, text: str | None, archived: ArchivedText | None) -> Group:
    """The parts of one input file: a fact sheet is cut at its facts, any other file is one part."""
    if kind != "topic":
        return Group(kind, [_part(kind, path, stem, text, archived=archived)])
    whole = _part("topic", path, stem, text)
    cut = cut_facts(text) if text is not None else None
    if cut is None:
        return Group("topic", [whole])
    head, facts = cut
    parts = [_part("head", path, stem, head)]
    parts += [_part("fact", path, stem, fact_text, line) for line, fact_text in facts]
    return Group("topic", parts, whole)


def _stripped(group: Group) -> Group:
    """The group without its texts (what `Seen` keeps: the digests say which parsed parts it needs)."""
    def strip(part: Part) -> Part:  # not dataclasses.replace: thousands per edited fact sheet
        return Part(part.kind, part.path, part.stem, None, part.line, None, part.digest)
    return Group(group.kind, [strip(p) for p in group.parts], strip(group.whole) if group.whole else None)


class PartCache:
    """Parsed parts by content digest: in memory, and (unless disabled) in the site's sealed cache store.

    In the store there is one file per input file, rewritten only when one of its parts changed.
    A fact sheet of more than BUCKET_PARTS facts is kept in BUCKETS files by the first character
    of each part's digest, listed in its own file: an edit rewrites one or two of them, not all
    (pickling a sheet of 5,000 facts took 0.45 s after every save in the dev server).
    """

    def __init__(self, store: Store | None) -> None:
        self.memory: dict[str, Parsed] = {}
        self.store = store
        self.folder = f"parts-{code_version(PARSE_MODULES)}"
        self._loaded: set[str] = set()
        self._dirty: dict[str, set[str]] = {}  # file → the digest buckets in which a part was put
        self._files: dict[str, list[str]] = {}
        self._buckets: dict[str, tuple[str, ...]] = {}  # file → its bucket files in the store (if split)
        self.seen: Seen | None = None
        self._seen_changed = False

    def load_seen(self) -> Seen:
        """The input files as last read (from the store in a new process)."""
        if self.seen is None:
            found = self.store.load(f"{self.folder}/inputs.pickle") if self.store is not None else None
            self.seen = found if isinstance(found, Seen) else Seen()
        return self.seen

    def keep_seen(self, seen: Seen) -> None:
        """Remember the input files as read now; saved with the parts."""
        if self.seen is None or seen.files != self.seen.files or seen.groups.keys() != self.seen.groups.keys():
            self._seen_changed = True
        self.seen = seen

    def has(self, group: Group) -> bool:
        """True when every part of `group` is parsed in the cache (and the whole file, where it is needed)."""
        for part in group.parts:
            parsed = self.get(part.path, part.digest)
            if parsed is None:
                return False
            if not parsed.ok and (group.whole is None or self.get(group.whole.path, group.whole.digest) is None):
                return False
        return True

    def _name(self, path: str, bucket: str = "") -> str:
        name = hashlib.sha1(path.encode('utf-8', 'surrogateescape')).hexdigest()[:20]
        return f"{self.folder}/{name}{'-' + bucket if bucket else ''}.pickle"

    def get(self, path: str, digest: str) -> Parsed | None:
        if self.store is not None and path not in self._loaded:
            self._loaded.add(path)
            entries = self.store.load(self._name(path))  # None: missing, or ignored with a note
            if isinstance(entries, dict):
                buckets = entries.pop(_BUCKETS_KEY, None)
                self.memory.update(entries)
                if isinstance(buckets, tuple):
                    self._buckets[path] = buckets
                    for bucket in buckets:
                        found = self.store.load(self._name(path, bucket))
                        if isinstance(found, dict):
                            self.memory.update(found)
        return self.memory.get(digest)

    def put(self, path: str, digest: str, parsed: Parsed) -> None:
        self.memory[digest] = parsed
        self._dirty.setdefault(path, set()).add(digest[:1])

    def remember(self, path: str, digests: list[str]) -> None:
        """Record which parts a file is made of now (what its cache file keeps)."""
        self._files[path] = digests

    def save(self) -> None:
        """Write the cache files of the input files whose parts changed; drop other code versions."""
        # Only entries that are in use are kept, so the in-memory cache does not grow with every edit.
        used = {d for digests in self._files.values() for d in digests}
        self.memory = {d: p for d, p in self.memory.items() if d in used}
        if self.store is not None and self.seen is not None and (self._seen_changed or self._dirty):
            self.store.dump(f"{self.folder}/inputs.pickle", self.seen)
            self._seen_changed = False
        if self.store is None or not self._dirty:
            return
        for path in sorted(self._dirty):
            self._save_file(path, self._dirty[path])
        self.store.prune("parts-*", {self.folder})  # the parts of other versions of the parser
        self._dirty.clear()

    def _save_file(self, path: str, touched: set[str]) -> None:
        """Write the cache file(s) of one input file: all of them, or the buckets `touched`."""
        assert self.store is not None
        digests = [d for d in self._files.get(path, ()) if d in self.memory]
        before = self._buckets.pop(path, ())
        if len(digests) <= BUCKET_PARTS:
            self.store.dump(self._name(path), {d: self.memory[d] for d in digests})
            if before:
                self.store.prune(self._name(path, "*"), set())  # its buckets, no longer listed
            return
        split: dict[str, dict[str, Parsed]] = {}
        for digest in digests:
            split.setdefault(digest[:1], {})[digest] = self.memory[digest]
        buckets = tuple(sorted(split))
        for bucket in buckets:
            # A bucket no part was put in still holds what it held (with, at most, stale entries
            # of parts edited since: they are never asked for, and go when the bucket is rewritten).
            if bucket in touched or bucket not in before:
                self.store.dump(self._name(path, bucket), split[bucket])
        if buckets != before:
            self.store.dump(self._name(path), {_BUCKETS_KEY: buckets})
            for gone in set(before) - set(buckets):
                self.store.prune(self._name(path, gone), set())
        self._buckets[path] = buckets


# A fact sheet cut into more parts than this is kept in buckets (PartCache); the key under which
# its main cache file lists them (never a digest).
BUCKET_PARTS = 256
_BUCKETS_KEY = "buckets"


def _parse_all(parts: list[Part]) -> list[Parsed]:
    """Parse parts in this process.

    Measured at 20,000 facts: parsing across two forked processes was slower than in one,
    because sending the parsed objects back (pickling) costs as much as parsing them.
    """
    return _parse_batch(parts)


def worker_count() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass(slots=True)
class Model:
    """The Briefing built from parts, its problems, and a content fingerprint per object."""

    briefing: Briefing | None
    problems: list[Problem]
    fingerprints: dict[str, str] = field(default_factory=dict)
    parsed_parts: int = 0


def build_from_parts(inputs: Inputs, cache: PartCache) -> Model:
    """Parse every part not in the cache, then assemble the Briefing (stages 1–2)."""
    wanted: dict[str, Part] = {}
    found: dict[str, Parsed] = {}
    # A fact sheet read as the very Group of the last build (read_inputs: the file is unchanged)
    # gives what it gave then, without looking up its thousands of parts (see _SHEETS).
    sheets = {group.parts[0].path: kept for group in inputs.topics
              if (kept := _SHEETS.get(group.parts[0].path)) is not None and kept[0] is group}
    for group in inputs.groups():
        if group.kind == "topic" and group.parts[0].path in sheets:
            continue
        for part in group.parts:
            hit = cache.get(part.path, part.digest)
            if hit is not None:
                found[part.digest] = hit
            else:
                wanted.setdefault(part.digest, part)
    parsed_count = len(wanted)
    for part, parsed in zip(wanted.values(), _parse_all(list(wanted.values())), strict=True):
        found[part.digest] = parsed
        cache.put(part.path, part.digest, parsed)

    problems = list(inputs.problems)
    fingerprints: dict[str, str] = {}
    docs = Documents()

    def take(part: Part) -> Any:
        parsed = found[part.digest]
        if parsed.line != part.line:  # the same text moved within its file
            parsed = Parsed(shift_lines(parsed.value, part.line - parsed.line),
                            shift_lines(parsed.problems, part.line - parsed.line), part.line, parsed.ok)
            found[part.digest] = parsed
            cache.put(part.path, part.digest, parsed)
        problems.extend(parsed.problems)
        return parsed.value

    if inputs.site is not None:
        part = inputs.site.parts[0]
        docs.site = take(part)
        fingerprints["site"] = part.digest
    for group in inputs.sources:
        part = group.parts[0]
        source = take(part)
        docs.sources.append(source)
        if source is not None:
            fingerprints[f"source:{source.id}"] = part.digest
    for group in inputs.topics:
        path = group.parts[0].path
        kept = sheets.get(path)
        if kept is not None:
            docs.topics.append(kept[1])
            fingerprints.update(kept[2])
            problems.extend(kept[3])
            continue
        before, printed = len(problems), {}
        topic = _take_topic(group, found, cache, take, printed)
        fingerprints.update(printed)
        docs.topics.append(topic)
        if keeping():
            digests = [p.digest for p in group.parts] + \
                ([group.whole.digest] if group.whole and group.whole.digest in found else [])
            sheets[path] = (group, topic, printed, problems[before:], digests)
    _SHEETS.clear()
    if keeping():
        _SHEETS.update(sheets)
    if not keeping():
        _TOPICS.clear()  # nothing kept for a next build that will not come (model.keeping)
    for gone in _TOPICS.keys() - {group.parts[0].path for group in inputs.topics}:
        del _TOPICS[gone]
    for group in inputs.entities:
        part = group.parts[0]
        taken = take(part)  # None when the file could not be read at all (already reported)
        entities, failed = taken if taken is not None else ((), True)
        docs.entity_files.append((entities, failed))
        for entity in entities:
            fingerprints[f"entity:{entity.id}"] = _fingerprint_entity(entity)
    # Lists of the whole briefing (the pack, exports, search index, overview) show facts and
    # entities in the order they are written: moving one is a change to those, though no
    # object's own content changed. ("#" is never part of an id.)
    fingerprints["fact:#order"] = _digest(*(k for k in fingerprints if k.startswith("fact:")))
    fingerprints["entity:#order"] = _digest(*(k for k in fingerprints if k.startswith("entity:")))
    for group in inputs.groups():
        kept = sheets.get(group.parts[0].path) if group.kind == "topic" else None
        cache.remember(group.parts[0].path, kept[4] if kept is not None else [p.digest for p in group.parts] +
                       ([group.whole.digest] if group.whole and group.whole.digest in found else []))
    briefing = assemble(docs, problems)
    return Model(briefing, problems, fingerprints, parsed_count)


def _take_topic(group: Group, found: dict[str, Parsed], cache: PartCache, take: Any,
                fingerprints: dict[str, str]) -> Topic | None:
    if group.whole is not None and all(found[p.digest].ok for p in group.parts):
        head, *fact_parts = group.parts
        topic = take(head)
        facts = []
        for part in fact_parts:
            fact = take(part)
            if fact is not None:
                facts.append(fact)
                fingerprints[f"fact:{fact.id}"] = part.digest
        if topic is None:
            return None
        fingerprints[f"topic:{topic.id}"] = _fingerprint_head(head.digest, topic)
        last = _TOPICS.get(head.path)
        if last is not None and last[0] is topic and len(last[1]) == len(facts) and all(map(is_, last[1], facts)):
            made = last[2]  # the very same head and facts: the same Topic (see _TOPICS)
        else:
            made = dataclasses.replace(topic, facts=tuple(facts))
        if keeping():
            _TOPICS[head.path] = (topic, made.facts, made)
        return made
    whole = group.whole or group.parts[0]
    parsed = found.get(whole.digest) or cache.get(whole.path, whole.digest)
    if parsed is None:
        parsed = parse_part(whole)
        cache.put(whole.path, whole.digest, parsed)
    found[whole.digest] = parsed
    topic = take(whole)
    if topic is not None:
        fingerprints[f"topic:{topic.id}"] = whole.digest
        for fact in topic.facts:
            fingerprints[f"fact:{fact.id}"] = _digest(whole.digest, fact.id)
    return topic


def _kept_sheet(group: Group) -> bool:
    """True when `group` is a fact sheet's Group of the last build, whose results are kept."""
    kept = _SHEETS.get(group.parts[0].path) if group.kind == "topic" else None
    return kept is not None and kept[0] is group


# What each fact sheet gave in the last build of a process that builds again (model.keeping), by
# its path: the Group it was read as, the Topic, its fingerprints and problems (in order), and the
# digests its cache file keeps. A sheet read as the same Group object again gives them again.
_SHEETS: dict[str, tuple[Group, Topic | None, dict[str, str], list[Problem], list[str]]] = {}


# The last Topic made from each fact sheet (by its path), with its head as parsed and its facts:
# a sheet whose head and facts are the very objects of the last build (nothing in it was edited)
# gives the same Topic object again, so that work kept by object between a process's builds (the
# dev server's) can skip a whole topic at once.
_TOPICS: dict[str, tuple[Topic, tuple[Fact, ...], Topic]] = {}


# A fact sheet's head keeps the lines of its facts blank (so what follows them keeps its line
# numbers): a line added to a fact changes the head's text, but not what it says. Its fingerprint,
# which every page depends on (the topic titles are in the menu), leaves the lines out, or adding
# a citation to one fact would render the whole site again. By the head's digest, per process.
_HEAD_PRINTS: dict[str, str] = {}


def _fingerprint_head(digest: str, topic: Topic) -> str:
    found = _HEAD_PRINTS.get(digest)
    if found is None:
        if len(_HEAD_PRINTS) > 1000:
            _HEAD_PRINTS.clear()
        found = _HEAD_PRINTS[digest] = _digest(repr(_without_locations(topic)))
    return found


def _fingerprint_entity(entity: Entity) -> str:
    return _digest(repr(_without_locations(entity)))


def _without_locations(value: Any) -> Any:
    """A plain structure of a value's content, leaving out where it was written."""
    if isinstance(value, Location):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, *(_without_locations(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, (tuple, list)):
        return tuple(_without_locations(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _without_locations(v)) for k, v in value.items())
    return value


_register_compact_pickling()  # last: this module's own dataclasses (Parsed, Part, Group, Seen) too
