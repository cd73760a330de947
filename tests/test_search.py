"""Offline search: how words are normalised (here and, identically, in the browser), the index files
(an inverted index in shards, classic scripts), and the search page in a real Chromium, from file://
and under a sub-path: typos, identifiers, Korean, archived passages, filters, "Did you mean"."""

from __future__ import annotations

import html
import json
import math
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from browsing import as_project_site, serve
from conftest import FIXTURES, ROOT, copy_site

from briefing import model, search
from briefing.pipeline import build, validate
from briefing.plan import ordered_topics

PUBLISH_SITE = FIXTURES / "publish"
PREFIX = "(window.BRIEFING_SEARCH = window.BRIEFING_SEARCH || []).push("


def read_part(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="ascii")
    assert text.startswith(PREFIX) and text.endswith(");\n")
    return json.loads(text[len(PREFIX):-3])


def built(site: Path, out: Path) -> Path:
    result = build(site, out)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return out


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(PUBLISH_SITE, tmp_path_factory.mktemp("search") / "output")


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The same site cut into tiny shards, so a query loads several files of each kind."""
    patch = pytest.MonkeyPatch()
    patch.setattr(search, "DOC_SHARD_CHARS", 150)
    patch.setattr(search, "TERM_SHARD_CHARS", 100)
    out = built(PUBLISH_SITE, tmp_path_factory.mktemp("sharded") / "output")
    patch.undo()
    yield out


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The same site with every document in one segment: the reference a segmented index must rank as."""
    patch = pytest.MonkeyPatch()
    patch.setattr(search, "SEGMENTED", False)
    out = built(PUBLISH_SITE, tmp_path_factory.mktemp("single") / "output")
    patch.undo()
    yield out


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's briefing, built once for the reader's queries."""
    return built(ROOT, tmp_path_factory.mktemp("real") / "output")


@dataclass
class Merged:
    """The index as the page sees it once every segment is loaded: documents numbered segment after
    segment, references resolved, each term's postings (document → weighted frequency) over all segments."""

    root: dict[str, Any]
    segments: list[dict[str, Any]]
    docs: list[list[Any]]
    postings: dict[str, dict[int, int]]
    lengths: list[int]

    def kind(self, doc: int) -> str:
        return self.root["kinds"][self.docs[doc][0]]

    def scores(self, term: str) -> dict[int, float]:
        """document → BM25 of one exact term, computed as the page does (the whole briefing's statistics)."""
        k1, b = self.root["bm25"]
        found = self.postings[term]
        idf = math.log(1 + (len(self.docs) - len(found) + 0.5) / (len(found) + 0.5)) * (k1 + 1)
        average = sum(self.lengths) / len(self.lengths)
        return {doc: idf * tf / (tf + k1 * (1 - b + b * self.lengths[doc] / average))
                * self.root["kindWeights"][self.docs[doc][0]] for doc, tf in found.items()}


def vocabulary(main: dict[str, Any]) -> list[str]:
    """A segment's terms, decoded from their front-coded form."""
    terms, previous = [], ""
    for suffix, shared in zip(main["terms"], main["shared"], strict=True):
        previous = previous[:ord(shared) - 48] + suffix
        terms.append(previous)
    return terms


def all_parts(out: Path) -> Merged:
    """Every file of the index read and merged as the page merges them (a Python mirror of search.js)."""
    root = read_part(out / "search-index.js")
    segments = [read_part(out / file) for _, file in root["segments"]]
    for main in segments:
        main["terms"] = vocabulary(main)
    docs: list[list[Any]] = []
    postings: dict[str, dict[int, int]] = {}
    lengths: list[int] = []
    first_passage: dict[str, int] = {}
    cited_by: dict[int, list[int]] = {}
    bases = []
    for main in segments:
        base = len(docs)
        bases.append(base)
        docs += [d for name in main["docFiles"] for d in read_part(out / name)["docs"]]
        assert len(docs) == base + main["total"]
        lengths += main["lengths"]
        shards = [p for name in main["termFiles"] for p in read_part(out / name)["postings"]]
        assert len(shards) == len(main["terms"]) == len(main["df"])
        before = {term: len(postings.get(term, {})) for term in main["terms"]}
        for term, flat, df in zip(main["terms"], shards, main["df"], strict=True):
            doc, i = base, 0
            while i < len(flat):  # a negative gap, less one, has a frequency of 1
                doc += -flat[i] - 1 if flat[i] < 0 else flat[i]
                postings.setdefault(term, {})[doc] = 1 if flat[i] < 0 else flat[i + 1]
                i += 1 if flat[i] < 0 else 2
            assert len(postings[term]) - before.get(term, 0) == df
        if "archive" in main:
            at = base + main["archive"]["first"] + len(main["archive"]["ids"])
            for source, count in zip(main["archive"]["ids"], main["archive"]["paragraphs"], strict=True):
                first_passage[source] = at
                at += count
    for base, main in zip(bases, segments, strict=True):
        for source, flat in main.get("cites", {}).items():
            for i in range(0, len(flat), 2):
                cited_by.setdefault(first_passage[source] + flat[i] - 1, []).append(base + flat[i + 1])
    for base, main in zip(bases, segments, strict=True):
        for number in range(base, base + main["total"]):
            record = docs[number]
            if record[0] == 4:
                docs[number] = [4, base + record[1], record[2], record[3], sorted(cited_by.get(number, []))]
            elif record[0] == 0:
                docs[number] = [*record[:4], [item if isinstance(item, str) else
                                              [first_passage[item[0]] + item[1] - 1, item[2], item[3]]
                                              for item in record[4]]]
    return Merged(root, segments, docs, postings, lengths)


# --- normalisation and terms (the build-time side) ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("KN-23", ["kn", "23", "kn23"]),
    ("kn23", ["kn23", "kn", "23"]),
    ("KN 23", ["kn", "23"]),
    ("KN–23", ["kn", "23", "kn23"]),  # en dash
    ("M1989 howitzers", ["m1989", "m", "1989", "howitzers"]),
    ("Hwasong-11 self-propelled", ["hwasong", "11", "hwasong11", "self", "propelled"]),
    ("북한이 러시아에", ["북한", "한이", "러시", "시아", "아에"]),
    ("북", ["북"]),
    ("Москва, Ёлка", ["москва", "елка"]),
    ("Café naïve São Paulo", ["cafe", "naive", "sao", "paulo"]),
    ("“Iskander” — Russia’s", ["iskander", "russia", "s"]),
    ("11,000 troops, the U.S. said", ["11", "000", "troops", "the", "u", "s", "said", "11000", "us"]),
    ("1,000,000 or 3,5 or 2024.", ["1", "000", "000", "or", "3", "5", "or", "2024", "1000000"]),
])
def test_index_terms(text: str, expected: list[str]) -> None:
    assert search.terms(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("kn-23", ["kn23"]), ("KN 23", ["kn", "23"]), ("kn23", ["kn23"]), ("kn-", ["kn"]),
    ("M1989", ["m1989"]), ("북한", ["북한"]), ("러시아", ["러시", "시아"]), ("self-propelled", ["self", "propelled"]),
    ("11,000 troops", ["11000", "troops"]), ("U.S. government", ["us", "government"]), ("11,", ["11"]),
])
def test_query_terms_keep_identifiers_whole(query: str, expected: list[str]) -> None:
    assert search.terms(query, query=True) == expected


def test_nfc_and_nfd_fold_alike() -> None:
    composed = "Café Đà Nẵng 북한"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert search.fold(decomposed) == search.fold(composed) == "cafe đa nang 북한"  # đ is a letter, not é
    assert search.terms(decomposed) == search.terms(composed)


def test_an_identifier_is_found_however_it_is_written() -> None:
    for written in ("KN-23", "KN23", "kn–23"):
        indexed = set(search.terms(f"the {written} missile"))
        for query in ("kn23", "KN-23", "kn 23", "Kn‑23"):
            assert set(search.terms(query, query=True)) <= indexed, (written, query)


# --- the index ------------------------------------------------------------------------------------

def test_root_lists_segments_which_hold_vocabulary_filters_and_shards(searchable: Path) -> None:
    index = all_parts(searchable)
    root = index.root
    assert root["type"] == "main" and root["kinds"] == ["fact", "source", "entity", "topic", "passage"]
    assert [name for name, _ in root["segments"]] == ["topics/missiles", "topics/artillery", "entities", "sources"]
    assert [t[0] for t in root["topics"]] == ["missiles", "artillery"]
    assert len(index.docs) == 5 + 2 + 6 + 2 + 5  # facts, sources, entities, topics, 5 paragraphs
    counts = {kind: sum(1 for d in range(len(index.docs)) if index.kind(d) == kind) for kind in root["kinds"]}
    assert counts == {"fact": 5, "source": 2, "entity": 6, "topic": 2, "passage": 5}
    for main in index.segments:
        assert main["type"] == "segment" and main["terms"] == sorted(main["terms"])
        assert all(len(main["facets"][f]) == main["total"] == len(main["lengths"])
                   for f in ("kind", "topic", "stance", "corroboration"))
        assert main["lengthSum"] == sum(main["lengths"])
        assert main["termFiles"] == [f"search/{main['s']}/t-1.js"]
        assert main["docFiles"] == [f"search/{main['s']}/d-1.js"]
    missiles = index.segments[0]
    assert missiles["topics"] == ["missiles"] and set(missiles["facets"]["topic"]) == {"0"}
    assert missiles["facets"]["kind"][0] == "3"  # the topic itself, then its facts


def test_documents_link_to_pages_and_passages_to_anchors_that_exist(searchable: Path) -> None:
    index = all_parts(searchable)
    docs = index.docs
    for record in docs:
        prefix, suffix = index.root["routes"][record[0]]
        if index.root["kinds"][record[0]] == "passage":
            page = (searchable / f"{prefix}{docs[record[1]][1]}{suffix.partition('#')[0]}").read_text(encoding="utf-8")
            anchor = f'<p id="{suffix.partition("#")[2]}{record[2]}">'
            paragraph = page[page.index(anchor):].partition("</p>")[0]
            # the paragraph at the anchor, less the notes naming the facts that cite a passage
            text = re.sub(r'<span class="passage-note".*?</a></span>', "", paragraph)
            assert html.unescape(re.sub(r"<[^>]*>", "", text)) == record[3]
        else:
            assert (searchable / f"{prefix}{record[1]}{suffix}").is_file()


def test_a_fact_quote_points_into_its_passage_which_knows_the_fact(searchable: Path) -> None:
    index = all_parts(searchable)
    docs = index.docs
    by_id = {(index.kind(n), d[1]): n for n, d in enumerate(docs) if d[0] != 4}
    fact = docs[by_id[("fact", "kn-23-supplied")]]
    assert fact[2] == "North Korea has supplied Russia with KN-23 ballistic missiles, according to debris analysis."
    assert fact[3] == "by January 2024 · Missiles · HUR asserts"
    [(passage, start, end)] = fact[4]
    assert docs[passage][3][start:end] == "North Korea is believed to have provided Russia with the KN-23"
    assert docs[passage][4] == [by_id[("fact", "kn-23-supplied")]]  # the passage says who cites it
    assert docs[passage][1] == by_id[("source", "wire-2024-01")] and docs[passage][2] == 1
    uncited = [d for d in docs if d[0] == 4 and not d[4]]
    assert [d[3] for d in uncited] == []  # every paragraph of this small fixture is quoted somewhere


def test_ranking_puts_claims_above_quotes_above_archived_text(searchable: Path) -> None:
    index = all_parts(searchable)
    scores = index.scores("designations")
    kinds = {index.kind(d): s for d, s in scores.items()}
    assert set(kinds) == {"fact", "passage"}
    assert kinds["fact"] > kinds["passage"]
    quote_only = index.scores("believed")  # in the fact's quote, not its claim
    fact_by_claim = index.scores("debris")
    fact = next(n for n, d in enumerate(index.docs) if d[1] == "kn-23-supplied")
    assert fact_by_claim[fact] > quote_only[fact]


def test_index_is_a_classic_script_that_no_text_can_break_out_of(searchable: Path) -> None:
    for path in [searchable / "search-index.js", *sorted((searchable / "search").rglob("*.js"))]:
        raw = path.read_bytes()
        assert raw.isascii() and b"</script" not in raw, path
    docs = all_parts(searchable).docs
    markup = next(d for d in docs if d[1] == "markup-in-claim")
    assert markup[2].endswith('& other designations </script><!-- in their statement.')


def test_small_shards_cover_every_document_and_term_once(searchable: Path, sharded: Path) -> None:
    whole, split = all_parts(searchable), all_parts(sharded)
    assert sum(len(m["termFiles"]) for m in split.segments) > 12
    assert max(len(m["docFiles"]) for m in split.segments) > 3
    assert split.postings == whole.postings and split.docs == whole.docs and split.lengths == whole.lengths


def test_one_segment_holds_the_same_documents_and_postings(searchable: Path, single: Path) -> None:
    whole, one = all_parts(searchable), all_parts(single)
    assert [name for name, _ in one.root["segments"]] == ["all"]
    assert one.docs == whole.docs and one.postings == whole.postings and one.lengths == whole.lengths


def test_index_parts_are_the_documents() -> None:
    result = validate(PUBLISH_SITE)
    assert result.briefing is not None
    topics = ordered_topics(result.briefing)
    parts = dict(search.index_parts(result.briefing, topics))
    for segment in search.segments(result.briefing, topics):
        main = parts[segment.routes()[0]]
        records = [d for name in main["docFiles"] for d in parts[name]["docs"]]
        assert records == [d.record for d in segment.make(0)[0]]
    assert [d.kind for d in search.documents(result.briefing, topics)][:2] == ["topic", "fact"]


def test_long_text_is_trimmed_at_a_word() -> None:
    text = "word " * 200
    trimmed = search.trim(text.strip())
    assert len(trimmed) <= search.BODY_LIMIT + 1 and trimmed.endswith("word…")


# --- the page in a browser -----------------------------------------------------------------------

def results(page: Any) -> list[tuple[str, str]]:
    return [(a.get_attribute("href"), a.inner_text()) for a in page.query_selector_all(".search-title a")]


def ask(page: Any, query: str) -> list[tuple[str, str]]:
    """Type a query (replacing the last) and wait until its results are drawn."""
    page.fill("#search-q", query)
    page.wait_for_function("q => document.getElementById('search-status').textContent.includes('“' + q.trim() + '”')",
                           arg=query)
    return results(page)


def open_search(page: Any, base: str, query: str = "") -> None:
    page.goto(base + "search.html" + (f"?q={query}" if query else ""))
    page.wait_for_function("document.getElementById('search-status').textContent !== ''")


def test_browser_normalises_words_as_the_index_does(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/")
    samples = ["KN-23", "kn23", "KN 23", "kn–23", "kn-", "M1989", "북한이 러시아에", "북", "Москва Ёлка",
               "Café naïve", unicodedata.normalize("NFD", "Café Đà Nẵng"), "“Iskander” — Russia’s",
               "self-propelled howitzers", "ＫＮ２３", "İstanbul STRASSE straße", "11,000 troops", "1,000,000",
               "the U.S. said", "U.S", "12,5 and 3,456.7", "x11,000"]
    for text in samples:
        assert page.evaluate("t => BriefingSearch.fold(t)", text) == search.fold(text), text
        assert page.evaluate("t => BriefingSearch.terms(t)", text) == search.terms(text, query=True), text
    guard.assert_clean()


def test_typing_finds_facts_identifiers_and_korean_from_disk(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/")
    assert page.is_hidden("#search-nojs") and page.is_visible("#search-q")
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.type("#search-q", "KN-23")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('“KN-23”')")
    found = results(page)
    assert found[0] == ("entities/kn-23.html", "KN-23")
    assert ("facts/kn-23-supplied.html",
            "North Korea has supplied Russia with KN-23 ballistic missiles, according to debris analysis.") in found
    assert page.inner_text(".search-title mark") == "KN-23"
    assert page.inner_text("#search-status").startswith(f"{len(found)} results for “KN-23”")
    for query in ("kn23", "KN 23", "kn–23"):
        assert ask(page, query) == found, query
    assert ("facts/m1989-howitzers-50.html", "North Korea supplied Russia with 50 self-propelled M1989 howitzers."
            ) in ask(page, "m1989")
    hrefs = [href for href, _ in ask(page, "howitz")]  # a word still being typed
    assert "facts/m1989-howitzers-50.html" in hrefs and "entities/m1989.html" in hrefs
    assert "howitzers" in page.inner_text(".search-result--fact .search-snippet mark")
    korean = ask(page, "북한")  # 북한이 in the claim and the archived text: a particle follows
    assert "facts/shells-over-a-million.html" in [href for href, _ in korean]
    assert "sources/ilbo-2023-11.html#passage-1" in [href for href, _ in korean]
    assert "북한" in page.locator(".search-result--passage .search-snippet mark").first.inner_text()
    assert [href for href, _ in ask(page, "kn–23 hur")] == ["facts/kn-23-supplied.html"]
    ask(page, "zzzz-nothing")
    assert page.inner_text("#search-status").startswith("No results for “zzzz-nothing”.")
    assert ask(page, "zzzz qqqq") == [] and page.inner_text("#search-status") == "No results for “zzzz qqqq”."
    guard.assert_clean()


def test_cyrillic_and_accented_names_fold_case_and_accents(tmp_path: Path, browse: Any) -> None:
    entities = (PUBLISH_SITE / "content/entities.yaml").read_text(encoding="utf-8")
    site = copy_site(tmp_path / "site", PUBLISH_SITE, {"content/entities.yaml": entities + (
        "- id: shoigu\n  kind: person\n  name: Sergei Shoigu\n"
        "  aliases: [Сергей Шойгу, Sergueï Choïgou, Ерёменко]\n")})
    out = built(site, tmp_path / "output")
    page, guard = browse()
    open_search(page, out.as_uri() + "/")
    for query in ("Шойгу", "сергей шойгу", "СЕРГЕЙ", "choigou", "SERGUEÏ", unicodedata.normalize("NFD", "Choïgou"),
                  "еременко", "Ерёменко", "шойг"):
        assert ask(page, query) == [("entities/shoigu.html", "Sergei Shoigu")], query
    assert page.inner_text(".search-meta mark") == "Шойгу"  # the word the typed beginning matched is marked
    guard.assert_clean()


def test_typos_rank_below_exact_words(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/")
    exact = ask(page, "debris")
    assert exact and ask(page, "debirs") == exact  # one swap in a 6-letter word
    assert ask(page, "dbrs") == []  # two edits are too many for a short word
    close = ask(page, "intelligense")  # 8 letters or more: up to two edits
    assert {"entities/ukraine-intelligence.html", "entities/nis.html"} <= {href for href, _ in close}
    assert page.inner_text(".search-title mark").lower() == "intelligence"
    guard.assert_clean()


def test_did_you_mean_offers_a_spelling_that_finds_something(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/")
    assert ask(page, "misles") == []  # two edits from "missiles": more than a six-letter word may have
    page.wait_for_selector("#search-suggestion a")
    assert page.inner_text("#search-suggestion") == "Did you mean missiles? (8 results)"  # and "missile"
    assert page.inner_text("#search-status").endswith("Did you mean “missiles”?")  # announced too
    page.click("#search-suggestion a")
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('8 results')")
    assert page.input_value("#search-q") == "missiles" and page.is_hidden("#search-suggestion")
    assert ask(page, "zzzz") == [] and page.is_hidden("#search-suggestion")  # nothing close: no suggestion
    guard.assert_clean()


def test_filters_narrow_count_and_survive_a_reload(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/", "russia")
    everything = results(page)
    options = page.locator("#search-kind option").all_inner_texts()
    assert options == ["All kinds", "Facts (4)", "Sources (0)", "Entities (1)", "Topics (0)",
                       "Passages of archived texts (1)"]
    page.select_option("#search-kind", "fact")
    page.wait_for_function("document.querySelectorAll('.search-result--entity').length === 0")
    facts = results(page)
    assert facts and len(facts) < len(everything) and all(h.startswith("facts/") for h, _ in facts)
    page.select_option("#search-stance", "denies")
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('2 results')")
    assert {h for h, _ in results(page)} == {"facts/shells-over-a-million.html", "facts/shells-undated-entry.html"}
    assert "stance=denies" in page.url and "kind=fact" in page.url and "q=russia" in page.url
    page.reload()
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('2 results')")
    assert page.input_value("#search-kind") == "fact" and page.input_value("#search-stance") == "denies"
    assert page.input_value("#search-q") == "russia"
    page.select_option("#search-topic", "missiles")
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('No results')")
    assert "Missiles (0)" in page.locator("#search-topic option").all_inner_texts()
    guard.assert_clean()


def test_shards_give_the_same_results(searchable: Path, sharded: Path, browse: Any) -> None:
    found = {}
    for name, out in (("whole", searchable), ("sharded", sharded)):
        page, guard = browse()
        open_search(page, out.as_uri() + "/", "russia")
        found[name] = results(page)
        guard.assert_clean()
    assert page.locator("script[src^='search/']").count() > 2
    assert found["sharded"] == found["whole"] and len(found["whole"]) == 6


RANKING_QUERIES = ["russia", "kn23", "KN-23", "howitz", "missile", "satelite", "북한", "artillery shells",
                   "north korea", "debris", "intelligense", "m1989", "ballistic missiles russia", "hur", "train"]
RANKED = "q => new Promise(done => BriefingSearch.ranked(q, done))"


def rankings(out: Path, browse: Any) -> dict[str, Any]:
    """Every query's ranked hits ([document, score], all of them) and the results drawn first."""
    page, guard = browse()
    open_search(page, out.as_uri() + "/")
    found = {query: (page.evaluate(RANKED, query), ask(page, query)) for query in RANKING_QUERIES}
    guard.assert_clean()
    return found


@pytest.fixture(scope="module")
def real_single(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """This repository's briefing with every document in one segment."""
    patch = pytest.MonkeyPatch()
    patch.setattr(search, "SEGMENTED", False)
    out = built(ROOT, tmp_path_factory.mktemp("real-single") / "output")
    patch.undo()
    yield out


@pytest.mark.parametrize("site", ["fixture", "real briefing"])
def test_segments_rank_exactly_as_one_index(site: str, searchable: Path, single: Path, real: Path,
                                            real_single: Path, browse: Any) -> None:
    """BM25 over the whole briefing: document counts and lengths summed over the segments give the
    same scores, to the last bit, and the same order as one index of every document."""
    segmented, whole = (searchable, single) if site == "fixture" else (real, real_single)
    assert len(read_part(segmented / "search-index.js")["segments"]) > 3
    got, want = rankings(segmented, browse), rankings(whole, browse)
    for query in RANKING_QUERIES:
        assert got[query] == want[query], query
    assert sum(1 for hits, _ in got.values() if len(hits) > 1) >= 8  # the queries find things to order


def test_a_missing_shard_is_reported_and_the_rest_still_answers(sharded: Path, tmp_path: Path,
                                                                browse: Any) -> None:
    out = tmp_path / "output"
    shutil.copytree(sharded, out)
    sources = read_part(out / "search" / "sources" / "index.js")
    (out / sources["docFiles"][-1]).unlink()  # the last shard: passages of the archived texts
    page, guard = browse()
    open_search(page, out.as_uri() + "/")
    for _ in range(2):  # and again: a file that failed is not waited for forever
        found = ask(page, "russia")
        status = page.inner_text("#search-status")
        assert "could not be loaded (search/sources/d-" in status and "results are incomplete" in status
        assert found and ("entities/russia.html", "Russia") in found
    guard.assert_clean()  # no script error either


def test_a_missing_segment_is_reported_and_the_others_still_answer(searchable: Path, tmp_path: Path,
                                                                   browse: Any) -> None:
    out = tmp_path / "output"
    shutil.copytree(searchable, out)
    (out / "search" / "topics" / "artillery" / "index.js").unlink()
    page, guard = browse()
    open_search(page, out.as_uri() + "/")
    found = ask(page, "russia")
    status = page.inner_text("#search-status")
    assert "could not be loaded (search/topics/artillery/index.js)" in status and "results are incomplete" in status
    assert ("entities/russia.html", "Russia") in found
    assert not [href for href, _ in found if href == "facts/shells-over-a-million.html"]  # an artillery fact
    guard.assert_clean()


def test_keyboard_slash_arrows_and_enter(searchable: Path, browse: Any) -> None:
    page, guard = browse()
    page.goto((searchable / "index.html").as_uri())
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-search-q"
    page.keyboard.type("howitzer")
    page.keyboard.press("Enter")  # the header box is a plain form: it opens search.html?q=…
    page.wait_for_url("**/search.html?q=howitzer")
    page.wait_for_function("document.querySelectorAll('.search-title a').length >= 2")
    assert page.input_value("#search-q") == "howitzer"
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    assert first == results(page)[0][0]
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == results(page)[1][0]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-q"
    assert page.is_visible(".search-keys")
    page.keyboard.press("Enter")  # Enter in the box opens the best result
    page.wait_for_url(f"**/{first}")
    guard.assert_clean()


def test_touch_screens_get_no_keyboard_hints(searchable: Path, browse: Any) -> None:
    page, guard = browse(has_touch=True, is_mobile=True, viewport={"width": 375, "height": 812})
    open_search(page, searchable.as_uri() + "/")
    assert page.is_visible("#search-help") and page.is_hidden(".search-keys")
    assert page.get_attribute("#search-status", "role") == "status"  # results are announced
    guard.assert_clean()


def test_without_javascript_the_page_says_so_and_links_the_indexes(searchable: Path, browse: Any) -> None:
    page, guard = browse(java_script_enabled=False)
    page.goto((searchable / "search.html").as_uri())
    notice = page.inner_text("#search-nojs")
    assert "JavaScript" in notice
    links = {a.get_attribute("href") for a in page.query_selector_all("#search-nojs a")}
    assert {"topics/missiles.html", "topics/artillery.html", "sources/index.html", "entities/index.html"} <= links
    assert page.is_hidden("#search-form")
    guard.assert_clean()


# --- the reader's queries on the real briefing ----------------------------------------------------

def reader_queries(page: Any, base: str, out: Path | None) -> None:
    open_search(page, base)
    satellite = [href for href, title in ask(page, "satelite") if href.startswith("facts/")]
    assert len(satellite) >= 3
    assert all("satellite" in title.lower() for _, title in results(page)[:3])
    assert page.locator(".search-result--fact .search-title mark").first.inner_text().lower() == "satellite"
    kn23 = ask(page, "kn23")
    assert kn23[0] == ("entities/kn-23.html", "KN-23") and "facts/kn-23-supplied.html" in [h for h, _ in kn23]
    korean = ask(page, "북한")  # the photo caption in an archived article: 북한의, with a particle
    caption = [href for href, title in korean if "#passage-" in href]
    assert caption, korean
    assert "북한" in page.locator(".search-result--passage .search-snippet mark").first.inner_text()
    # a phrase a reader remembers from an article no fact quotes in full
    phrase = "speaks out against the use of North Korean ballistic missiles"
    passages = [href for href, _ in ask(page, phrase) if "#passage-" in href]
    assert passages, results(page)
    snippet = page.locator(".search-result--passage").first
    assert "ballistic" in snippet.locator(".search-snippet mark").all_inner_texts()
    assert snippet.locator(".search-cited").inner_text()
    snippet.locator(".search-title a").click()
    page.wait_for_load_state()
    anchor = passages[0].partition("#")[2]
    assert page.url.endswith("#" + anchor)
    target = page.locator(f"#{anchor}")
    assert target.evaluate("e => e.matches(':target')") and target.is_visible()
    assert "ballistic missiles" in target.inner_text()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]  # scrolled into view
    highlighted = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", "transparent")
    page.go_back()
    open_search(page, base)
    ask(page, "ballistik misils")  # the close spelling of one word is shown, and the spelling of both offered
    assert page.inner_text("#search-status").startswith("No results for “ballistik misils”.")
    page.wait_for_selector("#search-suggestion a")
    assert page.inner_text("#search-suggestion a") == "ballistic missiles"


def test_ten_results_first_then_more_on_request(real: Path, browse: Any) -> None:
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    first = ask(page, "russia")
    total = int(page.inner_text("#search-status").split()[0])
    assert len(first) == 10 < total and "showing the first 10" in page.inner_text("#search-status")
    button = page.locator(".search-more button")
    assert button.inner_text() in (f"Show all {total} results", "Show 50 more")
    button.click()
    page.wait_for_function("document.querySelectorAll('.search-title a').length > 10")
    more = results(page)
    assert more[:10] == first and len(more) == min(total, 60)
    assert page.evaluate("document.activeElement.getAttribute('href')") == more[10][0]  # focus on the first new one
    guard.assert_clean()


def test_the_readers_queries_work_on_the_real_briefing_from_disk(real: Path, browse: Any) -> None:
    page, guard = browse()
    reader_queries(page, real.as_uri() + "/", real)
    guard.assert_clean()


def test_the_readers_queries_work_under_a_sub_path(real: Path, browse: Any, tmp_path: Path) -> None:
    as_project_site(real, tmp_path / "www", "briefing-repo")
    with serve(tmp_path / "www") as root:
        base = root + "briefing-repo/"
        page, guard = browse(allowed_prefix=base)
        reader_queries(page, base, None)
        guard.assert_clean()


# --- hostile text stays text ----------------------------------------------------------------------

def test_injected_markup_in_indexed_text_stays_text(tmp_path: Path, browse: Any) -> None:
    out = built(FIXTURES / "injection", tmp_path / "output")
    page, guard = browse()
    page.add_init_script("window.__injected = []; window.alert = (m) => window.__injected.push(String(m));")
    open_search(page, out.as_uri() + "/")
    for query in ("script alert", "onerror", "svg onload", "textarea"):
        ask(page, query)
        kinds = {h.partition("/")[0] for h, _ in results(page)}
        assert kinds, query
        shown = page.inner_text("#search-results")
        assert "<script>" in shown or "<svg" in shown or "</textarea>" in shown or "onerror" in shown, query
        assert page.locator("#search-results script, #search-results img, #search-results svg, "
                            "#search-results textarea").count() == 0
    ask(page, "alert")
    assert any("#passage-" in h for h, _ in results(page))  # the archived text is indexed and shown as text
    assert page.evaluate("window.__injected") == []
    guard.assert_clean()


def test_a_segment_indexed_from_its_last_index_equals_one_indexed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dev server indexes a segment again by updating its last index where documents changed
    (a fact's document is kept while the fact is unchanged); every file equals a fresh index's."""
    import random

    rng = random.Random(16)
    words = [f"w{n}" for n in range(60)] + ["shells", "missiles", "troops", "포탄"]

    def doc(n: int) -> search.Doc:
        claim = " ".join(rng.choices(words, k=rng.randrange(1, 9)))
        meta = " ".join(rng.choices(words, k=2))
        return search.Doc("fact", [search.KINDS.index("fact"), f"f{n}", claim, meta, []], (claim, meta, ""),
                          0, rng.randrange(4), rng.randrange(2))

    def parts(docs: list[search.Doc]) -> list[tuple[str, dict]]:
        segment = search.Segment("topics/test", [], 4000, 4000, lambda first: (list(docs), {"topics": ["test"]}), "en")
        return search.segment_parts(segment)

    docs = [doc(n) for n in range(40)]
    made = 40
    monkeypatch.setattr(model, "_keeping", True)  # as in a process that builds again (the dev server)
    search._INDEXES.clear()
    parts(docs)
    for step in range(80):
        change = step % 4
        if change == 0:  # one document changed (a claim edit)
            docs[rng.randrange(len(docs))] = doc(made)
        elif change == 1:  # a few changed, one moved
            for _ in range(3):
                docs[rng.randrange(len(docs))] = doc(made)
            docs.insert(rng.randrange(len(docs)), docs.pop(rng.randrange(len(docs))))
        elif change == 2:  # a document added or removed: numbers shift, indexed afresh
            docs.insert(rng.randrange(len(docs)), doc(made)) if step % 8 == 2 else docs.pop(rng.randrange(len(docs)))
        made += 1
        before = search._INDEXES.get(("en", "topics/test"))
        kept = parts(docs)
        state = dict(search._INDEXES)
        if change in (0, 1):  # updated in place, not indexed afresh
            assert state[("en", "topics/test")] is before
        search._INDEXES.clear()
        fresh = [(route, json.loads(json.dumps(part))) for route, part in parts(
            [dataclasses_replace(d) for d in docs])]
        search._INDEXES.clear()
        search._INDEXES.update(state)
        assert [(route, json.loads(json.dumps(part))) for route, part in kept] == fresh, step


def dataclasses_replace(doc: search.Doc) -> search.Doc:
    """A copy of a document without its analysis: indexed from nothing."""
    import dataclasses

    return dataclasses.replace(doc, analysed=None, size=-1)


# --- what a reader types beyond the words of the text (the search audit) --------------------------

def hrefs(found: list[tuple[str, str]]) -> list[str]:
    return [href for href, _ in found]


def total_of(page: Any) -> int:
    """The number of results the status announces (0 for none), in English or Korean."""
    status = page.inner_text("#search-status")
    numbers = re.findall(r"(\d+)(?: results?|건)", status)
    return int(numbers[0]) if numbers else 0


def test_particles_possessives_and_function_words_do_not_hide_results(real: Path, browse: Any) -> None:
    """A Korean word with its particle finds every text with the word, those with the particle
    first; "Kim Jong Un's" finds what "Kim Jong Un" finds; "the" or "and" need not be in a result."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/ko/")
    for word, inflected in (("북한", "북한이"), ("포탄", "포탄을"), ("김정은", "김정은이"), ("러시아", "러시아에")):
        ask(page, word)
        plain = total_of(page)
        with_particle = ask(page, inflected)
        assert total_of(page) == plain > 0, inflected
        first = page.locator(".search-result").first.inner_text()
        assert inflected in first, (inflected, first)  # the texts with the particle come first
        assert hrefs(with_particle)
    assert "entities/kim-jong-un.html" in hrefs(ask(page, "김정은이"))
    kim = page.locator(".search-result", has=page.locator("a[href='entities/kim-jong-un.html']"))
    assert kim.locator(".search-title mark").all_inner_texts() == ["김정은"]  # the word, not 김정 of it
    open_search(page, real.as_uri() + "/")
    kim = ask(page, "Kim Jong Un")
    assert ask(page, "Kim Jong Un's") == kim
    assert "s" not in [m.lower() for m in page.locator("#search-results mark").all_inner_texts()]
    assert ask(page, "Lavrov's")[0] == ("entities/sergey-lavrov.html", "Sergey Lavrov")
    assert total_of(page) == (ask(page, "Lavrov"), total_of(page))[1]
    assert ask(page, "the Vostochny Cosmodrome")[0] == ("entities/vostochny-cosmodrome.html", "Vostochny Cosmodrome")
    assert "the" not in [m.lower() for m in page.locator("#search-results mark").all_inner_texts()]
    assert "entities/kim-putin-summit-2023.html" in hrefs(ask(page, "Kim and Putin"))
    assert total_of(ask(page, "the") and page) > 100  # function words alone are still searched
    guard.assert_clean()


def test_figures_with_separators_and_dotted_abbreviations_are_found_however_typed(real: Path, browse: Any) -> None:
    """"11000" finds "11,000" (and "10000" is not the beginning of "100,000"); "US" finds "U.S.";
    the figure or abbreviation is marked whole in the result."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    troops = ask(page, "11,000")
    assert troops[0][0] == "facts/north-korean-troops-11000.html"
    assert ask(page, "11000") == troops
    assert "11,000" in page.locator(".search-result").first.locator("mark").all_inner_texts()
    assert hrefs(ask(page, "10000 troops")) == ["facts/ten-to-fifteen-thousand-soldiers-burden-ukraine.html"]
    assert hrefs(ask(page, "10,000 troops")) == ["facts/ten-to-fifteen-thousand-soldiers-burden-ukraine.html"]
    us = hrefs(ask(page, "US government"))
    assert "facts/us-shells-more-than-one-million.html" in us and "entities/united-states.html" in us
    assert "U.S." in page.locator("#search-results mark").all_inner_texts()
    guard.assert_clean()


def test_run_together_words_plurals_and_short_words_are_read_as_meant(real: Path, browse: Any) -> None:
    """"kimjongun" is Kim Jong Un; "missiles" finds "missile" and "country" "countries"; a letter
    or a number is not "corrected" into another word, and "kn 23" marks KN and 23, not "known"."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    kim = ask(page, "Kim Jong Un")
    assert ask(page, "kimjongun") == kim and ask(page, "kim jongun") == kim
    assert {"Kim", "Jong"} <= set(page.locator(".search-result").first.locator("mark").all_inner_texts())
    assert ask(page, "northkorea")[0] == ask(page, "north korea")[0]
    ask(page, "missile")
    singular = total_of(page)
    ask(page, "missiles")
    assert total_of(page) == singular
    assert "entities/missile-technology.html" in hrefs(ask(page, "missiles"))  # named "Missile technology"
    assert "facts/joint-statement-more-than-40-countries.html" in hrefs(ask(page, "country"))
    for query in ("B", "q", "k "):  # one letter: the start of typing, not "No results for k" nor "Did you mean s?"
        page.fill("#search-q", query)
        page.wait_for_function("document.getElementById('search-status').textContent.startsWith('Type to search')")
        assert page.is_hidden("#search-suggestion") and results(page) == [], query
    assert ask(page, "9") and page.inner_text("#search-status").endswith("results for “9”.")  # a digit is searched
    assert ask(page, "ka")  # two letters are a beginning
    ask(page, "kn-23 misles")
    page.wait_for_selector("#search-suggestion a")
    assert page.inner_text("#search-suggestion a") == "kn23 missiles"  # the identifier kept, not "2023"
    ask(page, "kn 23")
    marks = {m.lower() for m in page.locator("#search-results mark").all_inner_texts()}
    assert "known" not in marks and {"kn", "23"} <= marks
    ask(page, "satelite")  # one edit from a word: a typo, not words run together
    assert page.locator(".search-title mark").first.inner_text().lower() == "satellite"
    guard.assert_clean()


def test_dates_typed_as_numbers_and_small_numbers_as_words(real: Path, browse: Any) -> None:
    """"2023-09" finds what "September 2023" finds (in Korean, "2023년 9월"), "2023-09-13" the day;
    "1 million shells" finds "one million artillery shells" and "2 attempts" "two attempts"."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    written = ask(page, "September 2023")
    assert ask(page, "2023-09") == written and ask(page, "2023/9") == written
    assert "facts/kim-putin-summit-vostochny.html" in hrefs(ask(page, "2023-09-13"))
    assert {"September", "2023", "13"} <= set(page.locator("#search-results mark").all_inner_texts())
    million = hrefs(ask(page, "1 million shells"))
    assert {"facts/shells-more-than-one-million.html", "facts/us-shells-more-than-one-million.html"} <= set(million[:2])
    assert "facts/satellite-launch-failures-2023.html" in hrefs(ask(page, "2 attempts"))
    assert ask(page, "2024-13") == []  # not a date: read as written
    open_search(page, real.as_uri() + "/ko/")
    korean = ask(page, "2023년 9월")
    assert korean and ask(page, "2023-09") == korean
    assert "2023년" in page.locator(".search-result").first.locator("mark").all_inner_texts()  # one mark
    guard.assert_clean()


def test_input_with_nothing_to_search_says_so_and_the_title_names_the_query(searchable: Path, browse: Any) -> None:
    """Punctuation, regex-special characters or an emoji alone: "No results", not the empty box's
    prompt, and no script error; the page title (tabs, history) names what was searched."""
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/")
    title = page.title()
    for query in ("(", "*", "\\", ".*", "[", "🚀", "\"", "--"):
        assert ask(page, query) == [], query
        assert page.inner_text("#search-status") == f"No results for “{query}”.", query
    ask(page, "howitzer")
    assert page.title() == f"“howitzer” · {title}"
    page.fill("#search-q", "")
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('Type to search')")
    assert page.title() == title
    guard.assert_clean()


def test_the_count_is_announced_once_typing_pauses(searchable: Path, browse: Any) -> None:
    """The live region is busy while keys come in, so a screen reader reads the last count, not one per key."""
    page, guard = browse()
    open_search(page, searchable.as_uri() + "/")
    page.type("#search-q", "howitz", delay=40)
    assert page.get_attribute("#search-status", "aria-busy") == "true"
    page.wait_for_function("!document.getElementById('search-status').hasAttribute('aria-busy')", timeout=3000)
    assert page.inner_text("#search-status").startswith("4 results for “howitz”")
    assert page.get_attribute("#search-status", "role") == "status"
    guard.assert_clean()


def test_a_phrase_in_quotes_needs_its_words_side_by_side(real: Path, browse: Any) -> None:
    """"artillery shells" in quotes finds the texts with those words in that order; the words in
    another order, or apart, do not count; filters and counts follow."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    assert ask(page, "shells artillery")  # the words anywhere
    assert ask(page, '"shells artillery"') == []
    assert page.inner_text("#search-status").startswith("No results")
    phrase = ask(page, '"artillery shells"')
    assert phrase
    for item in page.locator(".search-result").all():
        assert "artillery shells" in item.inner_text().lower(), item.inner_text()
    ask(page, "command center")
    apart = total_of(page)
    together = hrefs(ask(page, '"command center" Kursk'))
    assert "facts/north-korean-command-center-kursk.html" in together and total_of(page) <= apart
    assert hrefs(ask(page, "“one million”")) == hrefs(ask(page, '"one million"'))  # typographic quotes too
    for item in page.locator(".search-result").all():
        assert "one million" in item.inner_text().lower()
    guard.assert_clean()


def test_a_pasted_paragraph_finds_its_passage_and_is_not_read_out_whole(real: Path, browse: Any) -> None:
    """A whole paragraph pasted into the box finds that paragraph; the status and the title repeat
    only its first 100 characters."""
    text = (ROOT / "content" / "sources" / "dn-2023-11.txt").read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len).strip()
    assert len(paragraph) > 200
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    page.fill("#search-q", paragraph)
    page.wait_for_function("q => document.getElementById('search-status').textContent.includes(q)",
                           arg="“" + paragraph[:40])
    found = hrefs(results(page))
    assert found and found[0].startswith("sources/dn-2023-11.html#passage-")
    status = page.inner_text("#search-status")
    assert len(status) < 160 and "…”" in status, status
    assert len(page.title()) < 200
    guard.assert_clean()


def test_a_year_filter_narrows_by_the_years_a_result_speaks_of(real: Path, browse: Any) -> None:
    """Facts by their date (a range counts in each of its years), sources and their passages by
    publication; with counts, combined with the other filters, kept in the address."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/", "shells")
    assert page.locator("#search-year option").all_inner_texts() == ["Any year", "2022 (3)", "2023 (5)", "2024 (3)"]
    page.select_option("#search-year", "2024")
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('3 results')")
    in_2024 = hrefs(results(page))
    assert "facts/us-shells-more-than-one-million.html" in in_2024  # by January 2024
    assert "facts/shells-more-than-one-million.html" not in in_2024  # August–November 2023
    page.select_option("#search-kind", "fact")
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('1 result ')")
    assert hrefs(results(page)) == ["facts/us-shells-more-than-one-million.html"]
    assert "year=2024" in page.url and "kind=fact" in page.url
    page.reload()
    page.wait_for_function("document.getElementById('search-status').textContent.startsWith('1 result ')")
    assert page.input_value("#search-year") == "2024" and page.input_value("#search-kind") == "fact"
    page.goto(real.as_uri() + "/ko/search.html?q=shells&year=2023")
    page.wait_for_function("document.querySelectorAll('.search-title a').length > 0")
    assert page.inner_text("label[for=search-year]") == "연도"
    assert page.locator("#search-year option").first.inner_text() == "모든 연도"
    assert page.input_value("#search-year") == "2023"
    guard.assert_clean()


def test_a_hangul_syllable_being_composed_does_not_empty_the_results(real: Path, browse: Any) -> None:
    """A Korean keyboard shows the syllable it is composing as a lone letter (북ㅎ on the way to 북한):
    the results stay those of what is written, and a lone letter alone is the box's prompt."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/ko/")
    written = ask(page, "북")
    assert written and ask(page, "북ㅎ") == written
    assert ask(page, "북한ㅇ") == ask(page, "북한")
    page.fill("#search-q", "ㅂ")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('검색하려면')")
    assert results(page) == []
    guard.assert_clean()


def test_a_word_of_the_text_outranks_a_kind_label_or_another_form(real: Path, browse: Any) -> None:
    """"weapons" finds first what says weapons, not every weapon system by its kind label ("Weapon
    system") nor by the singular; "weapons supplied" finds the topic of that name first."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    ask(page, "weapons")
    for item in page.locator(".search-result").all()[:4]:
        marks = [m.lower() for m in item.locator("mark").all_inner_texts()]
        assert "weapons" in marks, (item.inner_text(), marks)
    assert ask(page, "weapons supplied")[0] == ("topics/weapons.html", "Weapons supplied by North Korea")
    guard.assert_clean()


def test_when_no_result_has_every_word_those_with_the_most_are_shown_and_said(real: Path, browse: Any) -> None:
    """A name typed in two scripts, or a word the briefing lacks: "No results", then the results
    with the most of the words, said so in the page's language; a close spelling is still offered."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    found = hrefs(ask(page, "Putin 푸틴"))
    status = page.inner_text("#search-status")
    assert status == "No results for “Putin 푸틴”. None has every word; below, those with the most of them."
    assert found[0] == "entities/vladimir-putin.html"
    found = ask(page, "Ponomarenko Kursk helicopters")
    assert found and all(("Ponomarenko" in page.locator(".search-result").nth(i).inner_text() and
                          "Kursk" in page.locator(".search-result").nth(i).inner_text()) for i in range(len(found)))
    assert "facts/kn-23-supplied.html" in hrefs(ask(page, "kn-23 misles"))
    page.wait_for_selector("#search-suggestion a")
    assert page.inner_text("#search-suggestion a") == "kn23 missiles"
    open_search(page, real.as_uri() + "/ko/")
    ask(page, "푸틴 zzzz")
    assert "가장 많이 들어간" in page.inner_text("#search-status") and results(page)
    guard.assert_clean()


def test_a_new_word_just_begun_does_not_empty_the_results(real: Path, browse: Any) -> None:
    """Typing "Kim J" on the way to "Kim Jong Un": the results of "Kim" stay until the new word has
    two letters; "U.S" (a letter after a dot) is still searched as written."""
    page, guard = browse()
    open_search(page, real.as_uri() + "/")
    kim = ask(page, "Kim")
    assert ask(page, "Kim J") == kim
    assert page.inner_text("#search-status").endswith("results for “Kim J”, showing the first 10.")
    assert ask(page, "Kim Jo") and ask(page, "Kim Jo") != kim
    assert "entities/united-states.html" in hrefs(ask(page, "U.S"))
    guard.assert_clean()
