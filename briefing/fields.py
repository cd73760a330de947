"""Typed readers for YAML nodes: each turns a node into a value or a located Problem.

The same field descriptions produce the JSON Schema editors use (see `schema.py`),
so the format is described once.
"""

from __future__ import annotations

import difflib
import math
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from . import dates
from .problems import Location, Problem, error

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An id names output files (`facts/<id>.html`, their staging copies): far below the file
# systems' 255-byte name limit, which a longer id hit only while writing, without a location.
MAX_ID = 100
MISSING: Any = object()

_TAG = "tag:yaml.org,2002:"
_SURPRISE = {
    "bool": "YAML reads a bare {v} as the boolean {b}",
    "int": "YAML reads a bare {v} as a number",
    "float": "YAML reads a bare {v} as a number",
    "null": "YAML reads a bare {v} as 'nothing'",
    "timestamp": "YAML reads a bare {v} as a date",
}


class Reader:
    """Conversion state for one file: its path, the problems found, and alias detection."""

    __slots__ = ("_lines", "_seen", "path", "problems", "text")

    def __init__(self, path: str, problems: list[Problem], text: str | None = None) -> None:
        self.path = path
        self.problems = problems
        self._seen: set[int] = set()
        self.text = text  # the file's YAML text, when known: places inside multi-line texts
        self._lines: list[str] | None = None

    def at(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.path, mark.line + 1, mark.column + 1)

    def place(self, line: int, column: int) -> Location:
        """The location of a 0-based line and column of this file's text."""
        return Location(self.path, line + 1, column + 1)

    def lines(self) -> list[str] | None:
        """The file's text as lines (None when the text is not known)."""
        if self._lines is None and self.text is not None:
            self._lines = self.text.split("\n")
        return self._lines

    def fail(self, node: yaml.Node, message: str, hint: str = "") -> Any:
        self.problems.append(error(self.at(node), message, hint))
        return MISSING

    def enter(self, node: yaml.Node) -> bool:
        """False for a node already visited: an alias, refused so an alias bomb cannot expand."""
        if not isinstance(node, yaml.ScalarNode):
            key = id(node)
            if key in self._seen:
                self.fail(node, "this anchored value (&name) is reused through an alias (*name); "
                          "aliases are not supported", "write the value out in full at each place")
                return False
            self._seen.add(key)
        return True


def _kind_name(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{node.value}'"


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


class Field:
    """Base reader; subclasses implement `read` and `schema`."""

    doc = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


class Text(Field):
    """A YAML string; implicit booleans, numbers, nulls and dates are refused."""

    def __init__(self, doc: str = "", allow_empty: bool = False) -> None:
        self.doc = doc
        self.allow_empty = allow_empty

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            return r.fail(node, f"expected text, found {_kind_name(node)}",
                          "write a single value; quote it if it contains ': ' or starts with '-'")
        tag = node.tag.removeprefix(_TAG)
        if tag != "str":
            why = _SURPRISE.get(tag, "it is not text").format(v=node.value, b=node.value.lower() in
                                                              ("yes", "true", "on", "y"))
            return r.fail(node, f"expected text, found '{node.value}' ({why})",
                          f"put it in quotes: \"{node.value}\"")
        value = node.value.strip()
        if not value and not self.allow_empty:
            return r.fail(node, "text is empty", "write a value or remove the field")
        return value

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 0 if self.allow_empty else 1}


FACT_LINK = re.compile(r"\]\(\s*<?fact:([^)\s>]*)>?\s*\)")
# What a reader takes for a link to a fact, in any form: one FACT_LINK does not match (a title,
# `FACT:`) was neither checked nor rendered as one, and reached the site as href="fact:…".
_FACT_LIKE = re.compile(r"\]\(\s*<?fact:", re.IGNORECASE)


class MarkdownText(str):
    """Markdown text that knows where each of its characters was written (for exact locations).

    `places` maps offsets in the text to the file: (offset, line, column, length) for each
    written line of the YAML value (1-based line and column); a character outside every
    written line (unknown file text) is placed where its line, or the value, starts.
    """

    path: str
    places: tuple[tuple[int, int, int, int], ...]

    def location(self, offset: int) -> Location:
        """Where the character at `offset` of this text was written."""
        best = self.places[0] if self.places else (0, 0, 0, 0)
        for place in self.places:
            if place[0] > offset:
                break
            best = place
        start, line, column, length = best
        inside = start <= offset < start + length
        return Location(self.path, line, column + (offset - start if inside else 0))

    def fact_refs(self) -> list[Ref]:
        """Every `[text](fact:<id>)` link of the text, with where its id was written."""
        return [Ref(m.group(1), self.location(m.start(1))) for m in FACT_LINK.finditer(self)]


class Markdown(Text):
    """A Markdown text whose links to facts, `[text](fact:<id>)`, the check stage resolves."""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if value is MISSING:
            return value
        text = MarkdownText(value)
        text.path = r.path
        text.places = _places(node, value, r)
        if "fact:" in value.lower():
            exact = {m.start() for m in FACT_LINK.finditer(value)}
            for m in _FACT_LIKE.finditer(value):
                if m.start() not in exact:
                    r.problems.append(error(text.location(m.end() - len("fact:")),
                                            "a link to a fact must be written [words](fact:<id>)",
                                            "write fact: in lowercase and the id alone, with no title after it"))
        return text


def _places(node: yaml.Node, value: str, r: Reader) -> tuple[tuple[int, int, int, int], ...]:
    """Where each written line of a scalar's value starts in the file, found in the file's text.

    Block (`|`, `>`) and multi-line plain or quoted scalars keep each written line's words in
    order, so each line's content is looked for in the value after the previous one's; a line
    whose content differs (escapes in a quoted scalar) is skipped and stays on the line before.
    """
    start = r.at(node)
    first = ((0, start.line, start.column, 0),)
    lines = r.lines()
    if lines is None:
        return first
    shift = start.line - 1 - node.start_mark.line  # a Reader for a part further down its file
    places: list[tuple[int, int, int, int]] = []
    cursor = 0
    last = min(node.end_mark.line, len(lines) - 1)
    for number in range(node.start_mark.line, last + 1):
        line = lines[number]
        begin = 0
        if number == node.start_mark.line:
            if node.style in ("|", ">"):
                continue  # the indicator line
            begin = node.start_mark.column + (1 if node.style in ("'", '"') else 0)
        content = line[begin:].rstrip()
        indent = len(content) - len(content.lstrip())
        content = content.strip()
        if node.style in ("'", '"') and number == node.end_mark.line:
            content = content[:-1].rstrip()
        if not content:
            continue
        found = value.find(content, cursor)
        if found < 0:
            continue
        places.append((found, number + 1 + shift, begin + indent + 1, len(content)))
        cursor = found + len(content)
    return tuple(places) or first


class Slug(Text):
    """A lowercase id made of letters, digits and hyphens; `reserved` ids name generated pages."""

    def __init__(self, doc: str = "", allow_empty: bool = False, reserved: dict[str, str] | None = None) -> None:
        super().__init__(doc, allow_empty)
        self.reserved = reserved or {}

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if value is MISSING:
            return value
        if value in self.reserved:
            return r.fail(node, f"'{value}' is reserved: {self.reserved[value]}",
                          f"choose another id, e.g. '{value}-1'")
        if not SLUG.fullmatch(value):  # fullmatch: '$' alone would let 'id\n' through
            return r.fail(node, f"'{_clip(value)}' is not a valid id",
                          f"ids use lowercase letters, digits and single hyphens, e.g. '{slugify(value)}'")
        if len(value) > MAX_ID:
            return r.fail(node, too_long_id(value), f"shorten it, e.g. '{slugify(value)}'")
        return value

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": SLUG.pattern, "maxLength": MAX_ID}


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference by id to another object, with where it was written."""

    id: str
    at: Location


class RefTo(Slug):
    """An id referring to a source, fact, entity or topic (resolved by the check stage)."""

    def __init__(self, target: str, doc: str = "") -> None:
        super().__init__(doc or f"id of a {target}")
        self.target = target

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        return value if value is MISSING else Ref(value, r.at(node))


class Choice(Text):
    def __init__(self, options: tuple[str, ...], doc: str = "") -> None:
        super().__init__(doc)
        self.options = options

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if value is MISSING or value in self.options:
            return value
        hint = did_you_mean(value, self.options) or "use one of: " + ", ".join(self.options)
        return r.fail(node, f"'{value}' is not one of {', '.join(self.options)}", hint)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.options)}


class LanguageTag(Text):
    """A BCP 47 language tag such as `en`, `ko` or `zh-Hant`; it ends up in `lang` attributes."""

    PATTERN = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if value is MISSING or self.PATTERN.fullmatch(value):
            return value
        return r.fail(node, f"'{_clip(value)}' is not a language tag", "use a BCP 47 tag such as en, ko or ru")

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": self.PATTERN.pattern}


class InterfaceLanguage(LanguageTag):
    """A language the pages' own words (menus, labels, dates) can be shown in: English or a shipped catalogue."""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if not isinstance(value, str):
            return value
        from .i18n import has_catalogue, shipped_languages

        if has_catalogue(value):
            return value
        known = ", ".join(dict.fromkeys(["en", *shipped_languages()]))
        # Reported here, at the line naming it: the missing catalogue is the program's file, not the site's.
        return r.fail(node, f"language '{_clip(value)}' has no interface catalogue: the pages' own words (menus, "
                      "labels, dates) cannot be shown in it",
                      f"use one of {known}, or add a catalogue with: python -m briefing.i18n init "
                      f"{value.split('-')[0].lower()}")


def address_problem(value: str, base: bool = False) -> tuple[str, str] | None:
    """What is wrong with an absolute http(s) address, as (message, hint), or None when nothing is.

    `base` is for the site's own address, which every page's address is built on: a query or
    fragment there would end up in the middle of every one of them.
    """
    if not value.lower().startswith(("http://", "https://")):
        return (f"'{_clip(value)}' is not an http(s) address",
                "give the full address starting with https://, or leave the field out when it is not known")
    parts = urllib.parse.urlsplit(value)
    if not parts.hostname:
        return f"'{_clip(value)}' has no host name", "write it as https://host/path"
    if not WebAddress.PATTERN.fullmatch(value):
        return (f"'{_clip(value)}' contains a space or one of \" < > \\ ^ ` {{ | }} that an address cannot",
                "copy the address from the browser's address bar (it encodes these characters)")
    try:
        parts.port  # noqa: B018 (urlsplit checks the port only when asked)
    except ValueError:
        return f"'{_clip(value)}' has an impossible port", "ports run from 0 to 65535; most addresses need none"
    if "@" in parts.netloc:
        return (f"'{_clip(value)}' holds a user name or password (before '@'), which the site would publish",
                "leave out the part up to '@'")
    if base and (parts.query or parts.fragment or value.endswith(("?", "#"))):
        return (f"'{_clip(value)}' has a query (?…) or fragment (#…), which would end up inside every page's address",
                "give the address of the site's folder, e.g. https://user.github.io/repo/")
    return None


class WebAddress(Text):
    """An absolute http(s) address, as a reader's browser would follow it."""

    PATTERN = re.compile(r"^https?://[^/?#\s\"<>\\^`{|}]+[^\s\"<>\\^`{|}]*$")
    BASE = False

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if value is MISSING:
            return value
        problem = address_problem(value, self.BASE)
        return value if problem is None else r.fail(node, *problem)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": self.PATTERN.pattern}


class BaseAddress(WebAddress):
    """The site's public address, which every page's absolute address starts with: no query or fragment."""

    BASE = True


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class WhenField(Field):
    """A partial date or range (see dates.py); unquoted dates and years are accepted."""

    def __init__(self, doc: str = "", single: bool = False) -> None:
        self.doc = doc
        self.single = single

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag.removeprefix(_TAG) not in ("str", "timestamp", "int"):
            return r.fail(node, f"expected a date like 2024-02 or 2024-02-16, found {_kind_name(node)}",
                          "dates are written YYYY, YYYY-MM, YYYY-MM-DD or as a range A/B")
        try:
            when = dates.parse_when(node.value)
        except ValueError as exc:
            return r.fail(node, str(exc), "dates are written YYYY, YYYY-MM, YYYY-MM-DD, or a range like 2023-08/..")
        if self.single and when.is_range:
            return r.fail(node, f"expected a single date here, not the range '{node.value}'",
                          "write one date, e.g. 2024-02-16")
        return when

    def schema(self) -> dict[str, Any]:
        day = r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
        pattern = f"^{day}$" if self.single else f"^({day}|\\.\\.)(/({day}|\\.\\.))?$"
        # Editors' YAML 1.2 reads an unquoted year as a number, which the build accepts too.
        return {"anyOf": [{"type": "string", "pattern": pattern},
                          {"type": "integer", "minimum": 1000, "maximum": 9999}]}


class Sha256(Text):
    """A SHA-256 digest: 64 lowercase hexadecimal digits."""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = super().read(node, r)
        if value is MISSING or re.fullmatch(r"[0-9a-f]{64}", value):
            return value
        return r.fail(node, f"'{value}' is not a SHA-256 digest (64 hexadecimal digits, lowercase)",
                      "copy the digest of the archived text exactly (sha256sum FILE.txt prints it), or remove the line")

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[0-9a-f]{64}$"}


class DateOrTag(Field):
    """A full day (YYYY-MM-DD, quoted or not) or the name of a git tag, e.g. an edition."""

    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def read(self, node: yaml.Node, r: Reader) -> Any:
        tag = node.tag.removeprefix(_TAG) if isinstance(node, yaml.ScalarNode) else ""
        if tag not in ("str", "timestamp") or not node.value.strip():
            return r.fail(node, f"expected a date like 2024-03-12 or a git tag name, found {_kind_name(node)}",
                          "write the edition's day, e.g. 2024-03-12, or its tag in quotes, e.g. \"v1.2\"")
        value = node.value.strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value  # a tag: resolved to its commit's day from git (history.py)
        try:
            return dates.parse_when(value)
        except ValueError as exc:
            return r.fail(node, str(exc), "write the edition's day as YYYY-MM-DD")

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}
MAX_MAGNITUDE = 10**15


class Number(Field):
    def __init__(self, doc: str = "", integer: bool = False, low: float | None = None,
                 high: float | None = None) -> None:
        self.doc = doc
        self.integer = integer
        self.low = low
        self.high = high

    def read(self, node: yaml.Node, r: Reader) -> Any:
        tag = node.tag.removeprefix(_TAG) if isinstance(node, yaml.ScalarNode) else ""
        allowed = ("int",) if self.integer else ("int", "float")
        if tag not in allowed:
            what = "a whole number" if self.integer else "a number"
            return r.fail(node, f"expected {what}, found {_kind_name(node)}",
                          "write digits without quotes or thousands separators, e.g. 1000000")
        try:
            value: float = int(node.value.replace("_", ""), 0) if tag == "int" else float(node.value.replace("_", ""))
        except ValueError:
            return r.fail(node, f"'{node.value}' is not a number", "write digits, e.g. 1000000")
        if isinstance(value, float) and not math.isfinite(value):
            return r.fail(node, f"'{node.value}' is not a finite number", "write digits, e.g. 1000000")
        if abs(value) > MAX_MAGNITUDE:  # charts, sums and number formatting stay exact below it
            shown = node.value if len(node.value) <= 24 else f"{node.value[:20]}… ({len(node.value)} characters)"
            return r.fail(node, f"{shown} is beyond the largest figure a briefing shows (a quadrillion, 10^15)",
                          "check the digits; write very large figures in the text, e.g. unit: trillion won")
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            return r.fail(node, f"{node.value} is out of range {self.low:g}–{self.high:g}",
                          f"use a value from {self.low:g} to {self.high:g}")
        return value

    def schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "integer" if self.integer else "number"}
        if self.low is not None:
            out["minimum"] = self.low
        if self.high is not None:
            out["maximum"] = self.high
        return out


class Flag(Field):
    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _TAG + "bool":
            return r.fail(node, f"expected true or false, found {_kind_name(node)}", "write true or false")
        return node.value.lower() in ("true", "yes", "on", "y")

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class ListOf(Field):
    """A list of one kind of value. A list of references names each once; with `unique`, any list
    whose values give the same key twice (language tags: `ko` and `KO` name one edition)."""

    def __init__(self, item: Field, doc: str = "", min_items: int = 0,
                 unique: Callable[[Any], str] | None = None) -> None:
        self.item = item
        self.doc = doc
        self.min_items = min_items
        self.unique = unique

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            return r.fail(node, f"expected a list, found {_kind_name(node)}",
                          "write a list as [a, b] or as lines starting with '- '")
        if not r.enter(node):
            return MISSING
        values = []
        seen: set[str] = set()
        firsts: dict[str, str] = {}
        for child in node.value:
            value = self.item.read(child, r)
            if value is MISSING:
                continue
            if isinstance(value, Ref) and isinstance(self.item, RefTo):  # shown twice, or counted twice
                if value.id in seen:
                    target = self.item.target
                    r.fail(child, f"{target} '{value.id}' is listed twice", f"list each {target} once")
                    continue
                seen.add(value.id)
            elif self.unique is not None and isinstance(value, str):
                key = self.unique(value)
                if key in seen:
                    first = firsts[key]
                    r.fail(child, f"'{_clip(value)}' is listed twice" + ("" if first == value else
                           f" ('{_clip(first)}' and '{_clip(value)}' name one folder on macOS and Windows)"),
                           "list each once")
                    continue
                seen.add(key)
                firsts[key] = value
            values.append(value)
        if len(node.value) < self.min_items:
            return r.fail(node, f"list needs at least {self.min_items} item{'s' if self.min_items > 1 else ''}",
                          "add an entry")
        return tuple(values)

    def schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.item.schema()}
        if self.min_items:
            out["minItems"] = self.min_items
        return out


class MapOf(Field):
    """A mapping of free keys (e.g. field names) to values of one kind."""

    def __init__(self, keys: tuple[str, ...], value: Field, doc: str = "") -> None:
        self.keys = keys
        self.value = value
        self.doc = doc

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return r.fail(node, f"expected a mapping, found {_kind_name(node)}", "write 'key: value' lines")
        if not r.enter(node):
            return MISSING
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if key not in self.keys:
                r.fail(key_node, f"'{key}' cannot be listed here",
                       did_you_mean(key, self.keys) or "use one of: " + ", ".join(self.keys))
                continue
            value = self.value.read(value_node, r)
            if value is not MISSING:
                out[key] = value
        return out

    def schema(self) -> dict[str, Any]:
        return {"type": "object", "propertyNames": {"enum": list(self.keys)},
                "additionalProperties": self.value.schema()}


class Record(Field):
    """A mapping with known fields; builds an object with `make(values, location)`."""

    def __init__(self, name: str, fields: dict[str, Field], required: tuple[str, ...],
                 make: Callable[[dict[str, Any], Location], Any], doc: str = "",
                 check: Callable[[dict[str, Any], yaml.Node, Reader], None] | None = None,
                 locate: tuple[str, ...] = ()) -> None:
        self.name = name
        self.locate = locate  # fields whose value location is kept as `<name>_at` for later checks
        self.fields = fields
        self.required = required
        self.make = make
        self.doc = doc
        self.check = check

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return r.fail(node, f"expected a {self.name} (key: value lines), found {_kind_name(node)}",
                          f"a {self.name} has the fields: " + ", ".join(self.fields))
        if not r.enter(node):
            return MISSING
        values: dict[str, Any] = {}
        failed = False
        misspelt: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or key not in self.fields:
                shown = key if key is not None else "(complex key)"
                close = difflib.get_close_matches(str(shown), list(self.fields), n=1, cutoff=0.6)
                misspelt.update(close)
                r.fail(key_node, f"unknown field '{shown}' in {self.name}",
                       f"did you mean '{close[0]}'?" if close else
                       f"a {self.name} has the fields: " + ", ".join(self.fields))
                failed = True
                continue
            if key in values or (key + "\0") in values:
                r.fail(key_node, f"field '{key}' is given twice in this {self.name}",
                       "keep one of them; YAML would silently use the last")
                failed = True
                continue
            value = self.fields[key].read(value_node, r)
            if value is MISSING:
                values[key + "\0"] = None  # remember it was present but invalid
                failed = True
            else:
                values[key] = value
                if key in self.locate:
                    values[key + "_at"] = r.at(value_node)
        for name in self.required:
            # A misspelt field was already reported with its correct name: say it once.
            if name not in values and (name + "\0") not in values and name not in misspelt:
                r.fail(node, f"{self.name} is missing the required field '{name}'",
                       f"add '{name}: …' ({self.fields[name].doc or 'see the content format'})")
                failed = True
        values = {k: v for k, v in values.items() if not k.endswith("\0")}
        if self.check is not None and not failed:
            self.check(values, node, r)
        return MISSING if failed and any(n not in values for n in self.required) else \
            self.make(values, r.at(node))

    def schema(self) -> dict[str, Any]:
        props = {}
        for name, f in self.fields.items():
            prop = f.schema()
            if f.doc:
                prop["description"] = f.doc
            props[name] = prop
        out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
        if self.required:
            out["required"] = list(self.required)
        if self.doc:
            out["description"] = self.doc
        return out


def slugify(text: str, limit: int = MAX_ID) -> str:
    """A best-effort id for a hint or a proposed file name, at most `limit` characters (cut at a hyphen)."""
    slug = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-"))
    if len(slug) > limit:
        cut = slug.rfind("-", 0, limit + 1)
        slug = slug[:cut if cut > 0 else limit].strip("-")
    return slug or "id"


def is_id(value: str) -> bool:
    """Whether `value` is a valid id: a slug (lowercase letters, digits, single hyphens) of at most MAX_ID."""
    return len(value) <= MAX_ID and SLUG.fullmatch(value) is not None


def too_long_id(value: str, what: str = "id") -> str:
    """The message for an id (or the file name giving one) over MAX_ID characters."""
    return f"{what} '{_clip(value, 40)}' is {len(value)} characters long, over the {MAX_ID}-character limit" + (
        "" if what == "id" else " of an id")
