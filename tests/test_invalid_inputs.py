"""The bad-input corpus: one user mistake per case under tests/fixtures/invalid/<case>/, each
reported by `python build.py` at its exact `path:line:col` with exit code 1, no traceback, and
the previous output/ left exactly as it was.

A case is `case.yaml` (what the mistake is, plus file operations that git cannot store well),
an optional `overlay/` laid over a copy of tests/fixtures/site, and `expected`: every error
line the build must print, in order, and nothing else (`{tmp}` stands for the case's folder).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_SITE, FIXTURES, ROOT, copy_site

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
    for rel in spec.get("broken_symlink", []):
        (site / rel).unlink()
        (site / rel).symlink_to(dest / "nowhere.yaml")
    return site


def manifest(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[subprocess.CompletedProcess[str], Path]]:
    """Run every case through the CLI once, two at a time (each is a separate Python process)."""
    base = tmp_path_factory.mktemp("invalid")
    good = base / "good-output"
    assert build(FIXTURE_SITE, good).ok

    def run(name: str) -> tuple[subprocess.CompletedProcess[str], Path]:
        dest = base / name
        site = materialize(INVALID / name, dest)
        out = dest / "output"
        shutil.copytree(good, out)
        before = manifest(site)
        env = {**os.environ, "NO_COLOR": "1"}
        proc = subprocess.run([sys.executable, str(ROOT / "build.py"), "--site", str(site), "--output", str(out)],
                              capture_output=True, text=True, timeout=120, env=env, cwd=dest)
        assert manifest(site) == before, f"{name}: the build changed a content file"
        return proc, dest

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(CASES, pool.map(run, CASES), strict=True))
    results["__good__"] = (subprocess.CompletedProcess([], 0), base)
    return results


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", CASES)
def test_mistake_is_reported_exactly(name: str, runs: dict) -> None:
    proc, dest = runs[name]
    expected = [line.replace("{tmp}", str(dest.resolve()))
                for line in (INVALID / name / "expected").read_text(encoding="utf-8").splitlines()]
    errors = [line for line in proc.stderr.splitlines() if ": error: " in line]
    assert "Traceback" not in proc.stderr
    assert errors == expected, proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.rstrip().endswith("nothing was written"), proc.stderr
    assert manifest(dest / "output") == manifest(runs["__good__"][1] / "good-output"), "output/ changed"
    assert not proc.stdout


def test_bom_and_crlf_build_the_same_site(tmp_path: Path) -> None:
    """Files saved by Windows editors (UTF-8 with BOM, CRLF line endings) are accepted on purpose."""
    site = copy_site(tmp_path / "site")
    for path in sorted(site.rglob("*")):
        if path.suffix in (".yaml", ".txt"):
            text = path.read_text(encoding="utf-8")
            path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    plain, windows = tmp_path / "plain", tmp_path / "windows"
    assert build(FIXTURE_SITE, plain).ok
    result = build(site, windows)
    assert result.ok and not result.problems, [p.format() for p in result.problems]
    assert manifest(windows) == manifest(plain)
