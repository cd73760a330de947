"""The analyst views as a reader sees them in Chromium, at 375 px and on a desktop: chart text legible
and labels apart (measured on the rendered geometry), no sideways scroll, no text under 12 px, the
chart/table toggle, register sorting, timeline filters and labelled source passages."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from browsing import DESKTOP, MOBILE, guard_context, page_kinds
from conftest import FIXTURES

from briefing import urls
from briefing.pipeline import PROJECT_ROOT, build

ANALYSIS_SITE = FIXTURES / "analysis"
# The briefing pack's parts in the analysis fixture (its front is urls.PACK).
PACK_PARTS = ("briefing/topics/weapons.html", "briefing/topics/troops.html", urls.PACK_REGISTER, urls.PACK_NUMBERS,
              urls.PACK_BIBLIOGRAPHY)
PHONE = {"viewport": MOBILE, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
SIZES = {"phone": PHONE, "desktop": {"viewport": DESKTOP}}

# Every visible text smaller than 12 CSS px as rendered (SVG text scaled by its drawing's transform).
SMALL_TEXT = """() => { const small = [];
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;           // visually hidden (screen-reader text)
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    let size = parseFloat(style.fontSize);
    const svg = el.closest('svg');
    if (svg) size *= svg.getScreenCTM().a;
    if (size < 11.95) small.push(`${el.tagName} "${el.textContent.trim().slice(0, 40)}" ${size.toFixed(1)}px`);
  }
  return small; }"""

# Pairs of overlapping boxes among a visible chart's texts and its marks' glyphs.
OVERLAPS = """() => { const found = [];
  const boxes = svg => [...svg.querySelectorAll('text')].map(t => [t, t.getBoundingClientRect(), t.textContent]);
  for (const svg of document.querySelectorAll('svg.chart-svg')) {
    if (!svg.getBoundingClientRect().width) continue;
    const texts = boxes(svg);
    const glyphs = [...svg.querySelectorAll('.chart-mark circle, .chart-mark rect, .chart-mark .chart-bar')]
      .map(g => [g, g.getBoundingClientRect(), 'mark']);
    const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
      && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    texts.forEach(([t, a, name], i) => {
      texts.slice(i + 1).forEach(([u, b, other]) => { if (hit(a, b)) found.push(`${name} / ${other}`); });
      glyphs.forEach(([g, b]) => { if (hit(a, b)) found.push(`${name} / a mark`); });
      const frame = svg.getBoundingClientRect();
      if (a.left < frame.left - 0.5 || a.right > frame.right + 0.5) found.push(`${name} leaves the chart`);
    });
  }
  return found; }"""


@pytest.fixture(scope="module")
def analysis_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("views") / "output"
    result = build(ANALYSIS_SITE, out)
    assert result.ok, [p.format() for p in result.problems]
    return out


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own briefing: its charts are the crowded ones (three figures on one day)."""
    out = tmp_path_factory.mktemp("real") / "output"
    result = build(PROJECT_ROOT, out)
    assert result.ok, [p.format() for p in result.problems]
    return out


@pytest.fixture
def open_page(chromium: Any) -> Any:
    contexts = []

    def opener(**options: Any) -> tuple[Any, Any]:
        context = chromium.new_context(**{"viewport": DESKTOP, **options})
        contexts.append(context)
        return context.new_page(), guard_context(context)

    yield opener
    for context in contexts:
        context.close()


def _routes(out: Path) -> list[str]:
    routes = list(page_kinds(out)) if (out / "404.html").exists() else []
    extra = [urls.NUMBERS, urls.REGISTER, urls.TIMELINE, urls.PACK, "topics/troops.html", "topics/weapons.html",
             *PACK_PARTS]
    return list(dict.fromkeys(r for r in routes + extra if (out / r).exists()))


@pytest.mark.parametrize("size", SIZES)
def test_every_page_kind_fits_and_its_text_is_legible(analysis_site: Path, open_page: Any, size: str) -> None:
    page, guard = open_page(**SIZES[size])
    for route in _routes(analysis_site):
        page.goto((analysis_site / route).as_uri())
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{route} scrolls sideways at {size}: {widths}"
        assert page.evaluate(SMALL_TEXT) == [], f"{route} has text under 12 px at {size}"
    guard.assert_clean()


@pytest.mark.parametrize("size", SIZES)
def test_chart_labels_never_overlap(analysis_site: Path, real_site: Path, open_page: Any, size: str) -> None:
    page, guard = open_page(**SIZES[size])
    for site, route in ((analysis_site, urls.NUMBERS), (analysis_site, "topics/troops.html"),
                        (analysis_site, "topics/weapons.html"), (real_site, urls.NUMBERS),
                        (real_site, "topics/troops.html")):
        page.goto((site / route).as_uri())
        assert page.locator("svg.chart-svg:visible").count() >= 1, route
        assert page.evaluate(OVERLAPS) == [], f"{route} at {size}"
        assert page.evaluate(SMALL_TEXT) == [], f"{route} has text under 12 px at {size}"
    guard.assert_clean()


def test_chart_and_table_toggle(analysis_site: Path, open_page: Any) -> None:
    page, guard = open_page()
    page.goto((analysis_site / urls.NUMBERS).as_uri())
    series = page.locator("#series-artillery-shells-supplied")
    chart, table = series.locator("figure.chart"), series.locator(".series-table")
    assert chart.is_visible() and not table.is_visible()
    series.get_by_role("button", name="Table").click()
    assert table.is_visible() and not chart.is_visible()
    assert series.get_by_role("button", name="Table").get_attribute("aria-pressed") == "true"
    series.get_by_role("button", name="Chart").click()
    assert chart.is_visible() and not table.is_visible()
    page.emulate_media(media="print")  # on paper both, whatever the toggle says
    assert chart.is_visible() and table.is_visible()
    guard.assert_clean()


def test_without_javascript_chart_and_table_both_show(analysis_site: Path, open_page: Any) -> None:
    page, guard = open_page(java_script_enabled=False)
    page.goto((analysis_site / urls.NUMBERS).as_uri())
    series = page.locator("#series-artillery-shells-supplied")
    assert series.locator("figure.chart").is_visible() and series.locator(".series-table").is_visible()
    guard.assert_clean()


def _column(page: Any, table: str, index: int) -> list[str]:
    return page.eval_on_selector(table, f"t => [...t.tBodies[0].rows].map(r => r.cells[{index}].textContent.trim())")


def test_register_sorts_by_each_column(analysis_site: Path, open_page: Any) -> None:
    page, guard = open_page()
    page.goto((analysis_site / urls.REGISTER).as_uri())
    table = "table.register"
    original = _column(page, table, 0)
    assert len(original) >= 2
    heading = page.locator(table).first.locator("thead th").nth(2)
    heading.get_by_role("button").click()  # Quantity, by number (not as text)
    assert heading.get_attribute("aria-sort") == "ascending"
    numbers = page.eval_on_selector(table, "t => [...t.tBodies[0].rows].map(r => Number(r.cells[2].dataset.sort))")
    assert numbers == sorted(numbers)
    heading.get_by_role("button").click()
    assert heading.get_attribute("aria-sort") == "descending"
    numbers = page.eval_on_selector(table, "t => [...t.tBodies[0].rows].map(r => Number(r.cells[2].dataset.sort))")
    assert numbers == sorted(numbers, reverse=True)
    item = page.locator(table).first.locator("thead th").nth(0)
    item.get_by_role("button").click()
    assert _column(page, table, 0) == sorted(original, key=str.casefold)
    guard.assert_clean()


def test_register_keeps_its_order_without_javascript_and_is_wide_on_desktop(analysis_site: Path,
                                                                              open_page: Any) -> None:
    page, guard = open_page(java_script_enabled=False)
    page.goto((analysis_site / urls.REGISTER).as_uri())
    assert page.locator("table.register thead button").count() == 0
    # Wider than the text column (46rem) on a 1280 px screen.
    width = page.eval_on_selector("table.register", "t => t.getBoundingClientRect().width")
    text = page.eval_on_selector("main h1", "h => h.getBoundingClientRect().width")
    assert width > text + 100, (width, text)
    guard.assert_clean()


def test_wide_tables_become_cards_on_a_phone(analysis_site: Path, open_page: Any) -> None:
    page, guard = open_page(**PHONE)
    page.goto((analysis_site / urls.REGISTER).as_uri())
    row = page.locator("table.register tbody tr").first
    cells = row.locator("td")
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    # Each cell on a line of its own, as wide as the card, labelled by its column.
    assert all(b["width"] > 250 for b in boxes)
    assert all(later["y"] >= earlier["y"] + earlier["height"] - 1 for earlier, later in pairwise(boxes))
    label = page.eval_on_selector("table.register tbody td[data-label]",
                                  "td => getComputedStyle(td, '::before').content")
    assert label == '"Description: "'
    guard.assert_clean()


def test_timeline_filters_by_topic_actor_and_stance(analysis_site: Path, open_page: Any) -> None:
    page, guard = open_page(**PHONE)
    page.goto((analysis_site / urls.TIMELINE).as_uri())
    entries = page.locator(".timeline-entry")
    total = entries.count()
    visible = page.locator(".timeline-entry:visible")
    assert visible.count() == total > 3
    page.select_option("#filter-stance", "denies")
    denied = visible.count()
    assert 0 < denied < total
    positions = page.eval_on_selector_all(".timeline-entry:not([hidden])", "es => es.map(e => e.dataset.positions)")
    assert all(":denies" in p for p in positions)
    assert page.locator(".filter-count").text_content() == f"Showing {denied} of {total} facts."
    page.select_option("#filter-actor", "russia")
    positions = page.eval_on_selector_all(".timeline-entry:not([hidden])", "es => es.map(e => e.dataset.positions)")
    assert positions and all("russia:denies" in p.split() for p in positions)
    page.select_option("#filter-stance", "")
    page.select_option("#filter-actor", "")
    page.select_option("#filter-topic", "weapons")
    topics = page.eval_on_selector_all(".timeline-entry:not([hidden])", "es => es.map(e => e.dataset.topic)")
    assert topics and set(topics) == {"weapons"}
    # A month with nothing left to show is hidden with its heading.
    for month in page.locator(".timeline-month").all():
        assert month.is_hidden() or month.locator(".timeline-entry:visible").count() > 0
    guard.assert_clean()


def test_timeline_without_javascript_shows_every_fact_and_no_dead_controls(analysis_site: Path,
                                                                          open_page: Any) -> None:
    page, guard = open_page(java_script_enabled=False)
    page.goto((analysis_site / urls.TIMELINE).as_uri())
    assert page.locator(".timeline-filters").is_hidden()
    assert page.locator(".timeline-entry:visible").count() == page.locator(".timeline-entry").count()
    guard.assert_clean()


KOREAN_CAPTION_SOURCE = "sources/unnamed-outlet-2024-01.html"


def test_source_page_text_first_metadata_beside_notes_in_the_margin(real_site: Path, open_page: Any) -> None:
    page, guard = open_page(viewport={"width": 1440, "height": 900})
    page.goto((real_site / KOREAN_CAPTION_SOURCE).as_uri())
    meta = page.locator(".source-meta").bounding_box()
    archive = page.locator(".archive").bounding_box()
    assert meta["x"] + meta["width"] <= archive["x"] and archive["y"] < 450  # beside it, not above
    notes = page.locator(".passage-note")
    assert notes.count() > 5
    for i in range(notes.count()):
        box = notes.nth(i).bounding_box()
        assert box["x"] >= archive["x"] + archive["width"], "a margin note beside the text"
    # The Korean photo caption is marked as Korean for screen readers and fonts.
    caption = page.locator('.archive [lang="ko"]').first
    assert caption.text_content().startswith("황준국")
    guard.assert_clean()


def test_source_page_on_a_phone_metadata_above_notes_as_chips(real_site: Path, open_page: Any) -> None:
    page, guard = open_page(**PHONE)
    page.goto((real_site / KOREAN_CAPTION_SOURCE).as_uri())
    meta = page.locator(".source-meta").bounding_box()
    archive = page.locator(".archive").bounding_box()
    assert meta["y"] + meta["height"] <= archive["y"]
    note = page.locator(".passage-note").first.bounding_box()
    assert archive["x"] <= note["x"] and note["x"] + note["width"] <= archive["x"] + archive["width"]
    assert page.evaluate(SMALL_TEXT) == []
    guard.assert_clean()


VIEW_ROUTES = (urls.NUMBERS, urls.REGISTER, urls.TIMELINE, urls.PACK, "topics/troops.html", KOREAN_CAPTION_SOURCE,
               urls.MAP, urls.HOME, "entities/sakhalin.html", "briefing/topics/weapons.html", *PACK_PARTS[-3:])


@pytest.mark.parametrize("size", SIZES)
def test_the_views_of_the_real_briefing_fit_and_are_legible(real_site: Path, open_page: Any, size: str) -> None:
    page, guard = open_page(**SIZES[size])
    for route in VIEW_ROUTES:
        page.goto((real_site / route).as_uri())
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{route} scrolls sideways at {size}: {widths}"
        assert page.evaluate(SMALL_TEXT) == [], f"{route} has text under 12 px at {size}"
    # The map's labels overlap neither each other nor a pin, and each pin opens its place.
    page.goto((real_site / urls.MAP).as_uri())
    labels = page.evaluate("""() => [...document.querySelectorAll('svg.map-svg')]
        .filter(s => s.getBoundingClientRect().width)
        .map(svg => [...svg.querySelectorAll('text, circle')].map(e => { const r = e.getBoundingClientRect();
          return [e.tagName, r.left, r.top, r.right, r.bottom]; }))""")
    assert labels
    for boxes in labels:
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a[0] == b[0] == "circle":
                    continue
                assert not (a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5), (a, b)
    page.locator("svg.map-svg:visible a").first.click()
    assert "/entities/" in page.url
    guard.assert_clean()


def test_the_pack_is_read_part_by_part(real_site: Path, open_page: Any) -> None:
    """The pack's front links each part; a key judgment's fact number opens the part at that fact;
    next and previous go through the parts in order, and the breadcrumbs lead back to the front."""
    page, guard = open_page()
    page.goto((real_site / urls.PACK).as_uri())
    assert page.locator("nav.toc a").all_inner_texts()[:3] == ["Bottom line: key judgments", "Contents",
                                                               "About this briefing"]
    link = page.locator(".judgment-grade a").first
    number = link.inner_text()
    link.click()
    assert "/briefing/topics/weapons.html#fact-" in page.url
    assert page.locator(".pack-fact:target .pack-number").inner_text() == number
    page.goto((real_site / urls.PACK).as_uri())
    page.locator(".pack-nav a[rel=next]").first.click()
    assert page.url.endswith("/briefing/topics/weapons.html")
    assert page.locator("h1").inner_text() == "1. Weapons supplied by North Korea"
    assert page.locator("nav.toc a").count() >= 4  # its sections and notes: "On this page", like other long pages
    page.locator(".pack-nav a[rel=next]").first.click()
    assert page.url.endswith("/briefing/topics/troops.html")
    page.locator(".pack-nav a[rel=prev]").first.click()
    assert page.url.endswith("/briefing/topics/weapons.html#topic-weapons")
    page.locator(".breadcrumbs a", has_text="Briefing pack").click()
    assert page.url.endswith("/briefing.html")
    assert page.locator("[aria-current=page]", has_text="Briefing pack").count() == 1  # its place in the menu
    guard.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_on_the_views_of_the_real_briefing(real_site: Path, open_page: Any, scheme: str) -> None:
    from test_accessibility import BLOCKING, axe

    page, guard = open_page(color_scheme=scheme)
    found = {}
    for route in VIEW_ROUTES:
        page.goto((real_site / route).as_uri())
        blocking = [v for v in axe(page) if v["impact"] in BLOCKING or v["id"] == "region"]
        if blocking:
            found[route] = blocking
    assert not found, found
    guard.assert_clean()


def test_the_views_of_the_real_briefing_are_valid_html(real_site: Path, analysis_site: Path) -> None:
    from test_html_valid import nu_check

    files = [real_site / r for r in VIEW_ROUTES] + [analysis_site / r for r in (*VIEW_ROUTES[:4], *PACK_PARTS)]
    assert nu_check(files) == []
