"""Publishing outputs read by standard tools: the Atom feed (feedparser), the sitemap (an XML parser),
the JSON, CSV and CSL-JSON exports (json, csv), and each page's head metadata (html.parser)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from conftest import FIXTURES, run_cli

from briefing.exports import FACT_COLUMNS, FORMAT
from briefing.pipeline import build

PUBLISH_SITE = FIXTURES / "publish"
BASE = "https://example.github.io/briefing/"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# The CSL-JSON variables these exports may use (from the CSL 1.0.2 input schema) and its item types.
CSL_VARIABLES = {"id", "type", "title", "container-title", "author", "issued", "accessed", "URL", "language",
                 "note", "custom"}
CSL_TYPES = {"article", "article-journal", "article-magazine", "article-newspaper", "broadcast", "interview",
             "report", "webpage", "post", "post-weblog", "speech", "document"}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The publishing fixture (base_url set, Korean text, added/updated dates) built once."""
    out = tmp_path_factory.mktemp("publish") / "output"
    result = build(PUBLISH_SITE, out)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    assert [p for p in result.problems if not p.is_error] == []
    return out


class Head(HTMLParser):
    """The <head> facts a crawler reads: title, meta, links and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.json_ld: list[str] = []
        self._in: str = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in = "title"
        elif tag == "meta" and ("name" in values or "property" in values):
            self.meta[values.get("name") or values["property"]] = values.get("content", "")
        elif tag == "link" and "rel" in values:
            self.links[values["rel"]] = values["href"]
        elif tag == "script" and values.get("type") == "application/ld+json":
            self._in = "ld"
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in = ""

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.json_ld[-1] += data


def head_of(path: Path) -> Head:
    parser = Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


# --- feed ----------------------------------------------------------------------------------------

def test_feed_is_atom_with_the_newest_facts_first(published: Path) -> None:
    feed = feedparser.parse((published / "feed.xml").read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Publishing fixture"
    assert feed.feed.id == BASE + "feed.xml"
    assert feed.feed.links[1].rel == "self" and feed.feed.links[1].href == BASE + "feed.xml"
    ids = [e.link.removeprefix(BASE + "facts/").removesuffix(".html") for e in feed.entries]
    # updated 2024-02-01, added 2024-01-20, added 2024-01-15, then the two dated by their source (November 2023)
    assert ids == ["kn-23-supplied", "m1989-howitzers-50", "markup-in-claim", "shells-undated-entry",
                   "shells-over-a-million"]
    stamps = [e.updated_parsed for e in feed.entries]
    assert stamps == sorted(stamps, reverse=True)
    first = feed.entries[0]
    assert first.id == first.link == BASE + "facts/kn-23-supplied.html"
    assert first.updated == "2024-02-01T00:00:00Z"
    assert first.published == "2024-01-10T00:00:00Z"
    assert first.tags[0].term == "missiles" and first.tags[0].label == "Missiles"
    assert "HUR asserts (9 January 2024): “North Korea is believed to have provided Russia with the KN-23”" \
        in first.summary
    korean = feed.entries[-1]
    assert korean.title == "북한이 러시아에 포탄 100만 발 이상을 보냈다고 국정원이 밝혔다."
    assert "Russia denies: “러시아는 이를 부인했다” (예시일보, November 2023)" in korean.summary
    assert feed.entries[2].title.startswith('Officials named the missiles <"Hwasong-11"> & other')


def test_feed_without_base_url_has_relative_links_and_stable_ids(built_fixture: Path) -> None:
    feed = feedparser.parse((built_fixture / "feed.xml").read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    root = ET.parse(built_fixture / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    hrefs = [link.get("href") for link in root.iter(atom + "link")]
    assert hrefs[0] == "index.html" and all(h.startswith("facts/") for h in hrefs[1:])
    assert not [link for link in root.iter(atom + "link") if link.get("rel") == "self"]
    ids = [entry.findtext(atom + "id") for entry in root.iter(atom + "entry")]
    assert len(ids) == 4 and all(i.startswith("urn:uuid:") for i in ids) and len(set(ids)) == 4
    for href in hrefs:
        assert (built_fixture / href).is_file()


# --- sitemap -------------------------------------------------------------------------------------

def test_sitemap_lists_every_page_but_the_404_with_absolute_addresses(published: Path) -> None:
    root = ET.parse(published / "sitemap.xml").getroot()
    assert root.tag == SITEMAP_NS + "urlset"
    entries = {u.findtext(SITEMAP_NS + "loc"): u.findtext(SITEMAP_NS + "lastmod") for u in root}
    pages = {p.relative_to(published).as_posix() for p in published.rglob("*.html")}
    assert set(entries) == {BASE + p for p in pages - {"404.html"}}
    assert entries[BASE + "facts/kn-23-supplied.html"] == "2024-02-01"
    assert entries[BASE + "facts/m1989-howitzers-50.html"] == "2024-01-20"
    assert entries[BASE + "index.html"] is None


def test_without_base_url_no_sitemap_and_a_clear_note(site: Path, tmp_path: Path) -> None:
    result = run_cli("--site", str(site), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert ("site.yaml: note: no base_url: sitemap.xml, canonical links and Open Graph tags are left out "
            "(the site itself works everywhere)") in result.stderr
    assert "hint: add the public address to site.yaml, e.g. base_url: https://user.github.io/repo/" in result.stderr
    assert not (tmp_path / "out/sitemap.xml").exists()
    assert (tmp_path / "out/feed.xml").exists()


def test_base_url_option_overrides_site_yaml(site: Path, tmp_path: Path) -> None:
    result = run_cli("--site", str(site), "--output", str(tmp_path / "out"), "--base-url", "https://x.github.io/r")
    assert result.returncode == 0, result.stderr
    assert "no base_url" not in result.stderr
    assert "<loc>https://x.github.io/r/index.html</loc>" in (tmp_path / "out/sitemap.xml").read_text()
    bad = run_cli("--site", str(site), "--output", str(tmp_path / "out"), "--base-url", "x.github.io/r")
    assert bad.returncode == 2
    assert "build.py: error: --base-url: 'x.github.io/r' is not an http(s) address" in bad.stderr


# --- data exports --------------------------------------------------------------------------------

def test_facts_csv_opens_in_excel_and_pandas(published: Path) -> None:
    data = (published / "data/facts.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark, so Excel reads the Korean text"
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(FACT_COLUMNS)
    assert [r["id"] for r in rows] == ["kn-23-supplied", "m1989-howitzers-50", "markup-in-claim",
                                       "shells-over-a-million", "shells-undated-entry"]
    korean = rows[3]
    assert korean["claim"] == "북한이 러시아에 포탄 100만 발 이상을 보냈다고 국정원이 밝혔다."
    assert korean["status"] == "disputed"
    assert korean["asserted_by"] == "nis" and korean["denied_by"] == "russia"
    assert korean["quantity_min"] == "1000000" and korean["quantity_value"] == ""
    assert korean["date"] == "../2023-11" and korean["date_start"] == "" and korean["date_end"] == "2023-11"
    assert rows[0]["entities"] == "north-korea; russia; kn-23"
    assert rows[0]["added"] == "2024-01-10" and rows[0]["updated"] == "2024-02-01"
    assert rows[0]["page"] == "facts/kn-23-supplied.html"
    assert rows[2]["claim"].startswith('Officials named the missiles <"Hwasong-11"> & other designations')


def test_briefing_json_holds_everything_with_derived_fields(published: Path) -> None:
    data = json.loads((published / "data/briefing.json").read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    assert data["site"]["base_url"] == BASE
    assert [t["id"] for t in data["topics"]] == ["missiles", "artillery"]
    facts = {f["id"]: f for f in data["facts"]}
    assert len(facts) == 5
    shells = facts["shells-over-a-million"]
    assert shells["derived"]["status"] == "disputed"
    assert shells["derived"]["asserted_by"] == ["nis"] and shells["derived"]["denied_by"] == ["russia"]
    assert shells["quantity"] == {"value": None, "min": 1000000, "max": None, "qualifier": "more-than",
                                  "unit": "artillery shells", "text": "포탄 100만 발 이상", "series": ""}
    assert facts["m1989-howitzers-50"]["quantity"]["value"] == 50
    assert facts["kn-23-supplied"]["positions"][0]["citations"][0] == {
        "source": "wire-2024-01", "quote": "North Korea is believed to have provided Russia with the KN-23"}
    sources = {s["id"]: s for s in data["sources"]}
    assert sources["ilbo-2023-11"]["text"].startswith("국가정보원은")
    assert sources["wire-2024-01"]["cited_by"] == ["kn-23-supplied", "m1989-howitzers-50", "markup-in-claim"]
    entities = {e["id"]: e for e in data["entities"]}
    assert entities["kn-23"]["aliases"] == ["Hwasong-11", "North Korean Iskander"]
    for record in [*data["facts"], *data["sources"], *data["entities"], *data["topics"]]:
        assert (published / record["page"]).is_file()


def test_sources_csl_json_is_a_zotero_bibliography(published: Path) -> None:
    items = json.loads((published / "data/sources.csl.json").read_text(encoding="utf-8"))
    assert isinstance(items, list) and len(items) == 2
    for item in items:
        assert set(item) <= CSL_VARIABLES, set(item) - CSL_VARIABLES
        assert item["type"] in CSL_TYPES and isinstance(item["id"], str)
    wire = next(i for i in items if i["id"] == "wire-2024-01")
    assert wire == {
        "id": "wire-2024-01", "type": "article-newspaper",
        "title": "Fragments point to North Korean missiles in Ukraine", "container-title": "Example Wire",
        "author": [{"literal": "Kim Min-ji"}, {"literal": "Jane Roe"}], "issued": {"date-parts": [[2024, 1, 9]]},
        "URL": "https://example.com/wire/2024/01/fragments", "language": "en", "note": "Via Yonhap.",
        "custom": {"admiralty-reliability": "B"},
    }
    korean = next(i for i in items if i["id"] == "ilbo-2023-11")
    assert korean["issued"] == {"date-parts": [[2023, 11]]}
    assert korean["title"] == "북한, 러시아에 포탄 공급 정황"
    assert korean["note"].startswith("Published inferred: The text dates the briefing")


def test_every_page_links_the_exports_and_the_feed(published: Path) -> None:
    for route in ("index.html", "facts/kn-23-supplied.html", "sources/ilbo-2023-11.html"):
        page = published / route
        html = page.read_text(encoding="utf-8")
        depth = "../" * route.count("/")
        for target in ("data/briefing.json", "data/facts.csv", "data/sources.csl.json", "feed.xml", "search.html"):
            assert f'href="{depth}{target}"' in html, (route, target)
            assert (page.parent / f"{depth}{target}").resolve().is_file()
        assert head_of(page).links["alternate"] == f"{depth}feed.xml"


# --- head metadata -------------------------------------------------------------------------------

def test_fact_page_has_title_description_canonical_open_graph_and_claim(published: Path) -> None:
    head = head_of(published / "facts/kn-23-supplied.html")
    claim = "North Korea has supplied Russia with KN-23 ballistic missiles, according to debris analysis."
    assert head.title == f"{claim} · Publishing fixture"
    assert head.meta["description"] == "HUR asserts · by January 2024 · 1 source: Example Wire"
    assert head.links["canonical"] == BASE + "facts/kn-23-supplied.html"
    assert head.meta["og:url"] == BASE + "facts/kn-23-supplied.html"
    assert head.meta["og:title"] == claim and head.meta["og:type"] == "article"
    assert head.meta["og:site_name"] == "Publishing fixture"
    [ld] = [json.loads(block) for block in head.json_ld]
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "Claim"
    assert ld["text"] == claim and ld["url"] == BASE + "facts/kn-23-supplied.html"
    assert ld["author"] == [{"@type": "Organization", "name": "Ukrainian military intelligence"}]
    assert {"@type": "Thing", "name": "KN-23"} in ld["about"]
    assert ld["firstAppearance"]["headline"] == "Fragments point to North Korean missiles in Ukraine"
    assert ld["firstAppearance"]["url"] == "https://example.com/wire/2024/01/fragments"
    assert ld["dateCreated"] == "2024-01-10" and ld["dateModified"] == "2024-02-01"


def test_json_ld_cannot_be_closed_by_the_text_it_carries(published: Path) -> None:
    html = (published / "facts/markup-in-claim.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/ld+json">')
    block = html[start:html.index("</script>", start)]
    assert "<" not in block[len('<script type="application/ld+json">'):]
    [ld] = [json.loads(b) for b in head_of(published / "facts/markup-in-claim.html").json_ld]
    assert ld["text"] == ('Officials named the missiles <"Hwasong-11"> & other designations </script><!-- '
                          "in their statement.")


def test_other_pages_describe_themselves(published: Path) -> None:
    assert head_of(published / "topics/missiles.html").meta["description"].startswith(
        "Debris in Ukraine points to KN-23 ballistic missiles; see the fragments report. Missiles first.")
    assert head_of(published / "entities/kn-23.html").meta["description"] == \
        "North Korean short-range ballistic missile."
    assert head_of(published / "entities/russia.html").meta["description"] == \
        "State: 4 facts involving Russia."
    source = head_of(published / "sources/wire-2024-01.html")
    assert source.meta["description"] == (
        "Archived text of “Fragments point to North Korean missiles in Ukraine” "
        "(Example Wire, 9 January 2024), with the passages 3 facts quote highlighted.")
    assert source.meta["og:type"] == "article"
    home = head_of(published / "index.html")
    assert home.meta["description"] == "A small briefing for the search, feed, sitemap, export and metadata tests."
    assert home.links["canonical"] == BASE + "index.html" and home.meta["og:type"] == "website"
    assert head_of(published / "index.html").json_ld == []


def test_without_base_url_no_absolute_address_appears(built_fixture: Path) -> None:
    for page in built_fixture.rglob("*.html"):
        head = head_of(page)
        assert "canonical" not in head.links and not any(k.startswith("og:") for k in head.meta), page
    [ld] = [json.loads(b) for b in head_of(built_fixture / "facts/shells-million.html").json_ld]
    assert "url" not in ld and ld["@type"] == "Claim"
