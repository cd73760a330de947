#!/usr/bin/env python3
"""Where one-fact edits spend their time in one process, as the dev server rebuilds: per stage.

Usage: python bench/edit_stages.py SITE_DIR [--edits 4] [--workers 1] [--work DIR]

Copies SITE_DIR to a scratch directory (under --work, tmpfs by default), builds it once (cache on,
one resident `Builder` kept, as `serve` keeps it), then makes EDITS one-fact edits (`run.edit_fact`: one
claim in the middle of the largest fact sheet) and rebuilds after each, printing per rebuild the
process CPU seconds (a busy machine disturbs them less than wall time; with one worker they are
all of the work) of the whole and of validate (load, model, check), plan (`plan_site`) and the
pages rendered (`render_page`, which includes the contexts planned lazily), the rest being digests,
data files and writing, and the wall seconds; then the templates that cost most. The first edit is
a warm-up (caches kept across builds are filled by the first build). The scratch directory is
removed afterwards.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import edit_fact  # noqa: E402

from briefing import builder, plan, render  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--edits", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="render workers (1: all in this process)")
    parser.add_argument("--work", type=Path, default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None,
                        help="where the scratch directory goes (default: /dev/shm when there is one)")
    args = parser.parse_args()
    stages: dict[str, float] = collections.defaultdict(float)
    templates: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0])

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*arguments: Any, **options: Any) -> Any:
            started = time.process_time()
            try:
                return function(*arguments, **options)
            finally:
                stages[name] += time.process_time() - started
        return run

    render_page = render.render_page

    def timed_page(env: Any, page: Any, dirs: Any) -> Any:
        started = time.process_time()
        try:
            return render_page(env, page, dirs)
        finally:
            elapsed = time.process_time() - started
            stages["render"] += elapsed
            templates[page.template][0] += 1
            templates[page.template][1] += elapsed

    render.render_page = timed_page
    plan.plan_site = timed("plan", plan.plan_site)  # builder imports it from plan when it runs
    builder.Builder._validate = timed("validate", builder.Builder._validate)

    with tempfile.TemporaryDirectory(prefix="edit-stages-", dir=args.work) as scratch:
        site, out = Path(scratch) / "site", Path(scratch) / "out"
        shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("output", ".briefing-cache"))
        built = builder.Builder(site, out, workers=args.workers)
        built.resident = True  # as serve keeps it: partial plans, saves of the cache after each build
        started = time.process_time()
        result = built.rebuild()
        built.persist()
        print(f"first build: {time.process_time() - started:.2f} s of CPU, {result.rendered} files rendered")
        for turn in range(args.edits):
            stages.clear()
            templates.clear()
            edit_fact(site, turn)
            started, clock = time.process_time(), time.perf_counter()
            result = built.rebuild()
            cpu, wall = time.process_time() - started, time.perf_counter() - clock
            built.persist()  # as serve does once the pages have reloaded: not part of the edit's time
            if not result.ok:
                sys.exit("the edited site has errors: " + "; ".join(p.format() for p in result.problems))
            rest = cpu - stages["validate"] - stages["plan"] - stages["render"]
            print(f"edit {turn + 1}{' (warm-up)' if turn == 0 else ''}: CPU {cpu:.2f} s = validate "
                  f"{stages['validate']:.2f} + plan {stages['plan']:.2f} + pages {stages['render']:.2f} + rest "
                  f"{rest:.2f}; wall {wall:.2f} s; {result.rendered} files rendered")
        top = sorted(templates.items(), key=lambda item: -item[1][1])[:6]
        print("last edit, pages by template: " + ", ".join(f"{name} {count:.0f}× {seconds:.2f} s"
                                                          for name, (count, seconds) in top))
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
