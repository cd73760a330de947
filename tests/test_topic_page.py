"""Topic pages organised: a fact sheet's `sections:` give the page its parts (in the declared order,
facts in date order within each, the rest under "Other facts"), and filter chips narrow the list
by stance, sourcing and actor with JavaScript while every fact stays listed without it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browsing import DESKTOP, guard_context
from conftest import FIXTURE_SITE, copy_site

from briefing.pipeline import build

SECTIONS = """sections:
  - title: Shells
    facts: [shells-million, shells-by-train]
facts:
"""


@pytest.fixture(scope="module")
def sectioned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with sections in its weapons fact sheet, built once."""
    base = tmp_path_factory.mktemp("sections")
    sheet = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    site = copy_site(base / "site", changes={
        "content/topics/weapons.yaml": sheet.replace("facts:\n", SECTIONS, 1)})
    result = build(site, base / "output")
    assert result.ok, [p.format() for p in result.problems]
    return base / "output"


def test_sections_order_the_page_and_dates_order_each_section(sectioned: Path) -> None:
    html = (sectioned / "topics" / "weapons.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h2 id="(section-[^"]+)" class="section-title">([^<]+)</h2>', html)
    assert headings == [("section-1", "Shells"), ("section-2", "Other facts")]
    entries = re.findall(r'<article class="fact[^"]*" id="fact-([^"]+)"', html)
    # shells-by-train (November 2022) before shells-million (by March 2024), though listed after it.
    assert entries == ["shells-by-train", "shells-million", "kharkiv-weapons"]
    toc = html.split('aria-label="On this page"', 1)[1].split("</nav>", 1)[0]
    assert 'href="#section-1">Shells</a>' in toc and 'href="#section-2">Other facts</a>' in toc
    # Links to a fact's entry still land on it, and the footnotes follow the new order.
    index = (sectioned / "index.html").read_text(encoding="utf-8")
    assert 'href="topics/weapons.html#fact-shells-by-train"' in index
    assert html.index('href="#fn-1"') < html.index('id="fact-shells-million"')


def test_the_real_briefing_reads_in_the_order_of_its_summaries() -> None:
    root = Path(__file__).resolve().parent.parent
    sheet = (root / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    titles = re.findall(r"^  - title: (.+)$", sheet, re.M)
    summary = sheet.split("summary: |", 1)[1].split("\nsections:", 1)[0]
    bullets = re.findall(r"^  - \*\*([^.*]+)\.\*\*", summary, re.M)
    assert bullets[:2] == titles[:2] and len(titles) == 4


def test_filters_narrow_the_list_with_javascript_and_nothing_is_hidden_without(sectioned: Path,
                                                                                chromium: Any) -> None:
    url = (sectioned / "topics" / "weapons.html").as_uri()
    context = chromium.new_context(viewport=DESKTOP, java_script_enabled=False)
    guard = guard_context(context)
    page = context.new_page()
    page.goto(url)
    assert not page.locator("#fact-filters").is_visible()
    assert page.locator("article.fact:visible").count() == 3
    context.close()
    guard.assert_clean()

    context = chromium.new_context(viewport=DESKTOP)
    guard = guard_context(context)
    page = context.new_page()
    page.goto(url)
    filters = page.locator("#fact-filters")
    assert filters.is_visible()
    filters.get_by_role("button", name="denies").click()
    assert filters.get_by_role("button", name="denies").get_attribute("aria-pressed") == "true"
    visible = page.eval_on_selector_all("article.fact:not([hidden])", "els => els.map(e => e.id)")
    assert visible == ["fact-shells-million"]  # the one fact Russia denies
    assert filters.locator(".filter-status").inner_text() == "Showing 1 of 3 facts."
    assert page.locator("#section-2").is_hidden()  # a section left empty is hidden
    filters.get_by_role("button", name="denies").click()
    page.select_option("#filter-actor", "bolvinov")
    visible = page.eval_on_selector_all("article.fact:not([hidden])", "els => els.map(e => e.id)")
    assert visible == ["fact-kharkiv-weapons"]
    page.select_option("#filter-actor", "")
    assert page.locator("article.fact:not([hidden])").count() == 3
    context.close()
    guard.assert_clean()
