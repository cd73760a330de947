"""A site's own templates/ override the project's, macro by macro file: also the macros made in Python
(render._PageHelpers), and macros that read the page's variables though the files are imported
without context."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, copy_site

from briefing.pipeline import build

TEMPLATES = ROOT / "templates"


def _project(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _built(tmp_path: Path, changes: dict[str, str | None]) -> Path:
    site = copy_site(tmp_path / "site", changes=changes)
    out = tmp_path / "out"
    result = build(site, out, use_cache=False)
    assert result.ok, [str(p) for p in result.problems]
    return out


def _read(out: Path, route: str) -> str:
    return (out / route).read_text(encoding="utf-8")


def test_a_site_macro_replaces_a_python_one_everywhere_it_is_used(tmp_path: Path) -> None:
    # `when` is made in Python; the site's _macros.html defines a macro of that name instead. It is used
    # by the other macros of the file (fact_item), by source_line and fact_link (Python, which call
    # what the file exports) and by the pages that import it.
    macros = _project("_macros.html").replace(
        "{% set when = helpers.when %}",
        '{% macro when(value) %}{% if value is not none %}<time class="own">{{ value.iso() }}</time>'
        "{% endif %}{% endmacro %}")
    out = _built(tmp_path, {"templates/_macros.html": macros})
    topic = _read(out, "topics/weapons.html")
    assert '<span class="fact-date"><time class="own">' in topic  # fact_item
    assert ', <time class="own">2024-02-16</time>' in topic  # source_line, in the footnotes
    fact = _read(out, "facts/shells-million.html")
    assert '<dd><time class="own">' in fact  # the page's own import
    source = _read(out, "sources/wire-2024-03.html")
    assert '<span class="fact-date">(<time class="own">' in source  # fact_link
    assert "<time datetime=" not in topic + fact


def test_a_site_i18n_macro_is_used_by_the_python_helpers_of_the_project(tmp_path: Path) -> None:
    i18n = _project("_i18n.html").replace(
        "{% set original = helpers.original %}",
        '{% macro original(value, markdown=false) %}<span class="own">{{ value }}</span>{% endmacro %}')
    out = _built(tmp_path, {"templates/_i18n.html": i18n})
    topic = _read(out, "topics/weapons.html")
    # source_line (Python) shows the publisher through the site's `original`.
    assert '<p class="fn-source"><a href="../sources/herald-2024-02-16.html' in topic
    assert '<span class="own">The Korea Herald</span>, <cite lang="en">' in topic


def test_a_site_macro_reads_the_page_variables_without_an_import_with_context(tmp_path: Path) -> None:
    # The project imports its macro files without context (each is made once per language); a
    # site's macro still finds the page's variables, as it did when they were imported with context.
    macros = _project("_macros.html").replace(
        '<article class="fact fact--{{ view.standing.status }}"',
        '<article data-page="{{ page_route }}" data-topic="{{ topic.id }}" data-site="{{ site.title }}"'
        ' class="fact fact--{{ view.standing.status }}"')
    out = _built(tmp_path, {"templates/_macros.html": macros})
    topic = _read(out, "topics/weapons.html")
    assert '<article data-page="topics/weapons.html" data-topic="weapons" data-site="Fixture briefing"' in topic
    # And a name no page has is an error located in the site's macro file, not a blank.
    broken = _project("_macros.html").replace('<article class="fact',
                                              '<article data-x="{{ no_such_name }}" class="fact')
    site = copy_site(tmp_path / "broken", changes={"templates/_macros.html": broken})
    result = build(site, tmp_path / "broken-out", use_cache=False)
    assert not result.ok
    messages = [f"{p.location.path}:{p.location.line}: {p.message}" for p in result.problems]
    line = broken[:broken.index("no_such_name")].count("\n") + 1
    assert any(m.startswith(f"templates/_macros.html:{line}: template error on topics/")
               and "'no_such_name' is undefined" in m for m in messages), messages


def test_a_site_page_may_still_import_with_context(tmp_path: Path) -> None:
    timeline = _project("timeline.html").replace('{% import "_i18n.html" as i18n %}',
                                                 '{% import "_i18n.html" as i18n with context %}'
                                                 '{% from "_macros.html" import when with context %}')
    assert timeline.count("with context") == 2
    out = _built(tmp_path, {"templates/timeline.html": timeline})
    clean = _built(tmp_path / "clean", {})
    assert _read(out, "timeline.html") == _read(clean, "timeline.html")
