#!/usr/bin/env python3
"""One-fact edits built by a new process each (`python build.py` after a save, cache on), as whole
processes: CPU, wall and peak memory, beside a no-op; optionally for another checkout too.

Usage: python bench/new_process_edit.py SITE_DIR [--runs 5] [--checkout DIR ...] [--serial] [--work DIR]

Copies SITE_DIR to a scratch directory (under --work, tmpfs by default) per checkout, with a cache
folder of its own (XDG_CACHE_HOME), builds it once, then, taking turns between the checkouts, RUNS
times (after one uncounted warm-up): a no-op build, then one claim edited (`run.edit_fact`) and a
build. Prints per checkout the median wall and CPU seconds (the process and its render workers) and
the largest peak RSS. CPU time is the figure to compare on a shared machine. `--serial` pins each
build to one core (no render workers: the CPU of the work alone). Every package is compiled to
bytecode first and processes run with bytecode caching on, as an installed copy runs.
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
sys.path.insert(0, str(ROOT / "bench"))

from run import edit_fact  # noqa: E402


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one process; fails loudly on a non-zero exit."""
    started = time.monotonic()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"exit {os.waitstatus_to_exitcode(status)}: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--checkout", type=Path, action="append", default=[],
                        help="another checkout to measure in turn with this one")
    parser.add_argument("--serial", action="store_true", help="pin each build to one core")
    parser.add_argument("--work", type=Path, default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None)
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    work = Path(tempfile.mkdtemp(prefix="new-process-edit-", dir=args.work))
    try:
        setups = []
        for n, checkout in enumerate([ROOT, *args.checkout]):
            checkout = checkout.resolve()
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "briefing")], check=True)
            site, out = work / f"site-{n}", work / f"out-{n}"
            shutil.copytree(args.site, site)
            env = {**os.environ, "XDG_CACHE_HOME": str(work / f"cache-{n}")}
            pin = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] if args.serial else []
            build = [*pin, sys.executable, str(checkout / "build.py"), "--quiet", "--site", str(site),
                     "--output", str(out)]
            run_once(build, env)  # fills the cache
            setups.append((checkout, site, build, env, {"no-op": [], "one edit": []}))
        for turn in range(1 + args.runs):
            for _checkout, site, build, env, rows in setups:
                noop = run_once(build, env)
                edit_fact(site, turn)
                edited = run_once(build, env)
                if turn:  # the first turn is the warm-up
                    rows["no-op"].append(noop)
                    rows["one edit"].append(edited)
        for checkout, _site, _build, _env, rows in setups:
            for name, found in rows.items():
                print(f"{checkout}  {name:8}  wall {statistics.median(r[0] for r in found):.3f} s  "
                      f"CPU {statistics.median(r[1] for r in found):.3f} s  "
                      f"peak {max(r[2] for r in found)} MiB  (CPU of each: "
                      f"{', '.join(f'{r[1]:.2f}' for r in found)})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
