"""What a new process reuses by content: the data exports' records and the timeline's months.

A `python build.py` after an edit has nothing in memory. The records of data/briefing.json and
data/facts.csv are read back from the last build's files (the sealed cache keeps each record's
content key and place, and the file's digest: exports.keep_records), and each month of the timeline
from a cache file named by a digest of what it shows (timeline.stored_month). These tests build
every kind of edit in a new process and compare with a clean `--no-cache` build, count what was made
again, and damage the new cache entries (and the output files they point into) to see them ignored.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_SITE, ROOT
from test_fragments import assert_same_as_clean_build, edit
from test_i18n import korean_edition
from test_incremental import MORE_EDITS
from test_partial_plan import DIPLOMACY, STEPS

from briefing import exports, urls
from briefing.cache import Store, site_cache_dir

# In a new process: build, and count the records and months made rather than reused.
_COUNTING = """
import json, sys
from pathlib import Path
from briefing import derive, exports, render
from briefing.pipeline import Builder
made = {"fact records": 0, "csv rows": 0, "months": 0, "months reused": 0, "last files": [], "standings": 0}
computed = derive._standing
def counted_standing(briefing, *args):
    if briefing.site.language == "en":  # the original's (a translated edition's are not kept)
        made["standings"] += 1
    return computed(briefing, *args)
derive._standing = counted_standing
record, row, stored, last = exports._fact_record, exports._fact_row, render.stored_month, exports._Kin.last.__func__
def counted_record(*args):
    made["fact records"] += 1
    return record(*args)
def counted_row(*args):
    made["csv rows"] += 1
    return row(*args)
def counted_month(page, shown, months, make):
    made["months reused"] += 1
    def counted_make():
        made["months"] += 1
        made["months reused"] -= 1
        return make()
    return stored(page, shown, months, counted_make)
def found_last(cls, route):
    found = last(cls, route)
    if found is not None:
        made["last files"].append(route)
    return found
exports._fact_record, exports._fact_row, render.stored_month = counted_record, counted_row, counted_month
exports._Kin.last = classmethod(found_last)
r = Builder(Path(sys.argv[1]), Path(sys.argv[2]), workers=1).rebuild()
print(json.dumps({"ok": r.ok, "rendered": r.rendered, "problems": [p.format() for p in r.problems], **made}))
"""


def new_process(site: Path, out: Path) -> dict[str, Any]:
    """Build in a new process, as `python build.py` does after an edit: what it made, and its problems."""
    done = subprocess.run([sys.executable, "-c", _COUNTING, str(site), str(out)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def _ignored(result: dict[str, Any]) -> list[str]:
    return [p for p in result["problems"] if "cache entry ignored" in p]


def _claim(site: Path, again: bool = False) -> None:
    old, new = ("claim: Again, ", "claim: ") if again else ("claim: ", "claim: Again, ")
    edit(site / DIPLOMACY, old, new)


def test_a_claim_edit_makes_one_record_per_export_and_one_month_again(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    first = new_process(site, out)
    assert first["ok"] and first["last files"] == [] and first["months"] > 1 and first["months reused"] == 0
    _claim(site)
    result = new_process(site, out)
    assert result["ok"] and not _ignored(result), result["problems"]
    assert sorted(result["last files"]) == sorted([urls.DATA_JSON, urls.DATA_CSV])
    assert result["fact records"] == 1 and result["csv rows"] == 1
    assert first["standings"] == 4 and result["standings"] == 1
    # One month of the timeline per edition shows the edited claim (the Korean edition shows it
    # untranslated, the diplomacy sheet not being translated); every other month is read back.
    assert result["months"] == 2 and result["months reused"] == first["months"] - 2
    assert_same_as_clean_build(site, out, tmp_path)


def test_each_edit_built_by_a_new_process_with_the_kept_records_and_months_equals_a_clean_build(
        tmp_path: Path) -> None:
    """Claim, quote, archived text, source, relations, entity rename, facts reordered or deleted, a new
    topic, site.yaml, a translation, a template: each built by a new process from the last one's cache."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert new_process(site, out)["ok"]
    for name, change, _planned in STEPS:
        change(site)
        result = new_process(site, out)
        assert result["ok"] and result["rendered"] > 0, (name, result["problems"])
        assert not _ignored(result), (name, result["problems"])
        assert_same_as_clean_build(site, out, tmp_path)


def test_a_failed_build_leaves_no_records_that_describe_another_file(tmp_path: Path) -> None:
    """A build that fails writes nothing to the output: whatever it kept in the cache for the files it
    did not write is not taken to describe the old files (they are checked by their digest)."""
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert new_process(site, out)["ok"]
    MORE_EDITS["archived text deleted (an error)"](site)
    assert not new_process(site, out)["ok"]
    (site / "content" / "sources" / "herald-2024-02-16.txt").write_text(
        (FIXTURE_SITE / "content" / "sources" / "herald-2024-02-16.txt").read_text(encoding="utf-8"),
        encoding="utf-8")
    _claim(site)
    result = new_process(site, out)
    assert result["ok"], result["problems"]
    assert_same_as_clean_build(site, out, tmp_path)


def _records_file(site: Path, out: Path, route: str) -> Path:
    exports.keep_records(None)
    exports._Kin.out_dir = out.absolute()
    try:
        return site_cache_dir(site) / exports._Kin.name(route)
    finally:
        exports.keep_records(None)


@pytest.mark.parametrize("damage", ["flipped", "truncated", "foreign", "another version", "output edited",
                                    "output grown", "deleted"])
def test_damaged_or_foreign_records_are_ignored_and_every_record_made_again(damage: str, tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert new_process(site, out)["ok"]
    records = _records_file(site, out, urls.DATA_CSV)
    assert records.is_file()
    store = Store(site_cache_dir(site))
    if damage == "flipped":
        data = bytearray(records.read_bytes())
        data[-10] ^= 0xFF
        records.write_bytes(bytes(data))
    elif damage == "truncated":
        records.write_bytes(records.read_bytes()[:60])
    elif damage == "foreign":
        store.dump(records.name, ("not", "records"))
    elif damage == "another version":
        found = store.load(records.name)
        store.dump(records.name, ((0, "other code"), *found[1:]))
    elif damage == "output edited":  # the same size, another byte: not the file the records describe
        csv = out / urls.DATA_CSV
        data = bytearray(csv.read_bytes())
        data[-3] = ord("X") if data[-3] != ord("X") else ord("Y")
        csv.write_bytes(bytes(data))
    elif damage == "output grown":
        with (out / urls.DATA_CSV).open("ab") as handle:
            handle.write(b"x,y\r\n")
    else:
        records.unlink()
    _claim(site)
    result = new_process(site, out)
    assert result["ok"], result["problems"]
    assert result["last files"] == [urls.DATA_JSON]  # the other file's records are intact
    facts = result["fact records"]
    assert facts == 1 and result["csv rows"] == 4  # every row of facts.csv made again
    notes = _ignored(result)
    assert len(notes) == (1 if damage in ("flipped", "truncated", "foreign") else 0), result["problems"]
    assert all(records.name in note for note in notes)
    assert not [p for p in result["problems"] if "Traceback" in p]
    assert_same_as_clean_build(site, out, tmp_path)
    # That build kept sound records again: the next edit reuses them.
    _claim(site, again=True)
    again = new_process(site, out)
    assert again["ok"] and again["csv rows"] == 1
    assert_same_as_clean_build(site, out, tmp_path)


@pytest.mark.parametrize("damage", ["flipped", "truncated", "swapped"])
def test_a_damaged_month_is_ignored_and_made_again(damage: str, tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    first = new_process(site, out)
    assert first["ok"]
    months = sorted((site_cache_dir(site) / "timeline").rglob("*.html"))
    assert len(months) == first["months"]
    if damage == "flipped":
        for month in months:
            data = bytearray(month.read_bytes())
            data[-5] ^= 0xFF
            month.write_bytes(bytes(data))
    elif damage == "truncated":
        for month in months:
            month.write_bytes(month.read_bytes()[:40])
    else:  # each month's file holds another month's HTML (sealed for another name: refused)
        texts = [month.read_bytes() for month in months]
        for month, text in zip(months, texts[1:] + texts[:1], strict=True):
            month.write_bytes(text)
    _claim(site)
    result = new_process(site, out)
    assert result["ok"], result["problems"]
    assert result["months"] == first["months"] and result["months reused"] == 0
    assert len(_ignored(result)) == first["months"] - 2  # the two months the edit changed are not read
    assert not [p for p in result["problems"] if "Traceback" in p]
    assert_same_as_clean_build(site, out, tmp_path)


def test_without_the_cache_nothing_is_kept_or_reused(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert new_process(site, out)["ok"]
    code = ("import sys\nfrom pathlib import Path\nfrom briefing.pipeline import Builder\n"
            "assert Builder(Path(sys.argv[1]), Path(sys.argv[2]), use_cache=False).rebuild().ok\n")
    _claim(site)
    before = {p: p.stat().st_mtime_ns for p in site_cache_dir(site).rglob("*") if p.is_file()}
    subprocess.run([sys.executable, "-c", code, str(site), str(out)], cwd=ROOT, check=True)
    after = {p: p.stat().st_mtime_ns for p in site_cache_dir(site).rglob("*") if p.is_file()}
    assert before == after
    assert_same_as_clean_build(site, out, tmp_path)


@pytest.mark.parametrize("damage", ["flipped", "truncated", "foreign", "another version", "other sources",
                                    "delta flipped", "delta of another main file", "deleted"])
def test_damaged_or_foreign_standings_are_ignored_and_computed_again(damage: str, tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    assert new_process(site, out)["ok"]
    _claim(site)
    assert new_process(site, out)["standings"] == 1  # the edited fact's, written beside the main file
    main, delta = site_cache_dir(site) / "standings-en.pickle", site_cache_dir(site) / "standings-en-delta.pickle"
    assert main.is_file() and delta.is_file()
    store = Store(site_cache_dir(site))
    target = delta if damage.startswith("delta") else main
    if damage.endswith("flipped"):
        data = bytearray(target.read_bytes())
        data[-10] ^= 0xFF
        target.write_bytes(bytes(data))
    elif damage == "truncated":
        target.write_bytes(target.read_bytes()[:60])
    elif damage == "foreign":
        store.dump(main.name, ("not", "standings"))
    elif damage == "another version":
        found = store.load(main.name)
        store.dump(main.name, ((0, "other code", found[0][2]), *found[1:]))
    elif damage == "other sources":  # what the sources and entities were then is not what they are now
        found = store.load(main.name)
        store.dump(main.name, ((found[0][0], found[0][1], "other sources"), *found[1:]))
    elif damage == "delta of another main file":
        found = store.load(delta.name)
        store.dump(delta.name, (found[0], "another token", found[2]))
    else:
        main.unlink()
    STEPS[0][1](site)  # a claim of another sheet
    result = new_process(site, out)
    assert result["ok"], result["problems"]
    # The edited fact's own is computed in any case, and the one edited before when the small file
    # that holds it is not read; all four when the main file is not.
    want = {"delta flipped": 2, "delta of another main file": 2}.get(damage, 4)
    assert result["standings"] == want, damage
    notes = _ignored(result)
    assert len(notes) == (1 if damage in ("flipped", "truncated", "foreign", "delta flipped") else 0), notes
    assert all(target.name in note for note in notes)
    assert_same_as_clean_build(site, out, tmp_path)
    # That build kept sound standings again.
    _claim(site)
    again = new_process(site, out)
    assert again["ok"] and again["standings"] == 1
    assert_same_as_clean_build(site, out, tmp_path)
