"""`new source` from a saved web page (trafilatura + htmldate: text without furniture, headline, byline, date,
site name, and the address only when the page states it) and from a PDF report (pypdf: the text page by page
behind `[p. N]` lines), both written as sources that validate."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import copy_site, run_cli

from briefing.ingest import ingest
from briefing.pipeline import build, validate

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea sent more shells, Seoul says | Example Daily</title>
<meta property="og:title" content="North Korea sent more shells, Seoul says">
<meta property="og:site_name" content="Example Daily">
<meta name="author" content="Kim Min-ji">
<meta property="article:published_time" content="2024-03-12T08:30:00+09:00">
{canonical}
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a></nav></header>
<div class="ad">Advertisement</div>
<article>
<h1>North Korea sent more shells, Seoul says</h1>
<p class="byline">By Kim Min-ji</p>
<p>North Korea has shipped more than a million artillery shells to Russia since August, South Korea's spy agency
told lawmakers on Tuesday, in what it called the largest transfer so far.</p>
<p>The National Intelligence Service said the shells were carried by ship and by train, and that Pyongyang had
received food and technical help in return.</p>
<p>Russia and North Korea have denied any arms trade between them.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity wedding stuns fans</a></li>
<li><a href="/b">Ten tips for spring</a></li></ul></aside>
<footer>© 2024 Example Daily. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
TEXT = (
    "North Korea sent more shells, Seoul says\n\n"
    "North Korea has shipped more than a million artillery shells to Russia since August, South Korea's spy agency "
    "told lawmakers on Tuesday, in what it called the largest transfer so far.\n\n"
    "The National Intelligence Service said the shells were carried by ship and by train, and that Pyongyang had "
    "received food and technical help in return.\n\n"
    "Russia and North Korea have denied any arms trade between them.\n")


def test_a_saved_page_becomes_a_source(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    page = tmp_path / "shells.html"
    page.write_text(PAGE.format(canonical='<link rel="canonical" href="https://daily.example/world/shells">'),
                    encoding="utf-8")
    result = run_cli("new", "source", str(page), "--site", str(site))
    assert result.returncode == 0, result.stderr
    assert "  url        https://daily.example/world/shells  (<link rel=\"canonical\">)" in result.stdout
    name = "example-daily-2024-03-12"
    text = (site / f"content/sources/{name}.txt").read_text(encoding="utf-8")
    assert text.replace("\n", " ").replace("  ", "\n\n") == TEXT.replace("\n", " ").replace("  ", "\n\n")
    for furniture in ("Sign in", "Advertisement", "Most read", "Celebrity", "All rights reserved", "By Kim"):
        assert furniture not in text
    metadata = yaml.safe_load((site / f"content/sources/{name}.yaml").read_text(encoding="utf-8"))
    assert {k: metadata[k] for k in ("title", "publisher", "authors", "language", "url")} == {
        "title": "North Korea sent more shells, Seoul says", "publisher": "Example Daily",
        "authors": ["Kim Min-ji"], "language": "en", "url": "https://daily.example/world/shells"}
    assert str(metadata["published"]) == "2024-03-12"
    assert validate(site, use_cache=False).ok


def test_a_page_that_states_no_address_or_date_gets_none(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    page = tmp_path / "shells.html"
    bare = PAGE.format(canonical="").replace('<meta property="article:published_time" '
                                             'content="2024-03-12T08:30:00+09:00">', "")
    page.write_text(bare, encoding="utf-8")
    written, problems = ingest(page, site)
    assert problems == [] and written is not None
    metadata = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    assert "url" not in metadata and "published" not in metadata
    assert any(check.startswith("add url: only if you know") for check in written.checks)
    assert any(check.startswith("no publication date is printed") for check in written.checks)


def test_a_page_with_no_article_is_refused(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    page = tmp_path / "front.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    written, problems = ingest(page, site)
    assert written is None
    assert [p.format() for p in problems] == [
        f"{page}: error: nothing is left of the article after removing page furniture\n    hint: check that the "
        "file holds the article's text, not only the page around it"]
    assert sorted(p.name for p in (site / "content/sources").iterdir()) == [
        "herald-2024-02-16.txt", "herald-2024-02-16.yaml", "wire-2024-03.txt", "wire-2024-03.yaml"]


def test_an_empty_page_is_refused(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    page = tmp_path / "empty.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    written, problems = ingest(page, site)
    assert written is None
    assert [p.format() for p in problems] == [
        f"{page}: error: no article text found in this page\n    hint: save the article's own page (not a front "
        "page or a list of articles), or copy its text into a .txt file"]


def _pdf(pages: list[list[str]], title: str, author: str) -> bytes:
    """A minimal PDF, one text line per entry, written by hand (no PDF library writes text simply)."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, lines in enumerate(pages):
        stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                       f">> /Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode())
    objects.append(f"<< /Title ({title}) /Author ({author}) >>".encode())
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def test_a_pdf_report_keeps_its_page_numbers(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    report = tmp_path / "report.pdf"
    report.write_bytes(_pdf([["Arms transfers to Russia", "Published 12.03.2024"],
                             ["North Korea shipped more than a million shells.", "Russia denies the trade."]],
                            "Arms transfers to Russia", "Example Institute"))
    result = run_cli("new", "source", str(report), "--site", str(site))
    assert result.returncode == 0, result.stderr
    name = "arms-transfers-russia"
    text = (site / f"content/sources/{name}.txt").read_text(encoding="utf-8")
    assert text == ("Arms transfers to Russia\n\n[p. 1]\nArms transfers to Russia\nPublished 12.03.2024\n\n"
                    "[p. 2]\nNorth Korea shipped more than a million shells.\nRussia denies the trade.\n")
    metadata = yaml.safe_load((site / f"content/sources/{name}.yaml").read_text(encoding="utf-8"))
    assert (metadata["title"], metadata["authors"], metadata["language"]) == (
        "Arms transfers to Russia", ["Example Institute"], "en")
    assert "page 1: a date 2024-03-12 (\"12.03.2024\")" in result.stdout
    assert validate(site, use_cache=False).ok
    # coverage lists the report's sentences, not its page lines.
    coverage = run_cli("coverage", "--site", str(site)).stdout
    assert f"content/sources/{name}.txt:8: \"North Korea shipped more than a million shells.\"" in coverage
    assert "[p." not in coverage and f"{name}.txt:3:" not in coverage
    # On the source page each page line is an anchor: sources/<id>.html#page-2.
    out = tmp_path / "out"
    assert build(site, out, use_cache=False).ok
    page = (out / f"sources/{name}.html").read_text(encoding="utf-8")
    assert '<p><span id="page-1"></span>[p. 1]</p>' in page and '<p><span id="page-2"></span>[p. 2]</p>' in page


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    report = tmp_path / "scan.pdf"
    report.write_bytes(_pdf([[]], "Scan", "Nobody"))
    written, problems = ingest(report, site)
    assert written is None
    assert [p.format() for p in problems] == [
        f"{report}: error: this PDF has no text layer (a scan?)\n    hint: run OCR on it first, or copy its text "
        "into a .txt file"]


KOREAN_PAGE = """<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<meta property="og:title" content="북한, 러시아에 포탄 100만발 이상 공급">
<meta property="og:site_name" content="연합뉴스">
<meta property="article:published_time" content="2024-02-16T20:22:00+09:00">
</head><body>
<nav><a href="/">홈</a> <a href="/politics">정치</a></nav>
<article><h1>북한, 러시아에 포탄 100만발 이상 공급</h1>
<p>국가정보원은 북한이 지난해 8월 이후 러시아에 포탄 100만발 이상을 공급한 것으로 파악된다고 밝혔다.</p>
<p>국정원은 북한이 그 대가로 식량과 군사 기술을 받았을 가능성이 있다고 설명했다.</p>
<p>러시아와 북한은 무기 거래 의혹을 부인하고 있다.</p></article>
<footer>ⓒ 연합뉴스 무단 전재 및 재배포 금지</footer>
</body></html>
"""


def test_a_korean_page_gets_its_language_date_and_a_transliterated_id(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    page = tmp_path / "yna.html"
    page.write_text(KOREAN_PAGE, encoding="utf-8")
    written, problems = ingest(page, site)
    assert problems == [] and written is not None
    assert written.source_id == "yeonhabnyuseu-2024-02-16"
    metadata = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    assert (metadata["title"], metadata["publisher"], metadata["language"]) == (
        "북한, 러시아에 포탄 100만발 이상 공급", "연합뉴스", "ko")
    text = written.text_path.read_text(encoding="utf-8")
    assert text.startswith("북한, 러시아에 포탄 100만발 이상 공급\n\n국가정보원은")
    assert "무단 전재" not in text and "정치" not in text
    assert validate(site, use_cache=False).ok
