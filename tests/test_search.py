"""Offline search: the index files (classic scripts, split when large) and the search page in a real
Chromium opened from file://, typing, keyboard use, and the page without JavaScript."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import DESKTOP, Guard, guard_context
from conftest import FIXTURES, ROOT

from briefing import search
from briefing.pipeline import build, validate
from briefing.plan import ordered_topics

PUBLISH_SITE = FIXTURES / "publish"
PREFIX = "(window.BRIEFING_SEARCH = window.BRIEFING_SEARCH || []).push("


def read_part(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="ascii")
    assert text.startswith(PREFIX) and text.endswith(");\n")
    return json.loads(text[len(PREFIX):-3])


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("search") / "output"
    result = build(PUBLISH_SITE, out)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return out


@pytest.fixture(scope="module")
def split_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The same site with parts of ~600 bytes, so the index comes in several files."""
    patch = pytest.MonkeyPatch()
    patch.setattr(search, "PART_BYTES", 600)
    out = tmp_path_factory.mktemp("split") / "output"
    result = build(PUBLISH_SITE, out)
    patch.undo()
    assert result.ok, "\n".join(p.format() for p in result.problems)
    yield out


# --- the index -----------------------------------------------------------------------------------

def test_index_holds_facts_quotes_quantities_sources_entities_and_topics(searchable: Path) -> None:
    part = read_part(searchable / "search-index.js")
    assert part["part"] == 1 and part["of"] == 1 and part["parts"] == []
    assert part["kinds"] == ["fact", "source", "entity", "topic"]
    docs = {(part["kinds"][d[0]], d[1]): d for d in part["docs"]}
    assert part["total"] == len(docs) == 5 + 2 + 6 + 2
    _kind, _ident, title, meta, body = docs[("fact", "kn-23-supplied")]
    assert title == "North Korea has supplied Russia with KN-23 ballistic missiles, according to debris analysis."
    assert meta == "by January 2024 · Missiles · HUR asserts"
    assert body == "“North Korea is believed to have provided Russia with the KN-23”"
    assert docs[("fact", "m1989-howitzers-50")][4].startswith("50 self-propelled M1989 howitzers “North Korea also")
    assert docs[("entity", "kn-23")][3] == "Weapon system · Hwasong-11, North Korean Iskander"
    assert docs[("source", "wire-2024-01")][3] == "Example Wire · 9 January 2024 · Kim Min-ji, Jane Roe · via Yonhap"
    assert docs[("topic", "missiles")][4] == ("Debris in Ukraine points to KN-23 ballistic missiles; see the "
                                             "fragments report. Missiles first. Howitzers later.")
    for doc in part["docs"]:  # every result links to a page that exists
        prefix, suffix = part["routes"][doc[0]]
        assert (searchable / f"{prefix}{doc[1]}{suffix}").is_file()


def test_index_is_a_classic_script_that_no_text_can_break_out_of(searchable: Path) -> None:
    raw = (searchable / "search-index.js").read_bytes()
    assert raw.isascii()
    assert b"</script" not in raw and b"<\\/script>" in raw
    part = read_part(searchable / "search-index.js")
    markup = next(d for d in part["docs"] if d[1] == "markup-in-claim")
    assert markup[2].endswith('& other designations </script><!-- in their statement.')


def test_long_text_is_trimmed_at_a_word() -> None:
    text = "word " * 200
    trimmed = search.trim(text.strip())
    assert len(trimmed) <= search.BODY_LIMIT + 1 and trimmed.endswith("word…")


def test_large_index_is_split_into_parts_named_by_the_first(split_index: Path) -> None:
    first = read_part(split_index / "search-index.js")
    assert first["of"] > 2 and first["parts"] == [f"search-index-{n}.js" for n in range(2, first["of"] + 1)]
    parts = [first] + [read_part(split_index / name) for name in first["parts"]]
    assert [p["part"] for p in parts] == list(range(1, first["of"] + 1))
    ids = [d[1] for p in parts for d in p["docs"]]
    assert len(ids) == first["total"] == 15
    assert all(len((split_index / n).read_bytes()) < 1200 for n in first["parts"])


def test_index_parts_cover_every_document_once() -> None:
    result = validate(PUBLISH_SITE)
    assert result.briefing is not None
    topics = ordered_topics(result.briefing)
    docs = search.documents(result.briefing, topics)
    parts = search.index_parts(result.briefing, topics)
    assert [d for _, p in parts for d in p["docs"]] == docs


# --- the page in a browser -----------------------------------------------------------------------

@pytest.fixture
def browse(chromium: Any) -> Iterator[Any]:
    contexts = []

    def open_page(**options: Any) -> tuple[Any, Guard]:
        context = chromium.new_context(**{"viewport": DESKTOP, **options})
        contexts.append(context)
        return context.new_page(), guard_context(context)

    yield open_page
    for context in contexts:
        context.close()


def results(page: Any) -> list[tuple[str, str]]:
    return [(a.get_attribute("href"), a.inner_text()) for a in page.query_selector_all(".search-title a")]


def test_typing_finds_facts_from_disk(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto((searchable / "search.html").as_uri())
    assert page.is_hidden("#search-nojs") and page.is_visible("#search-q")
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.type("#search-q", "KN-23")
    found = results(page)
    assert ("entities/kn-23.html", "KN-23") in found
    assert ("facts/kn-23-supplied.html",
            "North Korea has supplied Russia with KN-23 ballistic missiles, according to debris analysis.") in found
    assert page.inner_text(".search-title mark") == "KN-23"
    assert page.inner_text("#search-status").startswith(f"{len(found)} results for “KN-23”")
    page.fill("#search-q", "")
    page.type("#search-q", "howitzer")
    hrefs = [href for href, _ in results(page)]
    assert "facts/m1989-howitzers-50.html" in hrefs and "entities/m1989.html" in hrefs
    snippet = page.inner_text(".search-result--fact .search-snippet")
    assert "howitzers" in snippet
    page.fill("#search-q", "포탄")  # Korean: no word boundaries, substring match
    assert results(page)[0][0] == "facts/shells-over-a-million.html"
    page.fill("#search-q", "kn–23 hur")  # an en dash and a second word still match
    assert [href for href, _ in results(page)] == ["facts/kn-23-supplied.html"]
    page.fill("#search-q", "zzzz-nothing")
    assert page.inner_text("#search-status") == "No results for “zzzz-nothing”."
    guard.assert_clean()


def test_keyboard_slash_arrows_and_enter(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto((searchable / "index.html").as_uri())
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-search-q"
    page.keyboard.type("howitzer")
    page.keyboard.press("Enter")  # the header box is a plain form: it opens search.html?q=…
    page.wait_for_url("**/search.html?q=howitzer")
    assert page.input_value("#search-q") == "howitzer" and len(results(page)) >= 2
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    assert first == results(page)[0][0]
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == results(page)[1][0]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.keyboard.press("Enter")  # Enter in the box opens the best result
    page.wait_for_url(f"**/{first}")
    guard.assert_clean()


def test_index_in_parts_gives_the_same_results(searchable: Path, split_index: Path, browse: Any) -> None:
    found = {}
    for name, out in (("whole", searchable), ("split", split_index)):
        page, guard = browse()
        page.goto((out / "search.html").as_uri() + "?q=russia")
        page.wait_for_function("!document.getElementById('search-status').textContent.includes('still loading')")
        found[name] = results(page)
        guard.assert_clean()
    parts = read_part(split_index / "search-index.js")["of"]
    assert page.locator("script[src^='search-index-']").count() == parts - 1
    # Russia: the entity and every fact naming it, spread over the parts, in the same order
    assert found["split"] == found["whole"] and len(found["whole"]) == 5


def test_without_javascript_the_page_says_so_and_links_the_indexes(searchable: Path, browse: Any) -> None:
    page, guard = browse(java_script_enabled=False)
    page.goto((searchable / "search.html").as_uri())
    notice = page.inner_text("#search-nojs")
    assert "JavaScript" in notice
    links = {a.get_attribute("href") for a in page.query_selector_all("#search-nojs a")}
    assert {"topics/missiles.html", "topics/artillery.html", "sources/index.html", "entities/index.html"} <= links
    assert page.is_hidden("#search-form")
    guard.assert_clean()


def test_the_real_briefing_answers_kn_23_and_howitzer_from_disk(tmp_path: Path, browse: Any) -> None:
    result = build(ROOT, tmp_path / "output")
    assert result.ok, "\n".join(p.format() for p in result.problems)
    page, guard = browse()
    for query, word in (("KN-23", "KN-23"), ("howitzer", "howitzer")):
        page.goto((tmp_path / "output/search.html").as_uri() + f"?q={query}")
        facts = [(href, title) for href, title in results(page) if href.startswith("facts/")]
        assert facts and all((tmp_path / "output" / href).is_file() for href, _ in facts)
        assert word.lower() in facts[0][1].lower(), facts  # the best fact names it in its claim
        page.click(f".search-title a[href='{facts[0][0]}']")
        assert word.lower() in page.inner_text("main").lower()
    guard.assert_clean()
