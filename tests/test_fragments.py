"""Entries kept between the builds of one process (render._PageHelpers.entry, note, fact_entry and
timeline_entry).

The dev server renders a page again in the same process: the entries of its long lists (a topic
page's facts and footnotes, a pack part's facts and notes, the timeline's and the single-source
list's facts) whose inputs did not change are reused. These tests run one Builder across saves,
as `serve` does, and compare each result with a clean build made in another process (a Builder
made in this one would start afresh).
"""

from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
from conftest import ROOT
from test_i18n import korean_edition
from test_incremental import MORE_EDITS, tree

from briefing import render
from briefing.pipeline import Builder

WEAPONS = "content/topics/weapons.yaml"
KO_WEAPONS_FILE = "content/translations/ko/topics/weapons.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def assert_same_as_clean_build(site: Path, out: Path, tmp_path: Path) -> None:
    """The output equals a `--no-cache` build of the same site in a new process."""
    clean = tmp_path / "clean"
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--no-cache", "--quiet", "--site", str(site),
                    "--output", str(clean)], check=True, capture_output=True)
    got, want = tree(out), tree(clean)
    assert sorted(got) == sorted(want)
    assert [route for route in want if got[route] != want[route]] == []


def warm_up(site: Path, builder: Builder) -> None:
    """Build, then build again after an edit every page shows (the site's title): entries are kept
    from a process's second rendering on, so each page's are kept now."""
    assert builder.rebuild().ok
    edit(site / "site.yaml", "title: Fixture briefing\n", "title: Fixture briefing, revised\n")
    assert builder.rebuild().ok


# Edits that change what an entry shows only through an object other than its fact.
EDITS = [
    ("entity renamed (an actor's link)", "content/entities.yaml", "name: National Intelligence Service",
     "name: National Intelligence Service of South Korea"),
    ("entity's short name (the label lists show)", "content/entities.yaml", "short: NIS", "short: The NIS"),
    ("entity without a short name", "content/entities.yaml", "name: Russia\n", "name: Russian Federation\n"),
    ("source publisher (a marker's label)", "content/sources/wire-2024-03.yaml", "publisher: Example Wire",
     "publisher: Example Newswire"),
    ("source title", "content/sources/herald-2024-02-16.yaml",
     'title: "New evidence of North Korean military aid to Russia"',
     'title: "Fresh evidence of North Korean military aid to Russia"'),
    ("source graded (grades shown, a marker's grade)", "content/sources/wire-2024-03.yaml",
     "publisher: Example Newswire\n", "publisher: Example Newswire\nreliability: B\n"),
    ("topic title (the timeline's entries)", WEAPONS, "title: Weapons\n", "title: Arms\n"),
    ("citation added to an earlier fact (footnotes renumbered)", WEAPONS,
     "            quote: began delivering conventional weapons such as artillery shells to Russia by "
     "train in November 2022\n",
     "            quote: began delivering conventional weapons such as artillery shells to Russia by "
     "train in November 2022\n          - source: wire-2024-03\n"
     "            quote: Pyongyang recently delivered more than a million artillery shells to Russia\n"),
    # Two of shells-by-train's sources become one line of reporting: its standing changes on the
    # pages of its sources and entities (their links' previews); then they are two again.
    ("a source's publisher made another's", "content/sources/wire-2024-03.yaml",
     "publisher: Example Newswire\n", "publisher: The Korea Herald\n"),
    ("the source's publisher back", "content/sources/wire-2024-03.yaml",
     "publisher: The Korea Herald\n", "publisher: Example Newswire\n"),
    ("most facts corroborated (badges flip from corroborated to single-source)", WEAPONS,
     "      - actor: russia\n        stance: denies\n",
     "      - actor: south-korea\n        stance: confirms\n        citations:\n          - source: herald-2024-02-16\n"
     "            quote: The National Intelligence Service in Seoul believes North Korea began delivering\n"
     "      - actor: russia\n        stance: denies\n"),
    ("a fact's translation", KO_WEAPONS_FILE, "shells-by-train: 북한은 2022년 11월 열차로",
     "shells-by-train: 북한은 2022년 11월에 열차로"),
    # The claim's text stays the same: only whether the edition marks it untranslated changes.
    ("a translation that keeps the original's words", KO_WEAPONS_FILE, "facts:\n",
     "facts:\n  kharkiv-weapons: A Ukrainian police official said Russia uses North Korean weapons in the "
     "Kharkiv region.\n"),
    ("a translated entity name", "content/translations/ko/entities.yaml", "short: 국정원", "short: 국정원(NIS)"),
    ("a translation removed (the claim shown untranslated)", KO_WEAPONS_FILE,
     "  shells-million:\n    claim: 북한은 러시아에 포탄 100만 발 이상을 인도했다.\n    unit: 포탄\n", ""),
]


def test_edits_through_other_objects_equal_a_clean_build_in_one_builder(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)  # as `serve` keeps it
    warm_up(site, builder)
    topic_page = out / "topics" / "weapons.html"
    assert 'class="flag-note"' in topic_page.read_text(encoding="utf-8")  # most facts single-source
    for name, file, old, new in EDITS:
        edit(site / file, old, new)
        result = builder.rebuild()
        assert result.ok and result.rendered > 0, (name, [p.format() for p in result.problems])
        assert_same_as_clean_build(site, out, tmp_path)
        if name.startswith("most facts corroborated"):
            assert 'class="flag-note"' not in topic_page.read_text(encoding="utf-8")  # the policy flipped


def test_every_kind_of_edit_in_one_builder_equals_a_clean_build(tmp_path: Path) -> None:
    """test_incremental's edits, one after the other in one Builder whose pages keep their entries."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)
    warm_up(site, builder)
    for name in ["quote", "archived text", "site.yaml", "deleted fact", "new topic"]:
        MORE_EDITS[name](site)
        result = builder.rebuild()
        assert result.ok and result.rendered > 0, (name, [p.format() for p in result.problems])
        assert_same_as_clean_build(site, out, tmp_path)


def test_a_claim_edit_renders_one_entry_per_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reuse really happens: after a one-fact edit, each list renders the edited fact's entry only."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    calls: collections.Counter[str] = collections.Counter()
    invoke = jinja2.runtime.Macro._invoke
    timeline_entry = render._PageHelpers._timeline_entry

    def counted_invoke(self: jinja2.runtime.Macro, arguments: list, autoescape: bool) -> str:
        calls[self.name] += 1
        return invoke(self, arguments, autoescape)

    def counted_timeline_entry(self: render._PageHelpers, *args: object) -> object:
        calls["timeline_entry"] += 1
        return timeline_entry(self, *args)

    monkeypatch.setattr(jinja2.runtime.Macro, "_invoke", counted_invoke)
    monkeypatch.setattr(render._PageHelpers, "_timeline_entry", counted_timeline_entry)
    builder = Builder(site, out, workers=1)
    warm_up(site, builder)
    cold = dict(calls)  # two renderings of every page, the second keeping its entries
    # Four facts in two editions, each on a single source: every entry made twice per list and edition.
    assert cold["fact_item"] == cold["pack_fact"] == cold["timeline_entry"] == cold["single_source_item"] == 16
    assert cold["footnote_item"] >= 16 and cold["pack_note"] >= 16
    calls.clear()
    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered over a million artillery shells to Russia.")
    assert builder.rebuild().ok
    # The edited fact is translated in the Korean edition: only the original's entries change.
    assert calls["fact_item"] == calls["pack_fact"] == calls["timeline_entry"] == calls["single_source_item"] == 1
    assert calls["footnote_item"] == calls["pack_note"] == 0
    assert_same_as_clean_build(site, out, tmp_path)
    # A line added to the sheet's first fact moves the facts below it: their entries are reused.
    calls.clear()
    edit(site / WEAPONS, "    date: 2022-11\n", "    date: 2022-11\n    note: Reported by two outlets.\n")
    assert builder.rebuild().ok
    assert calls["fact_item"] == calls["pack_fact"] == calls["timeline_entry"] == calls["single_source_item"] == 2
    assert_same_as_clean_build(site, out, tmp_path)


def test_a_site_macro_of_the_same_name_is_called_every_time(tmp_path: Path) -> None:
    """A site's own `_macros.html` may read anything: its `fact_item` and footnotes are not reused."""
    site = korean_edition(tmp_path / "site")
    (site / "templates").mkdir()
    original = (ROOT / "templates" / "_macros.html").read_text(encoding="utf-8")
    (site / "templates" / "_macros.html").write_text(
        original.replace('<span class="stance">', '<span class="stance" data-facts="{{ topic.facts | length }}">'),
        encoding="utf-8")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)
    assert builder.rebuild().ok
    assert 'data-facts="3"' in (out / "topics" / "weapons.html").read_text(encoding="utf-8")
    # A new fact changes what the site's macro shows in every entry, though no other entry's fact changed.
    edit(site / WEAPONS, "  - id: kharkiv-weapons\n",
         "  - id: seoul-told\n    claim: Seoul's services briefed delegates.\n    positions:\n"
         "      - actor: nis\n        stance: asserts\n        citations:\n          - source: wire-2024-03\n"
         "            quote: told South Korean delegates\n  - id: kharkiv-weapons\n")
    assert builder.rebuild().ok
    page = (out / "topics" / "weapons.html").read_text(encoding="utf-8")
    assert 'data-facts="4"' in page and 'data-facts="3"' not in page
    assert_same_as_clean_build(site, out, tmp_path)


def test_kept_entries_are_those_of_the_pages_last_rendering(tmp_path: Path) -> None:
    """What is kept never outgrows the site: each page keeps only the entries it showed last time."""
    site = korean_edition(tmp_path / "site")
    builder = Builder(site, tmp_path / "out", workers=1)
    assert builder.rebuild().ok
    env = render.make_environment([ROOT / "templates"], "en")
    assert env.globals["helpers"]._fragments == {}  # a process that renders once (`build`) keeps nothing
    warm_up(site, builder)
    kept = env.globals["helpers"]._fragments
    assert {slot[1] for slot in kept["topics/weapons.html"] if slot[0] == "fact_item"} == \
        {"shells-by-train", "shells-million", "kharkiv-weapons"}
    edit(site / WEAPONS, (site / WEAPONS).read_text(encoding="utf-8")[
        (site / WEAPONS).read_text(encoding="utf-8").index("  - id: kharkiv-weapons\n"):], "")
    assert builder.rebuild().ok
    kept = env.globals["helpers"]._fragments
    assert {slot[1] for slot in kept["topics/weapons.html"] if slot[0] == "fact_item"} == \
        {"shells-by-train", "shells-million"}


def test_serve_renders_the_briefing_wide_pages_of_a_big_site_in_its_own_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big site's briefing-wide pages go to forked workers in a build; from a process's second build
    on (the dev server's saves) they are rendered in the process, which keeps their entries."""
    from briefing import builder as builder_module

    monkeypatch.setattr(builder_module, "BIG_SITE_PAGES", 1)  # the fixture counts as a big site
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=2)
    warm_up(site, builder)
    kept = render.make_environment([ROOT / "templates"], "en").globals["helpers"]._fragments
    assert {"timeline.html", "single-source.html", "topics/weapons.html"} <= set(kept)
    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered over a million artillery shells to Russia.")
    assert builder.rebuild().ok
    assert_same_as_clean_build(site, out, tmp_path)


def test_the_dev_servers_first_parallel_build_keeps_the_timeline_and_exports_for_its_first_save(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A resident builder's first build renders across the cores, but the timeline and the data
    exports in its own process, so that its first save reuses their months and records (a forked
    worker's would be lost: the dev server's first save at 20,000 facts took 3.9 s)."""
    from briefing import builder as builder_module
    from briefing import exports, model, timeline

    monkeypatch.setattr(builder_module, "PARALLEL_MIN_PAGES", 1)  # the fixture is rendered in parallel
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=2)
    builder.resident = True  # as `serve` keeps it
    timeline._last.clear()
    exports.forget_kept()
    assert builder.rebuild().ok and model.keeping()
    assert timeline._last and exports._FACT_JSON.records and exports._FACT_CSV.records
    assert_same_as_clean_build(site, out, tmp_path)
    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered over a million artillery shells to Russia.")
    assert builder.rebuild().ok
    assert_same_as_clean_build(site, out, tmp_path)
    model.keep_between_builds(False)


NEW_FACT = ("  - id: kharkiv-weapons\n",
            "  - id: rail-shipments-continue\n    claim: Rail shipments of shells continued through the winter.\n"
            "    date: 2022-11\n    positions:\n      - actor: nis\n        stance: asserts\n        citations:\n"
            "          - source: herald-2024-02-16\n            quote: began delivering conventional weapons\n"
            "  - id: kharkiv-weapons\n")


def _site_timeline_entry(site: Path) -> None:
    """A site's own `timeline_entry` macro (it may read anything: called for every entry, every time)."""
    (site / "templates").mkdir(exist_ok=True)
    macros = (ROOT / "templates" / "_macros.html").read_text(encoding="utf-8")
    assert macros.count("{% set timeline_entry = helpers.timeline_entry %}") == 1
    (site / "templates" / "_macros.html").write_text(macros.replace(
        "{% set timeline_entry = helpers.timeline_entry %}",
        '{% macro timeline_entry(entry) %}<li class="timeline-entry" data-topic="{{ entry.fact.topic }}">'
        "{{ entry.fact.claim }} ({{ briefing.facts | length }} facts)</li>{% endmacro %}"), encoding="utf-8")


# Edits of the briefing-wide outputs' inputs (the timeline's months, the exports, the search
# index's segments and the output tree), one after the other in one resident builder.
WIDE_EDITS = [
    ("claim", lambda site: edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells",
                                "claim: North Korea delivered over a million artillery shells")),
    ("date moved to another month and year", lambda site: edit(site / WEAPONS, "    date: 2024-02\n",
                                                               "    date: 2023-07\n")),
    ("quote", MORE_EDITS["quote"]),
    ("source publisher", lambda site: edit(site / "content/sources/wire-2024-03.yaml", "publisher: Example Wire",
                                           "publisher: Example Newswire")),
    # both-deny has no date of its own nor its positions: it is placed at this source's date.
    ("source date (a fact dated by its report moves)", lambda site: edit(
        site / "content/sources/wire-2024-03.yaml", "published: 2024-03\n", "published: 2024-04\n")),
    ("entity renamed (the actors' filter)", lambda site: edit(site / "content/entities.yaml", "name: Russia\n",
                                                              "name: Russian Federation\n")),
    ("fact added to a month that has one", lambda site: edit(site / WEAPONS, *NEW_FACT)),
    ("deleted fact", MORE_EDITS["deleted fact"]),
    ("new topic", MORE_EDITS["new topic"]),
    ("template edit (the site's own timeline page)", lambda site: (
        (site / "templates").mkdir(exist_ok=True),
        (site / "templates" / "timeline.html").write_text(
            (ROOT / "templates" / "timeline.html").read_text(encoding="utf-8").replace(
                '<ol class="timeline">', '<ol class="timeline" data-edited="1">'), encoding="utf-8"))),
    ("claim, under the site's timeline page", lambda site: edit(
        site / WEAPONS, "over a million artillery shells", "over one million artillery shells")),
    ("the site's own timeline_entry macro", _site_timeline_entry),
    ("claim, under the site's macro", lambda site: edit(
        site / WEAPONS, "over one million artillery shells", "more than one million artillery shells")),
]


def test_briefing_wide_outputs_after_each_kind_of_edit_in_a_resident_builder(tmp_path: Path) -> None:
    """The timeline (kept entries, months' HTML), the exports, the search index and the output tree
    (assembled in the last one) after each edit equal a clean build made in another process."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)
    builder.resident = True  # as `serve` keeps it
    warm_up(site, builder)
    for name, change in WIDE_EDITS:
        change(site)
        result = builder.rebuild()
        assert result.ok and result.rendered > 0, (name, [p.format() for p in result.problems])
        assert_same_as_clean_build(site, out, tmp_path)
    timeline = (out / "timeline.html").read_text(encoding="utf-8")
    assert 'data-edited="1"' in timeline and "(5 facts)</li>" in timeline


def test_a_claim_edit_reuses_every_other_month_of_the_timeline(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The months whose entries did not change are reused whole: only the edited fact's month asks
    for its entries (and reuses those that did not change)."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)
    warm_up(site, builder)
    edit(site / WEAPONS, *NEW_FACT)  # two facts in November 2022
    assert builder.rebuild().ok
    asked: collections.Counter[str] = collections.Counter()
    made: collections.Counter[str] = collections.Counter()
    kept, make = render._PageHelpers._kept, render._PageHelpers._timeline_entry

    def counted_kept(self: render._PageHelpers, fragments: object, slot: tuple, *args: object) -> object:
        if slot[0] == "timeline_entry" and not self._page().get("edition"):  # the original's
            asked[slot[1]] += 1
        return kept(self, fragments, slot, *args)  # type: ignore[arg-type]

    def counted_make(self: render._PageHelpers, page: object, entry: object, *args: object) -> object:
        made[entry.fact.id] += 1  # type: ignore[attr-defined]
        return make(self, page, entry, *args)

    monkeypatch.setattr(render._PageHelpers, "_kept", counted_kept)
    monkeypatch.setattr(render._PageHelpers, "_timeline_entry", counted_make)
    edit(site / WEAPONS, "claim: Rail shipments of shells continued through the winter.",
         "claim: Rail shipments of shells went on through the winter.")
    assert builder.rebuild().ok
    # The entry is made again in both editions (the Korean one shows the claim untranslated); the
    # original asks for its November 2022 entries only. (A translated edition's facts are new objects
    # at every build: its months are checked entry by entry, each entry reused as before.)
    assert dict(made) == {"rail-shipments-continue": 2}
    assert dict(asked) == {"rail-shipments-continue": 1, "shells-by-train": 1}
    assert_same_as_clean_build(site, out, tmp_path)
