"""Hostile text in every text field (tests/fixtures/injection) is shown as text and never runs:
no script, event handler or `javascript:` link reaches a page, template syntax stays literal,
and a real browser opening every page sees no dialog and no injected element."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from browsing import guard_context
from conftest import FIXTURES

from briefing import model
from briefing.fields import Field, ListOf, MapOf, Markdown, Record, Text
from briefing.pipeline import build

SITE = FIXTURES / "injection"
PAYLOAD = '<script>alert("script")</script><img src=x onerror=alert("onerror")></textarea><svg onload=alert(1)>'
TEMPLATE_PAYLOAD = "{{ 7*7 }}{% if true %}jinja{% endif %}"
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("injection") / "output"
    result = build(SITE, out)
    assert result.ok, [p.format() for p in result.problems]
    return out


def _text_fields(field: Field, value: Any, path: str, found: dict[str, bool]) -> None:
    """Record, for every plain text field the format has, whether the fixture puts the payload in it."""
    if isinstance(field, Record):
        for name, sub in field.fields.items():
            _text_fields(sub, (value or {}).get(name) if isinstance(value, dict) else None, f"{path}.{name}", found)
    elif isinstance(field, ListOf):
        items = value if isinstance(value, list) and value else [None]
        for item in items:
            _text_fields(field.item, item, f"{path}[]", found)
    elif isinstance(field, MapOf):
        for key in field.keys:
            _text_fields(field.value, (value or {}).get(key) if isinstance(value, dict) else None,
                         f"{path}.{key}", found)
    elif type(field) in (Text, Markdown):  # other subclasses (ids, choices, addresses) only accept validated values
        found[path] = found.get(path, False) or (isinstance(value, str) and "<script>" in value)


def test_the_fixture_puts_the_payload_in_every_text_field() -> None:
    """If the format gains a text field, this fails until the hostile fixture covers it too."""
    def read(rel: str) -> Any:
        return yaml.safe_load((SITE / rel).read_text(encoding="utf-8"))

    found: dict[str, bool] = {}
    _text_fields(model.SITE, read("site.yaml"), "site", found)
    _text_fields(Record("topic", model.TOPIC_FIELDS, (), lambda v, at: v), read("content/topics/hostile.yaml"),
                 "topic", found)
    _text_fields(Record("source", model.SOURCE_FIELDS, (), lambda v, at: v),
                 read("content/sources/hostile-2024-01.yaml"), "source", found)
    _text_fields(ListOf(model.ENTITY), read("content/entities.yaml"), "entities", found)
    assert len(found) > 20
    missing = [path for path, covered in found.items() if not covered]
    assert missing == [], missing


class _Page(HTMLParser):
    """Scripts, event handlers, link targets and text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.handlers: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]
        self.links += [value or "" for name, value in attrs if name in ("href", "src", "action", "formaction")]
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
        else:
            self.text.append(data)


def test_no_page_carries_script_handlers_or_unsafe_links(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        where = path.relative_to(hostile_site).as_posix()
        assert page.handlers == [], where
        assert not [link for link in page.links if link.strip().lower().startswith(UNSAFE_SCHEMES)], where
        for attrs, body in page.scripts:
            if attrs.get("src"):  # the site's own scripts are files beside the pages
                assert not attrs["src"].startswith(("http:", "https:", "//")), where
                assert body.strip() == "", where
            else:
                # inline data (JSON-LD, the page's script messages) is allowed, but it must not be able
                # to close its element
                assert attrs.get("type") in ("application/ld+json", "application/json"), (where, attrs)
                assert "<" not in body, where
        assert "textarea" not in page.tags and "img" not in page.tags, where
        text = "".join(page.text)  # template syntax from the content was never evaluated
        assert text.count("jinja") == text.count("{% if true %}jinja{% endif %}"), where
        assert text.count("7*7") == text.count("{{ 7*7 }}"), where


def test_hostile_text_is_shown_literally(hostile_site: Path) -> None:
    for route in ("index.html", "topics/hostile.html", "facts/hostile-fact.html", "sources/hostile-2024-01.html",
                  "entities/actor.html"):
        page = _Page()
        page.feed((hostile_site / route).read_text(encoding="utf-8"))
        text = "".join(page.text)
        assert PAYLOAD in text, route
        assert TEMPLATE_PAYLOAD in text, route


def test_markdown_drops_unsafe_links_but_keeps_the_words(hostile_site: Path) -> None:
    page = _Page()
    page.feed((hostile_site / "topics/hostile.html").read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert "md link" in text and "raw link" in text
    assert not [link for link in page.links if "alert" in link]


def test_a_browser_runs_nothing_from_the_content(hostile_site: Path, chromium: Any) -> None:
    context = chromium.new_context()
    guard = guard_context(context)
    page = context.new_page()
    page.add_init_script("window.__injected = []; window.alert = (m) => window.__injected.push(String(m));")
    for path in sorted(hostile_site.rglob("*.html")):
        page.goto(path.as_uri())
        where = path.relative_to(hostile_site).as_posix()
        assert page.evaluate("window.__injected") == [], where
        assert page.locator("img[src='x'], svg[onload], textarea").count() == 0, where
    if (hostile_site / "search.html").exists():
        page.goto((hostile_site / "search.html").as_uri())
        box = page.get_by_role("searchbox").first
        box.fill("script alert onerror")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__injected") == []
        assert page.locator("main img[src='x'], main svg[onload], main textarea").count() == 0
        box.fill(PAYLOAD)
        page.wait_for_timeout(300)
        assert page.evaluate("window.__injected") == []
    context.close()
    guard.assert_clean()


def test_a_real_dialog_would_be_caught(chromium: Any, tmp_path: Path) -> None:
    """The browser check can fail: a page that does run a script is reported."""
    page_file = tmp_path / "ran.html"
    page_file.write_text('<!DOCTYPE html><html lang="en"><title>t</title><script>alert("ran")</script></html>')
    context = chromium.new_context()
    guard = guard_context(context)
    page = context.new_page()
    page.goto(page_file.as_uri())
    context.close()
    assert guard.dialogs == ['alert: ran']
