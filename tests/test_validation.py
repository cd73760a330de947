"""Every class of user mistake is reported at its exact file:line:col with a hint."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE, copy_site, run_cli

from briefing.pipeline import validate

WEAPONS = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
ENTITIES = (FIXTURE_SITE / "content/entities.yaml").read_text(encoding="utf-8")
SITE = (FIXTURE_SITE / "site.yaml").read_text(encoding="utf-8")
W = "content/topics/weapons.yaml"


def weapons(old: str, new: str) -> dict[str, str | None]:
    assert old in WEAPONS, old
    return {W: WEAPONS.replace(old, new, 1)}


CASES: list[tuple[str, dict[str, str | None], str, str]] = [
    ("yaml-syntax", weapons("title: Weapons", "title: [Weapons"), f"{W}:1:8",
     "YAML syntax error: the list opened here with '[' is not closed: expected ',' or ']' at 2:8"),
    ("tab-indent", weapons("    claim: North Korea began", "\tclaim: North Korea began"), f"{W}:6:1",
     "YAML syntax error: found a tab character that violates indentation"),
    ("duplicate-key", weapons("    date: 2022-11\n", "    date: 2022-11\n    date: 2022-12\n"), f"{W}:8:5",
     "field 'date' is given twice in this fact"),
    ("wrong-type", weapons("    key: true", "    key: [true]"), f"{W}:8:10",
     "expected true or false, found a list"),
    ("missing-field", weapons("    claim: North Korea began delivering artillery shells to Russia by train in "
                              "November 2022.\n", ""), f"{W}:5:5",
     "fact is missing the required field 'claim'"),
    ("unknown-field", weapons("          - source: herald-2024-02-16", "          - soruce: herald-2024-02-16"),
     f"{W}:19:13", "unknown field 'soruce' in citation"),
    ("duplicate-fact-id", weapons("  - id: kharkiv-weapons", "  - id: shells-by-train"), f"{W}:46:5",
     "fact id 'shells-by-train' is already used at content/topics/weapons.yaml:5:5"),
    ("uppercase-id", weapons("  - id: kharkiv-weapons", "  - id: Kharkiv-Weapons"), f"{W}:46:9",
     "'Kharkiv-Weapons' is not a valid id"),
    ("path-id", weapons("  - id: kharkiv-weapons", "  - id: ../x"), f"{W}:46:9", "'../x' is not a valid id"),
    ("unknown-source", weapons("          - source: herald-2024-02-16", "          - source: herald-2024-02-61"),
     f"{W}:19:21", "unknown source 'herald-2024-02-61'"),
    ("unknown-entity", weapons("      - actor: bolvinov", "      - actor: bolvinow"), f"{W}:51:16",
     "unknown entity 'bolvinow'"),
    ("unknown-fact", weapons("      - fact: shells-by-train", "      - fact: shells-by-rail"), f"{W}:44:15",
     "unknown fact 'shells-by-rail'"),
    ("unknown-topic", {"site.yaml": SITE.replace("topics: [weapons, diplomacy]", "topics: [weapon, diplomacy]")},
     "site.yaml:5:10", "unknown topic 'weapon'"),
    ("quote-not-found", weapons("quote: Pyongyang recently delivered", "quote: Pyongyang delivered"), f"{W}:37:20",
     "quote not found in the archived text of 'wire-2024-03'"),
    ("impossible-date", weapons("date: 2022-11", "date: 2023-02-30"), f"{W}:7:11",
     "'2023-02-30' does not exist: February 2023 has 28 days"),
    ("month-13", weapons("date: 2022-11", "date: 2023-13"), f"{W}:7:11",
     "'2023-13' has month 13; months run from 01 to 12"),
    ("no-citation", weapons("""        citations:
          - source: herald-2024-02-16
            quote: began delivering conventional weapons such as artillery shells to Russia by train in November 2022
""", "        citations: []\n"), f"{W}:18:20", "list needs at least 1 item"),
    ("no-position",
     {"content/topics/diplomacy.yaml": "title: D\nfacts:\n  - id: x\n    claim: C.\n    positions: []\n"},
     "content/topics/diplomacy.yaml:5:16", "list needs at least 1 item"),
    ("bare-no", weapons("    claim: North Korea began delivering artillery shells to Russia by train in November 2022.",
                        "    claim: no"), f"{W}:6:12",
     "expected text, found 'no' (YAML reads a bare no as the boolean False)"),
    ("float-as-text", weapons("      unit: artillery shells", "      unit: 1.0e+6"), f"{W}:27:13",
     "expected text, found '1.0e+6' (YAML reads a bare 1.0e+6 as a number)"),
    ("exponent-as-number", weapons("      value: 1000000", "      value: 1e6"), f"{W}:25:14",
     "expected a number, found '1e6'"),
    ("date-as-text", weapons("      text: more than a million artillery shells", "      text: 2024-02-16"),
     f"{W}:28:13", "expected text, found '2024-02-16' (YAML reads a bare 2024-02-16 as a date)"),
    ("bad-stance", weapons("stance: denies", "stance: deny"), f"{W}:39:17",
     "'deny' is not one of asserts, denies, confirms, declines-comment"),
    ("empty-file", {"content/topics/diplomacy.yaml": ""}, "content/topics/diplomacy.yaml:1:1", "file is empty"),
    ("alias", {"content/entities.yaml": ENTITIES + "- &a {id: a, kind: place, name: A}\n- *a\n"},
     "content/entities.yaml:24:3",
     "this anchored value (&name) is reused through an alias (*name); aliases are not supported"),
    ("position-after-source", weapons("        date: 2024-03\n", "        date: 2024-05\n"), f"{W}:34:15",
     "position dated 2024-05 is later than its source 'wire-2024-03' (published 2024-03)"),
    ("missing-text", {"content/sources/wire-2024-03.txt": None}, "content/sources/wire-2024-03.yaml:1:1",
     "archived text content/sources/wire-2024-03.txt is missing"),
    ("bad-file-name", {"content/topics/Diplomacy Notes.yaml": "title: D\n"},
     "content/topics/Diplomacy Notes.yaml", "file name 'Diplomacy Notes' is not a valid id"),
]


@pytest.mark.parametrize("name, changes, where, message", CASES, ids=[c[0] for c in CASES])
def test_user_mistake_is_located(tmp_path: Path, name: str, changes: dict[str, str | None], where: str,
                                 message: str) -> None:
    site = copy_site(tmp_path / name, changes=changes)
    result = validate(site)
    errors = [p for p in result.problems if p.is_error]
    found = [f"{p.location}: {p.message}" for p in errors]
    assert f"{where}: {message}" in found, "\n".join(found)
    assert all(p.hint for p in errors)


def test_did_you_mean_hints(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "s", changes=weapons("          - source: herald-2024-02-16",
                                                     "          - soruce: herald-2024-02-16"))
    [problem] = [p for p in validate(site).problems if "soruce" in p.message]
    assert problem.hint == "did you mean 'source'?"
    site = copy_site(tmp_path / "t", changes=weapons("      - actor: bolvinov", "      - actor: bolvinow"))
    [problem] = [p for p in validate(site).problems if "bolvinow" in p.message]
    assert problem.hint == "did you mean 'bolvinov'?"


def test_quote_hint_shows_the_closest_passage(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "s", changes=weapons("quote: Pyongyang recently delivered",
                                                     "quote: Pyongyang delivered"))
    [problem] = [p for p in validate(site).problems if "quote not found" in p.message]
    assert problem.hint == ('the closest passage in content/sources/wire-2024-03.txt is: '
                            '"Pyongyang recently delivered more than a million artillery shells to Russia."')


def test_curly_quotes_dashes_and_spacing_in_a_quote_still_verify(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "s", changes=weapons(
        "quote: Pyongyang recently delivered more than a million artillery shells to Russia",
        "quote: \"Pyongyang  recently\\ndelivered more than a million artillery shells to Russia\""))
    assert validate(site).ok


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    changes = weapons("          - source: herald-2024-02-16", "          - soruce: herald-2024-02-16")
    changes[W] = changes[W].replace("date: 2022-11", "date: 2023-02-30").replace("actor: bolvinov", "actor: x")
    result = validate(copy_site(tmp_path / "s", changes=changes))
    messages = [p.message for p in result.problems if p.is_error]
    assert len(messages) == 3, messages


def test_unused_source_and_entity_are_warnings(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "s", changes={
        "content/entities.yaml": ENTITIES + "- id: unused-thing\n  kind: place\n  name: Nowhere\n",
        "content/sources/spare-2024-01.yaml": "title: Spare\npublished: 2024-01\n",
        "content/sources/spare-2024-01.txt": "Nothing cites this.\n",
    })
    result = validate(site)
    assert result.ok
    warnings = {f"{p.location}: {p.message}" for p in result.problems if not p.is_error}
    assert "content/entities.yaml:24:3: entity 'unused-thing' is not used by any fact" in warnings
    assert "content/sources/spare-2024-01.yaml:1:1: source 'spare-2024-01' is not cited by any fact" in warnings


def test_check_command_prints_every_problem_and_exits_1(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "s", changes=weapons("          - source: herald-2024-02-16",
                                                     "          - soruce: herald-2024-02-16"))
    proc = run_cli("check", "--site", str(site))
    assert proc.returncode == 1
    assert (f"{W}:19:13: error: unknown field 'soruce' in citation\n"
            "    hint: did you mean 'source'?") in proc.stderr
    assert "Traceback" not in proc.stderr


def test_not_utf8_is_located(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "s")
    (site / W).write_bytes(WEAPONS.encode("utf-8").replace(b"Weapons", b"Weap\xffns", 1))
    [problem] = [p for p in validate(site).problems if p.is_error]
    assert f"{problem.location}: {problem.message}" == f"{W}:1:12: file is not valid UTF-8 (byte 0xff)"


@pytest.mark.parametrize(("links", "expected"), [
    # three facts in a circle, reported once, from the first by id
    ({"shells-by-train": "shells-million", "shells-million": "kharkiv-weapons", "kharkiv-weapons": "shells-by-train"},
     ["facts update each other in a circle: 'kharkiv-weapons' → 'shells-by-train' → 'shells-million' → "
      "'kharkiv-weapons'"]),
    # a chain that runs into a circle: the circle alone is the mistake
    ({"kharkiv-weapons": "shells-million", "shells-million": "shells-by-train", "shells-by-train": "shells-million"},
     ["facts update each other in a circle: 'shells-by-train' → 'shells-million' → 'shells-by-train'"]),
    # a chain without a circle is how updates are meant
    ({"kharkiv-weapons": "shells-million", "shells-million": "shells-by-train"}, []),
])
def test_facts_that_update_each_other_in_a_circle_are_an_error(tmp_path: Path, links: dict[str, str],
                                                                expected: list[str]) -> None:
    sheet = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
    # the fixture's own relation (shells-million updates shells-by-train) is replaced by `links`
    related = "    related:\n      - fact: shells-by-train\n        relation: updates\n"
    assert sheet.count(related) == 1
    lines = sheet.replace(related, "").rstrip("\n").split("\n")
    starts = [n for n, line in enumerate(lines) if line.startswith("  - id: ")] + [len(lines)]
    for start, end in reversed(list(itertools.pairwise(starts))):
        fact = lines[start].removeprefix("  - id: ")
        if fact in links:
            lines[end:end] = ["    related:", f"      - fact: {links[fact]}", "        relation: updates"]
    site = copy_site(tmp_path / "site", changes={"content/topics/weapons.yaml": "\n".join(lines) + "\n"})
    result = validate(site)
    assert [p.message for p in result.problems if p.is_error] == expected
