"""The printed briefing pack: `python build.py pdf` prints briefing.html with headless Chromium.

Locally the printing tests skip when Chromium or pypdf is missing; with CI set they fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from browsing import in_ci
from conftest import FIXTURES, ROOT, run_cli

from briefing.pdf import find_chromium, print_pack
from briefing.pipeline import build

ANALYSIS_SITE = FIXTURES / "analysis"
TOPICS = ["Weapons", "Troops", "Technology", "Diplomacy"]


def _require(condition: bool, message: str) -> None:
    if not condition:
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def pypdf() -> Any:
    try:
        import pypdf
    except ImportError:
        _require(False, "pypdf is not installed (pip install -r requirements-dev.txt)")
    _require(find_chromium() is not None, "no Chromium to print with (apt-get install chromium)")
    return pypdf


def _texts(reader: Any) -> list[str]:
    """Each page's text with spaces collapsed and ligatures ("ﬁ") spelled out."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in reader.pages]


def test_pdf_command_prints_the_pack_with_a_page_per_topic(pypdf: Any, tmp_path: Path) -> None:
    out, pdf = tmp_path / "out", tmp_path / "pack.pdf"
    run = run_cli("pdf", "--site", str(ANALYSIS_SITE), "--output", str(out), "--paper", "letter", "--pdf", str(pdf))
    assert run.returncode == 0, run.stderr
    assert f"→ {pdf}" in run.stdout
    reader = pypdf.PdfReader(pdf)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {(612, 792)}
    texts = _texts(reader)
    # Title page, four topics, register, numbers and bibliography each begin a page; the
    # weapons topic runs over two pages, the troops chart moves to a page of its own.
    assert 8 <= len(texts) <= 14, len(texts)
    assert texts[0].startswith("BRIEFING Analysis fixture briefing")
    assert "Key judgments" in texts[0] and "Contents" in texts[0]
    starts = [text[:40] for text in texts]
    for number, title in enumerate(TOPICS, 1):
        assert any(s.startswith(f"{number}. {title}") for s in starts), (title, starts)
    for heading in ("Transfer register", "Estimates over time", "Bibliography"):
        assert any(s.startswith(heading) for s in starts), (heading, starts)
    everything = " ".join(texts)
    assert "Russia denied the report." in everything          # a footnoted quote
    assert "Skip to content" not in everything                # no navigation on paper
    assert "Every statement links to the exact passage" not in everything   # nor the site footer
    assert not list(out.glob(".briefing.print-*"))           # the print copy is cleaned up


def test_a4_is_the_default_paper(pypdf: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(ANALYSIS_SITE, out).ok
    assert print_pack(out, out / "briefing.pdf") is None
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in pypdf.PdfReader(out / "briefing.pdf").pages}
    assert sizes == {(595, 842)}


def test_missing_chromium_says_what_to_install(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_CHROMIUM"} | {"PATH": str(tmp_path)}
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "pdf", "--site", str(ANALYSIS_SITE),
                          "--output", str(out), "-q"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 3
    lines = run.stderr.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("chromium:"))
    assert lines[at:at + 2] == [
        "chromium: error: no Chromium or Chrome was found to print the PDF",
        "    hint: install Chromium: `sudo apt-get install chromium` (Debian, Ubuntu), `brew install --cask "
        "chromium` (macOS), or set BRIEFING_CHROMIUM=/path/to/chrome; or open briefing.html in any browser "
        "and print it to PDF"]
    assert "the site was built, but no PDF was written" in run.stderr and "Traceback" not in run.stderr
    assert (out / "briefing.html").is_file() and not (out / "briefing.pdf").exists()


def test_chromium_named_by_the_environment_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CHROMIUM", str(tmp_path / "no-such-chrome"))
    problem = print_pack(tmp_path, tmp_path / "x.pdf")
    assert problem is not None
    assert problem.message == f"BRIEFING_CHROMIUM={tmp_path / 'no-such-chrome'} is not an executable file"


def test_a_failing_chromium_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(ANALYSIS_SITE, out).ok
    broken = tmp_path / "chrome"
    broken.write_text(f"#!{sys.executable}\nimport sys\nprint('cannot open display', file=sys.stderr)\nsys.exit(5)\n")
    broken.chmod(0o755)
    problem = print_pack(out, tmp_path / "x.pdf", chromium=str(broken))
    assert problem is not None
    assert problem.message == "Chromium failed to print the PDF (exit 5): cannot open display"
    assert not (tmp_path / "x.pdf").exists() and not list(out.glob(".briefing.print-*"))
