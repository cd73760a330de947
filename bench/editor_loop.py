#!/usr/bin/env python3
"""Save-to-reload time of `build.py serve` for a one-fact edit, measured on the real dev server.

Usage: python bench/editor_loop.py SITE_DIR [--runs 5]

SITE_DIR is copied to a scratch directory first (the original is never touched). The dev server
(briefing/serve.py) builds it, then watches it exactly as `build.py serve` does; each run
changes the claim of one fact in the middle of the first fact sheet and times from the moment
the file is saved to the moment the server tells the open pages to reload (the new site is in
place by then). Prints the median and every run, and the in-process rebuild time alone.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import edit_fact  # noqa: E402

from briefing.serve import DevServer  # noqa: E402


class TimedServer(DevServer):
    """The dev server, noting when it sends the reload."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, on_build=self._built, **kwargs)  # type: ignore[arg-type]
        self.reloaded = threading.Event()
        self.rebuild_seconds = 0.0
        self.timings: dict[str, float] = {}

    def _built(self, result: object, changed: object) -> None:
        self.timings = dict(getattr(result, "timings", {}))

    def reload_browsers(self) -> None:
        self.rebuild_seconds = self.state.seconds
        self.reloaded.set()
        super().reload_browsers()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="editor-loop-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    site = scratch / "site"
    shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("output", ".briefing-cache", ".git"))
    server = TimedServer(site, scratch / "output", port=0)
    server.bind()
    first = server.build(set())
    server.persist()  # as `build.py serve` does before it starts watching
    if not first.ok:
        print("\n".join(p.format() for p in first.problems), file=sys.stderr)
        return 1
    threading.Thread(target=lambda: asyncio.run(server.watch()), daemon=True).start()
    time.sleep(1.0)  # let the watcher take its first look
    totals, rebuilds, stages = [], [], []
    for turn in range(args.runs):
        server.reloaded.clear()
        edit_fact(site, turn)
        saved = time.monotonic()
        if not server.reloaded.wait(60):
            print("no reload within 60 s", file=sys.stderr)
            return 1
        totals.append(time.monotonic() - saved)
        rebuilds.append(server.rebuild_seconds)
        stages.append(server.timings)
        time.sleep(0.5)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{args.site}: {first.counts.get('facts', 0)} facts; one-fact edit, save to reload: "
          f"median {statistics.median(totals):.3f} s (rebuild alone {statistics.median(rebuilds):.3f} s); "
          f"runs: {', '.join(f'{t:.3f}' for t in totals)}")
    names = list(dict.fromkeys(name for run in stages for name in run))
    print("  stages (median s): " + ", ".join(
        f"{name} {statistics.median(run.get(name, 0.0) for run in stages):.3f}" for name in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
