"""Shared test helpers: copy the fixture site, build it, run the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_SITE = FIXTURES / "site"
# The fixtures live in this repository's git history, which differs between clones: their pages use the
# dates written in them. tests/test_history.py turns git history on for the repositories it makes.
os.environ["BRIEFING_GIT_HISTORY"] = "0"


def copy_site(dest: Path, source: Path = FIXTURE_SITE, changes: dict[str, str | None] | None = None) -> Path:
    """Copy a fixture site to `dest`, then write (or, with None, delete) the given files."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("output", ".briefing-cache"))
    for name, text in (changes or {}).items():
        path = dest / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return dest


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run `python build.py ARGS` as a user would."""
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(autouse=True)
def private_build_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's builds keep their cache in a folder of its own, never in the user's ~/.cache."""
    home = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "briefing"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A private copy of the fixture site."""
    return copy_site(tmp_path / "site")


@pytest.fixture(scope="session")
def built_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built once per session; returns the output directory (read-only use)."""
    from briefing.pipeline import build

    out = tmp_path_factory.mktemp("built") / "output"
    result = build(FIXTURE_SITE, out, use_cache=False)  # nothing written beside the repository
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return out


@pytest.fixture
def browse(chromium: Any) -> Iterator[Any]:
    """Open a guarded browser context: `browse(allowed_prefix="", **context_options)` → (page, guard);
    the contexts are closed after the test."""
    from browsing import DESKTOP, guard_context

    contexts = []

    def open_page(allowed_prefix: str = "", **options: Any) -> tuple[Any, Any]:
        context = chromium.new_context(**{"viewport": DESKTOP, **options})
        contexts.append(context)
        return context.new_page(), guard_context(context, allowed_prefix)

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright; skipped locally without it, a failure when CI is set."""
    from browsing import CHROMIUM, LAUNCH_ARGS, in_ci

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci():
            pytest.fail("playwright is not installed (pip install -r requirements-dev.txt)")
        pytest.skip("playwright is not installed (pip install -r requirements-dev.txt)")
    if not CHROMIUM.exists():
        if in_ci():
            pytest.fail(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()
