"""End to end: build the fixture site and inspect the output as a reader's browser would."""

from __future__ import annotations

import hashlib
import os
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import FIXTURE_SITE, copy_site, run_cli

from briefing.pipeline import build

PAGE_KINDS = ["index.html", "topics/weapons.html", "facts/shells-million.html", "sources/index.html",
              "sources/wire-2024-03.html", "entities/index.html", "entities/nis.html", "timeline.html",
              "404.html", ".nojekyll", "assets/style.css"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.links.append((tag, value))


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _manifest(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_every_page_kind_is_built(built_fixture: Path) -> None:
    for route in PAGE_KINDS:
        assert (built_fixture / route).is_file(), route
    for fact in ("shells-by-train", "shells-million", "kharkiv-weapons", "both-deny"):
        assert (built_fixture / "facts" / f"{fact}.html").is_file()


def test_every_internal_link_and_fragment_resolves(built_fixture: Path) -> None:
    pages = {p: _parse(p) for p in built_fixture.rglob("*.html")}
    checked = 0
    for page, parsed in pages.items():
        for tag, link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https"):
                assert tag == "a", f"{page}: external resource {link}"
                continue
            assert not parts.scheme and not link.startswith("/"), f"{page}: {link} is not relative"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(built_fixture)}: broken link {link}"
            assert target.suffix in (".html", ".css", ".js", ".xml", ".json", ".csv", ".svg", ".zip", ".png"), link
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                assert unquote(parts.fragment) in ids, f"{page.relative_to(built_fixture)}: missing #{parts.fragment}"
            checked += 1
    assert checked > 100


def test_citation_marker_leads_to_footnote_and_highlighted_passage(built_fixture: Path) -> None:
    topic = (built_fixture / "topics/weapons.html").read_text(encoding="utf-8")
    assert 'href="#fn-2" aria-label="Citation 2: Example Wire">[2]</a>' in topic
    assert '<li id="fn-2">' in topic
    href = topic.split('<li id="fn-2">', 1)[1].split('href="', 1)[1].split('"', 1)[0]
    assert href.startswith("../sources/wire-2024-03.html#q-")
    source = (built_fixture / "sources/wire-2024-03.html").read_text(encoding="utf-8")
    anchor = href.split("#", 1)[1]
    assert (f'<mark id="{anchor}">Pyongyang recently delivered more than a million artillery shells to Russia'
            in source)


def test_fact_page_shows_positions_side_by_side_and_backlinks(built_fixture: Path) -> None:
    fact = (built_fixture / "facts/shells-million.html").read_text(encoding="utf-8")
    assert 'class="position-card stance-asserts"' in fact and 'class="position-card stance-denies"' in fact
    assert "Disputed" in fact
    earlier = (built_fixture / "facts/shells-by-train.html").read_text(encoding="utf-8")
    assert '<span class="relation">Updated by</span> <a href="shells-million.html"' in earlier
    later = (built_fixture / "facts/shells-million.html").read_text(encoding="utf-8")
    assert '<span class="relation">Updates</span> <a href="shells-by-train.html"' in later


def test_timeline_orders_partial_dates(built_fixture: Path) -> None:
    timeline = (built_fixture / "timeline.html").read_text(encoding="utf-8")
    order = [timeline.index(f"facts/{f}.html") for f in ("shells-by-train", "kharkiv-weapons", "shells-million")]
    assert order == sorted(order)
    # A fact without a date sits at its earliest report (its positions carry no date either), and says so;
    # with a dated report nothing is left undated.
    entry = timeline.split('href="facts/both-deny.html"', 1)[0].rsplit('<li class="timeline-entry"', 1)[1]
    assert "(date of the earliest report; the fact has no date)" in entry and "March 2024" in entry
    assert "Undated" not in timeline


def test_entity_page_groups_facts_by_topic(built_fixture: Path) -> None:
    page = (built_fixture / "entities/russia.html").read_text(encoding="utf-8")
    assert page.index(">Weapons</a>") < page.index(">Diplomatic responses</a>")
    assert "Denies</strong>: 2 facts" in page


def test_rebuild_is_byte_identical_and_does_not_rewrite(tmp_path: Path) -> None:
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    assert build(FIXTURE_SITE, out_a).ok and build(FIXTURE_SITE, out_b).ok
    assert _manifest(out_a) == _manifest(out_b)
    inode = (out_a / "index.html").stat().st_ino
    mtime = (out_a / "index.html").stat().st_mtime_ns
    result = build(FIXTURE_SITE, out_a)
    assert result.stats is not None and result.stats.written == 0
    assert (out_a / "index.html").stat().st_ino == inode
    assert (out_a / "index.html").stat().st_mtime_ns == mtime


def test_removed_fact_disappears_from_output(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(site, out).ok
    assert (out / "facts/both-deny.html").exists()
    (site / "content/topics/diplomacy.yaml").write_text("title: Diplomatic responses\nfacts: []\n", encoding="utf-8")
    result = build(site, out)
    assert result.ok and result.stats is not None and result.stats.removed >= 1
    assert not (out / "facts/both-deny.html").exists()


def test_failed_build_leaves_previous_output_exactly(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("--site", str(site), "--output", str(out)).returncode == 0
    before = _manifest(out)
    weapons = site / "content/topics/weapons.yaml"
    weapons.write_text(weapons.read_text(encoding="utf-8").replace("stance: denies", "stance: deny"),
                       encoding="utf-8")
    proc = run_cli("--site", str(site), "--output", str(out))
    assert proc.returncode == 1
    assert "content/topics/weapons.yaml:39:17: error: 'deny' is not one of" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _manifest(out) == before
    # Nothing beside the output but its lock file (kept: see write.OutputLock).
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".out.lock"]


def test_template_error_is_located_in_the_template(site: Path, tmp_path: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates/timeline.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n<h1>{{ page_titel }}</h1>\n{% endblock %}\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("--site", str(site), "--output", str(out))
    assert proc.returncode == 1
    assert "templates/timeline.html:3: error: template error on timeline.html: 'page_titel' is undefined" \
        in proc.stderr
    assert not out.exists()


def test_template_syntax_error_is_located(site: Path, tmp_path: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates/timeline.html").write_text('{% extends "base.html" %}\n{% block main %}\n{% if %}\n',
                                                  encoding="utf-8")
    proc = run_cli("--site", str(site), "--output", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert "templates/timeline.html:3: error: template syntax error:" in proc.stderr


def test_yaml_text_cannot_inject_markup(tmp_path: Path) -> None:
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    weapons = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    weapons = weapons.replace("title: Weapons", f"title: '{payload}'")
    links = "[click](javascript:alert(3)) [d](data:text/html,x)"
    weapons = weapons.replace("  North Korea has shipped", f"  {payload} {links}\n  North Korea has shipped")
    weapons = weapons.replace("claim: North Korea began delivering", f"claim: {payload} North Korea began delivering")
    site = copy_site(tmp_path / "site", changes={"content/topics/weapons.yaml": weapons})
    out = tmp_path / "out"
    assert build(site, out).ok
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page
        assert 'href="javascript:' not in html and 'href="data:' not in html, page
    topic = (out / "topics/weapons.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in topic


def test_refuses_to_replace_a_directory_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work", encoding="utf-8")
    proc = run_cli("--site", str(FIXTURE_SITE), "--output", str(out))
    assert proc.returncode == 1
    assert "the output directory exists and was not written by Briefing" in proc.stderr
    assert (out / "thesis.docx").read_text(encoding="utf-8") == "years of work"


def test_build_never_writes_content(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    assert run_cli("--site", str(site)).returncode == 0
    after = {p: p.stat().st_mtime_ns for p in site.rglob("*")
             if p.is_file() and "output" not in p.parts and p.name != ".output.lock"}  # the output's lock
    assert before == {p: m for p, m in after.items() if ".briefing-cache" not in p.parts}
    assert (site / "output/index.html").exists()
    assert os.access(site / "output/index.html", os.R_OK)
