"""The dev server's output trees (write.Staging): from a process's second build of an output on, the
tree each swap takes out is kept and the next one is assembled in it, relinking only the files that
changed. Each result equals a clean build made in another process (files and folders), the files of
the site being replaced are never written to, and a tree another build swapped in is never reused.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_fragments import WEAPONS, assert_same_as_clean_build, edit
from test_i18n import korean_edition
from test_incremental import MORE_EDITS

from briefing import write
from briefing.pipeline import Builder


def folders(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir())


def assert_clean(site: Path, out: Path, tmp_path: Path) -> None:
    """Files and folders as a `--no-cache` build in another process makes them."""
    assert_same_as_clean_build(site, out, tmp_path)
    assert folders(out) == folders(tmp_path / "clean")


def claim_edit(site: Path, turn: int) -> None:
    text = (site / WEAPONS).read_text(encoding="utf-8")
    old = text[text.index("claim: North Korea delivered"):].split("\n", 1)[0]
    edit(site / WEAPONS, old, f"claim: North Korea delivered more than a million shells to Russia ({turn}).")


def saved_three_times(tmp_path: Path) -> tuple[Path, Path, Builder]:
    """A site built by one builder after three claim edits (the spare kept from the second on)."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)
    for turn in range(3):
        claim_edit(site, turn)
        assert builder.rebuild().ok
    return site, out, builder


def test_each_tree_is_assembled_in_the_last_one_and_equals_a_clean_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out, workers=1)
    assert builder.rebuild().ok
    claim_edit(site, 0)
    assert builder.rebuild().ok  # the process's second commit: the tree it took out is kept
    spare = write.Staging._spares[out.absolute()]
    assert spare.path.is_dir() and spare.same
    links: list[str] = []
    kept: list[tuple[str, int]] = []  # each file kept as it is, and how many links that took
    link, keep = os.link, write.Staging.keep

    def counted_link(source: str, target: str) -> None:
        links.append(target)
        link(source, target)

    def counted_keep(staging: write.Staging, route: str) -> bool:
        before = len(links)
        found = keep(staging, route)
        kept.append((route, len(links) - before))
        return found

    monkeypatch.setattr(os, "link", counted_link)
    monkeypatch.setattr(write.Staging, "keep", counted_keep)
    edits = [("claim", lambda site: claim_edit(site, 1)), ("date moved to another month", lambda site: edit(
        site / WEAPONS, "    date: 2022-11\n", "    date: 2023-05\n"))] + [
        (name, MORE_EDITS[name]) for name in ("quote", "deleted fact", "new topic", "site.yaml")]
    for name, change in edits:
        links.clear()
        kept.clear()
        change(site)
        result = builder.rebuild()
        assert result.ok, (name, [p.format() for p in result.problems])
        assert write.Staging._spares[out.absolute()] is not spare  # it became this tree; this took out another
        assert_clean(site, out, tmp_path)
        if name in ("claim", "quote"):
            # Only files that differ from the last tree are linked: those of the build before, not all.
            # A file kept from the build before last is the spare's already: no link. Only the files
            # that build wrote differ from the current ones.
            assert sum(1 for _route, made in kept if made == 0) > len(kept) / 2, (name, kept)
        spare = write.Staging._spares[out.absolute()]
    assert len(list(tmp_path.glob(".out.*-tmp"))) == 1  # the spare, and no other tree


def test_the_files_of_the_site_being_replaced_are_never_written(tmp_path: Path) -> None:
    """A reader holding the current site's files (the browser, a copy in progress) reads them whole
    and unchanged while the next tree is assembled in the spare, which shares their inodes."""
    site, out, builder = saved_three_times(tmp_path)
    held = {path: (open(path, "rb"), path.read_bytes()) for path in out.rglob("*") if path.is_file()}
    try:
        for turn in range(3, 6):
            claim_edit(site, turn)
            MORE_EDITS["site.yaml"](site) if turn == 4 else None
            assert builder.rebuild().ok
        for path, (handle, data) in held.items():
            handle.seek(0)
            assert handle.read() == data, path
    finally:
        for handle, _data in held.values():
            handle.close()
    assert_clean(site, out, tmp_path)


def test_a_tree_another_build_swapped_in_or_a_file_added_by_hand_is_not_reused(tmp_path: Path) -> None:
    site, out, builder = saved_three_times(tmp_path)
    assert out.absolute() in write.Staging._spares
    # Another process builds the same output: its tree, not the one this process kept a spare of.
    claim_edit(site, 3)
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--no-cache", "--quiet", "--site", str(site),
                    "--output", str(out)], check=True, capture_output=True)
    claim_edit(site, 4)
    assert builder.rebuild().ok
    assert_clean(site, out, tmp_path)
    # A file added by hand to a folder of the output: the tree holding it is not kept to build in.
    for turn in range(5, 7):
        claim_edit(site, turn)
        assert builder.rebuild().ok
    (out / "facts" / "notes.txt").write_text("mine\n", encoding="utf-8")
    for turn in range(7, 10):
        claim_edit(site, turn)
        assert builder.rebuild().ok
        assert_clean(site, out, tmp_path)


def test_a_one_off_build_keeps_no_spare(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--quiet", "--site", str(site), "--output", str(out)],
                   check=True, capture_output=True)
    claim_edit(site, 0)
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--quiet", "--site", str(site), "--output", str(out)],
                   check=True, capture_output=True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")) == [".out.lock"]
