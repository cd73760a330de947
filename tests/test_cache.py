"""The build cache cannot lie or run code (README, Performance): it lives outside the site, in the
user's cache directory, and a file that is not sealed by this user's builds is ignored with a note
and rebuilt: never executed, never a traceback, never a different output.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import jinja2
import markdown_it
import pytest
import yaml
from conftest import ROOT, copy_site
from test_incremental import assert_same_as_clean_build

from briefing import cache
from briefing.cache import cache_home, library_versions, site_cache_dir
from briefing.pipeline import Builder, Result, validate


class _Marker:
    """A pickle that, when loaded, creates a file: what a crafted cache entry would do."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple:
        return (exec, (f"open({str(self.path)!r}, 'w').close()",))


def _cache_files(site: Path) -> list[Path]:
    return sorted(p for p in site_cache_dir(site).rglob("*") if p.is_file())


def _notes(result: Result) -> list[str]:
    return [p.format() for p in result.problems if p.severity.value == "note" and "cache" in p.message]


def test_the_cache_is_kept_outside_the_site_in_the_user_cache_directory(site: Path, tmp_path: Path,
                                                                        private_build_cache: Path) -> None:
    assert Builder(site, tmp_path / "out").rebuild().ok
    assert cache_home() == private_build_cache
    kinds = {p.relative_to(site_cache_dir(site)).parts[0].split("-")[0] for p in _cache_files(site)}
    assert kinds == {"parts", "output", "recipes", "plan", "templates", "quotes", "records", "timeline",
                     "standings"}
    assert not (site / ".briefing-cache").exists()
    assert not any(p.name.startswith(".briefing") for p in site.rglob("*"))
    # Two sites never share a folder; the key is the user's own.
    other = copy_site(tmp_path / "other")
    assert site_cache_dir(other) != site_cache_dir(site)
    assert (private_build_cache / "key").stat().st_mode & 0o077 == 0


def test_a_crafted_pickle_never_runs(site: Path, tmp_path: Path) -> None:
    """Every cache file replaced by a pickle that creates a marker file: nothing runs, output unchanged."""
    marker = tmp_path / "marker"
    evil = pickle.dumps(_Marker(marker))
    pickle.loads(evil)  # the payload works: loading it is what creates the marker
    assert marker.exists()
    marker.unlink()
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    files = _cache_files(site)
    assert len(files) > 5
    for path in files:
        path.write_bytes(evil)
    # Jinja2's compiled-template format starts with a pickle too: magic, then a pickled checksum.
    bytecode = [p for p in files if p.parent.name == "templates"]
    assert bytecode
    for path in bytecode:
        path.write_bytes(jinja2.bccache.bc_magic + evil)
    # And the old place inside the site, which a pull request can write, is never read.
    old = site / ".briefing-cache"
    for name in ("output-0123456789abcdef.pickle", "parts-x/0123.pickle", "templates/__jinja2_x.cache"):
        (old / name).parent.mkdir(parents=True, exist_ok=True)
        (old / name).write_bytes(evil)
    (site / "content" / "topics" / "weapons.yaml").touch()  # not a no-op run: the cache is read
    result = Builder(site, out).rebuild()
    assert result.ok, [p.format() for p in result.problems]
    assert not marker.exists()
    notes = _notes(result)
    assert notes and all("cache entry ignored: not sealed by this user's builds" in n for n in notes)
    assert any(n.startswith(str(site_cache_dir(site) / "output-")) for n in notes)
    assert_same_as_clean_build(site, out, tmp_path)
    assert not marker.exists()
    # `check` reads the same cache, and the entries were rebuilt (sealed) by the build above.
    assert validate(site).ok and _notes(validate(site)) == []
    assert not marker.exists()


@pytest.mark.parametrize("damage", ["truncated", "byte flipped", "empty", "sealed with another key"])
def test_a_corrupt_or_foreign_cache_entry_is_ignored_with_a_note(damage: str, site: Path, tmp_path: Path,
                                                                 private_build_cache: Path) -> None:
    out = tmp_path / "out"
    assert Builder(site, out).rebuild().ok
    if damage == "sealed with another key":  # a cache folder copied from another machine or user
        (private_build_cache / "key").write_bytes(os.urandom(32))
    else:
        for path in _cache_files(site):
            data = path.read_bytes()
            if damage == "truncated":
                data = data[:len(data) // 2]
            elif damage == "byte flipped":
                middle = len(data) // 2
                data = data[:middle] + bytes([data[middle] ^ 0x40]) + data[middle + 1:]
            else:
                data = b""
            path.write_bytes(data)
    result = Builder(site, out).rebuild()
    assert result.ok, [p.format() for p in result.problems]
    assert result.parsed > 0 and result.rendered > 0  # nothing from the cache was trusted
    assert _notes(result)
    assert_same_as_clean_build(site, out, tmp_path)
    # Rebuilt: the next run trusts its own entries again, silently.
    again = Builder(site, out).rebuild()
    assert _notes(again) == [] and again.rendered == 0


def test_a_cache_that_cannot_be_written_is_skipped_with_a_note(site: Path, tmp_path: Path) -> None:
    folder = site_cache_dir(site)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the site's cache folder would be")
    out = tmp_path / "out"
    result = Builder(site, out).rebuild()
    assert result.ok and not [p for p in result.problems if p.severity.value != "note"]
    notes = _notes(result)
    assert len(notes) == 1 and f"{folder}: note: the build cache could not be used" in notes[0]
    assert_same_as_clean_build(site, out, tmp_path)


def test_a_library_upgrade_invalidates_the_cache(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = library_versions()
    assert f"jinja2={jinja2.__version__}" in versions
    assert f"markdown-it-py={markdown_it.__version__}" in versions
    assert f"pyyaml={yaml.__version__}" in versions
    out = tmp_path / "out"
    first = Builder(site, out).rebuild()
    assert first.ok
    monkeypatch.setattr(cache, "_versions", versions.replace(f"markdown-it-py={markdown_it.__version__}",
                                                             "markdown-it-py=99.0.0"))
    (site / "content" / "entities.yaml").touch()
    result = Builder(site, out).rebuild()
    assert result.ok
    assert result.parsed == first.parsed  # every part parsed again
    assert result.rendered == first.rendered  # and every page rendered again
    assert _notes(result) == []  # another version's cache is expected, not suspicious


def test_the_pages_workflow_builds_without_the_cache() -> None:
    steps = []
    for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        for job in yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"].values():
            # `diff` reads no cache (it models both revisions from scratch); every build and check must not either.
            steps += [step["run"] for step in job.get("steps", [])
                      if "build.py" in step.get("run", "") and "build.py diff" not in step["run"]]
    assert steps
    assert all("--no-cache" in run for run in steps), steps


def test_without_a_home_directory_the_site_builds_without_a_cache(site: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home(cls: type) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", classmethod(no_home))
    out = tmp_path / "out"
    result = Builder(site, out).rebuild()
    assert result.ok
    assert _notes(result) == ["~/.cache/briefing: note: the build cache is not used (Could not determine home "
                              "directory.)\n    hint: set XDG_CACHE_HOME to a folder of your own"]
    assert_same_as_clean_build(site, out, tmp_path)
