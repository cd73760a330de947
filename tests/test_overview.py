"""The overview briefs in 30 seconds and the navigation fits every screen, in a real Chromium on the
real briefing: every key judgment on the first screen at 1280×800 and the first one at 375×812,
no fact listed twice, how current the briefing is under the title of every page, a one-line
header on a desktop, a phone menu that opens without JavaScript, breadcrumbs and the current
section marked."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browsing import MOBILE, ROOT, page_kinds

from briefing.pipeline import build

DESKTOP_800 = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's briefing, built once for the module."""
    out = tmp_path_factory.mktemp("real") / "output"
    result = build(ROOT, out, use_cache=False)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return out


def _boxes(page: Any, selector: str) -> list[dict[str, float]]:
    return page.eval_on_selector_all(selector, """els => els.map(e => {
        const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; })""")


def test_every_key_judgment_is_on_the_first_desktop_screen(real_site: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto((real_site / "index.html").as_uri())
    boxes = _boxes(page, ".bluf .judgment-statement")
    assert len(boxes) == 5
    for box in boxes + _boxes(page, ".bluf .chips") + _boxes(page, ".bluf .judgment-basis > summary"):
        assert 0 <= box["top"] and box["bottom"] <= DESKTOP_800["height"], box
    guard.assert_clean()


def test_the_first_key_judgment_is_on_the_first_phone_screen(real_site: Path, browse: Any) -> None:
    page, guard = browse(viewport=MOBILE, is_mobile=True, has_touch=True)
    page.goto((real_site / "index.html").as_uri())
    first = _boxes(page, ".bluf .judgment")[0]
    assert 0 <= first["top"] and first["bottom"] <= MOBILE["height"], first
    guard.assert_clean()


def test_judgments_show_likelihood_and_confidence_in_words_and_their_facts_on_demand(real_site: Path,
                                                                                     browse: Any) -> None:
    page, guard = browse()
    page.goto((real_site / "index.html").as_uri())
    first = page.locator(".bluf .judgment").first
    chips = [" ".join(text.split()) for text in first.locator(".chip").all_text_contents()]
    assert chips == ["Likelihood: Very likely", "Moderate confidence"]  # words, the label for screen readers
    assert first.locator(".chip").first.inner_text().endswith("Very likely")
    basis = first.locator("details.judgment-basis")
    assert basis.locator("summary").inner_text() == "Based on 5 facts"
    assert not basis.locator(".supports").is_visible()
    basis.locator("summary").click()
    assert basis.locator(".supports li").count() == 5
    assert basis.locator(".supports").is_visible()
    guard.assert_clean()


def test_no_fact_is_listed_twice_on_the_overview(real_site: Path) -> None:
    html = (real_site / "index.html").read_text(encoding="utf-8")
    listed = [fact for body in re.findall(r'<ul class="(?:supports|fact-list)">(.*?)</ul>', html, re.S)
              for fact in re.findall(r'data-fact="([^"]+)"', body)]
    assert len(listed) > 20
    assert len(listed) == len(set(listed)), sorted(f for f in listed if listed.count(f) > 1)


def test_every_page_says_how_current_the_reporting_is(real_site: Path) -> None:
    # The newest reporting is a source of November 2024; edits are dated by `added`/`updated`
    # (written, or taken from git), so the day depends on the checkout.
    line = re.compile(r"<span>Reporting up to November 2024</span> · <span>edited \d{1,2} [A-Z][a-z]+ 20\d\d</span>")
    for route in page_kinds(real_site):
        html = (real_site / route).read_text(encoding="utf-8")
        assert line.search(html), route


def test_the_header_is_one_line_on_a_desktop(real_site: Path, browse: Any) -> None:
    page, guard = browse()
    for route in ("index.html", "topics/weapons.html", "methodology.html"):
        page.goto((real_site / route).as_uri())
        row = page.locator(".header-row").bounding_box()
        assert row["height"] <= 48, (route, row)
        middles = [(b["top"] + b["bottom"]) / 2 for b in _boxes(page, ".site-title, .nav-list > li, .site-search")]
        assert max(middles) - min(middles) <= 8, (route, middles)
    # The current section is marked: a fact page belongs to Topics, an analyst page to Analysis.
    page.goto((real_site / "facts" / "shells-more-than-one-million.html").as_uri())
    assert page.locator(".nav-current summary").inner_text().startswith("Topics")
    page.goto((real_site / "disputed.html").as_uri())
    assert page.locator(".nav-current summary").inner_text().startswith("Analysis")
    guard.assert_clean()


def test_the_phone_menu_opens_without_javascript(real_site: Path, browse: Any) -> None:
    page, guard = browse(viewport=MOBILE, is_mobile=True, has_touch=True, java_script_enabled=False)
    page.goto((real_site / "topics" / "weapons.html").as_uri())
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 0.3 * MOBILE["height"], header
    nav = page.get_by_role("navigation", name="Main")
    assert not nav.get_by_role("link", name="Timeline").is_visible()
    nav.locator(".menu > summary").tap()
    assert nav.get_by_role("link", name="Timeline").is_visible()
    nav.locator(".nav-group summary", has_text="Topics").tap()
    link = nav.get_by_role("link", name="North Korean troops and workers in Russia")
    assert link.is_visible()
    with page.expect_navigation():
        link.tap()
    assert page.url.endswith("topics/troops.html")
    guard.assert_clean()


def test_fact_source_and_entity_pages_have_breadcrumbs(real_site: Path, browse: Any) -> None:
    page, guard = browse()
    expected = {
        "facts/shells-more-than-one-million.html": ["Overview", "Weapons supplied by North Korea"],
        "sources/dn-2023-11.html": ["Overview", "Sources"],
        "entities/nis.html": ["Overview", "Entities"],
    }
    for route, trail in expected.items():
        page.goto((real_site / route).as_uri())
        crumbs = page.get_by_role("navigation", name="Breadcrumb")
        assert crumbs.get_by_role("link").all_inner_texts() == trail, route
        crumbs.get_by_role("link").last.click()
        page.wait_for_load_state()
        assert page.locator("h1").count() == 1
    guard.assert_clean()


def test_long_pages_have_a_table_of_contents_sticky_beside_the_text(real_site: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto((real_site / "topics" / "weapons.html").as_uri())
    toc = page.get_by_role("navigation", name="On this page")
    labels = toc.get_by_role("link").all_inner_texts()
    assert labels == ["Summary", "Estimates over time", "Facts (28)", "Artillery shells", "Missiles",
                      "Heavy artillery and other weapons", "Routes and quality", "Citations", "Back to top ↑"]
    text = page.locator(".page-body").bounding_box()
    beside = toc.bounding_box()
    assert beside["x"] >= text["x"] + text["width"], (beside, text)  # a column of its own
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    box = toc.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= DESKTOP_800["height"], box  # still in view
    toc.get_by_role("link", name="Citations").click()
    assert page.url.endswith("#footnotes-heading")
    toc.get_by_role("link", name="Back to top ↑").click()
    assert page.evaluate("window.scrollY") == 0
    guard.assert_clean()


def test_on_a_phone_the_contents_are_a_closed_disclosure(real_site: Path, browse: Any) -> None:
    page, guard = browse(viewport=MOBILE, is_mobile=True, has_touch=True, java_script_enabled=False)
    page.goto((real_site / "methodology.html").as_uri())
    toc = page.get_by_role("navigation", name="On this page")
    first = toc.get_by_role("link").first
    assert not first.is_visible()
    toc.locator("summary").tap()
    assert first.is_visible()
    assert page.locator(".back-to-top a").count() == 1
    guard.assert_clean()


def test_the_overview_and_short_pages_have_no_contents(real_site: Path) -> None:
    for route in ("index.html", "facts/kn-23-supplied.html", "entities/nis.html"):
        html = (real_site / route).read_text(encoding="utf-8")
        assert 'class="toc"' not in html and "<!--" not in html.split("<main", 1)[1], route


def test_an_entity_named_by_many_facts_has_contents(real_site: Path) -> None:
    """North Korea is named by some 60 facts in every topic: 11,700 px on a phone, so its page lists
    its sections like a topic page (an entity of a few facts, like the NIS above, does not)."""
    html = (real_site / "entities/north-korea.html").read_text(encoding="utf-8")
    toc = re.search(r'<nav class="toc"[^>]*>(.*?)</nav>', html, re.S)
    assert toc, "no 'On this page' on the page of an entity named by many facts"
    targets = re.findall(r'href="#([^"]+)"', toc.group(1))
    sections = {"statements", "in-weapons", "in-troops", "in-technology-transfer", "in-diplomatic-responses"}
    assert sections <= set(targets), targets
    for target in targets:
        assert f'id="{target}"' in html, target
