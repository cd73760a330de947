#!/usr/bin/env python3
"""CPU time of rendering, per template: a serial cold build with every page's rendering timed.

Usage: python bench/render_stages.py SITE_DIR [--runs 2]

Builds SITE_DIR into a scratch directory with no cache and one process (`Builder(site, out,
use_cache=False, workers=1)`), timing `render.render_page` for each page (process CPU time, so a
busy machine disturbs it less than wall time) and, inside it, the page's context being made
(`Page.full_context`, the plan's lazily built part). Prints, per template, the pages, the CPU
milliseconds per page (all of it, the context, the template) and the total; with several runs, the
run with the least render time. The output is removed afterwards.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import plan, render  # noqa: E402
from briefing.builder import Builder  # noqa: E402


def measure(site: Path) -> tuple[dict[str, list[float]], float]:
    """One serial cold build: {template: [pages, total s, context s]} and the build's CPU seconds."""
    stats: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0])
    render_page, full_context = render.render_page, plan.Page.full_context
    current = [""]

    def timed_context(page: plan.Page) -> dict:
        started = time.process_time()
        try:
            return full_context(page)
        finally:
            stats[current[0]][2] += time.process_time() - started

    def timed_render(env, page, dirs):  # type: ignore[no-untyped-def]
        current[0] = page.template
        started = time.process_time()
        try:
            return render_page(env, page, dirs)
        finally:
            entry = stats[page.template]
            entry[0] += 1
            entry[1] += time.process_time() - started

    render.render_page, plan.Page.full_context = timed_render, timed_context  # type: ignore[method-assign]
    out = Path(tempfile.mkdtemp(prefix="render-stages-"))
    try:
        started = time.process_time()
        result = Builder(site, out, use_cache=False, workers=1).rebuild()
        build = time.process_time() - started
        if not result.ok:
            sys.exit("the site has problems: " + "; ".join(str(p) for p in result.problems[:3]))
    finally:
        render.render_page, plan.Page.full_context = render_page, full_context  # type: ignore[method-assign]
        shutil.rmtree(out, ignore_errors=True)
    return dict(stats), build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    runs = [measure(args.site.resolve()) for _ in range(args.runs)]
    stats, build = min(runs, key=lambda run: sum(entry[1] for entry in run[0].values()))
    print(f"{'template':26} {'pages':>6} {'ms/page':>8} {'context':>8} {'template':>9} {'total s':>8}")
    for name, (pages, total, context) in sorted(stats.items(), key=lambda item: -item[1][1]):
        print(f"{name:26} {pages:6.0f} {1000 * total / pages:8.3f} {1000 * context / pages:8.3f}"
              f" {1000 * (total - context) / pages:9.3f} {total:8.2f}")
    rendered = sum(entry[1] for entry in stats.values())
    contexts = sum(entry[2] for entry in stats.values())
    print(f"rendering {rendered:.2f} s of CPU (contexts {contexts:.2f} s) in a build of {build:.2f} s of CPU")


if __name__ == "__main__":
    main()
