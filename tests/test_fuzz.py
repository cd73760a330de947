"""Property: whatever happens to a content file (flipped bytes, deletions, duplicated lines, stray
YAML punctuation), the build either succeeds or reports located problems; it never raises."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from conftest import FIXTURE_SITE, copy_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.pipeline import build

FILES = sorted(p.relative_to(FIXTURE_SITE).as_posix() for p in FIXTURE_SITE.rglob("*")
               if p.is_file() and p.suffix in (".yaml", ".txt"))
# Bounded so the suite stays fast; BRIEFING_FUZZ_EXAMPLES=1000 hunts longer by hand.
EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "40"))
YAML_BYTES = b":-&*![]{}\"'\t\n#|>%@`?,\\ \xef\xbb\xbf\xff\x00"


def _flip(data: bytes, at: int, value: int) -> bytes:
    if not data:
        return bytes([value])
    at %= len(data)
    return data[:at] + bytes([value]) + data[at + 1:]


def _delete(data: bytes, at: int, length: int) -> bytes:
    at %= max(len(data), 1)
    return data[:at] + data[at + length:]


def _duplicate_line(data: bytes, at: int, _unused: int) -> bytes:
    lines = data.splitlines(keepends=True)
    if not lines:
        return data
    at %= len(lines)
    return b"".join([*lines[:at + 1], lines[at], *lines[at + 1:]])


def _insert(data: bytes, at: int, which: int) -> bytes:
    at %= max(len(data), 1)
    return data[:at] + YAML_BYTES[which % len(YAML_BYTES):which % len(YAML_BYTES) + 1] + data[at:]


OPERATIONS = {"flip": _flip, "delete": _delete, "duplicate-line": _duplicate_line, "insert": _insert}

mutation = st.tuples(st.sampled_from(FILES), st.sampled_from(sorted(OPERATIONS)),
                     st.integers(min_value=0, max_value=1 << 16), st.integers(min_value=0, max_value=255))


@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=3))
def test_mutated_content_never_crashes_the_build(mutations: list[tuple[str, str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = copy_site(Path(folder) / "site")
        for name, operation, at, value in mutations:
            path = site / name
            path.write_bytes(OPERATIONS[operation](path.read_bytes(), at, value))
        result = build(site, Path(folder) / "output")  # an exception here fails the property
        if not result.ok:
            assert not (Path(folder) / "output").exists(), "a failed build wrote output"
        for problem in result.problems:
            assert problem.message, problem
            where = problem.location
            assert not Path(where.path).is_absolute() or where.path.startswith(folder), problem
            file = site / where.path
            if where.line and file.is_file():  # a line number points into the file
                assert where.line <= file.read_bytes().count(b"\n") + 1, problem.format()


YAML_FILES = [name for name in FILES if name.endswith(".yaml")]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                    st.text(max_size=30), st.sampled_from(["", "..", "2024-02-30", "../..", "russia", "-",
                                                            "1e6", "no", "https://", "\u202e", "a" * 300]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(st.text(max_size=10), inner, max_size=3)),
                      max_leaves=6)


def _replace_somewhere(document: object, choice: int, value: object) -> object:
    """Replace the `choice`-th node (in document order, modulo their number) with `value`."""
    slots: list[tuple[object, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in node:
                slots.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                slots.append((node, index))
                walk(node[index])

    walk(document)
    if not slots:
        return value
    container, key = slots[choice % len(slots)]
    container[key] = value  # type: ignore[index]
    return document


@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(YAML_FILES), st.integers(min_value=0, max_value=10_000), values)
def test_any_value_in_any_field_is_reported_not_raised(name: str, choice: int, value: object) -> None:
    """Well-formed YAML with a value of any type in any place reaches the model and checks: they
    report it (or accept it) but never raise."""
    import yaml

    with tempfile.TemporaryDirectory() as folder:
        site = copy_site(Path(folder) / "site")
        path = site / name
        document = _replace_somewhere(yaml.safe_load(path.read_text(encoding="utf-8")), choice, value)
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        result = build(site, Path(folder) / "output")
        for problem in result.problems:
            assert problem.message and str(problem.location), problem
