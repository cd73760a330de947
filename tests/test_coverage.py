"""`build.py coverage`: sentences with numbers or entity names that no fact cites, per source."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURE_SITE, copy_site, run_cli

from briefing.coverage import coverage, format_report, split_sentences
from briefing.pipeline import validate

# A third source for the fixture: the headline, byline, dateline and credit line are metadata;
# three sentences carry numbers or entity names, one of which a new fact cites.
NOTES_TEXT = """\
Pyongyang ships more shells

By Kim Mi-ra
Published : March 2, 2024

U.S. officials said Pyongyang sent 6,700 containers to Russia. The weather was mild.
Analysts expect thousands more this year. Nobody else commented.
The NIS declined to comment.
Source: Example Notes
"""
NOTES_YAML = "title: Pyongyang ships more shells\npublisher: Example Notes\npublished: 2024-03-02\n"
CITING_FACT = """\
  - id: containers
    claim: North Korea sent 6,700 containers to Russia.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: notes-2024-03
            quote: Pyongyang sent 6,700 containers
"""


def _site_with_notes(tmp_path: Path) -> Path:
    weapons = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    return copy_site(tmp_path / "site", changes={
        "content/sources/notes-2024-03.txt": NOTES_TEXT,
        "content/sources/notes-2024-03.yaml": NOTES_YAML,
        "content/topics/weapons.yaml": weapons + CITING_FACT,
    })


def test_fixture_sources_are_fully_cited() -> None:
    result = validate(FIXTURE_SITE)
    report = {c.source.id: c for c in coverage(result.briefing)}
    herald, wire = report["herald-2024-02-16"], report["wire-2024-03"]
    # Headline, byline and dateline are skipped; the two article sentences are cited.
    assert [(s.line, s.cited) for s in herald.sentences] == [(6, True), (8, True)]
    assert herald.sentences[0].entities == ("National Intelligence Service", "North Korea", "Artillery shells",
                                            "Russia")
    assert herald.sentences[0].numbers == ("2022",)
    # The Korean caption carries neither a number nor a known name.
    assert [(s.line, s.cited) for s in wire.sentences] == [(1, True), (2, True)]
    assert wire.sentences[0].numbers == ("million",)
    assert "North Korea" in wire.sentences[0].entities  # through its alias "Pyongyang"
    assert (herald.percent, wire.percent) == (100.0, 100.0)


def test_uncited_sentences_are_listed_with_percentage(tmp_path: Path) -> None:
    site = _site_with_notes(tmp_path)
    result = validate(site)
    assert result.ok, [p.format() for p in result.problems]
    notes = {c.source.id: c for c in coverage(result.briefing)}["notes-2024-03"]
    assert [(s.text, s.cited) for s in notes.sentences] == [
        ("U.S. officials said Pyongyang sent 6,700 containers to Russia.", True),
        ("Analysts expect thousands more this year.", False),
        ("The NIS declined to comment.", False),
    ]
    assert round(notes.percent, 1) == 33.3
    assert [s.line for s in notes.uncited] == [7, 8]
    assert notes.uncited[1].entities == ("National Intelligence Service",)  # by its short name, exact case

    lines = format_report([notes])
    assert lines == [
        "notes-2024-03   33%  1 of 3 sentences with numbers or entities cited",
        '  content/sources/notes-2024-03.txt:7: "Analysts expect thousands more this year."',
        "      carries: thousands",
        '  content/sources/notes-2024-03.txt:8: "The NIS declined to comment."',
        "      carries: National Intelligence Service",
        "Overall: 33% (1 of 3 sentences with numbers or entities cited in 1 source)",
    ]


def test_sentence_splitting_keeps_abbreviations_and_lines() -> None:
    text = "U.S. Gen. Kim said 3 things. Then he left!\n“Quote.” Next one\n\nJ. Smith agreed."
    assert [text[s:e] for _line, s, e in split_sentences(text)] == [
        "U.S. Gen. Kim said 3 things.", "Then he left!", "“Quote.”", "Next one", "J. Smith agreed."]
    assert [line for line, _s, _e in split_sentences(text)] == [1, 1, 2, 2, 4]


def test_coverage_command(tmp_path: Path) -> None:
    site = _site_with_notes(tmp_path)
    done = run_cli("coverage", "--site", str(site))
    assert done.returncode == 0, done.stderr
    assert "herald-2024-02-16  100%  2 of 2 sentences with numbers or entities cited" in done.stdout
    assert "notes-2024-03       33%  1 of 3 sentences with numbers or entities cited" in done.stdout
    assert 'content/sources/notes-2024-03.txt:8: "The NIS declined to comment."' in done.stdout
    assert done.stdout.rstrip().endswith("Overall: 71% (5 of 7 sentences with numbers or entities cited in 3 sources)")
    assert "\033[" not in done.stdout  # not a terminal: no colour

    quiet = run_cli("coverage", "--quiet", "--site", str(site))
    assert quiet.stdout.splitlines() == [
        "herald-2024-02-16  100%  2 of 2 sentences with numbers or entities cited",
        "notes-2024-03       33%  1 of 3 sentences with numbers or entities cited",
        "wire-2024-03       100%  2 of 2 sentences with numbers or entities cited",
    ]
    verbose = run_cli("coverage", "--verbose", "--site", str(site))
    assert 'content/sources/notes-2024-03.txt:6: cited      "U.S. officials said Pyongyang sent 6,700' in verbose.stdout


def test_coverage_of_broken_content_reports_problems(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={"content/sources/wire-2024-03.yaml": "title: x\nsoruce: y\n"})
    done = run_cli("coverage", "--site", str(site))
    assert done.returncode == 1
    assert "content/sources/wire-2024-03.yaml:2:1: error: unknown field 'soruce' in source" in done.stderr
    assert done.stderr.endswith("error, 0 warnings: no coverage computed\n")
    assert done.stdout == ""
