"""After the write stage: print the built briefing pack (`briefing.html` and its parts) to PDF with headless Chromium.

The pack is a front page and one page per part (pack.py), so that an edit re-renders one part;
the PDF is still one document. It is joined here, at print time, from the built pages: the
front's marked regions with every part's region between them, in the order of their "next"
links, headings one level down and links between the pages turned into links inside the
document. Joining the built pages (rather than rendering a combined page at every build) costs
the build nothing and prints exactly what the site shows.

Chromium is found on the PATH (or named by BRIEFING_CHROMIUM); when there is none, the
problem says what to install. The paper size, the running header ("title · banner", "as of")
and the "Page N of M" footer are CSS page-margin boxes in a print copy of the pack placed beside
it for the moment of printing, so links, styles and footnote anchors still resolve. Chromium
writes an outline from the headings. The pack is printed two or three times: the first PDF's
outline says on which page each section begins (and which section spills onto a nearly empty
page, to be set tighter and printed again), and those numbers are written into the contents for
the last print; its outline is then rewritten flat, one bookmark per section. pypdf (imported
here only) reads and rewrites the outline and sets the PDF's title, subject and date.
"""

from __future__ import annotations

import datetime
import html
import os
import posixpath
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from . import urls
from .problems import Location, Problem, error

if TYPE_CHECKING:
    from pypdf import PdfReader

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
PAPER_SIZES = {"a4": "A4", "letter": "letter"}
TIMEOUT = 180
INSTALL_HINT = ("install Chromium: `sudo apt-get install chromium` (Debian, Ubuntu), "
                "`brew install --cask chromium` (macOS), or set BRIEFING_CHROMIUM=/path/to/chrome; "
                "or open briefing.html in any browser and print it to PDF")


def is_printed_pack(path: Path) -> bool:
    """True for a PDF Chromium printed (its producer is Skia/PDF); --pdf replaces only those."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(b"%PDF-") and b"Skia/PDF" in data


def find_chromium() -> str | None:
    """The Chromium or Chrome executable to print with: $BRIEFING_CHROMIUM, else the first on PATH."""
    named = os.environ.get("BRIEFING_CHROMIUM")
    if named:
        return named if Path(named).is_file() and os.access(named, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_command(chromium: str, page: Path, pdf: Path, profile: Path) -> list[str]:
    """The headless Chromium command line that prints `page` to `pdf` without header and footer."""
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", f"--user-data-dir={profile}", "--no-pdf-header-footer",
            "--generate-pdf-document-outline", f"--print-to-pdf={pdf}", page.as_uri()]


def css_string(text: str) -> str:
    """`text` as a CSS string literal: everything but letters, digits and spaces escaped, so no
    content can end the string or the style element."""
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text) + '"'


def _pack_fields(page: str) -> dict[str, str]:
    """The running-head fields the pack carries as data attributes of its <article class="pack">."""
    found = re.search(r'<article class="pack"([^>]*)>', page)
    fields = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', found.group(1))) if found else {}
    return {name: html.unescape(value) for name, value in fields.items()}


def page_style(paper: str, fields: dict[str, str]) -> str:
    """The @page rules of the print copy: paper, margins, running header and page numbers."""
    head = " · ".join(part for part in (fields.get("title", ""), fields.get("banner", "")) if part)
    as_of = f"As of {fields['as-of']}" if fields.get("as-of") else ""
    box = "font: 8pt system-ui, sans-serif; color: #333;"
    return (f"@page {{ size: {PAPER_SIZES[paper]}; margin: 18mm 15mm 16mm;"
            f" @top-left {{ content: {css_string(head)}; {box} width: 75%; }}"
            f" @top-right {{ content: {css_string(as_of)}; {box} }}"
            f" @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); {box} }} }}"
            f" @page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} }}")


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def _key(title: str) -> str:
    """A heading's text for matching with the outline: Chromium drops the space where a heading wraps."""
    return "".join(title.split())


def headings(page: str) -> list[tuple[str, str]]:
    """(id, text) of the pack's section headings (h2), in order."""
    return [(ident, _plain(text)) for ident, text in re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', page, re.S)]


def section_pages(reader: PdfReader) -> dict[str, int]:
    """Each outline (bookmark) title of a printed PDF, without spaces → the number of its page (1-based)."""
    pages: dict[str, int] = {}

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.setdefault(_key(str(item.title)), reader.get_destination_page_number(item) + 1)
    walk(reader.outline)
    return pages


def with_page_numbers(page: str, pages: dict[str, int]) -> str:
    """The pack with each contents entry's page number filled in (`<span class="toc-page" data-heading=ID>`),
    found by the text of heading ID in the outline."""
    texts = {ident: _key(text) for ident, text in headings(page)}

    def fill(match: re.Match[str]) -> str:
        number = pages.get(texts.get(match.group(1), ""))
        return match.group(0) if number is None else match.group(0).replace("></span>", f">{number}</span>")
    return re.sub(r'<span class="toc-page" data-heading="([^"]+)"></span>', fill, page)


_REGION = re.compile(r"<!--pack:(front|end|part)-->(.*?)<!--/pack:\1-->", re.S)
_NEXT = re.compile(r'<a rel="next" href="([^"#]*)[^"]*"')
_LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_HEADING = re.compile(r"<(/?)h([1-5])\b")


def _regions(page: str) -> dict[str, str]:
    return {name: body for name, body in _REGION.findall(page)}


def _rebase(region: str, folder: str, anchors: dict[str, str]) -> str:
    """The links of a region of the page in `folder` (relative to the front's folder), as links from
    the front's folder: to a page of the pack, a link inside the joined document."""
    def fix(match: re.Match[str]) -> str:
        link = match.group(2)
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith(("#", "/")) or not parts.path:
            return match.group(0)
        target = posixpath.normpath(posixpath.join(folder, parts.path))
        if target in anchors:
            return f"{match.group(1)}#{parts.fragment or anchors[target]}{match.group(3)}"
        return f"{match.group(1)}{target}{'#' + parts.fragment if parts.fragment else ''}{match.group(3)}"
    return _LINK.sub(fix, region)


def joined_pack(front_path: Path) -> str | None:
    """The whole pack as one page for printing: the front page (at `front_path`) with every part's
    region, in reading order, between its opening and its closing region; None when the page has no
    regions (a site's own briefing.html)."""
    root = front_path.parent
    front = front_path.read_text(encoding="utf-8")
    marks = list(_REGION.finditer(front))
    if not marks:
        return None
    parts: list[tuple[str, str]] = []  # (route, region)
    seen = {urls.PACK}
    route, page = urls.PACK, front
    while (found := _NEXT.search(page)) is not None:
        route = posixpath.normpath(posixpath.join(posixpath.dirname(route), found.group(1)))
        path = root / unquote(route)
        if route in seen or not path.is_file():  # a loop or a missing page ends the pack
            break
        seen.add(route)
        page = path.read_text(encoding="utf-8")
        regions = _regions(page)
        if "part" in regions:
            parts.append((route, regions["part"]))
    anchors = {urls.PACK: "top"}  # a link to a page of the pack without a fragment lands on its first id
    for part_route, region in parts:
        first_id = re.search(r'\sid="([^"]+)"', region)
        anchors[part_route] = first_id.group(1) if first_id else "top"
    # Headings one level down: a part's title (its page's h1) is a section of the joined document.
    body = "".join(_HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}",
                                _rebase(region, posixpath.dirname(part_route), anchors))
                   for part_route, region in parts)
    opening = next((m for m in marks if m.group(1) == "front"), None)
    if opening is None:
        return None
    closing = next((m for m in marks if m.group(1) == "end"), None)
    ending = closing.group(2) if closing else ""
    rest = front[closing.end() if closing else opening.end():]
    return "".join((_rebase(front[:opening.start()], "", anchors), _rebase(opening.group(2), "", anchors), body,
                    _rebase(ending, "", anchors), _rebase(rest, "", anchors)))


def print_pack(out_dir: Path, pdf_path: Path, paper: str = "a4", chromium: str | None = None) -> Problem | None:
    """Print `out_dir/briefing.html` to `pdf_path` on A4 or Letter; a Problem says what went wrong."""
    chromium = chromium or find_chromium()
    if chromium is None:
        named = os.environ.get("BRIEFING_CHROMIUM")
        message = (f"BRIEFING_CHROMIUM={named} is not an executable file" if named
                   else "no Chromium or Chrome was found to print the PDF")
        return error(Location("chromium"), message, INSTALL_HINT)
    pack = out_dir / urls.PACK
    if not pack.is_file():
        return error(Location(str(pack)), "the briefing pack was not built", "run `python build.py` first")
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        return error(Location("pypdf"), "the Python package pypdf, which numbers the contents and sets the "
                     "PDF's title, is not installed", "pip install -r requirements.txt")
    page = joined_pack(pack)
    if page is None:  # a site's own one-page pack: printed as it is
        page = pack.read_text(encoding="utf-8")
    fields = _pack_fields(page)
    page = page.replace("</head>", f"<style>{page_style(paper, fields)}</style>\n</head>", 1)
    printable = out_dir / f".{pack.stem}.print-{os.getpid()}.html"
    pdf_path = pdf_path.absolute()
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    partial = pdf_path.with_name(f".{pdf_path.name}.{os.getpid()}.tmp")
    try:
        problem = _print_copy(chromium, page, printable, partial)
        if problem is not None:
            return problem
        # A section whose last lines spill onto a nearly empty page is set a little tighter.
        tight = short_sections(PdfReader(partial), page)
        if tight:
            rules = " ".join(f"#{ident} {{ font-size: 93%; }} #{ident} .footnotes {{ font-size: 90%; }}"
                             for ident in tight)
            page = page.replace("</head>", f"<style>@media print {{ {rules} }}</style>\n</head>", 1)
            problem = _print_copy(chromium, page, printable, partial)
            if problem is not None:
                return problem
        # The contents' page numbers, as the last print laid the pages out.
        page = with_page_numbers(page, section_pages(PdfReader(partial)))
        problem = _print_copy(chromium, page, printable, partial)
        if problem is not None:
            return problem
        reader = PdfReader(partial)
        writer = PdfWriter(clone_from=reader)
        # The bookmarks: the title page, then every section, flat and spelled as in the pack.
        pages = section_pages(reader)
        del writer.root_object["/Outlines"]
        writer.add_outline_item(title=fields.get("title", "") or "Briefing", page_number=0)
        for _ident, text in headings(page):
            if _key(text) in pages:
                writer.add_outline_item(title=text, page_number=pages[_key(text)] - 1)
        stamp = datetime.datetime.now(datetime.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
        writer.add_metadata({"/Title": fields.get("title", "") or "Briefing", "/Subject": fields.get("subject", ""),
                             "/Keywords": fields.get("banner", ""), "/CreationDate": stamp, "/ModDate": stamp})
        with partial.open("wb") as stream:
            writer.write(stream)
        os.replace(partial, pdf_path)
    finally:
        printable.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return None


def _print_copy(chromium: str, page: str, printable: Path, partial: Path) -> Problem | None:
    printable.write_text(page, encoding="utf-8")
    return _print(chromium, printable, partial)


MM = 72 / 25.4
MARGINS = (18 * MM, 16 * MM)  # top and bottom, as page_style sets them, in points
SHORT = 0.2  # a page whose text spans less than this share of its height is nearly empty


def page_used(page: Any) -> float:
    """The share of a printed page's body height (between the margins) that its text spans."""
    height = float(page.mediabox.height)
    ys: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and MARGINS[1] <= y <= height - MARGINS[0]:
            ys.append(y)
    page.extract_text(visitor_text=visit)
    return (max(ys) - min(ys) + 12) / (height - sum(MARGINS)) if ys else 0.0


def short_sections(reader: PdfReader, page: str) -> list[str]:
    """The ids of the pack's sections (<section id=... aria-labelledby=heading>) that end on a nearly
    empty page, the cover excepted."""
    starts = section_pages(reader)
    ids = {_key(text): ident for ident, text in headings(page)}
    sections = dict(re.findall(r'<section[^>]* id="([^"]+)"[^>]* aria-labelledby="([^"]+)"', page))
    by_heading = {heading: section for section, heading in sections.items()}
    ordered = sorted((number, by_heading[ids[title]]) for title, number in starts.items()
                     if title in ids and ids[title] in by_heading)
    found = []
    for number, pdf_page in enumerate(reader.pages[1:], 2):
        if page_used(pdf_page) < SHORT:
            owners = [section for start, section in ordered if start <= number]
            if owners and owners[-1] not in found:
                found.append(owners[-1])
    return found


def _print(chromium: str, printable: Path, partial: Path) -> Problem | None:
    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile:
        try:
            run = subprocess.run(print_command(chromium, printable, partial, Path(profile)),
                                 capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return error(Location(chromium), f"Chromium did not finish printing within {TIMEOUT} s",
                         "try again; if it keeps hanging, print briefing.html from a browser")
        except OSError as exc:
            return error(Location(chromium), f"Chromium could not be started: {exc.strerror}", INSTALL_HINT)
    if run.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        detail = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return error(Location(chromium), f"Chromium failed to print the PDF (exit {run.returncode}): {detail}",
                     "check that this Chromium runs headless: " + " ".join(
                         print_command(chromium, printable, partial, Path("PROFILE"))))
    return None
