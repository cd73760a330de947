#!/usr/bin/env node
/* The same documents in MiniSearch, for the README's "library or own engine" comparison.
 *
 *   python bench/search_size.py --export SITE_DIR docs.json      # search.documents() as JSON
 *   npm install --prefix /tmp/ms minisearch@7                      # not a dependency of the site
 *   NODE_PATH=/tmp/ms/node_modules node bench/search_minisearch.js docs.json
 *
 * Indexes title, meta and body with the engine's own field weights (3, 2, 1), prefix search,
 * the same edit limits (none up to 3 letters, 1 up to 7, 2 beyond) and every word required;
 * prints the time to build, the serialised index's size (and gzip), the time to load it back
 * (what a page would do before its first answer), the documents to show, and the median of 5
 * runs of each scripted query. */
"use strict";
const MiniSearch = require("minisearch");
const fs = require("fs");
const zlib = require("zlib");

const docs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const options = {
  fields: ["title", "meta", "body"],
  storeFields: [],
  searchOptions: {
    boost: {title: 3, meta: 2}, prefix: true, combineWith: "AND",
    fuzzy: term => term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0
  }
};
const mb = bytes => (bytes / 1e6).toFixed(2) + " MB";
let t0 = performance.now();
const built = new MiniSearch(options);
built.addAll(docs);
const buildMs = performance.now() - t0;
const json = JSON.stringify(built);
t0 = performance.now();
const index = MiniSearch.loadJSON(json, options);
const loadMs = performance.now() - t0;
const shown = JSON.stringify(docs.map(d => [d.kind, d.title, d.meta, d.body]));
console.log(`${docs.length} documents; built in ${(buildMs / 1000).toFixed(1)} s; index ${mb(json.length)}, ` +
            `${mb(zlib.gzipSync(json, {level: 6}).length)} gzip; loadJSON ${(loadMs / 1000).toFixed(1)} s; ` +
            `documents to show ${mb(shown.length)}, ${mb(zlib.gzipSync(shown, {level: 6}).length)} gzip`);
for (const query of ["artillery shell", "satelite", "kn23", "north korea missile", "transponder data", "deployment",
                     "regiment", "sanction", "s", "sa", "sat", "sate"]) {
  const runs = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    found = index.search(query).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(`  ${JSON.stringify(query)}: median ${runs[2].toFixed(1)} ms, ${found} results`);
}
