"""History from git: facts without written `added`/`updated` are dated by the commits of their fact sheet's
lines (introduced vs last changed), written values win, uncommitted lines date nothing, outside git the
build says so; editions (dates and tags) group What changed and the feed; a commit alone rebuilds."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import copy_site

from briefing import history
from briefing.builder import Builder
from briefing.pipeline import validate

FIRST = """\
title: Weapons
summary: Shells.
facts:
  # Deliveries by train, as the NIS reported them.
  - id: shells-by-train
    claim: North Korea began delivering artillery shells to Russia by train.
    date: 2022-11
    entities: [north-korea, russia, artillery-shells]
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: herald-2024-02-16
            quote: began delivering conventional weapons such as artillery shells to Russia by train in November 2022
  - id: kharkiv-weapons
    claim: A Ukrainian police official said Russia uses North Korean weapons in the Kharkiv region.
    added: 2024-01-05
    positions:
      - actor: bolvinov
        stance: asserts
        citations:
          - source: herald-2024-02-16
            quote: "“Russians continue to use weapons from North Korea in the Kharkiv region,”"
"""
MILLION = """\
  - id: shells-million
    claim: North Korea delivered more than a million artillery shells to Russia.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: wire-2024-03
            quote: Pyongyang recently delivered more than a million artillery shells to Russia
"""


def commit(repo: Path, message: str, when: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org",
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", message], check=True, env=env)
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "--short=7", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()


@pytest.fixture
def with_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(history.SWITCH, "1")


@pytest.fixture
def repo(tmp_path: Path, with_git: None) -> tuple[Path, list[str]]:
    """Three commits: two facts (one with a written added) on 1 March 2024; a claim changed and a fact
    added on 12 March (in Seoul, 01:30 on the 12th, still the 11th in UTC); the diplomacy sheet's note later."""
    site = copy_site(tmp_path / "repo", changes={"content/topics/weapons.yaml": FIRST})
    subprocess.run(["git", "init", "-q", "-b", "main", str(site)], check=True)
    shas = [commit(site, "Two facts on weapons", "2024-03-01T10:00:00+00:00")]
    weapons = site / "content/topics/weapons.yaml"
    weapons.write_text(FIRST.replace("began delivering artillery shells to Russia by train.",
                                     "began delivering artillery shells to Russia by train in November 2022.")
                       + MILLION, encoding="utf-8")
    shas.append(commit(site, "Dated the first deliveries; the million shells", "2024-03-12T01:30:00+09:00"))
    return site, shas


def test_dates_come_from_the_commits_of_each_facts_lines(repo: tuple[Path, list[str]]) -> None:
    site, (first, second) = repo
    result = validate(site, use_cache=False)
    assert result.ok, [p.format() for p in result.problems]
    b = result.briefing
    assert b is not None and b.dates_from == "git"
    assert [p.format() for p in result.problems if p.severity == "note"] == [
        "content/topics: note: 4 added/updated dates of 3 facts taken from git history\n"
        "    hint: a written added: or updated: takes precedence; What changed marks each with its commit"]
    train = b.facts["shells-by-train"]
    assert (train.added.iso(), train.updated.iso()) == ("2024-03-01", "2024-03-12")  # the committer's day
    assert {k: (s.commit, s.subject) for k, s in b.stamps["shells-by-train"].items()} == {
        "added": (first, "Two facts on weapons"),
        "updated": (second, "Dated the first deliveries; the million shells")}
    million = b.facts["shells-million"]
    assert (million.added.iso(), million.updated) == ("2024-03-12", None)
    # Written values win; lines unchanged since they were introduced give no update.
    kharkiv = b.facts["kharkiv-weapons"]
    assert (kharkiv.added.iso(), kharkiv.updated) == ("2024-01-05", None)
    assert "kharkiv-weapons" not in b.stamps
    # The other sheet: committed once, so added only.
    assert b.facts["both-deny"].added.iso() == "2024-03-01" and b.facts["both-deny"].updated is None


def test_uncommitted_lines_date_nothing(repo: tuple[Path, list[str]]) -> None:
    site, _ = repo
    weapons = site / "content/topics/weapons.yaml"
    weapons.write_text(weapons.read_text(encoding="utf-8").replace("more than a million artillery shells to Russia.",
                                                                   "over a million artillery shells to Russia.")
                       + MILLION.replace("shells-million", "draft-fact"), encoding="utf-8")
    b = validate(site, use_cache=False).briefing
    assert b is not None
    assert b.facts["draft-fact"].added is None and "draft-fact" not in b.stamps
    million = b.facts["shells-million"]  # its id line and the rest are committed; the edited claim is not
    assert (million.added.iso(), million.updated) == ("2024-03-12", None)


def test_outside_git_the_build_says_where_dates_came_from(tmp_path: Path, with_git: None) -> None:
    site = copy_site(tmp_path / "plain", changes={"content/topics/weapons.yaml": FIRST + MILLION})
    out = tmp_path / "out"
    result = Builder(site, out, use_cache=False).rebuild()
    assert result.ok and result.briefing is not None and result.briefing.dates_from == "no-git"
    assert [p.format() for p in result.problems if p.severity == "note" and p.location.path != "site.yaml"] == [
        "content/topics: note: 3 facts without a written added: date; not a git checkout, so not dated from "
        "history\n    hint: write added: YYYY-MM-DD, or build from a git checkout"]
    page = (out / "changes.html").read_text(encoding="utf-8")
    assert "this copy of the briefing is not a git checkout, so facts without written dates are not dated" in page
    assert "3 of 4 facts carry no date of addition and are not listed." in page
    assert (out / "index.html").is_file()


def test_changes_page_and_fact_history_name_the_commits(repo: tuple[Path, list[str]], tmp_path: Path) -> None:
    site, (first, second) = repo
    out = tmp_path / "out"
    assert Builder(site, out, use_cache=False).rebuild().ok
    page = (out / "changes.html").read_text(encoding="utf-8")
    assert "Dates not written in the fact sheets come from their git history" in page
    assert "4 of these 5 dates are from git, marked with their commit." in page
    days = [page.index(f'id="day--{day}"') for day in ("2024-03-12", "2024-03-01", "2024-01-05")]
    assert days == sorted(days)
    assert (f'from git, commit <code title="Dated the first deliveries; the million shells">{second}</code>'
            in page)
    fact = (out / "facts/shells-by-train.html").read_text(encoding="utf-8")
    history_part = fact.split('id="history"', 1)[1]
    assert f"<code title=\"Two facts on weapons\">{first}</code>" in history_part
    assert f"<code title=\"Dated the first deliveries; the million shells\">{second}</code>" in history_part


def test_editions_group_the_changes_and_the_feed(repo: tuple[Path, list[str]], tmp_path: Path) -> None:
    site, _ = repo
    subprocess.run(["git", "-C", str(site), "tag", "spring", "HEAD~1"], check=True)
    site_yaml = site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "editions: [2024-01-31, spring]\n", encoding="utf-8")
    out = tmp_path / "out"
    result = Builder(site, out, use_cache=False).rebuild()
    assert result.ok and not [p for p in result.problems if p.severity == "warning"], result.problems
    page = (out / "changes.html").read_text(encoding="utf-8")
    headings = ['id="since-last-edition">Since the 1 March 2024 edition</h2>',
                'id="edition-2024-03-01">1 March 2024 edition (spring)</h2>',
                'id="edition-2024-01-31">31 January 2024 edition</h2>']
    at = [page.index(h) for h in headings]
    assert at == sorted(at)
    assert at[0] < page.index('id="day-since-last-edition-2024-03-12"') < at[1]
    assert at[2] < page.index('id="day-edition-2024-01-31-2024-01-05"')
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert '<category term="since-last-edition" label="Since the 1 March 2024 edition"/>' in feed
    assert '<category term="edition-2024-01-31" label="31 January 2024 edition"/>' in feed


def test_an_unknown_edition_tag_is_a_located_warning(repo: tuple[Path, list[str]]) -> None:
    site, _ = repo
    site_yaml = site / "site.yaml"
    lines = len(site_yaml.read_text(encoding="utf-8").splitlines())
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "editions: [v9]\n", encoding="utf-8")
    result = validate(site, use_cache=False)
    assert result.ok
    assert [p.format() for p in result.problems if p.severity == "warning"] == [
        f"site.yaml:{lines + 1}:11: warning: edition 'v9' is not a git tag of this checkout\n"
        "    hint: write the edition's day (YYYY-MM-DD), or create the tag (git tag v9 COMMIT); a shallow clone "
        "may lack tags: fetch them"]


def test_a_commit_alone_rebuilds_the_dated_pages(repo: tuple[Path, list[str]], tmp_path: Path) -> None:
    site, _ = repo
    weapons = site / "content/topics/weapons.yaml"
    weapons.write_text(weapons.read_text(encoding="utf-8") + MILLION.replace("shells-million", "draft-fact"),
                       encoding="utf-8")
    out = tmp_path / "out"
    builder = Builder(site, out)
    assert builder.rebuild().ok
    assert "No dates of addition" in (out / "facts/draft-fact.html").read_text(encoding="utf-8")
    third = commit(site, "The draft fact", "2024-04-02T09:00:00+00:00")  # no file changes: only HEAD moves
    assert Builder(site, out).rebuild().ok  # a new process: the input signature includes HEAD
    page = (out / "facts/draft-fact.html").read_text(encoding="utf-8")
    assert f'<code title="The draft fact">{third}</code>' in page and "2 April 2024" in page


def counted_processes(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The command lines of the processes history.py starts from now on."""
    calls: list[list[str]] = []

    class Counting(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, args: list[str], **kwargs: object) -> None:
            calls.append(list(args))
            super().__init__(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(history.subprocess, "Popen", Counting)
    return calls


def test_one_blame_per_fact_sheet_and_none_when_nothing_changed(repo: tuple[Path, list[str]],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    site, _ = repo
    calls = counted_processes(monkeypatch)
    history._MEMORY.clear()
    assert validate(site).ok
    assert sorted(a[-1] for a in calls if "blame" in a) == ["diplomacy.yaml", "weapons.yaml"]
    calls.clear()
    history._MEMORY.clear()  # a new process: the blame is read from the site's cache
    assert validate(site).ok and calls == []


def test_written_dates_only_when_turned_off(repo: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    site, _ = repo
    monkeypatch.setenv(history.SWITCH, "0")
    b = validate(site, use_cache=False).briefing
    assert b is not None and b.dates_from == "off" and not b.stamps
    assert b.facts["shells-by-train"].added is None


def test_a_shallow_clone_does_not_date_facts_by_its_cut_off_commit(repo: tuple[Path, list[str]],
                                                                     tmp_path: Path) -> None:
    site, _ = repo
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth=1", f"file://{site}", str(clone)], check=True)
    out = tmp_path / "out"
    result = Builder(clone, out, use_cache=False).rebuild()
    assert result.ok and result.briefing is not None
    b = result.briefing
    assert b.dates_from == "shallow"
    # Only lines of the clone's one commit are there: shells-million's id line is from it, but its
    # other lines may be older, so nothing is dated; so is every fact whose first line is older.
    assert b.stamps == {}
    assert b.facts["shells-by-train"].added is None
    page = (out / "changes.html").read_text(encoding="utf-8")
    assert "this build was made from a shallow clone" in page and "<code>fetch-depth: 0</code>" in page


@pytest.mark.parametrize("at_once", [1, 8])
def test_sheets_blamed_side_by_side_or_one_at_a_time_date_the_same(repo: tuple[Path, list[str]], at_once: int,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The fact sheets' blames run several at once (`prefetch`); one at a time, queued, the dates are
    the same, and each sheet is blamed once."""
    site, _ = repo
    history._MEMORY.clear()
    reference = validate(site, use_cache=False).briefing
    assert reference is not None and reference.stamps
    monkeypatch.setattr(history, "PARALLEL_BLAMES", at_once)
    calls = counted_processes(monkeypatch)
    history._MEMORY.clear()
    b = validate(site, use_cache=False).briefing
    assert b is not None
    assert b.stamps == reference.stamps
    assert {f.id: (f.added, f.updated) for f in b.facts.values()} == \
        {f.id: (f.added, f.updated) for f in reference.facts.values()}
    assert sorted(a[-1] for a in calls if "blame" in a) == ["diplomacy.yaml", "weapons.yaml"]


def test_a_sheet_dated_as_before_keeps_its_topic_in_the_dev_server(repo: tuple[Path, list[str]], tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Dating facts from git gives a sheet nobody edited the same Topic object as in the last build
    (it made new ones for every sheet, so the dev server recomputed every topic's kept work)."""
    from test_fragments import assert_same_as_clean_build

    from briefing import plan

    site, _ = repo
    laid_out: list[str] = []
    real = plan._layout
    monkeypatch.setattr(plan, "_layout", lambda topic, language: laid_out.append(topic.id) or real(topic, language))
    builder = Builder(site, tmp_path / "out", workers=1)
    builder.resident = True  # as `serve` keeps it
    assert builder.rebuild().ok and sorted(laid_out) == ["diplomacy", "weapons"]
    builder.persist()
    weapons = site / "content/topics/weapons.yaml"
    weapons.write_text(weapons.read_text(encoding="utf-8").replace(
        "claim: North Korea delivered more", "claim: North Korea delivered well over"), encoding="utf-8")
    laid_out.clear()
    result = builder.rebuild()
    assert result.ok and laid_out == ["weapons"]
    assert result.briefing is not None and result.briefing.facts["both-deny"].added.iso() == "2024-03-01"
    assert_same_as_clean_build(site, tmp_path / "out", tmp_path)
