"""Accessibility in a real browser: axe-core on every page kind in light and dark mode, plus the
things axe cannot judge alone (one h1, landmarks, a working skip link, visible focus, named markers)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import DESKTOP, axe_source, guard_context, page_kinds

BLOCKING = ("serious", "critical")


@pytest.fixture(params=["light", "dark"])
def scheme_page(request: pytest.FixtureRequest, chromium: Any) -> Iterator[tuple[Any, Any]]:
    context = chromium.new_context(viewport=DESKTOP, color_scheme=request.param)
    guard = guard_context(context)
    yield context.new_page(), guard
    context.close()


def axe(page: Any) -> list[dict[str, Any]]:
    """Run axe-core (WCAG 2.x A/AA rules and best practices, and WCAG 2.2's 24×24 px target size,
    which axe leaves off by default) on the open page; its violations."""
    page.add_script_tag(content=axe_source())
    # preload off: axe would otherwise fetch the stylesheets itself, which file:// refuses.
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations'], preload: false,
                                                         rules: {'target-size': {enabled: true}}}))
        .violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))""")


def test_axe_finds_no_serious_violation_on_any_page_kind(built_fixture: Path, scheme_page: tuple) -> None:
    page, guard = scheme_page
    found = {}
    for route in page_kinds(built_fixture):
        page.goto((built_fixture / route).as_uri())
        violations = axe(page)
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        # Content outside landmarks is only 'moderate' for axe, but a screen-reader user skipping
        # by landmark would miss it, so it counts here too.
        blocking += [v for v in violations if v["id"] == "region"]
        if blocking:
            found[route] = blocking
    assert not found, found
    guard.assert_clean()


def test_axe_catches_a_violation(chromium: Any, tmp_path: Path) -> None:
    """The accessibility check can fail: an unnamed link and grey-on-white text are caught."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><title>t</title><main><h1>T</h1>'
                   '<a href="x.html"></a><p style="color:#ccc">faint</p>'
                   '<div><button style="width:10px;height:10px;padding:0">a</button>'
                   '<button style="width:10px;height:10px;padding:0">b</button></div></main></html>', encoding="utf-8")
    context = chromium.new_context()
    page = context.new_page()
    page.goto(bad.as_uri())
    ids = {v["id"] for v in axe(page) if v["impact"] in BLOCKING}
    context.close()
    assert {"link-name", "color-contrast", "target-size"} <= ids


def test_structure_of_every_page_kind(built_fixture: Path, chromium: Any) -> None:
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    for route in page_kinds(built_fixture):
        page.goto((built_fixture / route).as_uri())
        assert page.locator("h1").count() == 1, route
        assert page.get_by_role("main").count() == 1, route
        assert page.get_by_role("banner").count() == 1, route
        assert page.get_by_role("contentinfo").count() == 1, route
        assert page.get_by_role("navigation", name="Main").count() == 1, route
        assert page.locator("html").get_attribute("lang"), route
    context.close()


def test_skip_link_is_first_visible_on_focus_and_moves_focus_to_main(built_fixture: Path, chromium: Any) -> None:
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    for route in ("index.html", "topics/weapons.html", "sources/wire-2024-03.html"):
        page.goto((built_fixture / route).as_uri())
        skip = page.locator("a.skip-link")
        assert not _on_screen(skip), "the skip link should be off screen until focused"
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
        assert focused == ["skip-link", "#main"], route
        assert _on_screen(skip), route
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main", route
    context.close()


def _on_screen(locator: Any) -> bool:
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_is_visible(built_fixture: Path, chromium: Any, scheme: str) -> None:
    context = chromium.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    page.goto((built_fixture / "topics/weapons.html").as_uri())
    seen = 0
    for _ in range(12):
        page.keyboard.press("Tab")
        style = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
            return [document.activeElement.tagName, s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor,
                    getComputedStyle(document.body).backgroundColor]; }""")
        tag, outline, width, color, background = style
        if tag == "BODY":
            continue
        seen += 1
        assert outline != "none" and width >= 2, style
        assert color != background, style
    assert seen >= 10
    context.close()


def test_citation_markers_have_accessible_names(built_fixture: Path, chromium: Any) -> None:
    context = chromium.new_context()
    page = context.new_page()
    for route in ("topics/weapons.html", "facts/shells-million.html"):
        page.goto((built_fixture / route).as_uri())
        markers = page.locator("a.cite")
        assert markers.count() > 0, route
        named = page.get_by_role("link", name=re.compile(r"^Citation \d+"))
        assert named.count() == markers.count(), route
    context.close()
