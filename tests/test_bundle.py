"""`python build.py bundle`: a dated zip of the built site that opens from disk after unzipping."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

from conftest import run_cli

from briefing.bundle import bundle_name


def test_bundle_writes_a_dated_zip_of_the_whole_site(site: Path) -> None:
    result = run_cli("bundle", "--site", str(site))
    assert result.returncode == 0, result.stderr
    name = f"fixture-briefing-{datetime.date.today().isoformat()}"
    zip_path = site / f"{name}.zip"
    assert f"→ {zip_path}" in result.stdout
    assert f"open {name}/index.html" in result.stdout
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == sorted(names)
        assert all(n.startswith(f"{name}/") for n in names)
        entries = {n.removeprefix(f"{name}/") for n in names}
        built = {p.relative_to(site / "output").as_posix() for p in (site / "output").rglob("*") if p.is_file()}
        assert entries == built - {".briefing-output"}
        for must in ("index.html", "facts/shells-million.html", "assets/style.css", "assets/search.js",
                     "search.html", "search-index.js", "data/facts.csv", "feed.xml"):
            assert must in entries
        assert archive.read(f"{name}/index.html") == (site / "output/index.html").read_bytes()


def test_bundle_is_reproducible_and_honours_zip(site: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "one.zip", tmp_path / "b" / "two.zip"
    assert run_cli("bundle", "-q", "--site", str(site), "--zip", str(first)).returncode == 0
    assert run_cli("bundle", "-q", "--site", str(site), "--zip", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert not list(first.parent.glob(".*.tmp"))


def test_bundle_refuses_when_the_content_has_errors(site: Path) -> None:
    (site / "site.yaml").write_text("title: [not, text]\n", encoding="utf-8")
    result = run_cli("bundle", "--site", str(site))
    assert result.returncode == 1
    assert "site.yaml:1:8: error: expected text, found a list" in result.stderr
    assert not list(site.glob("*.zip"))


def test_bundle_name_is_the_title_slug_and_the_date() -> None:
    assert bundle_name("North Korea–Russia military cooperation", datetime.date(2024, 11, 5)) == \
        "north-korea-russia-military-cooperation-2024-11-05"
