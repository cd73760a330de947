#!/usr/bin/env python3
"""Where a one-fact edit built by a new process spends its CPU: per stage, serial.

Usage: python bench/new_process_stages.py SITE_DIR [--edits 3] [--work DIR]

Copies SITE_DIR to a scratch directory (under --work, tmpfs by default) with a cache folder of its
own, builds it once, then EDITS times: one claim edited (`run.edit_fact`) and a new process that
imports the package and builds with a fresh `Builder` in one process (no render workers), timing
with the process's CPU clock: the interpreter's start, the imports (the later stages' too), validate
(of which reading the inputs and loading the cached parts, assembling the model, the checks), the
partial plan's scope (with the plan file read from the cache), `plan_site`, rendering, the rest of
the write stage (digests, the stat of every output file, links into the staging tree, the swap),
the cache files written, and the collection at exit that `build.py` avoids (measured by exiting
with and without freezing). The first edit is a warm-up. The scratch directory is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from run import edit_fact  # noqa: E402


def child(site: Path, out: Path, freeze: bool) -> None:
    """In the measured process: build after the edit, print the CPU per stage as JSON."""
    started = time.process_time()
    sys.path.insert(0, str(ROOT))
    import briefing.builder as builder_module
    import briefing.cli  # noqa: F401 - what build.py imports
    from briefing import cache, check, parts, plan, render  # noqa: F401 - the later stages' imports
    # `start`: the interpreter and this script (with bench/run.py, which imports briefing.cache).
    spent: dict[str, float] = {"start": started, "imports": time.process_time() - started}

    def timed(owner: Any, name: str, label: str) -> None:
        function = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            clock = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - clock
        setattr(owner, name, wrapper)

    timed(cache.Store, "load", "cache files read")
    timed(cache.Store, "dump", "cache files written")
    timed(builder_module.Builder, "_validate", "validate")
    timed(builder_module, "read_inputs", "validate: inputs and cached parts")
    timed(builder_module, "build_from_parts", "validate: model")
    timed(check, "check", "validate: checks")
    timed(builder_module.Builder, "_scope", "scope (last plan)")
    timed(plan, "plan_site", "plan")
    timed(builder_module.Builder, "_write", "compare, render, write")
    timed(builder_module.Builder, "_render", "render")
    clock = time.process_time()
    result = builder_module.Builder(site, out, workers=1).rebuild()
    spent["build"] = time.process_time() - clock
    if not result.ok:
        sys.exit("the build failed")
    spent["compare, write"] = spent.pop("compare, render, write") - spent["render"]
    spent["planned"], spent["rendered"] = result.planned, result.rendered
    print(json.dumps(spent))
    sys.stdout.flush()
    if freeze:
        import gc
        gc.freeze()


def run(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    """CPU seconds of a whole process, and what it printed."""
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, env=env, text=True)
    printed = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"exit {os.waitstatus_to_exitcode(status)}: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime, printed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, nargs="?")
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.child[2] == "freeze")
        return
    if args.site is None:
        parser.error("SITE_DIR is required")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "briefing")], check=True)
    work = Path(tempfile.mkdtemp(prefix="new-process-stages-", dir=args.work))
    try:
        site, out = work / "site", work / "out"
        shutil.copytree(args.site, site)
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        run([sys.executable, str(ROOT / "build.py"), "--quiet", "--site", str(site), "--output", str(out)], env)
        rows: list[dict[str, float]] = []
        for turn in range(1 + args.edits):
            found: dict[str, float] = {}
            for freeze in ("freeze", "collect"):  # an edit built exiting frozen, then another exiting as before
                edit_fact(site, 2 * turn + (freeze == "collect"))
                total, printed = run([sys.executable, __file__, "--child", str(site), str(out), freeze], env)
                if freeze == "freeze":
                    found = json.loads(printed)
                    found["whole process"] = total
                else:
                    found["collection at exit"] = total - found["whole process"]
            if turn:  # the first edit is the warm-up
                rows.append(found)
        print(f"{args.site}: one-fact edits built by a new process, serial, CPU seconds (median of {args.edits})")
        order = ["planned", "rendered", "whole process", "start", "imports", "build", "validate",
                 "validate: inputs and cached parts", "validate: model", "validate: checks", "scope (last plan)",
                 "plan", "render", "compare, write", "cache files read", "cache files written", "collection at exit"]
        for key in order:
            print(f"  {key:36} {statistics.median(r[key] for r in rows):8.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
