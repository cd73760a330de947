"""The project's templates compiled ahead (briefing/precompile.py): up to date, used only when they
match the template's text, and the output is the same as with templates compiled on the spot.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_SITE
from test_incremental import tree

from briefing import precompile, render
from briefing.pipeline import build


def test_the_committed_compiled_templates_are_up_to_date() -> None:
    env = render.make_environment([precompile.PROJECT_TEMPLATES])
    stale = [name for name, text in precompile.generate(env).items()
             if not precompile._file(name).is_file() or precompile._file(name).read_text(encoding="utf-8") != text]
    assert stale == [], "templates edited: run `python -m briefing.precompile` and commit briefing/compiled/"


def test_output_is_the_same_with_and_without_precompiled_templates(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[str] = []
    real = precompile.compiled_code

    def counting(name: str, source: str, signature: str, filename: str) -> object:
        found = real(name, source, signature, filename)
        if found is not None:
            used.append(name)
            assert found.co_filename == filename  # tracebacks point into the template, not the module
        return found

    monkeypatch.setattr(render, "compiled_code", counting)
    render.forget_templates()
    assert build(FIXTURE_SITE, tmp_path / "pre", use_cache=False).ok
    assert "base.html" in used and "topic.html" in used
    monkeypatch.setattr(render, "compiled_code", lambda name, source, signature, filename: None)
    render.forget_templates()
    assert build(FIXTURE_SITE, tmp_path / "plain", use_cache=False).ok
    render.forget_templates()
    assert tree(tmp_path / "pre") == tree(tmp_path / "plain")


# A stale compiled 404.html (it says "STALE COPY"), with the digest it was made under, must be ignored.
STALE_DIGESTS = {
    # made from an older text of the template: its digest does not match the current file
    "another text": lambda source, env: precompile.digest(
        "404.html", source.replace("Page not found", "STALE COPY"), precompile.signature(env)),
    # today's text, but compiled code calls each filter as it was registered then: when a filter
    # starts (or stops) taking the context, templates compiled before must not be used
    "other filters": lambda source, env: precompile.digest("404.html", source, "other-filters"),
}


@pytest.mark.parametrize("made_from", list(STALE_DIGESTS))
def test_a_stale_compiled_template_is_not_used(made_from: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "compiled"
    folder.mkdir()
    env = render.make_environment([precompile.PROJECT_TEMPLATES])
    assert precompile.signature(env) != "other-filters"
    source, filename, _ = env.loader.get_source(env, "404.html")
    code = env.compile(source.replace("Page not found", "STALE COPY"), "404.html", filename, raw=True)
    digest = STALE_DIGESTS[made_from](source, env)
    (folder / "404.html.py").write_text(f"{code}\n# briefing precompiled template {digest}\n", encoding="utf-8")
    monkeypatch.setattr(precompile, "COMPILED", folder)
    render.forget_templates()
    try:
        assert build(FIXTURE_SITE, tmp_path / "out", use_cache=False).ok
    finally:
        render.forget_templates()
    page = (tmp_path / "out" / "404.html").read_text(encoding="utf-8")
    assert "STALE COPY" not in page and "Page not found" in page


def test_a_filter_that_takes_the_context_changes_the_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    env = render.make_environment([precompile.PROJECT_TEMPLATES])
    before = precompile.signature(env)
    plain = env.filters["markdown"]
    # The environment is cached and shared with later tests: the filter is put back afterwards.
    monkeypatch.setitem(env.filters, "markdown", lambda text: plain)  # registered without pass_context
    assert precompile.signature(env) != before


def test_the_committed_messages_are_up_to_date_and_equal_a_fresh_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """compiled/messages.json (the templates' and modules' interface messages, extracted ahead for
    the catalogue check) is current for every template (a module's stale entry is extracted
    again), and the check finds the same messages with it as without."""
    import json

    from briefing import i18n

    now = json.loads(json.dumps({key: value for key, value in i18n.stored_extraction()["files"].items()
                                 if key.startswith("templates/")}))
    committed = json.loads(i18n.STORED_MESSAGES.read_text(encoding="utf-8"))["files"]
    assert {key: committed.get(key) for key in now} == now, \
        "templates edited: run `python -m briefing.precompile` and commit briefing/compiled/"
    i18n._stored_extraction.cache_clear()
    stored = i18n.extract_messages([precompile.PROJECT_TEMPLATES])
    monkeypatch.setattr(i18n, "_stored_extraction", lambda: {})
    assert i18n.extract_messages([precompile.PROJECT_TEMPLATES]) == stored


def test_a_stale_stored_extraction_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry made from other bytes of the file is ignored: the file is extracted again."""
    from briefing import i18n

    real = i18n._stored_extraction()
    stale = {key: {**value, "messages": [[1, "STALE MESSAGE"]]} for key, value in real.items()}
    stale["templates/404.html"]["sha256"] = "0" * 64
    monkeypatch.setattr(i18n, "_stored_extraction", lambda: stale)
    found = i18n.extract_messages([precompile.PROJECT_TEMPLATES])
    assert "Page not found" in found  # 404.html read again
    assert "STALE MESSAGE" in found  # the others, whose digests match, taken from the file


def test_compiled_templates_load_from_bytecode_named_as_the_template(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A compiled template is a module whose bytecode Python keeps in __pycache__: loaded from there
    the second time, and its code (every function in it) still names the template's file."""
    import sys

    folder = tmp_path / "compiled"
    folder.mkdir()
    render.forget_templates()  # an environment no other test changed
    env = render.make_environment([precompile.PROJECT_TEMPLATES])
    source, filename, _ = env.loader.get_source(env, "base.html")
    (folder / "base.html.py").write_bytes(precompile._file("base.html").read_bytes())
    monkeypatch.setattr(precompile, "COMPILED", folder)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first = precompile.compiled_code("base.html", source, precompile.signature(env), filename)
    cached = list((folder / "__pycache__").glob("base.html.*.pyc"))
    assert first is not None and len(cached) == 1
    (folder / "base.html.py").write_bytes((folder / "base.html.py").read_bytes())  # same bytes, same size
    again = precompile.compiled_code("base.html", source, precompile.signature(env), filename)
    assert again is not None and again is not first

    def names(code: object) -> set[str]:
        found = {code.co_filename}  # type: ignore[attr-defined]
        for const in code.co_consts:  # type: ignore[attr-defined]
            if hasattr(const, "co_filename"):
                found |= names(const)
        return found
    assert names(first) == names(again) == {filename}
    assert precompile.compiled_code("base.html", source + " ", precompile.signature(env), filename) is None


def test_the_stored_catalogues_are_up_to_date_and_read_as_babel_reads_the_po_files(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """compiled/catalogues.json (each shipped catalogue parsed and compiled ahead) is current, and
    what it gives (messages, fuzzy marks, lines, plural rule, every translation) is what parsing the
    .po file with Babel gives."""
    import io

    from babel.messages.pofile import read_po

    from briefing import i18n

    assert i18n.STORED_CATALOGUES.read_text(encoding="utf-8") == i18n.stored_catalogues(), \
        "catalogues edited: run `python -m briefing.precompile` and commit briefing/compiled/"
    for language in i18n.shipped_languages():
        i18n.forget_catalogues()
        i18n._parsed.clear()
        stored = i18n.read_catalogue(language)
        assert isinstance(stored, i18n.StoredCatalogue)
        parsed = read_po(io.BytesIO(i18n.catalogue_path(language).read_bytes()), locale=language,
                         domain=i18n.DOMAIN)
        assert (stored.plural_expr, stored.num_plurals) == (parsed.plural_expr, parsed.num_plurals)
        assert [(m.id, m.string, m.fuzzy, m.lineno) for m in stored] == \
               [(m.id, m.string, m.fuzzy, m.lineno) for m in parsed if m.id]
        for message in parsed:
            if not message.id:  # the header: no message
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            found = stored.get(key)
            assert found is not None and (found.string, found.fuzzy) == (message.string, message.fuzzy)
        fast, fast_script = i18n.translations(language), i18n.script_messages(language)
        monkeypatch.setattr(i18n, "_stored_catalogue", lambda path, language, digest: None)
        i18n.forget_catalogues()
        i18n._parsed.clear()
        slow = i18n.translations(language)
        assert not isinstance(i18n.read_catalogue(language), i18n.StoredCatalogue)
        for message in (m for m in parsed if m.id):
            if isinstance(message.id, str):
                assert fast.gettext(message.id) == slow.gettext(message.id)
            else:
                for n in (0, 1, 2, 5):
                    assert fast.ngettext(*message.id, n) == slow.ngettext(*message.id, n)
        assert fast_script == i18n.script_messages(language)
        monkeypatch.undo()
    i18n.forget_catalogues()
    i18n._parsed.clear()


def test_a_stored_catalogue_made_from_other_bytes_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from briefing import i18n

    stored = json.loads(i18n.STORED_CATALOGUES.read_text(encoding="utf-8"))
    stored["ko"]["made_from"][0] = "0" * 64  # as if the .po file was edited since
    stored["ko"]["messages"] = [["denies", "STALE", False, 1]]
    (tmp_path / "catalogues.json").write_text(json.dumps(stored), encoding="utf-8")
    monkeypatch.setattr(i18n, "STORED_CATALOGUES", tmp_path / "catalogues.json")
    i18n.forget_catalogues()
    i18n._parsed.clear()
    try:
        catalogue = i18n.read_catalogue("ko")
        assert not isinstance(catalogue, i18n.StoredCatalogue)
        assert catalogue.get("denies").string == "부인"
    finally:
        i18n.forget_catalogues()
        i18n._parsed.clear()
