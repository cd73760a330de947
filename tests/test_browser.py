"""The reader's walk in a real Chromium: from disk and under a GitHub Pages sub-path, on a phone,
in print and in dark mode, with every network request and console error counted as a failure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browsing import (
    MOBILE,
    as_project_site,
    in_ci,
    page_kinds,
    screenshot,
    serve,
)
from conftest import FIXTURE_SITE, copy_site

from briefing.pipeline import build

QUOTE = "Pyongyang recently delivered more than a million artillery shells to Russia"
# Paragraphs before the quoted passage so that the source page must scroll to show it.
FILLER = "".join(f"Paragraph {n} of earlier reporting that no fact quotes.\n\n" for n in range(60))


@pytest.fixture(scope="module")
def walk_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with a long archived text, built once for this module."""
    base = tmp_path_factory.mktemp("walk")
    original = (FIXTURE_SITE / "content/sources/wire-2024-03.txt").read_text(encoding="utf-8")
    site = copy_site(base / "site", changes={"content/sources/wire-2024-03.txt": FILLER + original})
    result = build(site, base / "output")
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return base / "output"


def _in_viewport(page: Any, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""")


def reader_walk(page: Any, home: str) -> None:
    """Overview → topic (Topics menu) → citation marker → footnote → source page with the passage highlighted."""
    page.goto(home)
    assert page.title() == "Fixture briefing"
    nav = page.get_by_role("navigation", name="Main")
    nav.locator("summary", has_text="Topics").click()  # topics are a drop-down of the one-line header
    nav.get_by_role("link", name="Weapons").click()
    page.wait_for_load_state()
    assert page.url.endswith("topics/weapons.html"), page.url
    assert page.locator("h1").inner_text() == "Weapons"

    page.get_by_role("link", name="Citation 2: Example Wire").click()
    assert page.url.endswith("topics/weapons.html#fn-2"), page.url
    assert page.evaluate("document.querySelector(':target').id") == "fn-2"
    assert _in_viewport(page, "#fn-2")
    assert QUOTE in page.locator("#fn-2 blockquote").inner_text()

    page.locator("#fn-2 .fn-source a").click()
    page.wait_for_load_state()
    assert "sources/wire-2024-03.html#q-" in page.url, page.url
    target = page.evaluate("""() => { const t = document.querySelector(':target');
        return t && {tag: t.tagName, id: t.id, text: t.textContent}; }""")
    assert target is not None, "the link's fragment matches no element"
    assert target["tag"] == "MARK" and target["id"].startswith("q-"), target
    assert QUOTE in target["text"]
    assert page.evaluate("window.scrollY") > 0, "the page did not scroll to the passage"
    assert _in_viewport(page, ":target")
    highlighted = page.eval_on_selector(":target", "el => getComputedStyle(el).backgroundColor")
    plain = page.eval_on_selector("body", "el => getComputedStyle(el).backgroundColor")
    assert highlighted != plain


def test_walk_from_disk(walk_site: Path, browse: Any) -> None:
    page, guard = browse()
    reader_walk(page, (walk_site / "index.html").as_uri())
    guard.assert_clean()


def test_walk_under_a_github_pages_sub_path(walk_site: Path, browse: Any, tmp_path: Path) -> None:
    as_project_site(walk_site, tmp_path / "www", "briefing-repo")
    with serve(tmp_path / "www") as root:
        base = root + "briefing-repo/"
        page, guard = browse(allowed_prefix=base)
        reader_walk(page, base + "index.html")
        guard.assert_clean()



def test_the_404_page_under_a_sub_path_skips_to_its_own_content(browse: Any, tmp_path: Path) -> None:
    """GitHub Pages serves 404.html at whatever address was missing; its <base> makes its links work
    from there, but sent 'Skip to content' (#main) to the overview."""
    www = tmp_path / "www"
    www.mkdir()
    with serve(www) as root:
        base = root + "briefing-repo/"
        site = copy_site(tmp_path / "site")
        assert build(site, www / "briefing-repo", base_url=base, use_cache=False).ok
        missing = www / "briefing-repo" / "facts" / "gone"
        missing.mkdir()
        (missing / "old-fact.html").write_bytes((www / "briefing-repo" / "404.html").read_bytes())
        page, guard = browse(allowed_prefix=base)
        page.goto(base + "facts/gone/old-fact.html")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        page.keyboard.press("Enter")
        page.wait_for_load_state()
        assert page.url == base + "facts/gone/old-fact.html#main", page.url
        # the page's other links still lead into the site
        page.get_by_role("link", name="timeline").last.click()
        page.wait_for_load_state()
        assert page.url == base + "timeline.html", page.url
        guard.assert_clean()


def test_the_tab_icon_comes_from_the_site_not_the_server_root(walk_site: Path, browse: Any, tmp_path: Path) -> None:
    """Without an icon of its own, a browser asks the server's root for /favicon.ico: a request
    outside a Pages project site (a 404 in the console), and a broken icon from disk. Every page,
    the 404 page (with its <base>) too, names the site's own icon, and it is served as SVG."""
    as_project_site(walk_site, tmp_path / "www", "briefing-repo")
    with serve(tmp_path / "www") as root:
        base = root + "briefing-repo/"
        page, guard = browse(allowed_prefix=base)
        for route in ("index.html", "facts/shells-million.html", "404.html"):
            page.goto(base + route)
            icon = page.evaluate("document.querySelector('link[rel=icon]').href")
            assert icon == base + "assets/icon.svg", (route, icon)
        assert page.request.get(base + "assets/icon.svg").headers["content-type"] == "image/svg+xml"
        guard.assert_clean()


def search_walk(page: Any, home: str) -> None:
    """Overview → search box in the header (or the search page) → a result → the fact's page."""
    page.goto(home)
    header_box = page.get_by_role("banner").get_by_role("searchbox")
    if header_box.count():  # as a reader would: type in the header and press Enter
        header_box.first.fill("million shells")
        header_box.first.press("Enter")
        page.wait_for_load_state()
        assert "search.html" in page.url, page.url
    else:
        page.goto(home.replace("index.html", "search.html"))
        page.get_by_role("searchbox").first.fill("million shells")
    result = page.locator("main a[href$='facts/shells-million.html']").first
    result.wait_for(timeout=5000)
    result.click()
    page.wait_for_load_state()
    assert page.url.endswith("facts/shells-million.html"), page.url


def _require_search(out: Path) -> None:
    if not (out / "search.html").exists():
        message = "the built site has no search.html"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message + " yet")


def test_search_finds_a_fact_from_disk(walk_site: Path, browse: Any) -> None:
    _require_search(walk_site)
    page, guard = browse()
    search_walk(page, (walk_site / "index.html").as_uri())
    guard.assert_clean()


def test_search_finds_a_fact_under_a_sub_path(walk_site: Path, browse: Any, tmp_path: Path) -> None:
    _require_search(walk_site)
    as_project_site(walk_site, tmp_path / "www", "briefing-repo")
    with serve(tmp_path / "www") as root:
        base = root + "briefing-repo/"
        page, guard = browse(allowed_prefix=base)
        search_walk(page, base + "index.html")
        guard.assert_clean()


def test_the_guard_catches_a_request_leaving_the_site(browse: Any, tmp_path: Path) -> None:
    """The no-network assertion can fail: a page loading a remote stylesheet is caught."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<!DOCTYPE html><html lang="en"><title>t</title>'
                     '<link rel="stylesheet" href="https://fonts.example.com/x.css"><p>x</p></html>')
    page, guard = browse()
    page.goto(leaky.as_uri())
    assert guard.network == ["https://fonts.example.com/x.css"]


def test_no_horizontal_scroll_on_a_phone(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(viewport=MOBILE, is_mobile=True, has_touch=True, device_scale_factor=2)
    for route in page_kinds(built_fixture):
        page.goto((built_fixture / route).as_uri())
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{route} scrolls sideways at 375 px: {widths}"
    guard.assert_clean()


def test_print_hides_navigation_and_shows_footnotes(built_fixture: Path, browse: Any) -> None:
    page, guard = browse()
    page.emulate_media(media="print")
    for route in ("topics/weapons.html", "facts/shells-million.html"):
        page.goto((built_fixture / route).as_uri())
        assert not page.locator(".site-nav").is_visible(), route
        assert not page.locator(".skip-link").is_visible(), route
        assert page.locator(".footnotes").is_visible(), route
        assert page.locator(".footnotes li").first.is_visible(), route
    page.emulate_media(media="screen")
    page.goto((built_fixture / "topics/weapons.html").as_uri())
    assert page.locator(".site-nav").is_visible()
    guard.assert_clean()


def test_screenshots_of_every_page_kind(built_fixture: Path, browse: Any) -> None:
    """Desktop, phone and dark screenshots in test-artifacts/, for people to look at."""
    variants = {
        "desktop": {},
        "mobile": {"viewport": MOBILE, "is_mobile": True, "device_scale_factor": 2},
        "dark": {"color_scheme": "dark"},
    }
    for variant, options in variants.items():
        page, guard = browse(**options)
        for route, kind in page_kinds(built_fixture).items():
            page.goto((built_fixture / route).as_uri())
            # Whole pages on the desktop; the first screen on a phone and in dark mode is enough
            # to judge layout and colours, and much cheaper on long pages.
            path = screenshot(page, f"{kind}-{variant}", full_page=variant == "desktop")
            assert path.stat().st_size > 1000
        guard.assert_clean()
