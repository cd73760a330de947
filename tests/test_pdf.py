"""The printed briefing pack: `python build.py pdf` prints briefing.html and its parts, joined into one
document, with headless Chromium.

Locally the printing tests skip when Chromium or pypdf is missing; with CI set they fail.
"""

from __future__ import annotations

import os
import re
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


MM = 72 / 25.4
TOP_MARGIN, BOTTOM_MARGIN = 18 * MM, 16 * MM  # as briefing/pdf.py's @page rule sets them


def _lines(page: Any) -> list[tuple[float, str]]:
    """(height on the page in points, text) of each piece of text on a page."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text))
    page.extract_text(visitor_text=visit)
    return found


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _texts(reader: Any) -> list[str]:
    """Each page's body text (the running header and the page number left out), spaces collapsed and
    ligatures ("ﬁ") spelled out."""
    texts = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        body = [t for y, t in _lines(page) if BOTTOM_MARGIN <= y <= height - TOP_MARGIN]
        texts.append(_clean(" ".join(body)))
    return texts


def _used(page: Any) -> float:
    """The share of a page's printable height that its body text spans."""
    height = float(page.mediabox.height)
    ys = [y for y, _ in _lines(page) if BOTTOM_MARGIN <= y <= height - TOP_MARGIN]
    return (max(ys) - min(ys) + 12) / (height - TOP_MARGIN - BOTTOM_MARGIN) if ys else 0.0


def _margins(page: Any) -> tuple[str, str]:
    """The running header and the footer of a page."""
    height = float(page.mediabox.height)
    lines = _lines(page)
    return (_clean(" ".join(t for y, t in lines if y > height - TOP_MARGIN)),
            _clean(" ".join(t for y, t in lines if y < BOTTOM_MARGIN)))


@pytest.fixture(scope="module")
def printed(pypdf: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The analysis fixture's pack printed on Letter by `python build.py pdf`, read back."""
    tmp = tmp_path_factory.mktemp("pdf")
    out, pdf = tmp / "out", tmp / "pack.pdf"
    run = run_cli("pdf", "--site", str(ANALYSIS_SITE), "--output", str(out), "--paper", "letter", "--pdf", str(pdf))
    assert run.returncode == 0, run.stderr
    assert f"→ {pdf}" in run.stdout
    assert not list(out.glob(".briefing.print-*"))           # the print copy is cleaned up
    return pypdf.PdfReader(pdf)


def test_pdf_command_prints_the_pack_with_a_page_per_topic(printed: Any) -> None:
    reader = printed
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {(612, 792)}
    texts = _texts(reader)
    # Cover, four topics, register, numbers and bibliography each begin a page.
    assert 8 <= len(texts) <= 14, len(texts)
    assert texts[0].startswith("BRIEFING Analysis fixture briefing")
    assert "Bottom line: key judgments" in texts[0] and "Contents" in texts[0]
    starts = [text[:40] for text in texts]
    for number, title in enumerate(TOPICS, 1):
        assert any(s.startswith(f"{number}. {title}") for s in starts), (title, starts)
    for heading in ("Transfer register", "Estimates over time", "Bibliography"):
        assert any(s.startswith(heading) for s in starts), (heading, starts)
    everything = " ".join(texts)
    assert "Russia denied the report." in everything          # a footnoted quote
    assert "Skip to content" not in everything                # no navigation on paper
    assert "Every statement links to the exact passage" not in everything   # nor the site footer
    assert "details" not in everything.split("Transfer register", 1)[1].split("Estimates over time", 1)[0]
    # One document: every fact of every part, once, in the order of the parts.
    numbers = re.findall(r"(?<![\d.])([1-4])\.(\d) (?=[A-Z])", everything.split("Contents", 1)[1])
    assert [f"{a}.{b}" for a, b in numbers][:9] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "4.1"]
    assert "Previous part" not in everything and "Next part" not in everything   # no part navigation on paper


def test_links_between_parts_stay_inside_the_pdf(printed: Any) -> None:
    """A key judgment's fact number and the register's "see fact" links lead to pages of the PDF, never to
    the parts' HTML files."""
    inside, outside = 0, []
    for page in printed.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            if action is not None and "/URI" in action:
                outside.append(str(action["/URI"]))
            elif "/Dest" in annotation or (action is not None and action.get("/S") == "/GoTo"):
                inside += 1
    assert inside >= 9, inside
    assert not [uri for uri in outside if "/briefing/" in uri or uri.endswith("briefing.html")], outside


def test_every_page_is_numbered_with_a_running_header(printed: Any) -> None:
    pages = printed.pages
    for number, page in enumerate(pages, 1):
        header, footer = _margins(page)
        assert footer == f"Page {number} of {len(pages)}"
        if number > 1:  # the cover has none
            assert header.startswith("Analysis fixture briefing · Fixture — figures are claims"), header
            assert "As of " in header
    assert _margins(pages[0])[0] == ""


def test_contents_give_the_page_of_each_section(printed: Any) -> None:
    texts = _texts(printed)
    contents = texts[0].split("Contents", 1)[1]
    for number, title in enumerate(TOPICS, 1):
        page = next(i for i, text in enumerate(texts, 1) if text.startswith(f"{number}. {title}"))
        assert re.search(rf"{title}\b.*?\(\d+ facts?\) {page}\b", contents), (title, page, contents)
    register = next(i for i, text in enumerate(texts, 1) if text.startswith("Transfer register"))
    assert f"Transfer register {register}" in contents


def test_outline_metadata_and_no_empty_pages(printed: Any) -> None:
    titles: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(_clean(str(item.title)))
    walk(printed.outline)
    for number, title in enumerate(TOPICS, 1):
        assert f"{number}. {title}" in titles, titles
    assert {"Transfer register", "Estimates over time", "Bibliography"} <= set(titles)
    # One flat list, the title page first, each bookmark on the page where its section begins.
    assert not any(isinstance(item, list) for item in printed.outline)
    assert titles[0] == "Analysis fixture briefing"
    texts = _texts(printed)
    for item in printed.outline[1:]:
        assert _clean(str(item.title)) in texts[printed.get_destination_page_number(item)], item.title
    meta = printed.metadata
    assert meta.title == "Analysis fixture briefing"
    assert meta.subject.startswith("A small briefing exercising disputes")
    assert meta.creation_date is not None
    # No page but the cover is less than a fifth used (a page before a new topic may be short).
    used = [round(_used(page), 2) for page in printed.pages]
    assert all(share >= 0.2 for share in used[1:]), used


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


def test_running_header_text_cannot_break_out_of_its_css_string() -> None:
    from briefing.pdf import css_string, page_style
    assert css_string('a "b" </style> \\ c') == '"a \\22 b\\22  \\3c \\2f style\\3e  \\5c  c"'
    style = page_style("a4", {"title": 'x"; } body { display: none', "as-of": "1 May 2024"})
    assert "body { display" not in style and "</" not in style


def test_contents_numbers_are_filled_in_from_the_outline() -> None:
    from briefing.pdf import with_page_numbers
    page = ('<h2 id="topic-a-title">1. Arms &amp; more</h2><h2 id="pack-bibliography-title">Bibliography</h2>'
            '<span class="toc-page" data-heading="topic-a-title"></span>'
            '<span class="toc-page" data-heading="pack-bibliography-title"></span>'
            '<span class="toc-page" data-heading="missing"></span>')
    filled = with_page_numbers(page, {"1.Arms&more": 3, "Bibliography": 9})  # outline titles without spaces
    assert '"topic-a-title">3</span>' in filled and '"pack-bibliography-title">9</span>' in filled
    assert '"missing"></span>' in filled


def _joined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page_size: int) -> tuple[Path, str]:
    from briefing import urls
    from briefing.pdf import joined_pack

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", page_size)
    out = tmp_path / "out"
    assert build(ANALYSIS_SITE, out, use_cache=False).ok
    joined = joined_pack(out / "briefing.html")
    assert joined is not None
    return out, joined


@pytest.mark.parametrize("page_size", [500, 2])
def test_the_parts_join_into_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page_size: int) -> None:
    """What is printed: the front, then every part in order, ids unique, every link between parts a
    link inside the document, each part's title a section heading (h2) of it."""
    out, joined = _joined(tmp_path, monkeypatch, page_size)
    ids = re.findall(r'\sid="([^"]+)"', joined)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    internal = re.findall(r'href="#([^"]*)"', joined)
    assert internal and set(internal) <= set(ids), sorted(set(internal) - set(ids))
    assert not re.search(r'href="(?:\.\./)*briefing(?:/|\.html)', joined)  # no link to a page of the pack
    numbers = re.findall(r'<span class="pack-number">([\d.]+)</span>', joined)
    assert numbers == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "4.1"]
    sections = re.findall(r'<h2 id="([^"]+)">', joined)
    parts = ["topic-weapons", "topic-weapons.2", "topic-troops", "topic-troops.2"] if page_size == 2 else \
        ["topic-weapons", "topic-troops"]
    assert sections[:2] == ["pack-judgments", "pack-contents-heading"]
    assert sections[2:2 + len(parts)] == [f"{part}-title" for part in parts]
    assert sections[-4:] == ["pack-register-title", "pack-numbers-title", "pack-bibliography-title",
                             "pack-method-title"]
    # Links to other pages of the site still lead there, from where the print copy lies (beside the front).
    for link in re.findall(r'href="((?:entities|sources)/[^"#]+)', joined):
        assert (out / link).is_file(), link


def test_a_split_topic_prints_as_one_document_with_its_parts(pypdf: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import urls

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 2)
    out = tmp_path / "out"
    assert build(ANALYSIS_SITE, out, use_cache=False).ok
    assert print_pack(out, out / "briefing.pdf") is None
    reader = pypdf.PdfReader(out / "briefing.pdf")
    titles = [_clean(str(item.title)) for item in reader.outline]
    assert titles[:6] == ["Analysis fixture briefing", "Bottom line: key judgments", "Contents",
                          "1. Weapons (part 1 of 2)", "1. Weapons (part 2 of 2)", "2. Troops (part 1 of 2)"], titles
    texts = _texts(reader)
    contents = texts[0].split("Contents", 1)[1]
    troops = next(i for i, text in enumerate(texts, 1) if text.startswith("2. Troops (part 1 of 2)"))
    assert re.search(rf"Troops\b.*?\(3 facts\) {troops}\b", contents), (troops, contents)
