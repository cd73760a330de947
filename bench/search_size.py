#!/usr/bin/env python3
"""Size of the offline search index and the data exports of a briefing, and (optionally) how long
a query takes in Chromium on the built search page.

Usage:
    python bench/search_size.py SITE_DIR [SITE_DIR ...]
    python bench/search_size.py --browser OUTPUT_DIR QUERY [QUERY ...]   # a site built with build.py

The first form validates each site and computes, without writing a site, the index parts
(search-index.js, search-index-2.js, …), the exports (data/*.json, data/facts.csv) and the feed
size. The second opens OUTPUT_DIR/search.html from disk in Debian's Chromium (Playwright) and
reports the time until the index is loaded and the median time per query over 5 runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import exports, search  # noqa: E402 - after the path is set
from briefing.pipeline import validate  # noqa: E402
from briefing.plan import ordered_topics  # noqa: E402

MB = 1_000_000


def sizes(site_dir: Path) -> None:
    started = time.perf_counter()
    result = validate(site_dir)
    if result.briefing is None or not result.ok:
        print(f"{site_dir}: does not validate ({sum(p.is_error for p in result.problems)} errors)")
        return
    briefing = result.briefing
    topics = ordered_topics(briefing)
    loaded = time.perf_counter()
    index = [(route, exports.serialize("script", (search.GLOBAL, part)))
             for route, part in search.index_parts(briefing, topics)]
    indexed = time.perf_counter()
    total = sum(len(data) for _, data in index)
    docs = sum(len(part["docs"]) for _, part in search.index_parts(briefing, topics))
    data_files = [(route, exports.serialize(fmt, value)) for route, fmt, value in exports.files(briefing, topics)]
    print(f"{site_dir}: {len(briefing.facts)} facts, {len(briefing.sources)} sources, "
          f"{len(briefing.entities)} entities (validated in {loaded - started:.1f} s)")
    print(f"  search index: {total:,} bytes ({total / MB:.2f} MB) in {len(index)} file(s), {docs:,} documents, "
          f"{total / max(docs, 1):.0f} bytes each; largest file {max(len(d) for _, d in index):,} bytes; "
          f"built in {indexed - loaded:.2f} s")
    for route, data in data_files:
        print(f"  {route}: {len(data):,} bytes ({len(data) / MB:.2f} MB)")


def browser(out_dir: Path, queries: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        executable = os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium")
        chromium = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = chromium.new_page()
        started = time.perf_counter()
        page.goto((out_dir / "search.html").as_uri())
        page.wait_for_function("document.getElementById('search-status').textContent.startsWith('Type to search')"
                               " && !document.getElementById('search-status').textContent.includes('loading')",
                               timeout=120_000)
        print(f"{out_dir}: index loaded and folded in {time.perf_counter() - started:.2f} s")
        for query in queries:
            runs = []
            for _ in range(5):
                runs.append(page.evaluate("""query => {
                    const box = document.getElementById('search-q');
                    const t0 = performance.now();
                    box.value = query;
                    box.dispatchEvent(new Event('input'));
                    return performance.now() - t0; }""", query))
            status = page.inner_text("#search-status")
            print(f"  {query!r}: median {statistics.median(runs):.1f} ms per keystroke (search and draw): {status}")
        chromium.close()


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    if argv[0] == "--browser":
        browser(Path(argv[1]), argv[2:])
        return 0
    for site in argv:
        sizes(Path(site))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
