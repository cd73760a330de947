"""The bad-input corpus: one user mistake per case under tests/fixtures/invalid/<case>/, each
reported by `python build.py` at its exact `path:line:col` with exit code 1, no traceback, and
the previous output/ left exactly as it was.

A case is `case.yaml` (what the mistake is, plus file operations that git cannot store well),
an optional `overlay/` laid over a copy of tests/fixtures/site, and `expected`: every error
line the build must print, in order, and nothing else (`{tmp}` stands for the case's folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_SITE, FIXTURES, ROOT, copy_site

from briefing.cli import main
from briefing.pipeline import build

INVALID = FIXTURES / "invalid"
CASES = sorted(p.name for p in INVALID.iterdir() if (p / "case.yaml").exists())


def materialize(case: Path, dest: Path) -> Path:
    """Build the case's site in `dest`: the fixture site, the overlay, then the file operations."""
    spec = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    site = copy_site(dest / "site")
    overlay = case / "overlay"
    if overlay.is_dir():
        for path in sorted(overlay.rglob("*")):
            if path.is_file():
                target = site / path.relative_to(overlay)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
    for rel in spec.get("delete", []):
        target = site / rel
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    for rel, size in spec.get("grow", {}).items():
        with open(site / rel, "ab") as handle:  # a comment line, repeated, keeps the YAML valid
            line = b"# padding " + b"x" * 117 + b"\n"
            handle.write(line * ((size - (site / rel).stat().st_size) // len(line) + 1))
    for rel in spec.get("symlink_outside", []):
        outside = dest / "outside" / Path(rel).name
        outside.parent.mkdir(exist_ok=True)
        shutil.move(site / rel, outside)
        (site / rel).symlink_to(outside)
    for rel, other in spec.get("symlink_to_site_file", {}).items():  # a relative link, as an editor makes
        (site / rel).unlink()
        (site / rel).symlink_to(Path(os.path.relpath(site / other, (site / rel).parent)))
    for rel in spec.get("broken_symlink", []):
        (site / rel).unlink()
        (site / rel).symlink_to(dest / "nowhere.yaml")
    for rel, target in spec.get("symlink_to", {}).items():  # a link to an absolute path outside the site
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).symlink_to(target)
    for rel in spec.get("fifo", []):  # a named pipe: opening it for reading would block forever
        (site / rel).unlink(missing_ok=True)
        os.mkfifo(site / rel)
    for rel, depth in spec.get("nest", {}).items():  # too big to keep as a file: `title: [[[…]]]`
        (site / rel).write_text(f"title: {'[' * depth}{']' * depth}\n", encoding="utf-8")
    return site


def manifest(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def content_manifest(site: Path) -> dict[str, str]:
    """The editor's files (site.yaml and content/), which a build must never write."""
    files = manifest(site / "content") if (site / "content").is_dir() else {}
    if (site / "site.yaml").is_file():
        files["site.yaml"] = hashlib.sha256((site / "site.yaml").read_bytes()).hexdigest()
    return files


# Run through a real `python build.py` process too (the rest run in-process through the same
# `cli.main`, which saves a second of interpreter start-up per case on a shared 2-core machine).
SUBPROCESS_CASES = ("yaml-tab-indent", "not-utf8", "huge-file", "symlink-outside", "yaml-alias-bomb",
                    "missing-content", "unknown-field", "quote-not-found", "yaml-depth-bomb", "fifo-fact-sheet")


@dataclass
class Run:
    """What one build of a case printed and returned, and where its files were."""

    code: int
    stdout: str
    stderr: str
    dest: Path


@pytest.fixture(scope="module")
def good_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete site from the valid fixture: each case builds over a copy of it."""
    out = tmp_path_factory.mktemp("good") / "output"
    assert build(FIXTURE_SITE, out).ok
    return out


def run_case(name: str, dest: Path, good_output: Path, subprocess_run: bool) -> Run:
    """Lay out the case in `dest` over a copy of a good output/, build it, and check nothing else moved."""
    site = materialize(INVALID / name, dest)
    out = dest / "output"
    shutil.copytree(good_output, out)
    before = content_manifest(site)
    argv = ["--site", str(site), "--output", str(out)]
    if subprocess_run:
        proc = subprocess.run([sys.executable, str(ROOT / "build.py"), *argv], capture_output=True, text=True,
                              timeout=120, env={**os.environ, "NO_COLOR": "1"}, cwd=dest)
        result = Run(proc.returncode, proc.stdout, proc.stderr, dest)
    else:
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main(argv)
        result = Run(code, stdout.getvalue(), stderr.getvalue(), dest)
    assert content_manifest(site) == before, f"{name}: the build changed a content file"
    return result


def assert_reported_exactly(name: str, run: Run, good_output: Path) -> None:
    expected = [line.replace("{tmp}", str(run.dest.resolve()))
                for line in (INVALID / name / "expected").read_text(encoding="utf-8").splitlines()]
    lines = run.stderr.splitlines()
    errors = [line for line in lines if ": error: " in line]
    assert "Traceback" not in run.stderr
    # every error says how to fix it
    assert all(lines[i + 1].startswith("    hint: ") for i, line in enumerate(lines) if ": error: " in line), run.stderr
    assert errors == expected, run.stderr
    assert run.code == 1, run.stderr
    assert run.stderr.rstrip().endswith("nothing was written"), run.stderr
    assert manifest(run.dest / "output") == manifest(good_output), "output/ changed"
    assert not run.stdout


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert set(SUBPROCESS_CASES) <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_mistake_is_reported_exactly(name: str, good_output: Path, tmp_path: Path) -> None:
    assert_reported_exactly(name, run_case(name, tmp_path, good_output, subprocess_run=False), good_output)


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_mistake_is_reported_exactly_by_build_py(name: str, good_output: Path, tmp_path: Path) -> None:
    assert_reported_exactly(name, run_case(name, tmp_path, good_output, subprocess_run=True), good_output)


def test_bom_and_crlf_build_the_same_site(tmp_path: Path) -> None:
    """Files saved by Windows editors (UTF-8 with BOM, CRLF line endings) are accepted on purpose."""
    site = copy_site(tmp_path / "site")
    for path in sorted(site.rglob("*")):
        if path.suffix in (".yaml", ".txt"):
            text = path.read_text(encoding="utf-8")
            path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    plain, windows = tmp_path / "plain", tmp_path / "windows"
    expected = build(FIXTURE_SITE, plain)
    result = build(site, windows)
    assert result.ok, [p.format() for p in result.problems]
    assert [p.format() for p in result.problems] == [p.format() for p in expected.problems]
    assert manifest(windows) == manifest(plain)
