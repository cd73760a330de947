"""A builder plans only the fact, source and entity pages an edit touched (the dev server's, and a new process).

Builder._scope decides which; the others keep the last build's digest and recipe. These tests apply
edits to one resident Builder and check, after each, that (1) the output equals a clean `--no-cache`
build made in another process, (2) the manifest's digests and recipes are those a full plan of the
same model computes from nothing (so the next build, or a new process, compares with the right
ones), and (3) the partial path was taken where it should be (`Result.planned`). The same edits are
built by a new process each (`python build.py` after a save), which reads the last plan from the
cache (the plan file, tied to the manifest), with the same checks on what it leaves in the cache.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from test_fragments import assert_same_as_clean_build, edit
from test_i18n import korean_edition
from test_incremental import MORE_EDITS, WEAPONS, _swap

from briefing import builder as builder_module
from briefing import plan, urls
from briefing.builder import EVERYTHING, Fingerprints, Manifest, TemplateDigests, _indexed, _sha, template_dirs
from briefing.i18n import catalogue_digest
from briefing.parts import code_version
from briefing.pipeline import Builder, build

DIPLOMACY = "content/topics/diplomacy.yaml"
FACTS = 4  # in the fixture: per-object pages are its facts, sources and entities, in two editions
PER_OBJECT_PAGES = 2 * (FACTS + 2 + 6)


def resident(site: Path, out: Path) -> Builder:
    builder = Builder(site, out, workers=1)
    builder.resident = True  # as `serve` keeps it
    return builder


def assert_manifest_is_a_full_plans(builder: Builder) -> int:
    """Every page's digest and recipe in the manifest are what a full plan of the current model gives,
    each digest computed from all of its deps' fingerprints (nothing reused); returns how many
    per-object pages the full plan has."""
    assert builder._last_plan is not None and builder._manifest is not None
    manifest = builder._manifest
    briefing = builder._last_briefing_for_tests
    dirs = template_dirs(builder.site_dir)
    pages, _ = plan.plan_site(briefing, [d / "assets" for d in dirs])
    extra = _sha(code_version(), builder.base_url or "", catalogue_digest())
    prints = Fingerprints(builder._fingerprints, extra)
    templates = TemplateDigests(dirs, {})
    want = {p.route: builder._digest(p, prints, templates, extra, Manifest()) for p in pages}
    got = {route: (manifest.pages[route][0], manifest.recipes.get(route, "")) for route in want}
    assert [route for route in want if got[route] != want[route]] == []
    # What the next partial plan reads: each per-object page's deps as the full plan declares them (those of
    # facts and sources, and `*`).
    owners = {p.route: (p.owner, tuple(k for k in p.deps or (EVERYTHING,) if _indexed(k)))
              for p in pages if isinstance(p, plan.Page) and p.owner}
    assert builder._last_plan.owners == owners
    return len(owners)


@pytest.fixture
def keep_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the tests see the model each rebuild planned from."""
    original = builder_module.Builder._scope

    def scope(self: Builder, briefing, *args):  # type: ignore[no-untyped-def]
        self._last_briefing_for_tests = briefing
        return original(self, briefing, *args)
    monkeypatch.setattr(builder_module.Builder, "_scope", scope)


def _relate(site: Path) -> None:
    """A fact in one sheet now relates to a fact of another: that fact's page gains an incoming relation."""
    edit(site / WEAPONS, "    entities: [russia, north-korea]\n",
         "    entities: [russia, north-korea]\n    related:\n      - fact: both-deny\n        relation: related\n")


def _cite_other_source(site: Path) -> None:
    """A fact cites a source it did not: that source's page lists it (later facts move down)."""
    edit(site / WEAPONS, "          - source: herald-2024-02-16\n            quote: began delivering",
         "          - source: wire-2024-03\n            quote: Pyongyang recently delivered more than a million"
         " artillery shells to Russia\n          - source: herald-2024-02-16\n            quote: began delivering")


def _involve_entity(site: Path) -> None:
    """A fact names an entity it did not: that entity's page lists it."""
    edit(site / WEAPONS, "    entities: [russia, north-korea]\n", "    entities: [russia, north-korea, south-korea]\n")


# (name, edit, planned: "some" when only the touched pages' plans are made, "all" for a full plan, "any")
STEPS = [
    ("claim", lambda site: edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells",
                                "claim: North Korea delivered over a million artillery shells"), "some"),
    ("quote", MORE_EDITS["quote"], "some"),
    ("archived text", MORE_EDITS["archived text"], "some"),
    ("source title", lambda site: edit(site / "content/sources/wire-2024-03.yaml", "title: ", "title: Updated "),
     "some"),
    ("relation to a fact of another sheet", _relate, "some"),
    ("relation removed again", lambda site: edit(
        site / WEAPONS, "    related:\n      - fact: both-deny\n        relation: related\n", ""), "some"),
    ("another source cited", _cite_other_source, "some"),
    ("another entity involved", _involve_entity, "some"),
    # The flag counts change (topic pages and the pack's front), and perhaps the badge policy every page shows.
    ("a fact corroborated in place (flag counts)", MORE_EDITS["a fact corroborated in place"], "any"),
    # How current the briefing is, which every page shows: each edition is planned in full.
    ("a source published later", lambda site: edit(site / "content/sources/wire-2024-03.yaml",
                                                   "published: 2024-03\n", "published: 2024-04\n"), "all"),
    ("entity renamed", lambda site: edit(site / "content/entities.yaml", "name: National Intelligence Service",
                                         "name: National Intelligence Service of South Korea"), "all"),
    ("facts reordered", lambda site: (site / WEAPONS).write_text(_swap(
        (site / WEAPONS).read_text(encoding="utf-8"), "  - id: shells-by-train\n", "  - id: shells-million\n"),
        encoding="utf-8"), "all"),
    ("fact deleted", MORE_EDITS["deleted fact"], "all"),
    ("new topic (a fact added)", MORE_EDITS["new topic"], "all"),
    ("claim after a full plan", lambda site: edit(site / DIPLOMACY, "claim: ", "claim: Again, "), "some"),
    ("site.yaml", MORE_EDITS["site.yaml"], "all"),
    ("a translation", lambda site: edit(site / "content/translations/ko/topics/weapons.yaml",
                                        "shells-by-train: 북한은 2022년 11월 열차로",
                                        "shells-by-train: 북한은 2022년 11월에 열차로"), "all"),
    ("template", MORE_EDITS["shared macro template"], "all"),
    ("claim after a template edit", lambda site: edit(site / DIPLOMACY, "claim: Again, ", "claim: "), "some"),
]


@pytest.mark.usefixtures("keep_briefing")
def test_each_edit_in_one_resident_builder_equals_a_clean_build(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = resident(site, out)
    first = builder.rebuild()
    assert first.ok and first.planned == PER_OBJECT_PAGES
    builder.persist()
    for name, change, planned in STEPS:
        change(site)
        result = builder.rebuild()
        assert result.ok and result.rendered > 0, (name, [p.format() for p in result.problems])
        builder.persist()
        per_object_pages = assert_manifest_is_a_full_plans(builder)
        if planned == "all":
            assert result.planned == per_object_pages, name
        elif planned == "some":
            assert 0 < result.planned < per_object_pages, name
        assert_same_as_clean_build(site, out, tmp_path)
    # A new process reads the manifest the resident builder wrote: nothing to do, nothing wrong.
    again = Builder(site, out).rebuild()
    assert again.ok and again.rendered == 0


@pytest.mark.usefixtures("keep_briefing")
def test_a_claim_edit_plans_the_pages_that_show_the_fact(tmp_path: Path) -> None:
    """The partial path is taken: a claim edit plans its fact's page, the pages of the facts related
    to it, its sources' and its entities' pages (in both editions), and no other per-object page."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = resident(site, out)
    assert builder.rebuild().ok
    edit(site / DIPLOMACY, "claim: ", "claim: Again, ")
    result = builder.rebuild()
    assert result.ok
    briefing = builder._last_briefing_for_tests
    fact = briefing.facts["both-deny"]
    entities = {e for e, facts in briefing.facts_by_entity.items() if fact in facts}
    sources = {c.source.id for c in fact.citations}
    related = {r.fact.id for r in fact.related} | {f.id for _, f in briefing.related_to.get(fact.id, [])}
    charts = {f.id for f in briefing.facts.values() if f.quantity and f.quantity.series}  # `fact:*`: every fact
    assert charts and fact.id not in charts
    # The facts citing the same sources are on those sources' pages, not planned for this edit.
    assert result.planned == 2 * (1 + len(related | charts) + len(sources) + len(entities)) < PER_OBJECT_PAGES
    assert_manifest_is_a_full_plans(builder)
    assert_same_as_clean_build(site, out, tmp_path)


def one_shot(site: Path, out: Path) -> dict[str, Any]:
    """Build in a new process, as `python build.py` does after an edit: what it planned and rendered."""
    code = ("import json, sys\nfrom pathlib import Path\nfrom briefing.pipeline import Builder\n"
            "r = Builder(Path(sys.argv[1]), Path(sys.argv[2])).rebuild()\n"
            "print(json.dumps({'ok': r.ok, 'planned': r.planned, 'rendered': r.rendered,"
            " 'problems': [p.format() for p in r.problems]}))")
    done = subprocess.run([sys.executable, "-c", code, str(site), str(out)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def assert_cache_is_a_full_plans(site: Path, out: Path) -> int:
    """What a new process reads from the cache (the manifest's digests and recipes, and the plan
    file's deps of each per-object page) is what a full plan of the current model computes from
    nothing; returns how many per-object pages the full plan has."""
    builder = Builder(site, out, workers=1)
    manifest = builder._load_manifest()
    last = builder._load_plan(manifest)
    assert last is not None and not builder.store.take_notes()  # type: ignore[union-attr]
    briefing = builder.validate().briefing
    assert briefing is not None
    dirs = template_dirs(site)
    pages, _ = plan.plan_site(briefing, [d / "assets" for d in dirs])
    extra = _sha(code_version(), "", catalogue_digest())
    prints = Fingerprints(builder._fingerprints, extra)
    templates = TemplateDigests(dirs, {})
    want = {p.route: builder._digest(p, prints, templates, extra, Manifest()) for p in pages}
    got = {route: (manifest.pages[route][0], manifest.recipes.get(route, "")) for route in want}
    assert [route for route in want if got[route] != want[route]] == []
    assert manifest.fingerprints == builder._fingerprints
    owners = {p.route: (p.owner, tuple(k for k in p.deps or (EVERYTHING,) if _indexed(k)))
              for p in pages if isinstance(p, plan.Page) and p.owner}
    assert last.owners == owners
    return len(owners)


def test_each_edit_built_by_a_new_process_equals_a_clean_build(tmp_path: Path) -> None:
    """`python build.py` after each edit: a new process reads the last build's plan from the cache
    and plans only the touched pages (the same rules as the dev server), or everything."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    first = one_shot(site, out)
    assert first["ok"] and first["planned"] == PER_OBJECT_PAGES
    for name, change, planned in STEPS:
        change(site)
        result = one_shot(site, out)
        assert result["ok"] and result["rendered"] > 0, (name, result["problems"])
        assert not [p for p in result["problems"] if "cache entry ignored" in p], name
        assert_same_as_clean_build(site, out, tmp_path)
        per_object_pages = assert_cache_is_a_full_plans(site, out)
        if planned == "all":
            assert result["planned"] == per_object_pages, name
        elif planned == "some":
            assert 0 < result["planned"] < per_object_pages, name
    again = one_shot(site, out)
    assert again["ok"] and again["rendered"] == 0


def test_the_dev_servers_first_edit_after_a_build_plans_only_what_it_touched(tmp_path: Path) -> None:
    """`serve` started after a one-shot build reads that build's plan too: its first rebuild after an
    edit is partial, and the manifest and plan it leaves are a full plan's."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert one_shot(site, out)["ok"]
    builder = resident(site, out)
    assert builder.rebuild().rendered == 0  # nothing changed since that build
    edit(site / DIPLOMACY, "claim: ", "claim: Again, ")
    result = builder.rebuild()
    assert result.ok and 0 < result.planned < PER_OBJECT_PAGES
    builder.persist()
    assert_same_as_clean_build(site, out, tmp_path)
    assert_cache_is_a_full_plans(site, out)


def test_a_build_without_the_cache_plans_every_page(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    assert Builder(site, tmp_path / "out").rebuild().ok
    edit(site / DIPLOMACY, "claim: ", "claim: Again, ")
    assert Builder(site, tmp_path / "out", use_cache=False).rebuild().planned == PER_OBJECT_PAGES
    # The cache's manifest no longer describes the output: the next build renders what differs.
    edit(site / DIPLOMACY, "claim: Again, ", "claim: ")
    assert one_shot(site, tmp_path / "out")["ok"]
    assert_same_as_clean_build(site, tmp_path / "out", tmp_path)


@pytest.mark.parametrize("damage", ["flipped", "truncated", "foreign version", "another manifest's", "deleted"])
def test_a_damaged_or_foreign_plan_file_is_ignored_and_every_page_planned(damage: str, tmp_path: Path) -> None:
    """The plan file is checked like every cache file: one that does not verify, was written by another
    version of the build or goes with another manifest is not used (a note when it is damaged or
    foreign); the build plans every page and equals a clean build."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert one_shot(site, out)["ok"]
    builder = Builder(site, out)
    plan_file = builder.store.folder / builder._plan_name  # type: ignore[union-attr]
    assert plan_file.is_file()
    if damage == "flipped":
        data = bytearray(plan_file.read_bytes())
        data[-10] ^= 0xFF
        plan_file.write_bytes(bytes(data))
    elif damage == "truncated":
        plan_file.write_bytes(plan_file.read_bytes()[:100])
    elif damage == "foreign version":
        found = builder.store.load(builder._plan_name)  # type: ignore[union-attr]
        builder.store.dump(builder._plan_name, (("0", "other code"), *found[1:]))  # type: ignore[union-attr]
    elif damage == "another manifest's":
        found = builder.store.load(builder._plan_name)  # type: ignore[union-attr]
        builder.store.dump(builder._plan_name, (found[0], "another token", *found[2:]))  # type: ignore[union-attr]
    else:
        plan_file.unlink()
    edit(site / DIPLOMACY, "claim: ", "claim: Again, ")
    result = one_shot(site, out)
    assert result["ok"] and result["planned"] == PER_OBJECT_PAGES
    notes = [p for p in result["problems"] if "cache entry ignored" in p]
    assert len(notes) == (1 if damage in ("flipped", "truncated", "foreign version") else 0), result["problems"]
    assert all(builder._plan_name in note for note in notes)
    assert not [p for p in result["problems"] if "Traceback" in p]
    assert_same_as_clean_build(site, out, tmp_path)
    # That build wrote a sound plan file again: the next edit takes the partial path.
    edit(site / DIPLOMACY, "claim: Again, ", "claim: ")
    again = one_shot(site, out)
    assert again["ok"] and 0 < again["planned"] < PER_OBJECT_PAGES
    assert_same_as_clean_build(site, out, tmp_path)


def test_an_unchanged_plan_is_not_written_again(tmp_path: Path) -> None:
    """A claim edit leaves every page's deps as they were: the plan file is kept, and the new
    manifest names it; a citation of another source changes them, and it is written again."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert one_shot(site, out)["ok"]
    builder = Builder(site, out)
    plan_file = builder.store.folder / builder._plan_name  # type: ignore[union-attr]
    written = plan_file.stat().st_mtime_ns
    edit(site / DIPLOMACY, "claim: ", "claim: Again, ")
    assert 0 < one_shot(site, out)["planned"] < PER_OBJECT_PAGES
    assert plan_file.stat().st_mtime_ns == written
    _cite_other_source(site)
    assert 0 < one_shot(site, out)["planned"] < PER_OBJECT_PAGES
    assert plan_file.stat().st_mtime_ns != written
    assert_same_as_clean_build(site, out, tmp_path)
    assert_cache_is_a_full_plans(site, out)


@pytest.mark.parametrize("process", ["resident", "new"])
@pytest.mark.parametrize("how", ["edited", "deleted"])
def test_a_page_left_out_of_the_plan_whose_file_changed_is_planned_and_rendered(how: str, process: str,
                                                                                 tmp_path: Path) -> None:
    """An untouched page's file edited or deleted outside the build is rendered again, from this model
    (in the dev server's builder, and in a new process that read the last plan from the cache)."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = resident(site, out)
    assert builder.rebuild().ok
    builder.persist()
    page = out / "ko" / "entities" / "bolvinov.html"  # not shown by the fact edited below
    if how == "edited":
        page.write_text("edited by hand", encoding="utf-8")
    else:
        page.unlink()
    edit(site / DIPLOMACY, "claim: ", "claim: Again, ")
    if process == "new":
        done = one_shot(site, out)
        assert done["ok"] and 0 < done["planned"] < PER_OBJECT_PAGES
    else:
        result = builder.rebuild()
        assert result.ok and 0 < result.planned < PER_OBJECT_PAGES
    assert "edited by hand" not in page.read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path)


def test_facts_moved_to_another_topic_page_are_planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A date edit reorders a topic: facts that did not change move to another of its pages (their fact
    page's `in:` dep), so their pages are planned too, and the output equals a clean build."""
    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 1)  # each fact on a topic page of its own
    site = korean_edition(tmp_path / "site")
    # A section lists its facts in date order (without sections, a topic lists them in file order).
    edit(site / WEAPONS, "facts:\n  - id: shells-by-train\n", "sections:\n  - title: Shells\n    facts: "
         "[shells-by-train, shells-million, kharkiv-weapons]\nfacts:\n  - id: shells-by-train\n")
    out = tmp_path / "out"
    builder = resident(site, out)
    assert builder.rebuild().ok
    before = (out / "facts" / "shells-by-train.html").read_text(encoding="utf-8")
    # kharkiv-weapons (2024-02) becomes the topic's oldest fact: shells-by-train moves to its second page.
    edit(site / WEAPONS, "    date: 2024-02\n", "    date: 2021-02\n")
    result = builder.rebuild()
    assert result.ok and result.planned < 2 * (FACTS + 2 + 6)
    assert (out / "facts" / "shells-by-train.html").read_text(encoding="utf-8") != before
    clean = tmp_path / "clean"
    plan.forget_kept()
    assert build(site, clean, use_cache=False).ok  # in this process: the page size is patched here
    from test_incremental import tree
    assert tree(out) == tree(clean)
