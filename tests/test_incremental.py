"""Incremental builds: after any edit, the output equals a clean build, and only what changed is redone.

Also the cutting of fact sheets into one text per fact (briefing/parts.py) and a scale guard:
a generated 2,000-fact briefing builds completely and correctly.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_site

from briefing import plan
from briefing.cache import site_cache_dir
from briefing.load import load_site
from briefing.model import build_model
from briefing.parts import PartCache, build_from_parts, cut_facts, read_inputs
from briefing.pipeline import Builder, build, validate

PEER_BENCH = ROOT.parent / "shared" / "bench"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_as_clean_build(site: Path, out: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    plan.forget_kept()  # clean as a new process: nothing kept from the builds before (this one's too)
    result = build(site, clean, use_cache=False)
    assert result.ok, [p.format() for p in result.problems]
    got, want = tree(out), tree(clean)
    assert sorted(got) == sorted(want)
    differing = [route for route in want if got[route] != want[route]]
    assert differing == []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


WEAPONS = "content/topics/weapons.yaml"

EDITS = {
    "fact claim": (WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
                   "claim: North Korea delivered over a million artillery shells to Russia."),
    "citation added (later facts move down)": (
        WEAPONS, "            quote: began delivering conventional weapons such as artillery shells to Russia by "
                 "train in November 2022\n",
        "            quote: began delivering conventional weapons such as artillery shells to Russia by "
        "train in November 2022\n          - source: wire-2024-03\n"
        "            quote: Pyongyang recently delivered more than a million artillery shells to Russia\n"),
    "entity renamed": ("content/entities.yaml", "name: National Intelligence Service",
                       "name: National Intelligence Service of South Korea"),
    "source title": ("content/sources/wire-2024-03.yaml", "title:", "title: Updated —"),
    "topic summary": (WEAPONS, "more than a million](fact:shells-million)** artillery shells",
                      "over a million](fact:shells-million)** artillery shells"),
    "relation removed": (WEAPONS, "    related:\n      - fact: shells-by-train\n        relation: updates\n", ""),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_rebuild_after_an_edit_equals_a_clean_build(name: str, tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    file, old, new = EDITS[name]
    if name == "source title":
        text = (site / file).read_text(encoding="utf-8")
        old = next(line for line in text.splitlines() if line.startswith("title:"))
        new = old.replace("title: ", "title: Updated ", 1)
    edit(site / file, old, new)
    result = Builder(site, out).rebuild()  # a new process's view: state comes from the cache
    assert result.ok, [p.format() for p in result.problems]
    assert result.rendered > 0
    assert_same_as_clean_build(site, out, tmp_path)


def _add_topic(site: Path) -> None:
    edit(site / "site.yaml", "topics: [weapons, diplomacy]", "topics: [weapons, diplomacy, reactions]")
    (site / "content" / "topics" / "reactions.yaml").write_text(
        "title: Reactions\nsummary: What others said.\nfacts:\n  - id: seoul-told\n"
        "    claim: Seoul's services briefed delegates on the shipments.\n    positions:\n"
        "      - actor: nis\n        stance: asserts\n        citations:\n          - source: wire-2024-03\n"
        "            quote: told South Korean delegates\n", encoding="utf-8")


def _site_macro(site: Path) -> None:
    (site / "templates").mkdir()
    original = (ROOT / "templates" / "_macros.html").read_text(encoding="utf-8")
    (site / "templates" / "_macros.html").write_text(original.replace('<span class="stance">',
                                                                      '<span class="stance" data-own="1">'))


# Each edit an editor makes, applied to the fixture site by a function.
MORE_EDITS = {
    "quote": lambda site: edit(site / WEAPONS, "quote: Pyongyang recently delivered more than a million",
                               "quote: recently delivered more than a million"),
    "archived text": lambda site: (site / "content" / "sources" / "wire-2024-03.txt").write_text(
        (site / "content" / "sources" / "wire-2024-03.txt").read_text(encoding="utf-8")
        + "\nA paragraph added to the archived article.\n", encoding="utf-8"),
    "site.yaml": lambda site: edit(site / "site.yaml", "title: Fixture briefing", "title: Fixture briefing, revised"),
    "deleted fact": lambda site: edit(site / WEAPONS, (site / WEAPONS).read_text(encoding="utf-8")[
        (site / WEAPONS).read_text(encoding="utf-8").index("  - id: kharkiv-weapons\n"):], ""),
    "new topic": _add_topic,
    # The flag note on every topic page counts the single-source facts: one fact corroborated in
    # place (no line added or removed, so the fact sheet's head is as it was) changes it everywhere.
    "a fact corroborated in place": lambda site: (
        edit(site / WEAPONS, "    key: true\n", ""), edit(site / WEAPONS, "      delivery: by train\n", ""),
        edit(site / WEAPONS, "in November 2022\n  - id: shells-million",
             "in November 2022\n          - source: wire-2024-03\n            quote: Pyongyang recently delivered"
             " more than a million artillery shells to Russia\n  - id: shells-million")),
    "shared macro template": _site_macro,
    "archived text deleted (an error)": lambda site: (
        edit(site / "content" / "topics" / "diplomacy.yaml", "Both governments deny [the trade](fact:shells-million).",
             "Both governments deny [it](fact:shells-million)."),
        (site / "content" / "sources" / "herald-2024-02-16.txt").unlink()),
}


@pytest.mark.parametrize("name", list(MORE_EDITS))
def test_every_kind_of_edit_equals_a_clean_build(name: str, tmp_path: Path) -> None:
    """In a new process (state from the cache) and in one Builder across saves (as `serve`)."""
    site = copy_site(tmp_path / "site")
    out, kept_out = tmp_path / "out", tmp_path / "kept"
    kept = Builder(site, kept_out)
    assert Builder(site, out).rebuild().ok and kept.rebuild().ok
    MORE_EDITS[name](site)
    fresh, again = Builder(site, out).rebuild(), kept.rebuild()
    assert [p.format() for p in fresh.problems] == [p.format() for p in again.problems] == \
        [p.format() for p in build(site, tmp_path / "clean", use_cache=False).problems]
    if name == "archived text deleted (an error)":  # an error: nothing written, the old output stays
        assert not fresh.ok and not again.ok
        return
    assert fresh.ok and again.ok, [p.format() for p in fresh.problems]
    assert fresh.rendered > 0 and again.rendered > 0
    assert_same_as_clean_build(site, out, tmp_path)
    assert tree(kept_out) == tree(out)


def _swap(text: str, first: str, second: str) -> str:
    """`text` with the block starting at line `first` and the next one starting at `second` swapped."""
    a = text.index(first)
    b = text.index(second)
    end = text.find("\n  - id:", b + 1) + 1 if text.startswith("  ", b) else text.find("\n- id:", b + 1) + 1
    end = end or len(text)
    return text[:a] + text[b:end] + text[a:b] + text[end:]


@pytest.mark.parametrize("what", ["facts", "entities"])
def test_reordering_is_a_change(what: str, tmp_path: Path) -> None:
    """Swapping two facts (or entities) reorders the pack, exports, search index and overview too."""
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    if what == "facts":
        path, first, second = site / WEAPONS, "  - id: shells-by-train\n", "  - id: shells-million\n"
    else:
        path, first, second = site / "content" / "entities.yaml", "- id: north-korea\n", "- id: russia\n"
    before = path.read_text(encoding="utf-8")
    path.write_text(_swap(before, first, second), encoding="utf-8")
    assert sorted(path.read_text(encoding="utf-8").splitlines()) == sorted(before.splitlines())
    result = Builder(site, out).rebuild()
    assert result.ok and result.rendered > 0
    assert_same_as_clean_build(site, out, tmp_path)


def _racy_window(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Files saved less than `seconds` before they are read are read again next time (0: none)."""
    from briefing import parts

    monkeypatch.setattr(parts, "_RACY_NS", int(seconds * 1e9))


def test_unchanged_files_are_recognised_by_their_stat_and_not_read(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from briefing import parts

    site = copy_site(tmp_path / "site")
    _racy_window(monkeypatch, 0)  # the files were just copied; the window has its own test
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    read: list[str] = []
    real = parts.read_text
    monkeypatch.setattr(parts, "read_text", lambda root, path, *rest: read.append(path.name) or real(root, path, *rest))
    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered over a million artillery shells to Russia.")
    result = Builder(site, out).rebuild()  # a new process: what was read comes from the cache
    assert result.ok and result.parsed == 1
    assert read == ["weapons.yaml"]
    assert_same_as_clean_build(site, out, tmp_path)
    # A source is its metadata and its archived text: a changed text reads both again.
    text = site / "content" / "sources" / "wire-2024-03.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    read.clear()
    assert Builder(site, out).rebuild().ok
    assert sorted(read) == ["wire-2024-03.txt", "wire-2024-03.yaml"]
    assert_same_as_clean_build(site, out, tmp_path)
    # Same size, the modification time put back: the change time still tells.
    entities = site / "content" / "entities.yaml"
    before = entities.stat()
    entities.write_text(entities.read_text(encoding="utf-8").replace("name: Russia", "name: Rossia"),
                        encoding="utf-8")
    os.utime(entities, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert entities.stat().st_size == before.st_size and entities.stat().st_mtime_ns == before.st_mtime_ns
    assert Builder(site, out).rebuild().ok
    assert "Rossia" in (out / "entities" / "russia.html").read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path)


def test_files_saved_just_before_they_were_read_are_read_again(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A second save within the same timestamp tick would look unchanged: such files are not trusted."""
    from briefing import parts

    site = copy_site(tmp_path / "site")
    _racy_window(monkeypatch, 3600)  # every file here was saved within the hour
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    read: list[str] = []
    real = parts.read_text
    monkeypatch.setattr(parts, "read_text", lambda root, path, *rest: read.append(path.name) or real(root, path, *rest))
    (site / "site.yaml").touch()  # not a no-op run
    assert Builder(site, out).rebuild().ok
    assert len(read) == sum(1 for p in (site / "content").rglob("*") if p.is_file()) + 1


def test_a_file_whose_parsed_parts_are_gone_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.cache import site_cache_dir

    site = copy_site(tmp_path / "site")
    _racy_window(monkeypatch, 0)
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    for path in site_cache_dir(site).glob("parts-*/*.pickle"):
        if path.name != "inputs.pickle":
            path.unlink()
    (site / "content" / "entities.yaml").write_text(
        (site / "content" / "entities.yaml").read_text(encoding="utf-8").replace("name: Russia", "name: Rossia"),
        encoding="utf-8")
    result = Builder(site, out).rebuild()
    assert result.ok, [p.format() for p in result.problems]
    assert_same_as_clean_build(site, out, tmp_path)


def test_a_big_fact_sheet_is_cached_in_buckets_and_an_edit_rewrites_one(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A fact sheet of more than BUCKET_PARTS parts is kept in buckets by digest: after an edit of one
    fact, a new process writes the bucket(s) of its new text (not the whole sheet), and reads all
    the sheet's parts back; below the threshold, one file again, and the buckets go."""
    from briefing import parts
    from briefing.cache import Store

    site = copy_site(tmp_path / "site")
    _racy_window(monkeypatch, 0)
    monkeypatch.setattr(parts, "BUCKET_PARTS", 2)  # weapons.yaml: its head and three facts
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    weapons = PartCache(None)._name("content/topics/weapons.yaml").removesuffix(".pickle")
    folder = site_cache_dir(site)

    def buckets() -> list[str]:
        return sorted(p.relative_to(folder).as_posix() for p in folder.glob(f"{weapons}-*.pickle"))

    assert len(buckets()) >= 3
    written: list[str] = []
    real_dump = Store.dump
    monkeypatch.setattr(Store, "dump", lambda self, name, value: written.append(name) or real_dump(self, name, value))
    edit(site / WEAPONS, "claim: North Korea began delivering", "claim: North Korea started delivering")
    result = Builder(site, out).rebuild()
    assert result.ok and result.parsed == 1
    mine = [name for name in written if name.startswith(weapons)]
    assert len([name for name in mine if name.startswith(f"{weapons}-")]) == 1  # the new text's bucket
    assert set(mine) - {f"{weapons}.pickle"} == {name for name in mine if name.startswith(f"{weapons}-")}
    assert_same_as_clean_build(site, out, tmp_path)
    # Read back from the buckets: the sheet touched (read and cut again), nothing parsed.
    (site / WEAPONS).touch()
    again = Builder(site, out).validate()
    assert again.ok and again.parsed == 0
    # A damaged bucket: its parts are parsed again, with a note, never a traceback.
    damaged = folder / buckets()[0]
    damaged.write_bytes(b"not a sealed pickle")
    (site / WEAPONS).touch()
    again = Builder(site, out).validate()
    assert again.ok and again.parsed >= 1
    assert any("cache entry ignored" in p.message for p in again.problems)
    # Under the threshold again: the sheet's parts in one file, its buckets removed.
    monkeypatch.setattr(parts, "BUCKET_PARTS", 256)
    edit(site / WEAPONS, "claim: North Korea started delivering", "claim: North Korea began delivering")
    assert Builder(site, out).rebuild().ok
    assert buckets() == []
    (site / WEAPONS).touch()
    assert Builder(site, out).validate().parsed == 0


def test_noop_rebuild_renders_and_writes_nothing(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    first = Builder(site, out).rebuild()
    inode = (out / "facts" / "both-deny.html").stat().st_ino
    again = Builder(site, out).rebuild()
    assert again.ok and again.rendered == 0 and again.parsed == 0
    assert again.stats is not None and again.stats.written == 0
    assert again.pages == first.pages and again.counts == first.counts
    assert (out / "facts" / "both-deny.html").stat().st_ino == inode


def test_fact_edit_reparses_one_fact_and_leaves_unrelated_pages_alone(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)  # one Builder across saves, as `serve` uses it
    first = builder.rebuild()
    unrelated = out / "facts" / "both-deny.html"
    inode = unrelated.stat().st_ino
    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered well over a million artillery shells to Russia.")
    result = builder.rebuild()
    assert result.ok
    assert result.parsed == 1  # the edited fact only; every other part came from the cache
    assert result.rendered < first.rendered
    assert unrelated.stat().st_ino == inode  # kept as it was (hard-linked), not rendered again
    assert "well over a million" in (out / "facts" / "shells-million.html").read_text(encoding="utf-8")


def _inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("same_builder", [True, False], ids=["serve", "new process"])
def test_fact_edit_rewrites_only_its_topics_search_segment(tmp_path: Path, same_builder: bool) -> None:
    """The search index is in segments (one per topic, entities, sources): a claim edit computes and
    writes its topic's segment again; the others, and the root listing them, are hard-linked."""
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)
    assert builder.rebuild().ok
    before = _inodes(out / "search")
    root = (out / "search-index.js").stat().st_ino
    assert {name.split("/")[0] + "/" + name.split("/")[1] for name in before if name.startswith("topics/")} == {
        "topics/weapons", "topics/diplomacy"}
    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered well over a million artillery shells to Russia.")
    result = (builder if same_builder else Builder(site, out)).rebuild()
    assert result.ok
    after = _inodes(out / "search")
    assert sorted(after) == sorted(before)
    rewritten = sorted(name for name in after if after[name] != before[name])
    assert rewritten == sorted(name for name in after if name.startswith("topics/weapons/"))
    assert (out / "search-index.js").stat().st_ino == root
    segment = "".join(p.read_text(encoding="ascii") for p in (out / "search/topics/weapons").iterdir())
    assert "well over a million" in segment
    assert_same_as_clean_build(site, out, tmp_path)


def test_moving_a_fact_to_another_topic_rewrites_both_segments(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    before = _inodes(out / "search")
    text = (site / WEAPONS).read_text(encoding="utf-8")
    start = text.index("  - id: kharkiv-weapons\n")
    moved = text[start:]
    (site / WEAPONS).write_text(text[:start], encoding="utf-8")
    diplomacy = site / "content" / "topics" / "diplomacy.yaml"
    diplomacy.write_text(diplomacy.read_text(encoding="utf-8").rstrip("\n") + "\n" + moved, encoding="utf-8")
    result = Builder(site, out).rebuild()
    assert result.ok, [p.format() for p in result.problems]
    after = _inodes(out / "search")
    assert {name.rsplit("/", 1)[0] for name in after if after[name] != before.get(name)} == {
        "topics/weapons", "topics/diplomacy"}
    assert_same_as_clean_build(site, out, tmp_path)


def test_template_edit_rerenders_the_pages_that_use_it(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)
    first = builder.rebuild()
    (site / "templates").mkdir()
    original = (ROOT / "templates" / "entity.html").read_text(encoding="utf-8")
    (site / "templates" / "entity.html").write_text(original.replace("{% block main %}",
                                                                     "{% block main %}<!-- site's own -->", 1))
    result = builder.rebuild()
    assert result.ok
    entity_pages = sum(1 for _ in (out / "entities").glob("*.html")) - 1  # not the index
    assert result.rendered == entity_pages < first.rendered
    assert "<!-- site's own -->" in (out / "entities" / "nis.html").read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path)


def test_deleted_output_file_is_written_again(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    (out / "facts" / "both-deny.html").unlink()
    result = Builder(site, out).rebuild()
    assert result.ok and (out / "facts" / "both-deny.html").is_file()
    assert_same_as_clean_build(site, out, tmp_path)


def test_problem_lines_after_lines_were_added_above(tmp_path: Path) -> None:
    """Facts reused from the cache after an edit above them report their new line numbers."""
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    file, old, new = EDITS["citation added (later facts move down)"]
    edit(site / file, old, new)
    edit(site / file, "    claim: A Ukrainian police official", "    clam: A Ukrainian police official")
    cached = [p.format() for p in Builder(site, out).rebuild().problems]
    assert cached == [p.format() for p in validate(site, use_cache=False).problems]
    assert any("unknown field 'clam'" in line for line in cached)


def test_no_cache_leaves_no_cache_directory(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    assert build(site, tmp_path / "out", use_cache=False).ok
    assert not site_cache_dir(site).exists()
    assert build(site, tmp_path / "out").ok
    assert site_cache_dir(site).is_dir()
    assert not (site / ".briefing-cache").exists()  # never inside the site (cache.py says why)


# --- cutting fact sheets into parts ---------------------------------------------------------------

SHEET = """\
title: Weapons
# a comment at the top
summary: |
  Facts, with a list in the summary:
  - not a fact
facts:
  - id: one
    claim: |
      A block scalar with a line that looks like an item:
      - inside the claim
    positions: []
# a comment between facts, at column 0
  - id: two
    claim: "a quoted claim"

  - id: three
    claim: x
note: after the facts
"""


def test_cut_facts_keeps_lines_and_finds_every_item() -> None:
    cut = cut_facts(SHEET)
    assert cut is not None
    head, facts = cut
    assert [line for line, _ in facts] == [7, 13, 16]
    assert facts[0][1].startswith("  - id: one\n") and "inside the claim" in facts[0][1]
    assert head.count("\n") == SHEET.count("\n")  # every line where it was
    assert head.splitlines()[-1] == "note: after the facts"


@pytest.mark.parametrize("text", [
    "title: T\nfacts: []\n",  # a flow list: not cut
    "title: T\nfacts:\nnote: none\n",  # no items
    "title: T\nfacts:\n  - id: a\nfacts:\n  - id: b\n",  # twice
])
def test_cut_facts_declines_other_shapes(text: str) -> None:
    assert cut_facts(text) is None


def test_a_piece_that_does_not_parse_alone_falls_back_to_the_whole_file(tmp_path: Path) -> None:
    """A quoted claim running over a line that looks like an item: the whole file is parsed."""
    site = copy_site(tmp_path / "site")
    edit(site / WEAPONS, 'claim: North Korea delivered more than a million artillery shells to Russia.',
         'claim: "North Korea delivered more than a million\n  - artillery shells to Russia."')
    parts_model = build_from_parts(read_inputs(site), PartCache(None))
    raw = load_site(site)
    whole, problems = build_model(raw)
    assert parts_model.briefing is not None and whole is not None
    assert repr(parts_model.briefing.topics) == repr(whole.topics)
    assert [p.format() for p in parts_model.problems] == [p.format() for p in raw.problems + problems]


# --- scale guard -------------------------------------------------------------------------------

def _peer_corpus(n_facts: int) -> dict:
    spec = importlib.util.spec_from_file_location("make_corpus", PEER_BENCH / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus(n_facts, 1)


@pytest.mark.skipif(not (PEER_BENCH / "make_corpus.py").exists(), reason="the peer benchmark (../shared/bench) "
                    "is not beside the repository")
def test_generated_2000_fact_briefing_builds_completely(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from from_corpus import write_site
    finally:
        sys.path.remove(str(ROOT / "bench"))
    corpus = _peer_corpus(2000)
    site = tmp_path / "site"
    write_site(corpus, site)
    out = tmp_path / "out"
    result = Builder(site, out).rebuild()
    assert result.ok and [p.format() for p in result.problems] == []  # every quote verified, no warning
    assert result.counts == {"facts": 2000, "sources": 200, "entities": 50}
    facts = {p.stem for p in (out / "facts").glob("*.html")}
    assert facts == {f["id"] for f in corpus["facts"]}
    assert {p.stem for p in (out / "sources").glob("*.html")} - {"index"} == {s["id"] for s in corpus["sources"]}
    assert {p.stem for p in (out / "entities").glob("*.html")} - {"index"} == {e["id"] for e in corpus["entities"]}
    page = (out / "facts" / "f001000.html").read_text(encoding="utf-8")
    fact = corpus["facts"][999]
    assert fact["citations"][0]["quote"].replace("&", "&amp;").replace("'", "&#39;") in page
    # One fact edited: one part parsed, a few pages rendered, and still the same as a clean build.
    sheet = site / "content" / "topics" / f"{fact['topic']}.yaml"
    edit(sheet, f'claim: "{fact["claim"]}"', 'claim: "An edited claim."')
    again = Builder(site, out).rebuild()
    # the search index is written again only for the edited fact's segment (a topic of at most 2,000 facts)
    index_files = len(list((out / "search" / "topics" / fact["topic"]).iterdir()))
    assert again.ok and again.parsed == 1 and again.rendered < 60 + index_files
    assert "An edited claim." in (out / "facts" / "f001000.html").read_text(encoding="utf-8")


def test_big_topics_are_split_into_pages_and_fact_links_land_on_the_right_one(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import urls

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 2)  # the fixture's weapons sheet has 3 facts
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert build(site, out, use_cache=False).ok
    assert sorted(p.name for p in (out / "topics").glob("weapons*.html")) == ["weapons.2.html", "weapons.html"]
    first = (out / "topics" / "weapons.html").read_text(encoding="utf-8")
    second = (out / "topics" / "weapons.2.html").read_text(encoding="utf-8")
    assert 'id="fact-shells-by-train"' in first and 'id="fact-kharkiv-weapons"' in second
    assert 'id="fact-kharkiv-weapons"' not in first
    assert '<a href="weapons.2.html" aria-current="page">2</a>' in second
    assert "(3–3 of 3)" in second
    fact_page = (out / "facts" / "kharkiv-weapons.html").read_text(encoding="utf-8")
    assert 'href="../topics/weapons.2.html#fact-kharkiv-weapons"' in fact_page



@pytest.mark.parametrize(("facts", "pages"), [(0, 1), (1, 1), (10, 1), (11, 1), (12, 1), (13, 2), (20, 2), (22, 2),
                                              (23, 3)])
def test_a_short_last_page_joins_the_one_before(facts: int, pages: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of TOPIC_PAGE_SIZE facts, but a remainder of a fifth of a page or less is not a page of
    its own (at 500 facts a page, a 501-fact topic was a full page and a page holding one fact)."""
    from briefing import urls
    from briefing.plan import topic_chunks

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 10)  # a remainder of 2 or less joins the page before
    ordered = tuple(range(facts))
    chunks = topic_chunks(ordered)  # type: ignore[arg-type]
    assert len(chunks) == urls.topic_page_count(facts) == pages
    assert tuple(n for chunk in chunks for n in chunk) == ordered
    assert all(len(chunk) == 10 for chunk in chunks[:-1])
    # the routes a fact's links use agree with the pages
    pages, parts = urls.topic_pages_of("t", facts), urls.pack_parts_of("t", facts)
    for number, chunk in enumerate(chunks, 1):
        assert {pages[n] for n in chunk} <= {urls.topic_page("t", number)}
        assert {parts[n] for n in chunk} <= {urls.pack_part("t", number)}


def test_a_topic_one_fact_over_the_page_size_is_one_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import urls

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 5)  # the fixture's weapons sheet has 3 facts: add 3 more
    site = copy_site(tmp_path / "site")
    sheet = site / "content/topics/weapons.yaml"
    text = sheet.read_text(encoding="utf-8")
    for n in range(3):  # the same fact under other ids
        start = text.index("  - id: kharkiv-weapons")
        end = text.find("\n  - id: ", start + 1)
        text += "\n" + text[start:end if end != -1 else None].replace("id: kharkiv-weapons", f"id: kharkiv-weapons-{n}")
    sheet.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = build(site, out, use_cache=False)
    assert result.ok, [p.format() for p in result.problems]
    assert sorted(p.name for p in (out / "topics").glob("weapons*.html")) == ["weapons.html"]
    assert sorted(p.name for p in (out / "briefing" / "topics").glob("weapons*.html")) == ["weapons.html"]
    fact_page = (out / "facts" / "kharkiv-weapons-2.html").read_text(encoding="utf-8")
    assert 'href="../topics/weapons.html#fact-kharkiv-weapons-2"' in fact_page

def test_no_cache_option_of_build_and_check(tmp_path: Path) -> None:
    from briefing.cli import main

    site = copy_site(tmp_path / "site")
    assert main(["--site", str(site), "--output", str(tmp_path / "out"), "--no-cache", "--quiet"]) == 0
    assert main(["check", "--site", str(site), "--no-cache", "--quiet"]) == 0
    assert not site_cache_dir(site).exists()
    assert main(["--site", str(site), "--output", str(tmp_path / "out"), "--quiet"]) == 0
    assert site_cache_dir(site).is_dir()


# --- the briefing pack: a front and one part per topic (briefing/pack.py) -----------------------

def _pack_inodes(out: Path) -> dict[str, int]:
    """Each page of the pack (front and parts) → its inode: a page kept from the last build keeps it."""
    from briefing import urls

    pages = [out / urls.PACK, *(out / "briefing").rglob("*.html")]
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in pages}


@pytest.mark.parametrize("page_size", [500, 2])
def test_a_fact_edit_renders_only_the_part_of_the_pack_that_holds_it(page_size: int, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With the weapons topic in one part, and split into two (2 facts a part): of the pack's pages,
    only the part listing the edited fact is rendered again; the front, the other parts and the
    appendices are kept as they were."""
    from briefing import urls

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", page_size)
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    before = _pack_inodes(out)
    # the front, weapons (one part or two), diplomacy, the register, the estimates and the bibliography
    assert len(before) == (7 if page_size == 2 else 6)
    edit(site / WEAPONS, "claim: A Ukrainian police official said", "claim: A police official in Ukraine said")
    result = Builder(site, out).rebuild()
    assert result.ok and result.parsed == 1
    after = _pack_inodes(out)
    changed = sorted(route for route in after if after[route] != before.get(route))
    holder = [route for route in after if 'id="fact-kharkiv-weapons"' in (out / route).read_text(encoding="utf-8")]
    assert changed == holder and len(holder) == 1, (changed, holder)
    assert "A police official in Ukraine said" in (out / holder[0]).read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path)


# Edits that move facts between the pack's parts or renumber them (weapons in parts of 2 facts).
PACK_EDITS = {
    "a date moves a fact to the other part": lambda site: edit(site / WEAPONS, "date: 2022-11", "date: 2025-01"),
    "a deleted fact": MORE_EDITS["deleted fact"],
    "an earlier fact added renumbers the rest": lambda site: (site / WEAPONS).write_text(
        (site / WEAPONS).read_text(encoding="utf-8") + "  - id: early-shells\n    claim: An early shipment.\n"
        "    date: 2020-01\n    positions:\n      - actor: nis\n        stance: asserts\n        citations:\n"
        "          - source: wire-2024-03\n            quote: told South Korean delegates\n", encoding="utf-8"),
    "topics reordered": lambda site: edit(site / "site.yaml", "topics: [weapons, diplomacy]",
                                          "topics: [diplomacy, weapons]"),
    "a judgment names another fact": lambda site: edit(site / "site.yaml", "facts: [shells-by-train, shells-million]",
                                                       "facts: [kharkiv-weapons]"),
    "a new topic": _add_topic,
}


@pytest.mark.parametrize("name", list(PACK_EDITS))
def test_edits_that_renumber_or_move_facts_in_the_pack_equal_a_clean_build(name: str, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import urls

    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 2)
    site = copy_site(tmp_path / "site")
    out, kept_out = tmp_path / "out", tmp_path / "kept"
    kept = Builder(site, kept_out)  # one Builder across saves, as `serve` uses it
    assert Builder(site, out).rebuild().ok and kept.rebuild().ok
    before = _pack_inodes(out)
    PACK_EDITS[name](site)
    fresh, again = Builder(site, out).rebuild(), kept.rebuild()
    assert fresh.ok and again.ok, [p.format() for p in fresh.problems]
    assert any(inode != before.get(route) for route, inode in _pack_inodes(out).items())
    assert_same_as_clean_build(site, out, tmp_path)
    assert tree(kept_out) == tree(out)


def test_the_disputed_list_is_rendered_again_only_when_what_it_shows_changes(tmp_path: Path) -> None:
    """The disputed list names the facts it shows (and their standings), not every fact: a claim
    edit elsewhere leaves it as it was; an edit to a disputed fact, or one that makes a fact
    disputed, renders it again; each result equals a clean build."""
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)
    assert builder.rebuild().ok
    page = out / "disputed.html"
    inode = page.stat().st_ino
    edit(site / WEAPONS, "claim: A Ukrainian police official said", "claim: A Ukrainian police officer said")
    assert builder.rebuild().ok
    assert page.stat().st_ino == inode  # kharkiv-weapons is not disputed
    assert_same_as_clean_build(site, out, tmp_path)

    edit(site / WEAPONS, "claim: North Korea delivered more than a million artillery shells to Russia.",
         "claim: North Korea delivered well over a million artillery shells to Russia.")
    assert builder.rebuild().ok
    assert page.stat().st_ino != inode
    assert "well over a million" in page.read_text(encoding="utf-8")
    inode = page.stat().st_ino
    assert_same_as_clean_build(site, out, tmp_path)

    edit(site / "content/topics/diplomacy.yaml", "      - actor: north-korea\n        stance: denies",
         "      - actor: north-korea\n        stance: asserts")
    assert Builder(site, out).rebuild().ok  # and from a new process's builder
    assert page.stat().st_ino != inode
    assert 'id="fact-both-deny"' in page.read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path)


def _independent_sources(out: Path, fact_id: str) -> str:
    """The independent_sources cell of a fact's row in data/facts.csv."""
    import csv

    rows = list(csv.DictReader((out / "data" / "facts.csv").read_text(encoding="utf-8-sig").splitlines()))
    return next(row["independent_sources"] for row in rows if row["id"] == fact_id)


# Edits that change records of data/briefing.json and data/facts.csv (and the search index's documents),
# most through another object than the fact itself (applied one after the other; the expected
# independent sources of shells-by-train).
RECORD_EDITS = [
    ("citation added", lambda site: edit(site / WEAPONS, EDITS["citation added (later facts move down)"][1],
                                         EDITS["citation added (later facts move down)"][2]), "2"),
    ("an outlet entity makes the two publishers one line", lambda site: (site / "content" / "entities.yaml").write_text(
        (site / "content" / "entities.yaml").read_text(encoding="utf-8")
        + "- id: herald\n  kind: outlet\n  name: The Korea Herald\n  aliases: [Example Wire]\n",
        encoding="utf-8"), "1"),
    ("source publisher", lambda site: edit(site / "content" / "sources" / "wire-2024-03.yaml",
                                           "publisher: Example Wire", "publisher: Other Wire"), "2"),
    ("entity renamed", lambda site: edit(site / "content" / "entities.yaml", "name: National Intelligence Service",
                                         "name: National Intelligence Service of Korea"), "2"),
    ("relation removed", lambda site: edit(site / WEAPONS, EDITS["relation removed"][1], ""), "2"),
    ("source title", lambda site: edit(site / "content" / "sources" / "wire-2024-03.yaml",
                                       "title: South Korea says", "title: Seoul says"), "2"),
    ("fact claim", lambda site: edit(site / WEAPONS, EDITS["fact claim"][1], EDITS["fact claim"][2]), "2"),
    # What the search index's fact documents show through other objects (search._fact keeps them):
    # the quoted passages move down a paragraph, the topic's title is in each fact's line.
    ("archived text, a paragraph first", lambda site: (site / "content" / "sources" / "wire-2024-03.txt").write_text(
        "A paragraph added before the quoted ones.\n\n"
        + (site / "content" / "sources" / "wire-2024-03.txt").read_text(encoding="utf-8"), encoding="utf-8"), "2"),
    ("topic title", lambda site: edit(site / WEAPONS, "title: Weapons", "title: Arms"), "2"),
]


@pytest.mark.parametrize("same_builder", [True, False], ids=["serve", "new process"])
def test_records_kept_across_builds_follow_every_edit(tmp_path: Path, same_builder: bool) -> None:
    """data/briefing.json and data/facts.csv are joined from records kept across builds (exports._Kept),
    the search index from fact documents kept likewise (search._fact), both from standings kept likewise
    (derive.standing): an edit to a fact, to a source it cites (or its text), to the outlets' names, to
    its topic or to a fact relating to it makes its record again, as a clean build would write it."""
    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)
    assert builder.rebuild().ok
    assert _independent_sources(out, "shells-by-train") == "1"
    for name, change, independent in RECORD_EDITS:
        before = (out / "data" / "briefing.json").read_bytes()
        change(site)
        result = (builder if same_builder else Builder(site, out)).rebuild()
        assert result.ok, (name, [p.format() for p in result.problems])
        assert (out / "data" / "briefing.json").read_bytes() != before, name
        assert _independent_sources(out, "shells-by-train") == independent, name
        assert_same_as_clean_build(site, out, tmp_path / name.replace(" ", "-"))


def test_feed_sitemap_and_indexes_are_rendered_again_only_when_what_they_list_changes(tmp_path: Path) -> None:
    """The feed names its newest facts and the sitemap its addresses and days (exports.pages), the
    sources' and entities' lists their counts of facts: a claim edit renders the feed again but not
    the others; a newer date or a new fact changes the feed and the sitemap, a new citation the counts."""
    site = copy_site(tmp_path / "site")
    edit(site / "site.yaml", "language: en\n", "language: en\nbase_url: https://example.org/fixture/\n")
    out = tmp_path / "out"
    builder = Builder(site, out)
    assert builder.rebuild().ok

    def inodes() -> tuple[int, int]:
        return (out / "feed.xml").stat().st_ino, (out / "sitemap.xml").stat().st_ino

    def lists() -> tuple[int, int]:
        return (out / "sources" / "index.html").stat().st_ino, (out / "entities" / "index.html").stat().st_ino

    feed, sitemap = inodes()
    indexes = lists()
    edit(site / WEAPONS, "claim: A Ukrainian police official said", "claim: A Ukrainian police officer said")
    assert builder.rebuild().ok
    assert inodes()[0] != feed and inodes()[1] == sitemap
    assert lists() == indexes
    # In place (no line added, so the sheet's head is unchanged): one more fact cites the Herald,
    # and the Ukrainian official makes the claim the NIS made.
    edit(site / WEAPONS, "        date: 2024-03\n        citations:\n          - source: wire-2024-03\n"
         "            quote: Pyongyang recently delivered more than a million artillery shells to Russia\n",
         "        date: 2024-02-10\n        citations:\n          - source: herald-2024-02-16\n"
         "            quote: artillery shells to Russia\n")
    edit(site / WEAPONS, "      - actor: nis\n        stance: asserts\n        citations:\n          - source: herald",
         "      - actor: bolvinov\n        stance: asserts\n        citations:\n          - source: herald")
    assert builder.rebuild().ok
    assert lists()[0] != indexes[0] and lists()[1] != indexes[1]
    assert_same_as_clean_build(site, out, tmp_path / "counts")
    assert "A Ukrainian police officer said" in (out / "feed.xml").read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path / "claim")

    edit(site / WEAPONS, "    date: 2024-02\n", "    date: 2024-02\n    added: 2024-07-01\n")  # the newest edit
    edit(site / WEAPONS, "    date: ../2024-03\n", "    date: ../2024-03\n    updated: 2024-05-01\n")
    assert builder.rebuild().ok
    assert_same_as_clean_build(site, out, tmp_path / "added")
    feed, sitemap = inodes()
    # A day only the sitemap and the feed show (the briefing's newest edit stays 1 July).
    edit(site / WEAPONS, "updated: 2024-05-01", "updated: 2024-06-01")
    assert builder.rebuild().ok
    assert inodes()[0] != feed and inodes()[1] != sitemap
    assert "<lastmod>2024-06-01</lastmod>" in (out / "sitemap.xml").read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path / "updated")

    _add_topic(site)
    assert builder.rebuild().ok
    assert "facts/seoul-told.html" in (out / "sitemap.xml").read_text(encoding="utf-8")
    assert_same_as_clean_build(site, out, tmp_path / "new-topic")


def test_quote_checks_kept_between_saves_follow_the_text_and_the_lines(tmp_path: Path) -> None:
    """The dev server keeps quote verdicts between saves: an archived text edit that removes a
    quoted passage is still an error, and a verdict reused after lines were added above its
    citation reports the citation's new line (as a clean check does)."""
    site = copy_site(tmp_path / "site")
    kept = Builder(site, tmp_path / "out")
    assert kept.validate().ok
    archive = site / "content" / "sources" / "wire-2024-03.txt"
    edit(archive, "Pyongyang recently delivered", "Pyongyang delivered")
    found = [p.format() for p in kept.validate().problems]
    assert found == [p.format() for p in validate(site, use_cache=False).problems]
    assert any(line.startswith(f"{WEAPONS}:37:") and "quote not found in the archived text of 'wire-2024-03'" in line
               for line in found), found
    edit(site / WEAPONS, "facts:\n", "facts:\n\n\n")
    moved = [p.format() for p in kept.validate().problems]
    assert moved == [p.format() for p in validate(site, use_cache=False).problems]
    assert any(line.startswith(f"{WEAPONS}:39:") and "quote not found" in line for line in moved), moved


def test_quote_verdicts_saved_for_the_next_process_follow_the_text(tmp_path: Path) -> None:
    """A new process starts from the quote verdicts the last run saved (by the archived text's
    digest and the citation's words): an edit to the text is checked again, the rest reused."""
    from briefing import check as checks

    site = copy_site(tmp_path / "site")
    assert Builder(site, tmp_path / "out").validate().ok
    saved, _ = checks.quote_verdicts()
    assert saved and not any(verdicts for verdicts in saved.values())
    checks.keep_quote_verdicts({})  # a new process: nothing in memory
    assert Builder(site, tmp_path / "out").validate().ok
    assert checks.quote_verdicts() == (saved, False)  # all of them came from the cache file
    edit(site / "content" / "sources" / "wire-2024-03.txt", "Pyongyang recently delivered", "Pyongyang delivered")
    checks.keep_quote_verdicts({})
    found = [p.format() for p in Builder(site, tmp_path / "out").validate().problems]
    assert found == [p.format() for p in validate(site, use_cache=False).problems]
    assert any(line.startswith(f"{WEAPONS}:37:") and "quote not found" in line for line in found), found


@pytest.mark.parametrize("same_builder", [True, False], ids=["serve", "new process"])
def test_pages_whose_deps_did_not_change_keep_their_digest(tmp_path: Path, same_builder: bool,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A page keeps the digest its recipe (route, template, title, settings, dep names) and its deps'
    fingerprints gave last time: a save that changes no content digests no page, an edit digests
    the pages that show what changed, and the output still equals a clean build."""
    import os

    from briefing.builder import Fingerprints

    site = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)
    assert builder.rebuild().ok
    digested: list[str] = []
    item = Fingerprints.item
    monkeypatch.setattr(Fingerprints, "item", lambda self, key: digested.append(key) or item(self, key))
    sheet = site / WEAPONS
    sheet.write_bytes(sheet.read_bytes())  # saved again, unchanged
    os.utime(sheet, ns=(sheet.stat().st_atime_ns, sheet.stat().st_mtime_ns + 5_000_000_000))
    result = (builder if same_builder else Builder(site, out)).rebuild()
    assert result.ok and result.rendered == 0 and digested == []
    file, old, new = EDITS["fact claim"]
    edit(site / file, old, new)
    result = (builder if same_builder else Builder(site, out)).rebuild()
    assert result.ok and result.rendered > 0
    assert "fact:shells-million" in digested  # the pages that show the fact were digested again
    assert_same_as_clean_build(site, out, tmp_path)


def test_a_line_added_to_a_fact_leaves_its_topic_as_it_was(tmp_path: Path) -> None:
    """A fact sheet's head keeps its facts' lines blank: a citation added to one fact changes the
    fact, not the topic every page depends on (the whole site would be rendered again)."""
    site = copy_site(tmp_path / "site")

    def fingerprints() -> dict[str, str]:
        cache = PartCache(None)
        return build_from_parts(read_inputs(site, cache), cache).fingerprints

    before = fingerprints()
    file, old, new = EDITS["citation added (later facts move down)"]
    edit(site / file, old, new)
    after = fingerprints()
    assert after["topic:weapons"] == before["topic:weapons"]
    assert after["fact:shells-by-train"] != before["fact:shells-by-train"]
    edit(site / WEAPONS, "title: Weapons", "title: Arms")
    assert fingerprints()["topic:weapons"] != before["topic:weapons"]


def test_a_resident_builder_writes_its_cache_when_asked_and_yields_to_a_new_save(tmp_path: Path) -> None:
    """The dev server's builder leaves the cache files for after the reload (persist), writes them
    one by one, and leaves the rest for later while a new save waits; the next process reads them."""
    site = copy_site(tmp_path / "site")
    builder = Builder(site, tmp_path / "out")
    builder.resident = True
    assert builder.rebuild().ok
    assert not site_cache_dir(site).exists() or not any(site_cache_dir(site).rglob("parts-*/*.pickle"))
    assert builder.persist(stop=lambda: True) is False  # a save is waiting: nothing written yet
    assert not any(site_cache_dir(site).rglob("parts-*/*.pickle"))
    assert builder.persist() is True
    assert any(site_cache_dir(site).rglob("parts-*/*.pickle")) and any(site_cache_dir(site).glob("output-*.pickle"))
    assert Builder(site, tmp_path / "out").validate().parsed == 0  # a new process parses nothing


def test_the_input_signature_lists_what_os_walk_lists_and_gives_the_readers_stat_keys(tmp_path: Path) -> None:
    """stat_signature walks with os.scandir: the same files as os.walk (a link to a file is a file, a
    link to a folder is listed as a folder but not walked, a broken link is listed as missing), and the stat
    key of each regular file that is not a link, which read_inputs then need not ask for again."""
    import os

    from briefing.builder import stat_signature
    from briefing.parts import _stat_key

    top = tmp_path / "content"
    (top / "topics").mkdir(parents=True)
    (top / "topics" / "a.yaml").write_text("a", encoding="utf-8")
    (top / "b.txt").write_text("bb", encoding="utf-8")
    (top / "link.yaml").symlink_to(top / "b.txt")
    (top / "broken.yaml").symlink_to(top / "gone.yaml")
    (top / "folder-link").symlink_to(top / "topics")

    def walked() -> list[tuple[str, int, int, int, int]]:  # the signature as os.walk made it
        paths = [Path(folder) / name for folder, _dirs, names in os.walk(top) for name in names]
        # and each folder (a link to one too) by itself: a new empty `x.yaml/` is a change
        folders = [(f"{Path(folder) / name}{os.sep}", -2, 0, 0, (Path(folder) / name).lstat().st_ino)
                   for folder, dirs, _names in os.walk(top) for name in dirs]
        return sorted([(str(p), *((s.st_size, s.st_mtime_ns, s.st_ctime_ns, s.st_ino) if (s := p.exists() and p.stat())
                                  else (-1, 0, 0, 0))) for p in paths] + folders)

    keys: dict[str, tuple[int, ...]] = {}
    assert list(stat_signature([top], keys)) == walked()
    assert keys == {str(p): _stat_key(p) for p in (top / "topics" / "a.yaml", top / "b.txt")}
