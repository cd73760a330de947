#!/usr/bin/env python3
"""What the team features cost: dates from git (one `git blame` per fact sheet) and `build.py diff`.

Usage: python bench/team.py [--facts 5000] [--runs 3]

Makes a git repository in a scratch directory: the fixture briefing with one large fact sheet of
N generated facts (each citing the fixture's wire text), committed, then one fact changed and
committed again, then one more edit left uncommitted. Times, median of `--runs`:
- `git blame --root --porcelain` of the large sheet, and reading its output (`parse_blame`);
- `check` of the whole site with dates from git (no cache, so every sheet is blamed) and without
  (`BRIEFING_GIT_HISTORY=0`), each a whole `python build.py` process;
- `python build.py diff HEAD~1 HEAD` (two `git archive` extractions, two reads, the comparison).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.history import parse_blame  # noqa: E402

FACT = """  - id: generated-{i}
    claim: Generated claim number {i} about deliveries.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: wire-2024-03
            quote: Pyongyang recently delivered more than a million artillery shells to Russia
"""


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
           "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.org"}
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True,
                          env=env).stdout


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-team-bench-") as scratch:
        site = Path(scratch) / "site"
        shutil.copytree(ROOT / "tests/fixtures/site", site)
        sheet = site / "content/topics/diplomacy.yaml"
        sheet.write_text(sheet.read_text(encoding="utf-8") + "".join(FACT.format(i=i) for i in range(args.facts)),
                         encoding="utf-8")
        git(site, "init", "-q")
        git(site, "add", ".")
        git(site, "commit", "-q", "-m", "many facts")
        text = sheet.read_text(encoding="utf-8")
        sheet.write_text(text.replace(f"number {args.facts // 2} ", f"no. {args.facts // 2} "), encoding="utf-8")
        git(site, "commit", "-q", "-am", "one fact changed")
        sheet.write_text(sheet.read_text(encoding="utf-8").replace("number 7 ", "no. 7 "), encoding="utf-8")
        lines = len(sheet.read_text(encoding="utf-8").splitlines())

        blame_cmd = ["git", "-C", str(sheet.parent), "blame", "--root", "--porcelain", "--", sheet.name]
        blames, parses = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            porcelain = subprocess.run(blame_cmd, capture_output=True, text=True, check=True).stdout
            blames.append(time.perf_counter() - started)
            started = time.perf_counter()
            parse_blame(porcelain)
            parses.append(time.perf_counter() - started)
        build = [sys.executable, str(ROOT / "build.py"), "check", "--no-cache", "-q", "--site", str(site)]
        with_git = [timed(build, {**os.environ, "BRIEFING_GIT_HISTORY": "1"}) for _ in range(args.runs)]
        without = [timed(build, {**os.environ, "BRIEFING_GIT_HISTORY": "0"}) for _ in range(args.runs)]
        diff = [sys.executable, str(ROOT / "build.py"), "diff", "HEAD~1", "HEAD", "--site", str(site)]
        diffs = [timed(diff) for _ in range(args.runs)]
        print(f"{args.facts} generated facts in one sheet ({lines:,} lines), median of {args.runs}, "
              f"load average {os.getloadavg()[0]:.1f}:")
        for label, values in (("git blame of the sheet", blames), ("reading its output", parses),
                              ("check, dates from git (no cache)", with_git),
                              ("check, BRIEFING_GIT_HISTORY=0", without), ("diff HEAD~1 HEAD", diffs)):
            print(f"  {label:<34} {statistics.median(values):6.2f} s")


if __name__ == "__main__":
    main()
