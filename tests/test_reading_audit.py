"""A demanding reader's cases, in a real Chromium: long unbroken words, URLs and Korean text in a
claim, a fact cited by a dozen actors, on a 375 px phone and at 200 % zoom; touch targets a finger
can hit; previews a phone reader can dismiss; pressed filters seen in forced colours; a printed
page that keeps its date and caveat; keyboard users not sent through a second copy of each link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browsing import MOBILE
from conftest import FIXTURE_SITE, copy_site

from briefing.pipeline import build

LONG_WORD = "Supercalifragilisticexpialidocious" * 3
LONG_URL = "https://example.org/" + "very-long-path-segment-" * 6 + "?query=" + "x" * 40
KOREAN = ("북한이 러시아에 포탄을 대량으로 공급하고 있다는 정보가 여러 차례 보고되었으며 "
          "이는 안보리 결의 위반이라고 정부가 밝혔다.")
ACTORS = 12
PHONE = {"viewport": MOBILE, "is_mobile": True, "has_touch": True}
ZOOM_200 = {"viewport": {"width": 320, "height": 600}}  # 1280 px at 200 %, WCAG 1.4.10's reflow width


@pytest.fixture(scope="module")
def stress_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site and one more fact: a claim with a long word, a URL and Korean, involving
    twelve organisations (one with a long unbroken name), each citing the same passage."""
    root = tmp_path_factory.mktemp("stress")
    entities = (FIXTURE_SITE / "content/entities.yaml").read_text(encoding="utf-8") + "".join(
        f"- id: actor-{i}\n  kind: organization\n  name: Organisation number {i} with a rather long official name"
        f"{' ' + LONG_WORD if i == 0 else ''}\n" for i in range(ACTORS))
    positions = "".join(f"""      - actor: actor-{i}
        stance: {'denies' if i % 3 == 0 else 'asserts'}
        date: 2024-03
        citations:
          - source: wire-2024-03
            quote: Pyongyang recently delivered more than a million artillery shells to Russia
""" for i in range(ACTORS))
    weapons = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8") + f"""  - id: stress-long
    claim: "{LONG_WORD} {LONG_URL} {KOREAN}"
    date: 2024-03
    entities: [{', '.join(f'actor-{i}' for i in range(ACTORS))}]
    positions:
{positions}"""
    site = copy_site(root / "site", changes={"content/entities.yaml": entities,
                                             "content/topics/weapons.yaml": weapons})
    out = root / "output"
    result = build(site, out, use_cache=False)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return out


OVERFLOWING = """() => { const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('main *')].filter(el => {
    const r = el.getBoundingClientRect();
    return r.width && r.right > width + 1 && !el.closest('.table-scroll, .visually-hidden'); })
  .slice(0, 5).map(el => el.tagName + '.' + el.className); }"""


@pytest.mark.parametrize("size", ["phone", "zoom-200"])
def test_long_words_urls_and_korean_never_push_a_page_sideways(stress_site: Path, browse: Any, size: str) -> None:
    page, guard = browse(**(PHONE if size == "phone" else ZOOM_200))
    for route in ("facts/stress-long.html", "topics/weapons.html", "timeline.html", "single-source.html",
                  "disputed.html", "entities/actor-0.html", "sources/wire-2024-03.html"):
        page.goto((stress_site / route).as_uri())
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{route} scrolls sideways at {size}: {widths}, {page.evaluate(OVERFLOWING)}"
    guard.assert_clean()


CONTROLS = ("button, summary, select, input:not([type=hidden]), a.cite, .backlinks a, .toc a, .toc-top a, "
            ".back-to-top a, .breadcrumbs a, .pack-nav a, .figure-tools a, .figure-csv, .site-title a, "
            ".site-nav .nav-list a")
SMALL_CONTROLS = """selector => [...document.querySelectorAll(selector)].map(el => {
    const r = el.getBoundingClientRect();
    return [el.tagName + '.' + el.className + ' ' + (el.textContent || el.name || '').trim().slice(0, 20),
            Math.round(r.width), Math.round(r.height)]; })
  .filter(([, w, h]) => w && h && (w < 44 || h < 44))"""


def test_every_control_is_big_enough_for_a_finger(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(**PHONE)
    for route in ("index.html", "topics/weapons.html", "facts/shells-million.html", "timeline.html", "search.html",
                  "numbers.html", "methodology.html", "sources/wire-2024-03.html", "briefing/topics/weapons.html"):
        page.goto((built_fixture / route).as_uri())
        page.locator(".menu > summary").tap()  # the phone menu open, its links measured too
        page.evaluate("document.querySelectorAll('.nav-group details').forEach(d => d.open = true)")
        assert page.evaluate(SMALL_CONTROLS, CONTROLS) == [], route
    guard.assert_clean()


def test_a_phone_reader_can_close_the_preview_with_a_button(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(**PHONE)
    page.goto((built_fixture / "topics/weapons.html").as_uri())
    marker = page.locator("a.cite[href='#fn-2']")
    marker.tap()
    close = page.locator(".preview").get_by_role("button", name="Close the preview")
    box = close.bounding_box()
    assert box and box["width"] >= 44 and box["height"] >= 44, box
    close.tap()
    assert page.locator(".preview").count() == 0
    assert "#" not in page.url  # closing did not follow the marker to its footnote
    assert page.evaluate("document.activeElement.matches(\"a.cite[href='#fn-2']\")")
    # A keyboard has Esc: Tab goes from the marker straight to the passage, not to the button.
    page.wait_for_timeout(700)  # (focus right after a tap is the tap's, not the keyboard's)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    page.locator(".preview").wait_for(state="visible")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "preview-go"
    guard.assert_clean()


def test_the_close_button_speaks_the_page_language() -> None:
    from briefing.i18n import script_messages

    assert script_messages("ko")["preview.close"] == "미리보기 닫기"
    assert script_messages("en")["preview.close"] == "Close the preview"


def test_a_pressed_filter_shows_in_forced_colours_and_not_by_colour_alone(built_fixture: Path, browse: Any) -> None:
    looks = """() => [...document.querySelectorAll('.chip-toggle')].slice(0, 2).map(b => {
        const s = getComputedStyle(b);
        return [b.getAttribute('aria-pressed'), s.backgroundColor, s.color,
                getComputedStyle(b, '::before').content]; })"""
    for options in ({}, {"forced_colors": "active"}):
        page, guard = browse(**options)
        page.goto((built_fixture / "topics/weapons.html").as_uri())
        page.locator(".chip-toggle").first.click()
        (pressed, *pressed_look), (unpressed, *unpressed_look) = page.evaluate(looks)
        assert (pressed, unpressed) == ("true", "false")
        assert pressed_look[:2] != unpressed_look[:2], (options, pressed_look, unpressed_look)
        assert "✓" in pressed_look[2] and "✓" not in unpressed_look[2], (options, pressed_look, unpressed_look)
        guard.assert_clean()


PRINTED = """() => { const shown = sel => { const el = document.querySelector(sel);
    return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0; };
  const topic = document.querySelector('.pack-topic');
  return {title: shown('.site-title'), banner: shown('.banner'), nav: shown('.site-nav'), search: shown('.site-search'),
          banner_text: shown('.banner') ? document.querySelector('.banner').innerText : '',
          break_first: topic ? getComputedStyle(topic).breakBefore : null}; }"""


def test_a_printed_page_keeps_the_briefing_title_caveat_and_date(built_fixture: Path, browse: Any) -> None:
    page, guard = browse()
    page.emulate_media(media="print")
    for route in ("topics/weapons.html", "facts/shells-million.html", "sources/wire-2024-03.html"):
        page.goto((built_fixture / route).as_uri())
        printed = page.evaluate(PRINTED)
        assert printed["title"] and printed["banner"], (route, printed)
        assert "Test banner" in printed["banner_text"] and "Reporting up to" in printed["banner_text"], printed
        assert not printed["nav"] and not printed["search"], (route, printed)
    # The pack's front has them in its running header and on its cover: not printed twice.
    page.goto((built_fixture / "briefing.html").as_uri())
    printed = page.evaluate(PRINTED)
    assert not printed["title"] and not printed["banner"], printed
    # A part of the pack printed on its own begins on its first page.
    page.goto((built_fixture / "briefing/topics/weapons.html").as_uri())
    printed = page.evaluate(PRINTED)
    assert printed["banner"] and printed["break_first"] == "auto", printed
    guard.assert_clean()


def test_tab_goes_from_fact_link_to_fact_link_not_through_a_copy_in_the_preview(built_fixture: Path,
                                                                                   browse: Any) -> None:
    page, guard = browse()
    page.goto((built_fixture / "index.html").as_uri())
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a.fact-ref')"):
            break
    else:
        pytest.fail("Tab never reached a fact link")
    page.locator(".preview").wait_for(state="visible")  # the keyboard opens its preview
    assert page.locator(".preview .preview-go").count() == 1  # its link is there for a pointer or a finger
    first = page.evaluate("document.activeElement.outerHTML")
    page.keyboard.press("Tab")
    now = page.evaluate("[document.activeElement.className, document.activeElement.outerHTML]")
    assert now[0] != "preview-go" and now[1] != first, now
    guard.assert_clean()



def test_header_drop_downs_behave_like_menus(built_fixture: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto((built_fixture / "index.html").as_uri())
    state = "() => [...document.querySelectorAll('.nav-group > details')].map(d => d.open)"
    height = "() => document.querySelector('.header-row').getBoundingClientRect().height"
    topics, analysis = page.locator(".nav-group > details > summary").all()
    before = page.evaluate(height), analysis.bounding_box()["width"]
    analysis.click()
    after = page.evaluate(height), analysis.bounding_box()["width"]
    assert after == before, "opening a drop-down reflowed the header (its button grew bold)"
    topics.click()
    assert page.evaluate(state) == [True, False], "one drop-down open at a time"
    page.mouse.click(640, 700)
    assert page.evaluate(state) == [False, False], "a click elsewhere closes it"
    topics.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    assert page.evaluate(state) == [False, False], "Esc closes it"
    assert page.evaluate("document.activeElement.textContent.trim()").startswith("Topics"), "focus back on its button"
    page.keyboard.press("Enter")
    links = page.locator(".nav-group > details").first.locator("a").count()
    for _ in range(links + 1):
        page.keyboard.press("Tab")
    assert page.evaluate(state) == [False, False], "Tab past its last link closes it"
    guard.assert_clean()


def test_header_drop_downs_open_and_close_without_javascript(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(java_script_enabled=False)
    page.goto((built_fixture / "index.html").as_uri())
    topics = page.locator(".nav-group > details > summary").first
    topics.click()
    assert page.locator(".nav-group > details").first.get_attribute("open") is not None
    assert page.locator(".nav-group > details > ul a").first.is_visible()
    topics.click()
    assert page.locator(".nav-group > details").first.get_attribute("open") is None
    guard.assert_clean()


def test_the_banner_lines_up_with_the_text_beside_the_contents(built_fixture: Path, browse: Any) -> None:
    page, guard = browse(viewport={"width": 1280, "height": 800})
    for route in ("topics/weapons.html", "methodology.html", "index.html"):
        page.goto((built_fixture / route).as_uri())
        left = page.evaluate("""() => [document.querySelector('.banner .wrap > span'), document.querySelector('h1')]
            .map(el => Math.round(el.getBoundingClientRect().left))""")
        assert left[0] == left[1], (route, left)
    guard.assert_clean()


def test_on_a_phone_the_register_has_no_invisible_focus_and_a_full_width_caption(built_fixture: Path,
                                                                                   browse: Any) -> None:
    page, guard = browse(**PHONE)
    page.goto((built_fixture / "register.html").as_uri())
    caption, table = page.evaluate("""() => { const t = document.querySelector('table.reflow');
        return [t.querySelector('caption').getBoundingClientRect().width, t.getBoundingClientRect().width]; }""")
    assert caption >= 0.9 * table, (caption, table)
    assert page.locator("table.reflow .sort-hint").first.is_hidden()  # no column heading to select on a card
    seen = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => { const el = document.activeElement; el.scrollIntoView({block: 'center'});
            const r = el.getClientRects()[0] || el.getBoundingClientRect();  // a wrapped link: its first line
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return [el.tagName + '.' + el.className + ' ' + el.textContent.trim().slice(0, 30),
                    r.width >= 4 && r.height >= 4 && !!hit && (el === hit || el.contains(hit))]; }""")
        assert where[1], f"focus on something the reader cannot see: {where[0]}"
        seen.add(where[0])
    assert len(seen) > 10
    guard.assert_clean()


def test_a_printed_footnote_gives_the_article_address(browse: Any, tmp_path: Path) -> None:
    address = "https://example.org/news/2024/03/north-sent-a-million-shells"
    meta = (FIXTURE_SITE / "content/sources/wire-2024-03.yaml").read_text(encoding="utf-8") + f"url: {address}\n"
    site = copy_site(tmp_path / "site", changes={"content/sources/wire-2024-03.yaml": meta})
    out = tmp_path / "output"
    assert build(site, out, use_cache=False).ok
    page, guard = browse()
    page.goto((out / "topics/weapons.html").as_uri())
    note = page.locator("#fn-2 .fn-source")
    assert address not in note.inner_text()  # on screen the link is enough
    page.hover("a.cite[href='#fn-2']")
    page.locator(".preview").wait_for(state="visible")
    assert address not in page.locator(".preview").inner_text()
    page.mouse.move(5, 5)
    page.emulate_media(media="print")
    assert address in note.inner_text()
    guard.assert_clean()
