#!/usr/bin/env python3
"""Size of the offline search index and the data exports of a briefing, and how fast the search
page answers in Chromium.

Usage:
    python bench/search_size.py SITE_DIR [SITE_DIR ...]
    python bench/search_size.py --browser OUTPUT_DIR [QUERY ...]   # a site built with build.py
    python bench/search_size.py --export SITE_DIR DOCS_JSON        # for bench/search_minisearch.js

The first form validates each site and computes, without writing a site, the index files
(search-index.js, and per segment search/<segment>/index.js, t-N.js, d-N.js), their size as
written and gzip-compressed (each file on its own, as a web server sends it), the time to build
them, and the exports' sizes.

The second opens OUTPUT_DIR/search.html from disk in Debian's Chromium (Playwright). For each query
it loads the page afresh, waits until the page is interactive (DOMContentLoaded and the search box
shown), types the whole query as one keystroke and times it until the results are drawn (the
first keystroke: it loads the shards it needs); then, on the same page, it types the queries
character by character and reports the median time per keystroke (search, load what is missing,
draw). Times come from the page's own `performance.measure("briefing-search")`.
"""

from __future__ import annotations

import gzip
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
QUERIES = ["artillery shell", "satelite", "kn23", "north korea missile", "transponder data", "deployment",
           "regiment", "sanction"]


def _size(n: int) -> str:
    return f"{n / MB:.2f} MB" if n >= 100_000 else f"{n / 1000:.1f} KB"


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def _vocabulary(main: dict) -> list[str]:
    """A segment's terms, decoded from their front-coded form."""
    terms, previous = [], ""
    for suffix, shared in zip(main["terms"], main["shared"], strict=True):
        previous = previous[:ord(shared) - 48] + suffix
        terms.append(previous)
    return terms


def sizes(site_dir: Path) -> None:
    started = time.perf_counter()
    result = validate(site_dir)
    if result.briefing is None or not result.ok:
        print(f"{site_dir}: does not validate ({sum(p.is_error for p in result.problems)} errors)")
        return
    briefing = result.briefing
    topics = ordered_topics(briefing)
    loaded = time.perf_counter()
    cpu = time.process_time()
    parts = search.index_parts(briefing, topics)
    indexed = time.perf_counter()
    cpu = time.process_time() - cpu
    files = [(route, part["type"], exports.serialize("script", (search.GLOBAL, part))) for route, part in parts]
    mains = [part for _, part in parts if part["type"] == "segment"]
    total_docs = sum(m["total"] for m in mains)
    kinds = {}
    for main in mains:
        for c in main["facets"]["kind"]:
            kind = search.KINDS[int(c)]
            kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{site_dir}: {len(briefing.facts)} facts, {len(briefing.sources)} sources, "
          f"{len(briefing.entities)} entities (validated in {loaded - started:.1f} s)")
    print(f"  documents: {total_docs:,} ({', '.join(f'{n:,} {k}' for k, n in kinds.items())}) in {len(mains)} "
          f"segments; {len({t for m in mains for t in _vocabulary(m)}):,} distinct terms, "
          f"{sum(len(m['terms']) for m in mains):,} over the segments' vocabularies; "
          f"index built in {indexed - loaded:.2f} s ({cpu:.2f} s CPU)")
    total = sum(len(d) for _, _, d in files)
    total_gz = sum(_gz(d) for _, _, d in files)
    print(f"  search index: {_size(total)} in {len(files)} files, {_size(total_gz)} gzip-compressed")
    for kind, label in (("main", "search-index.js (the segments)"),
                        ("segment", "segment main files (vocabulary, lengths, filters)"),
                        ("terms", "term shards (postings)"), ("docs", "document shards (what results show)")):
        chosen = [d for _, k, d in files if k == kind]
        print(f"    {label}: {len(chosen)} file(s), {_size(sum(map(len, chosen)))}, "
              f"{_size(sum(map(_gz, chosen)))} gzip; largest {max(map(len, chosen)):,} bytes")
    for route, fmt, value in exports.files(briefing, topics):
        data = exports.serialize(fmt, value)
        print(f"  {route}: {len(data):,} bytes ({len(data) / MB:.2f} MB)")


MEASURE = """async query => {
    const box = document.getElementById('search-q');
    performance.clearMeasures('briefing-search');
    box.value = query;
    box.dispatchEvent(new Event('input'));
    while (!performance.getEntriesByName('briefing-search', 'measure').length) {
        await new Promise(resolve => setTimeout(resolve, 1));
    }
    return performance.getEntriesByName('briefing-search', 'measure')[0].duration;
}"""


def browser(out_dir: Path, queries: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    page_url = (out_dir / "search.html").as_uri()
    with sync_playwright() as playwright:
        executable = os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium")
        chromium = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = chromium.new_page()
        first = []
        for query in queries:
            started = time.perf_counter()
            page.goto(page_url, wait_until="domcontentloaded")
            page.wait_for_selector("#search-q", state="visible")
            interactive = time.perf_counter() - started
            took = page.evaluate(MEASURE, query)
            first.append(took)
            status = page.inner_text("#search-status")
            scripts = page.evaluate("Array.from(document.scripts, s => s.getAttribute('src') || '')")
            read = [out_dir / src for src in scripts if src.startswith(("search-index", "search/"))]
            read = list(dict.fromkeys(read))
            size = sum(p.stat().st_size for p in read)
            print(f"  first keystroke {query!r}: {took:.0f} ms after interactive ({interactive * 1000:.0f} ms to "
                  f"interactive), {len(read)} index files read ({size / MB:.2f} MB): {status}")
        keystrokes = []
        page.goto(page_url, wait_until="domcontentloaded")
        page.wait_for_selector("#search-q", state="visible")
        for query in queries:
            for end in range(1, len(query) + 1):
                keystrokes.append(page.evaluate(MEASURE, query[:end]))
        p90 = statistics.quantiles(keystrokes, n=10, method="inclusive")[-1]
        print(f"{out_dir}: first keystroke median {statistics.median(first):.0f} ms, worst {max(first):.0f} ms; "
              f"further keystrokes median {statistics.median(keystrokes):.1f} ms over {len(keystrokes)}, "
              f"90th percentile {p90:.1f} ms, worst {max(keystrokes):.0f} ms")
        chromium.close()


def export(site_dir: Path, target: Path) -> None:
    """The searchable documents as JSON (kind, title, meta and body as indexed), for another engine."""
    import json

    result = validate(site_dir)
    assert result.briefing is not None and result.ok, f"{site_dir} does not validate"
    docs = search.documents(result.briefing, ordered_topics(result.briefing))
    target.write_text(json.dumps([{"id": n, "kind": d.kind, "title": d.fields[0], "meta": d.fields[1],
                                   "body": d.fields[2]} for n, d in enumerate(docs)]), encoding="utf-8")
    print(f"{target}: {len(docs):,} documents")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    if argv[0] == "--export":
        export(Path(argv[1]), Path(argv[2]))
        return 0
    if argv[0] == "--browser":
        browser(Path(argv[1]), argv[2:] or QUERIES)
        return 0
    for site in argv:
        sizes(Path(site))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
