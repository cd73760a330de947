"""`build.py diff`: the briefing-level difference between two git revisions of a fixture repository
built in a temporary directory with real commits (added, removed, renamed facts, a changed quote and
number, status flips, a series gaining a point, a key judgment graded), in every format."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import copy_site, run_cli

EXTRA_FACT = """
  - id: denials-reported
    claim: The denials were reported by a wire service.
    positions:
      - actor: russia
        stance: denies
        citations:
          - source: wire-2024-03
            quote: Both Russia and North Korea have rejected the accusations.
"""
NEW_FACT = """
  - id: south-korea-million-shells
    claim: South Korea told delegates that more than a million shells were delivered.
    date: ../2024-02
    quantity:
      value: 1000000
      qualifier: more-than
      unit: artillery shells
      series: artillery-shells-supplied
    positions:
      - actor: south-korea
        stance: asserts
        date: 2024-02
        citations:
          - source: wire-2024-03
            quote: Pyongyang recently delivered more than a million artillery shells to Russia
"""


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True,
                          env={"GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
                               "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org",
                               "GIT_AUTHOR_DATE": "2024-03-12T10:00:00+00:00",
                               "GIT_COMMITTER_DATE": "2024-03-12T10:00:00+00:00", "PATH": "/usr/bin:/bin",
                               "HOME": str(repo)})
    return done.stdout.strip()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose briefing lives in `briefing/`: commit 'base', then commit 'head' with every kind of change."""
    root = tmp_path / "repo"
    site = copy_site(root / "briefing")
    git(root, "init", "-q", "-b", "main")
    (site / "content/topics/diplomacy.yaml").write_text(
        (site / "content/topics/diplomacy.yaml").read_text(encoding="utf-8") + EXTRA_FACT, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    git(root, "tag", "base")
    weapons = site / "content/topics/weapons.yaml"
    # A changed quote, and a second, independent source: single source → corroborated.
    edit(weapons, "            quote: began delivering conventional weapons such as artillery shells to Russia "
         "by train in November 2022\n",
         "            quote: began delivering conventional weapons such as artillery shells to Russia by train\n"
         "          - source: wire-2024-03\n"
         "            quote: Pyongyang recently delivered more than a million artillery shells to Russia\n")
    edit(weapons, "      value: 1000000\n", "      value: 2000000\n")  # a changed number
    # A denial: undisputed → disputed.
    edit(weapons, "            quote: \"“Russians continue to use weapons from North Korea in the Kharkiv region,”\"\n",
         "            quote: \"“Russians continue to use weapons from North Korea in the Kharkiv region,”\"\n"
         "      - actor: russia\n        stance: denies\n        citations:\n          - source: wire-2024-03\n"
         "            quote: Both Russia and North Korea have rejected the accusations.\n")
    weapons.write_text(weapons.read_text(encoding="utf-8") + NEW_FACT, encoding="utf-8")  # a series gains a point
    diplomacy = site / "content/topics/diplomacy.yaml"
    edit(diplomacy, "id: both-deny", "id: both-governments-deny")  # a renamed id
    edit(diplomacy, EXTRA_FACT, "")  # a removed fact
    edit(site / "site.yaml", "    facts: [shells-by-train, shells-million]\n",
         "    facts: [shells-by-train, shells-million]\n    likelihood: likely\n")
    git(root, "commit", "-q", "-am", "head")
    return root


TEXT = """\
Briefing diff base → HEAD
Facts: 1 added, 3 changed, 1 renamed, 1 removed.
+ added south-korea-million-shells (weapons): South Korea told delegates that more than a million shells were delivered.
~ renamed both-deny → both-governments-deny (diplomacy): Russia and North Korea rejected the accusations of an \
arms trade.
* changed shells-by-train (weapons): North Korea began delivering artillery shells to Russia by train in November 2022.
    quote nis ← herald-2024-02-16: began delivering conventional weapons such as artillery shells to Russia by \
train in November 2022 → began delivering conventional weapons such as artillery shells to Russia by train
    citation nis ← wire-2024-03: (none) → Pyongyang recently delivered more than a million artillery shells to Russia
* changed shells-million (weapons): North Korea delivered more than a million artillery shells to Russia.
    quantity: more than 1,000,000 artillery shells → more than 2,000,000 artillery shells
* changed kharkiv-weapons (weapons): A Ukrainian police official said Russia uses North Korean weapons in the Kharkiv \
region.
    position russia: (none) → denies
    citation russia ← wire-2024-03: (none) → Both Russia and North Korea have rejected the accusations.
- removed denials-reported (diplomacy): The denials were reported by a wire service.
What a reader sees differently:
  shells-by-train: single source → corroborated (2 independent sources)
  kharkiv-weapons: undisputed → disputed (denied by russia)
  artillery-shells-supplied: 1 → 2 points; new nis: 2,000,000 (2024-03, shells-million); new south-korea: \
1,000,000 (2024-02, south-korea-million-shells); gone nis: 1,000,000 (2024-03, shells-million)
  key judgment 1: likelihood: ungraded → likely
"""


def test_text_lists_every_kind_of_change(repo: Path) -> None:
    result = run_cli("diff", "base", "HEAD", "--site", str(repo / "briefing"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == TEXT



MARKDOWN = """\
## Briefing diff `base` → `HEAD`

Facts: 1 added, 3 changed, 1 renamed, 1 removed.

### Added facts

- `south-korea-million-shells` (weapons): South Korea told delegates that more than a million shells were delivered.

### Renamed facts

- `both-deny` → `both-governments-deny` (diplomacy): Russia and North Korea rejected the accusations of an arms trade.

### Changed facts

- `shells-by-train` (weapons): North Korea began delivering artillery shells to Russia by train in November 2022.

  | field | before | after |
  |---|---|---|
  | quote nis ← herald-2024-02-16 | began delivering conventional weapons such as artillery shells to Russia by \
train in November 2022 | began delivering conventional weapons such as artillery shells to Russia by train |
  | citation nis ← wire-2024-03 | (none) | Pyongyang recently delivered more than a million artillery shells to Russia |

- `shells-million` (weapons): North Korea delivered more than a million artillery shells to Russia.

  | field | before | after |
  |---|---|---|
  | quantity | more than 1,000,000 artillery shells | more than 2,000,000 artillery shells |

- `kharkiv-weapons` (weapons): A Ukrainian police official said Russia uses North Korean weapons in the Kharkiv region.

  | field | before | after |
  |---|---|---|
  | position russia | (none) | denies |
  | citation russia ← wire-2024-03 | (none) | Both Russia and North Korea have rejected the accusations. |

### Removed facts

- `denials-reported` (diplomacy): The denials were reported by a wire service.

### What a reader sees differently

- **shells-by-train**: single source → corroborated (2 independent sources)
- **kharkiv-weapons**: undisputed → disputed (denied by russia)
- **artillery-shells-supplied**: 1 → 2 points; new nis: 2,000,000 (2024-03, shells-million); new south-korea: \
1,000,000 (2024-02, south-korea-million-shells); gone nis: 1,000,000 (2024-03, shells-million)
- **key judgment 1**: likelihood: ungraded → likely
"""


def test_markdown_for_a_pull_request(repo: Path) -> None:
    result = run_cli("diff", "base", "HEAD", "--format", "markdown", "--site", str(repo / "briefing"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == MARKDOWN


def test_json_for_tools(repo: Path) -> None:
    result = run_cli("diff", "base", "HEAD", "--format", "json", "--site", str(repo / "briefing"))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert (found["base"], found["head"]) == ("base", "HEAD")
    assert [(c["kind"], c["id"], c["old_id"]) for c in found["facts"]] == [
        ("added", "south-korea-million-shells", None), ("renamed", "both-governments-deny", "both-deny"),
        ("changed", "shells-by-train", None), ("changed", "shells-million", None),
        ("changed", "kharkiv-weapons", None), ("removed", "denials-reported", None)]
    assert found["facts"][3]["fields"] == [{"field": "quantity", "old": "more than 1,000,000 artillery shells",
                                            "new": "more than 2,000,000 artillery shells"}]
    assert found["facts"][2]["fields"][0] == {
        "field": "quote nis ← herald-2024-02-16",
        "old": "began delivering conventional weapons such as artillery shells to Russia by train in November 2022",
        "new": "began delivering conventional weapons such as artillery shells to Russia by train"}
    assert found["sources"] == {"added": [], "removed": []}
    assert [(c["kind"], c["subject"]) for c in found["reader"]] == [
        ("corroborated", "shells-by-train"), ("disputed", "kharkiv-weapons"),
        ("series", "artillery-shells-supplied"), ("judgment", "key judgment 1")]
    assert found["reader"][0]["text"] == "single source → corroborated (2 independent sources)"


def test_the_working_tree_is_the_default_head_and_reverse_flips(repo: Path) -> None:
    git(repo, "checkout", "-q", "base")
    result = run_cli("diff", "main", "--site", str(repo / "briefing"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["Briefing diff main → working tree",
                                              "Facts: 1 added, 3 changed, 1 renamed, 1 removed."]
    assert "  shells-by-train: corroborated (2 independent sources) → single source" in result.stdout
    assert "  kharkiv-weapons: disputed → undisputed" in result.stdout
    assert "  key judgment 1: likelihood: likely → ungraded" in result.stdout
    same = run_cli("diff", "HEAD", "--site", str(repo / "briefing"))
    assert same.stdout == "Briefing diff HEAD → working tree\nNo change to the briefing's content.\n"


def test_two_site_directories(repo: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    subprocess.run(f"git -C {repo} archive base briefing | tar -x -C {tmp_path} && mv {tmp_path}/briefing {old}",
                   shell=True, check=True)
    result = run_cli("diff", str(old), str(repo / "briefing"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == TEXT.replace("base → HEAD", f"{old} → {repo / 'briefing'}")


def test_a_shallow_clone_needs_the_base_fetched(repo: Path, tmp_path: Path) -> None:
    base = git(repo, "rev-parse", "base")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth=1", f"file://{repo}", str(clone)], check=True)
    missing = run_cli("diff", base, "HEAD", "--site", str(clone / "briefing"))
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr == (f"{clone / 'briefing'}: error: unknown revision '{base}'\n"
                              f"    hint: this is a shallow clone: fetch the revision first, e.g. "
                              f"git fetch --depth=1 origin {base}\n1 error, 0 warnings: no diff computed\n")
    subprocess.run(["git", "-C", str(clone), "fetch", "-q", "--depth=1", "origin", base], check=True)
    fetched = run_cli("diff", base, "HEAD", "--site", str(clone / "briefing"))
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stdout == TEXT.replace("base → HEAD", f"{base} → HEAD")


def test_not_a_revision_nor_a_directory(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    result = run_cli("diff", "main", "--site", str(site))
    assert result.returncode == 1
    assert result.stderr == (f"{site}: error: 'main' is not a site directory, and {site} is not in a git "
                             "repository\n    hint: give a revision of a git checkout (e.g. main, HEAD~1) or a "
                             "directory holding site.yaml\n1 error, 0 warnings: no diff computed\n")
