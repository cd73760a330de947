"""Citation previews and footnote back-links in a real Chromium (from disk, desktop and phone):
a marker previews its quote on hover, keyboard focus and tap; Esc and a tap outside close it;
the preview can be hovered; without JavaScript the marker jumps to its footnote; back-links
return to the marker; links to facts in summaries preview the claim and lead to its entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browsing import DESKTOP, MOBILE, as_project_site, guard_context, serve
from conftest import FIXTURES

from briefing.pipeline import build

QUOTE = "Pyongyang recently delivered more than a million artillery shells to Russia"
MARKER = "a.cite[href='#fn-2']"


def _topic(built: Path) -> str:
    return (built / "topics" / "weapons.html").as_uri()


def _in_viewport(page: Any, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""")


def test_hover_opens_the_preview_with_the_quote_and_the_passage_link(built_fixture: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto(_topic(built_fixture))
    page.hover(MARKER)
    preview = page.locator(".preview")
    preview.wait_for(state="visible")
    assert QUOTE in preview.locator("blockquote").inner_text()
    assert "Example Wire" in preview.inner_text()
    passage = preview.get_by_role("link", name="Read the passage in the archived article")
    assert passage.get_attribute("href").split("/")[-1].startswith("wire-2024-03.html#q-")
    # The preview can itself be hovered (WCAG 1.4.13): moving onto it keeps it open.
    box = preview.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)
    page.wait_for_timeout(600)
    assert preview.is_visible()
    page.keyboard.press("Escape")
    assert page.locator(".preview").count() == 0
    # Moving away closes it.
    page.hover(MARKER)
    preview.wait_for(state="visible")
    page.mouse.move(5, 5)
    page.wait_for_timeout(600)
    assert page.locator(".preview").count() == 0
    guard.assert_clean()


def test_passage_link_in_the_preview_leads_to_the_highlighted_passage(built_fixture: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto(_topic(built_fixture))
    page.hover(MARKER)
    page.get_by_role("link", name="Read the passage in the archived article").click()
    page.wait_for_load_state()
    assert "sources/wire-2024-03.html#q-" in page.url
    assert QUOTE in page.locator("mark:target").inner_text()
    guard.assert_clean()


def test_keyboard_focus_opens_the_preview_and_tab_enters_it(built_fixture: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto(_topic(built_fixture))
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches(\"a.cite[href='#fn-2']\")"):
            break
    else:
        pytest.fail("Tab never reached the marker")
    preview = page.locator(".preview")
    preview.wait_for(state="visible")
    assert QUOTE in preview.inner_text()
    assert page.get_attribute(MARKER, "aria-expanded") == "true"
    page.keyboard.press("Tab")  # into the preview, to its link
    assert page.evaluate("document.activeElement.closest('.preview') !== null")
    page.keyboard.press("Escape")  # closes it and gives focus back to the marker
    assert page.locator(".preview").count() == 0
    assert page.evaluate("document.activeElement.matches(\"a.cite[href='#fn-2']\")")
    guard.assert_clean()


def test_tap_opens_the_preview_in_place_and_a_tap_outside_closes_it(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(viewport=MOBILE, is_mobile=True, has_touch=True)
    page.goto(_topic(built_fixture))
    page.tap(MARKER)
    preview = page.locator(".preview")
    preview.wait_for(state="visible")
    assert QUOTE in preview.inner_text()
    assert "#" not in page.url  # the page did not jump to the footnotes
    box = preview.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= MOBILE["width"]
    page.tap("h1")
    assert page.locator(".preview").count() == 0
    # Markers are big enough for a finger on a touch screen.
    marker = page.locator(MARKER).bounding_box()
    assert marker["width"] >= 24 and marker["height"] >= 24, marker
    guard.assert_clean()


def test_without_javascript_the_marker_jumps_to_its_footnote(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(java_script_enabled=False)
    page.goto(_topic(built_fixture))
    page.click(MARKER)
    assert page.url.endswith("#fn-2")
    assert _in_viewport(page, "#fn-2")
    guard.assert_clean()


def test_back_links_return_to_each_marker(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(java_script_enabled=False)
    page.goto(_topic(built_fixture))
    markers = page.eval_on_selector_all("a.cite", "els => els.map(e => [e.id, e.getAttribute('href')])")
    ids = [marker_id for marker_id, _ in markers]
    assert len(ids) == len(set(ids)) and all(ids), "every marker has its own id"
    for marker_id, note in markers:
        backs = page.eval_on_selector_all(f"{note} .backlinks a", "els => els.map(e => e.getAttribute('href'))")
        assert f"#{marker_id}" in backs, (marker_id, note, backs)
    # A footnote cited twice (both governments deny, in one passage) has lettered back-links;
    # following one lands on its marker, in view.
    page.goto((built_fixture / "topics" / "diplomacy.html").as_uri() + "#fn-1")
    backs = page.locator("#fn-1 .backlinks a")
    assert backs.all_inner_texts() == ["a", "b"]
    target = backs.nth(1).get_attribute("href")
    assert target != backs.nth(0).get_attribute("href")
    backs.nth(1).click()
    assert page.url.endswith(target)
    assert _in_viewport(page, target)
    guard.assert_clean()


def test_a_fact_link_in_a_summary_previews_the_claim_and_leads_to_the_entry(built_fixture: Path,
                                                                             browse: Any) -> None:
    page, guard = browse()
    page.goto((built_fixture / "index.html").as_uri())
    link = page.locator("a.fact-ref").first
    link.hover()
    preview = page.locator(".preview")
    preview.wait_for(state="visible")
    assert "North Korea began delivering artillery shells to Russia by train" in preview.inner_text()
    assert "Asserted by NIS" in preview.inner_text()
    page.mouse.move(5, 5)
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith("topics/weapons.html#fact-shells-by-train")
    assert _in_viewport(page, "#fact-shells-by-train")
    guard.assert_clean()


def test_hostile_text_in_previews_stays_text(chromium: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(FIXTURES / "injection", out).ok
    context = chromium.new_context(viewport=DESKTOP)
    guard = guard_context(context)
    page = context.new_page()
    for route in ("topics/hostile.html", "index.html"):
        page.goto((out / route).as_uri())
        for selector in ("a.cite", "a.fact-ref"):
            for index in range(page.locator(selector).count()):
                page.locator(selector).nth(index).hover()
                page.locator(".preview").wait_for(state="visible")
                assert page.locator(".preview script, .preview img, .preview svg").count() == 0
                assert "<script>" in page.locator(".preview").inner_text()
                page.mouse.move(1, 1)
                page.wait_for_timeout(450)
    context.close()
    guard.assert_clean()


def test_previews_work_over_http_under_a_sub_path_and_stay_off_paper(built_fixture: Path, browse: Any,
                                                                     tmp_path: Path) -> None:
    site = as_project_site(built_fixture, tmp_path / "www", "briefing-repo")
    with serve(site.parent) as base:
        page, guard = browse(allowed_prefix=base)
        page.goto(f"{base}briefing-repo/topics/weapons.html")
        page.hover(MARKER)
        preview = page.locator(".preview")
        preview.wait_for(state="visible")
        assert QUOTE in preview.inner_text()
        link = preview.get_by_role("link", name="Read the passage in the archived article")
        assert link.evaluate("a => a.href").startswith(f"{base}briefing-repo/sources/wire-2024-03.html#q-")
        page.emulate_media(media="print")
        assert not preview.is_visible()
        assert not page.locator(".backlinks").first.is_visible()
        guard.assert_clean()
