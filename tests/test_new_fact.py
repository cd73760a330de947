"""`build.py new fact`: the quote verified and located, the fact appended after the sheet's last fact with every
other byte of the sheet (comments, quoting, flow lists) unchanged, and the site still valid."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURE_SITE, copy_site, run_cli

from briefing.pipeline import validate

WEAPONS = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
# A sheet as editors keep it: comments above, between and after the facts.
COMMENTED = ("# yaml-language-server: $schema=../../schema/topic.schema.json\n"
             + WEAPONS.replace("  - id: shells-million\n", "  # The million figure, from the wire.\n"
                               "  - id: shells-million\n")
             + "\n# Next: the Kharkiv findings, once the second source is archived.\n")


def test_new_fact_is_appended_and_the_rest_of_the_sheet_is_untouched(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={"content/topics/weapons.yaml": COMMENTED})
    result = run_cli("new", "fact", "--site", str(site), "--source", "herald-2024-02-16", "--topic", "weapons",
                     "--quote", "The National Intelligence Service in Seoul believes North Korea")
    assert result.returncode == 0, result.stderr
    line = COMMENTED.count("\n", 0, COMMENTED.index("\n# Next:")) + 1
    assert result.stdout.splitlines()[:3] == [
        f"New fact 'national-intelligence-service-seoul-believes-north' at content/topics/weapons.yaml:{line}",
        "  quote    found at content/sources/herald-2024-02-16.txt:6",
        "  actor    nis (the one entity the quoted sentence names: check it)"]
    after = (site / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    cut = COMMENTED.index("\n# Next:")
    assert after == COMMENTED[:cut] + (
        "  - id: national-intelligence-service-seoul-believes-north\n"
        "    claim: The National Intelligence Service in Seoul believes North Korea\n"
        "    positions:\n"
        "      - actor: nis\n"
        "        stance: asserts\n"
        "        citations:\n"
        "          - source: herald-2024-02-16\n"
        "            quote: The National Intelligence Service in Seoul believes North Korea  "
        "# content/sources/herald-2024-02-16.txt:6\n") + COMMENTED[cut:]
    checked = validate(site, use_cache=False)
    assert checked.ok and "national-intelligence-service-seoul-believes-north" in checked.briefing.facts


def test_quotes_that_need_quoting_are_quoted(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    result = run_cli("new", "fact", "--site", str(site), "--source", "herald-2024-02-16", "--topic", "diplomacy",
                     "--quote", "“Russians continue to use weapons from North Korea in the Kharkiv region,”",
                     "--actor", "bolvinov", "--id", "kharkiv-again", "--claim", "Russia: uses North Korean arms.")
    assert result.returncode == 0, result.stderr
    after = (site / "content/topics/diplomacy.yaml").read_text(encoding="utf-8")
    original = (FIXTURE_SITE / "content/topics/diplomacy.yaml").read_text(encoding="utf-8")
    assert after.startswith(original)
    assert after[len(original):] == (
        "  - id: kharkiv-again\n"
        "    claim: 'Russia: uses North Korean arms.'\n"
        "    positions:\n"
        "      - actor: bolvinov\n"
        "        stance: asserts\n"
        "        citations:\n"
        "          - source: herald-2024-02-16\n"
        "            quote: “Russians continue to use weapons from North Korea in the Kharkiv region,”  "
        "# content/sources/herald-2024-02-16.txt:8\n")
    assert validate(site, use_cache=False).ok


def test_a_quote_not_in_the_source_writes_nothing(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    result = run_cli("new", "fact", "--site", str(site), "--source", "wire-2024-03", "--topic", "weapons",
                     "--quote", "Pyongyang delivered a million shells")
    assert result.returncode == 1
    assert result.stderr == (
        "content/sources/wire-2024-03.txt: error: quote not found in the archived text of 'wire-2024-03'\n"
        "    hint: the closest passage in content/sources/wire-2024-03.txt is: \"Pyongyang recently delivered more "
        "than a million\"\n"
        "1 error, 0 warnings: nothing was written\n")
    assert (site / "content/topics/weapons.yaml").read_text(encoding="utf-8") == WEAPONS


def test_who_says_it_must_be_clear(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    result = run_cli("new", "fact", "--site", str(site), "--source", "wire-2024-03", "--topic", "weapons",
                     "--quote", "Both Russia and North Korea have rejected the accusations.")
    assert result.returncode == 1
    assert result.stderr == (
        "build.py new fact: error: say who makes this statement: --actor ENTITY\n"
        "    hint: people and organisations named in the quoted sentence: none\n"
        "1 error, 0 warnings: nothing was written\n")


def test_a_pdf_quote_is_located_by_page(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={
        "content/sources/report-2024.yaml": "title: Arms transfers\npublished: 2024-03\nlanguage: en\n",
        "content/sources/report-2024.txt": "Arms transfers\n\n[p. 1]\nArms transfers\n\n[p. 2]\n"
                                           "The NIS counted more than a million shells.\n"})
    result = run_cli("new", "fact", "--site", str(site), "--source", "report-2024", "--topic", "weapons",
                     "--quote", "counted more than a million shells")
    assert result.returncode == 0, result.stderr
    assert "  quote    found at content/sources/report-2024.txt:7, p. 2" in result.stdout
    assert validate(site, use_cache=False).ok


def test_a_coverage_line_can_be_cited(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={
        "content/sources/report-2024.yaml": "title: Arms transfers\npublished: 2024-03\nlanguage: en\n",
        "content/sources/report-2024.txt": "Arms transfers\n\nAn annex lists the routes. The NIS counted more "
                                           "than a million shells.\n"})
    coverage = run_cli("coverage", "--site", str(site))
    assert '  content/sources/report-2024.txt:3: "The NIS counted more than a million shells."' in \
        coverage.stdout.splitlines()
    result = run_cli("new", "fact", "--site", str(site), "--from", "content/sources/report-2024.txt:3",
                     "--topic", "weapons", "--id", "nis-counted-a-million")
    assert result.returncode == 0, result.stderr
    after = (site / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    assert after.endswith(
        "      - actor: nis\n        stance: asserts\n        citations:\n          - source: report-2024\n"
        "            quote: The NIS counted more than a million shells.  # content/sources/report-2024.txt:3\n")
    assert validate(site, use_cache=False).ok
    bad = run_cli("new", "fact", "--site", str(site), "--from", "report-2024", "--topic", "weapons")
    assert bad.returncode == 1 and bad.stderr.startswith(
        "build.py new fact: error: --from report-2024: expected PATH:LINE as coverage prints it\n")
