"""Analyst views: corroboration, disputes, single sources, estimate series, the transfer register,
grades and history, computed on tests/fixtures/analysis and checked in the built pages."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import FIXTURES, copy_site

from briefing import urls
from briefing.analysis import Analysis, analyse
from briefing.charts import compact_number, series_title
from briefing.derive import Grade, origin_key, standing
from briefing.model import Briefing
from briefing.pipeline import build, validate
from briefing.plan import ordered_topics

ANALYSIS_SITE = FIXTURES / "analysis"
ANALYST_PAGES = [urls.DISPUTED, urls.SINGLE_SOURCE, urls.NUMBERS, urls.REGISTER, urls.CHANGES,
                 urls.METHODOLOGY, urls.PACK]


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    result = validate(ANALYSIS_SITE)
    assert result.ok and result.briefing is not None, [p.format() for p in result.problems]
    assert not result.problems, [p.format() for p in result.problems]
    return result.briefing


@pytest.fixture(scope="module")
def analysis(briefing: Briefing) -> Analysis:
    return analyse(briefing, ordered_topics(briefing))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("analysis") / "output"
    result = build(ANALYSIS_SITE, out)
    assert result.ok, [p.format() for p in result.problems]
    return out


def _page(site: Path, route: str) -> str:
    return (site / route).read_text(encoding="utf-8")


# --- corroboration ---------------------------------------------------------------------------

def test_relays_of_one_agency_count_as_one_source(briefing: Briefing) -> None:
    # Yonhap's own report and The Korea Herald's relay of it (via: Yonhap) are one line of reporting.
    s = standing(briefing, briefing.facts["shells-one-million"])
    assert s.sources == ("yonhap-2023-11", "herald-2023-11")
    assert [(o.key, o.sources) for o in s.evidence] == [("yonhap", ("yonhap-2023-11", "herald-2023-11"))]
    assert s.independent_sources == 1 and s.single_source
    assert s.asserted_by == ("nis",) and s.denied_by == ("russia",) and s.disputed


def test_independent_actors_and_sources_are_counted(briefing: Briefing) -> None:
    s = standing(briefing, briefing.facts["kn-23-by-ship"])
    assert s.asserted_by == ("ukraine", "united-states") and s.actors == 2
    assert s.independent_sources == 2 and not s.single_source and s.status == "reported"
    # One actor quoted by two outlets is one actor but two sources.
    troops = standing(briefing, briefing.facts["troops-10000"])
    assert troops.actors == 1 and troops.independent_sources == 2 and not troops.single_source


def test_a_denial_reported_elsewhere_does_not_corroborate(briefing: Briefing) -> None:
    # HUR's claim and Russia's denial are both in Example Wire: the claim has one source.
    s = standing(briefing, briefing.facts["shells-two-to-three-million"])
    assert s.independent_sources == 1 and s.single_source
    # A fact only denied is judged on all its reports: two outlets report the denial.
    denied = standing(briefing, briefing.facts["russia-denies-trade"])
    assert denied.status == "denied" and denied.independent_sources == 2 and not denied.single_source


def test_origin_names_match_across_spellings() -> None:
    assert origin_key("Yonhap News Agency") == origin_key("Yonhap") == "yonhap"
    assert origin_key("The Korea Herald") == "korea herald"
    assert origin_key("Associated Press") != origin_key("Yonhap")


def test_single_source_list(analysis: Analysis) -> None:
    listed = [(topic.id, [f.id for f in facts]) for topic, facts in analysis.single_source]
    assert listed == [
        ("weapons", ["shells-one-million", "shells-two-to-three-million", "kn-23-fifty-fired"]),
        ("troops", ["troops-8000", "troops-11000-12000"]),
        ("technology", ["satellite-help"]),
    ]


def test_disputed_list_puts_both_sides(analysis: Analysis) -> None:
    assert [d.fact.id for d in analysis.disputes] == ["shells-one-million", "shells-two-to-three-million"]
    first = analysis.disputes[0]
    assert [side.position.actor.id for side in first.asserting] == ["nis"]
    assert [side.position.actor.id for side in first.denying] == ["russia"]
    assert [q.source.id for q in first.asserting[0].quotes] == ["yonhap-2023-11", "herald-2023-11"]
    assert first.denying[0].quotes[0].quote == "Russia denied the report."
    assert [(a.id, b.id) for a, b in analysis.contradictions] == [("troops-10000", "troops-11000-12000")]


# --- grades ----------------------------------------------------------------------------------

def test_grades_are_compact_and_never_defaulted(briefing: Briefing) -> None:
    assert standing(briefing, briefing.facts["shells-one-million"]).compact_grades == (
        "B2", "source ungraded, 2")
    assert standing(briefing, briefing.facts["kn-23-by-ship"]).compact_grades == (
        "C, information ungraded", "A, information ungraded")
    assert standing(briefing, briefing.facts["troops-8000"]).compact_grades == ("ungraded",)
    assert Grade("x", "B", 2).description == "source B: usually reliable; information 2: probably true"
    assert Grade("x").description == "source reliability ungraded; information credibility ungraded"


# --- estimates over time ---------------------------------------------------------------------

def test_shells_series_has_the_right_points(analysis: Analysis) -> None:
    shells = next(s for s in analysis.series if s.id == "artillery-shells-supplied")
    assert shells.title == "Artillery shells supplied" and shells.unit == "artillery shells"
    points = [(e.claimant, e.date.iso() if e.date else None, e.dated_by, e.low, e.high, e.direction)
              for e in shells.estimates]
    assert points == [
        ("NIS", "2023-11-01", "statement", 1_000_000, 1_000_000, "up"),       # "more than a million"
        ("HUR", "2024-03", "report", 2_000_000, 3_000_000, ""),              # a range, dated by its report
    ]
    chart = shells.chart
    assert chart is not None
    more, bar = chart.marks
    assert (more.kind, bar.kind) == ("more", "range")
    assert more.x < bar.x                       # later estimate further right
    assert more.y2 < more.y                     # the open end points up
    assert bar.y < bar.y2 < more.y              # 3M above 2M above 1M
    assert [t.label for t in chart.y_ticks] == ["0", "1M", "2M", "3M", "4M"]
    assert [t.label for t in chart.x_ticks] == ["Oct 2023", "Jan 2024", "Apr 2024"]


def test_troops_series_orders_estimates_by_when_they_were_given(analysis: Analysis) -> None:
    troops = next(s for s in analysis.series if s.id == "north-korean-troops-in-russia")
    assert troops.title == "North Korean troops in Russia"
    assert [(e.fact.id, e.claimant) for e in troops.estimates] == [
        ("troops-8000", "U.S."), ("troops-10000", "NIS"), ("troops-11000-12000", "U.S.")]
    assert troops.chart is not None
    kinds = [(m.kind, m.hollow) for m in troops.chart.marks]
    assert kinds == [("more", False), ("point", True), ("range", False)]   # at least / about / range
    assert troops.topics == ("troops",)


def test_series_are_shown_on_their_topic_pages(analysis: Analysis, briefing: Briefing) -> None:
    assert [s.id for s in analysis.for_topic(briefing.topics["weapons"])["series"]] == ["artillery-shells-supplied"]
    assert analysis.for_topic(briefing.topics["technology"])["series"] == []
    # Figures in no series are key figures (a number, not a chart).
    assert [k.fact.id for k in analysis.figures(analysis.series, analysis._quantities())] == ["kn-23-fifty-fired"]


def test_series_titles_and_axis_numbers() -> None:
    assert series_title("m1989-howitzers-supplied", ["50 M1989 howitzers"]) == "M1989 howitzers supplied"
    assert series_title("troops-in-the-north", ["The troops", "in the North"]) == "Troops in the North"
    assert [compact_number(v) for v in (0, 7, 500, 1500, 500_000, 1_000_000, 2_500_000)] == [
        "0", "7", "500", "1.5k", "500k", "1M", "2.5M"]


# --- transfer register and history -----------------------------------------------------------

def test_transfer_register_groups_by_supplier_and_recipient(analysis: Analysis) -> None:
    groups = [(g.supplier.id if g.supplier else None, g.recipient.id if g.recipient else None,
               [(r.fact.id, r.item.id if r.item else None, r.estimated) for r in g.rows])
              for g in analysis.register]
    assert groups == [
        ("north-korea", "russia", [("shells-one-million", "artillery-shells", True),
                                   ("shells-two-to-three-million", "artillery-shells", True),
                                   ("kn-23-by-ship", "kn-23", False)]),
        ("russia", "north-korea", [("satellite-help", "satellite-technology", False)]),
    ]


def test_changes_newest_first(analysis: Analysis) -> None:
    assert [(e.date.iso(), e.kind, e.fact.id, e.note) for e in analysis.changes] == [
        ("2024-11-12", "updated", "troops-11000-12000", ""),
        ("2024-11-10", "added", "troops-11000-12000", ""),
        ("2024-03-05", "changed", "shells-one-million", "Linked the Ukrainian estimate."),
        ("2024-03-05", "added", "shells-two-to-three-million", ""),
        ("2023-11-03", "added", "shells-one-million", ""),
    ]


# --- the built pages -------------------------------------------------------------------------

class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_analyst_pages_are_linked_from_the_navigation_of_every_page(site: Path) -> None:
    for route in ["index.html", "topics/weapons.html", "facts/troops-8000.html", *ANALYST_PAGES]:
        links = _parse(site / route).links
        prefix = "../" if "/" in route else ""
        for target in ANALYST_PAGES:
            assert prefix + target in links, f"{route} does not link {target}"


def test_analyst_pages_links_resolve_and_ids_are_unique(site: Path) -> None:
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    for page, parsed in pages.items():
        duplicates = {i for i in parsed.ids if parsed.ids.count(i) > 1}
        assert not duplicates, f"{page.relative_to(site)}: duplicate ids {duplicates}"
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https"):
                continue
            assert not parts.scheme and not link.startswith("/"), f"{page}: {link}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(site)}: broken link {link}"
            if parts.fragment and target.suffix == ".html":
                assert unquote(parts.fragment) in pages[target].ids, f"{page.relative_to(site)}: missing #{link}"


def test_charts_are_inline_svg_with_a_table(site: Path) -> None:
    numbers = _page(site, urls.NUMBERS)
    # Two series, each drawn twice (wide for desktop and paper, narrow for phones).
    assert numbers.count('<svg class="chart-svg chart-svg--wide"') == 2
    assert numbers.count('<svg class="chart-svg chart-svg--narrow"') == 2
    assert 'role="img" aria-labelledby="series-artillery-shells-supplied-svg-wide"' in numbers
    assert ">Artillery shells supplied: every estimate, oldest first</caption>" in numbers
    # The only script in the page body is the views enhancement (chart/table toggle), loaded once.
    body = numbers.split("</head>", 1)[1].split("<footer", 1)[0]
    assert body.count("<script") == 1 and 'src="assets/views.js"' in body
    assert numbers.count('id="chart-legend"') == 1 and numbers.count('href="#chart-legend"') == 2
    table = numbers.split(">North Korean troops in Russia: every estimate", 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") == 4   # header and three estimates
    assert ">at least 8,000 North Korean troops<" in table and ">11,000–12,000 North Korean troops<" in table
    weapons = _page(site, "topics/weapons.html")
    assert 'id="series-artillery-shells-supplied"' in weapons
    assert 'href="../numbers.html#series-artillery-shells-supplied"' in weapons
    assert "<svg" not in _page(site, "topics/technology.html")


def test_fact_page_shows_corroboration_grades_history_and_links(site: Path) -> None:
    page = _page(site, "facts/shells-one-million.html")
    assert 'href="../disputed.html#fact-shells-one-million">Disputed</a>' in page
    # 6 of the fixture's 9 facts rest on one source: the corroborated ones are badged instead.
    assert "badge--single" not in page and "badge--corroborated" not in page
    assert 'class="badge badge--corroborated">2 independent sources</span>' in _page(site, "facts/troops-10000.html")
    assert "1 asserting actor, 2 sources (1 independent)" in page
    assert "2 articles carry Yonhap News Agency's reporting and count once" in page
    assert ">B2</abbr>" in page and ">source ungraded, 2</abbr>" in page
    assert "Credibility 2 (probably true)" in page and "Likely</abbr> · moderate confidence" in page
    history = page.split('<h2 id="history">History</h2>', 1)[1].split("</ol>", 1)[0]
    assert history.index("5 March 2024") < history.index("3 November 2023")
    assert "Changed</span>: Linked the Ukrainian estimate." in history
    assert 'href="../register.html#transfer-shells-one-million"' in page
    assert 'href="../numbers.html#series-artillery-shells-supplied"' in page
    ungraded = _page(site, "facts/troops-8000.html")
    assert '<abbr class="grade grade--none"' in ungraded and ">ungraded</abbr>" in ungraded
    assert "No dates of addition or change are recorded for this fact." in ungraded


def test_overview_links_the_analysis_and_grades_key_judgments(site: Path) -> None:
    index = _page(site, "index.html")
    assert "2 asserted by some and denied by others" in index
    assert "6 of 9 facts rest on one source" in index
    judgments = index.split('id="kj-heading"', 1)[1].split("</ol>", 1)[0]
    first, second = judgments.split('<li class="judgment">')[1:3]
    assert ">Likely</abbr></span>" in first and ">Moderate confidence</span>" in first
    assert 'class="chip' not in second and "ungraded" not in second  # no grade given: no chip, no noise


def test_register_page_marks_estimates_and_unknowns(site: Path) -> None:
    register = _page(site, urls.REGISTER)
    assert register.index('id="from-north-korea-to-russia"') < register.index('id="from-russia-to-north-korea"')
    row = register.split('id="transfer-kn-23-by-ship"', 1)[1].split("</tr>", 1)[0]
    assert '<span class="unknown">unknown</span>' in row and "by ship" in row and "Hwasong-11" in row
    shells = register.split('id="transfer-shells-one-million"', 1)[1].split("</tr>", 1)[0]
    assert "more than 1,000,000 artillery shells" in shells and "estimate</span>" in shells
    assert "Disputed</span>: denied by" in shells


def test_changes_page_and_methodology(site: Path) -> None:
    changes = _page(site, urls.CHANGES)
    assert changes.index("12 November 2024") < changes.index("10 November 2024") < changes.index("3 November 2023")
    assert "6 of 9 facts carry no date of addition" in changes
    method = _page(site, urls.METHODOLOGY)
    for term in ("Usually reliable", "Truth cannot be judged", "Roughly even chance", "45–55%", "B2"):
        assert term in method
    assert "3 of 5 sources have a reliability grade." in method


PACK_PARTS = ["briefing/topics/weapons.html", "briefing/topics/troops.html", "briefing/topics/technology.html",
              "briefing/topics/diplomacy.html", urls.PACK_REGISTER, urls.PACK_NUMBERS, urls.PACK_BIBLIOGRAPHY]


def _pack_sequence(site: Path, start: str = urls.PACK, rel: str = "next") -> list[str]:
    """The routes met following each page's first rel=`rel` link from `start`."""
    routes, route = [], start
    while found := re.search(rf'<a rel="{rel}" href="([^"#]*)', _page(site, route)):
        route = posixpath.normpath(posixpath.join(posixpath.dirname(route), unquote(found.group(1))))
        assert route not in routes, routes
        routes.append(route)
    return routes


def test_briefing_pack_is_a_front_and_a_part_per_topic_linked_in_order(site: Path) -> None:
    front = _page(site, urls.PACK)
    assert 'class="pack-fact' not in front                    # the front holds no fact, only its number
    assert _pack_sequence(site) == PACK_PARTS                 # next, next, … from the front through every part
    assert _pack_sequence(site, PACK_PARTS[-1], "prev") == PACK_PARTS[-2::-1]
    for route, anchor in zip(PACK_PARTS, ("topic-weapons", "topic-troops", "topic-technology", "topic-diplomacy",
                                          "pack-register", "pack-numbers", "pack-bibliography"), strict=True):
        assert f'href="{route}#{anchor}"' in front            # the contents link every part
        part = _page(site, route)
        assert f'id="{anchor}"' in part and 'class="pack-topic"' in part
        assert '<a href="../index.html">Overview</a></li><li><a href="../briefing.html">Briefing pack</a>' in \
            part.replace("../../", "../")                     # breadcrumbs lead up to the front
        assert 'href="../briefing.html#pack-contents-heading"' in part.replace("../../", "../")
    # Key judgments name fact numbers that lead to the part holding the fact.
    assert '<a href="briefing/topics/weapons.html#fact-shells-one-million">1.1</a>' in front
    weapons = _page(site, PACK_PARTS[0])
    assert '<span class="pack-number">1.1</span>' in weapons and 'id="fact-shells-one-million"' in weapons
    assert 'href="#fn-weapons-1"' in weapons and 'id="fn-weapons-1"' in weapons
    assert "<h1 id=\"topic-weapons-title\">1. Weapons" in weapons
    bibliography = _page(site, urls.PACK_BIBLIOGRAPHY).split('id="pack-bibliography"', 1)[1]
    assert bibliography.index("Example Wire") < bibliography.index("The Korea Herald") < bibliography.index(
        "Yonhap News Agency")
    # A source without a grade says nothing about it: no "ungraded" noise in the bibliography.
    assert "Relays Yonhap." in bibliography and "ungraded" not in bibliography
    assert "Reliability: <abbr" in bibliography
    # The register names the fact number of each row, linked to its part.
    register = _page(site, urls.PACK_REGISTER)
    assert re.search(r'see <a href="topics/weapons.html#fact-shells-one-million">fact 1\.1</a>', register)


def test_every_fact_is_in_exactly_one_part_of_the_pack(site: Path, briefing: Briefing) -> None:
    found = [ident for route in PACK_PARTS for ident in re.findall(r'<div class="pack-fact [^"]*" id="fact-([^"]+)"',
                                                                    _page(site, route))]
    assert sorted(found) == sorted(briefing.facts)


def test_a_big_topic_is_split_into_numbered_parts_like_topic_pages(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "TOPIC_PAGE_SIZE", 2)  # weapons has four facts, troops three
    out = tmp_path / "out"
    assert build(ANALYSIS_SITE, out, use_cache=False).ok
    routes = _pack_sequence(out)
    assert routes[:4] == ["briefing/topics/weapons.html", "briefing/topics/weapons.2.html",
                          "briefing/topics/troops.html", "briefing/topics/troops.2.html"]
    second = _page(out, "briefing/topics/weapons.2.html")
    assert "(part 2 of 2)" in second and '<span class="pack-number">1.3</span>' in second
    # Footnote ids carry the part, so the parts joined into one PDF keep them apart.
    assert 'href="#fn-weapons.2-1"' in second and 'id="fn-weapons.2-1"' in second
    front = _page(out, urls.PACK)
    assert '<a href="briefing/topics/weapons.2.html#topic-weapons.2">Part 2: facts 1.3–1.4</a>' in front
    parts = [_page(out, route) for route in routes]
    ids = [ident for page in parts for ident in re.findall(r'<div class="pack-fact [^"]*" id="fact-([^"]+)"', page)]
    assert len(ids) == len(set(ids)) == 9
    # The fact numbers of a judgment and of the register follow the fact to its part.
    register = _page(out, urls.PACK_REGISTER)
    for number, ident in re.findall(r'see <a href="topics/([^"]+)#fact-[^"]+">fact ([\d.]+)</a>', register):
        assert f'<span class="pack-number">{ident}</span>' in _page(out, "briefing/topics/" + number)


# --- validation of the analyst fields --------------------------------------------------------

SITE_YAML = (ANALYSIS_SITE / "site.yaml").read_text(encoding="utf-8")
WEAPONS = (ANALYSIS_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
W = "content/topics/weapons.yaml"


@pytest.mark.parametrize(("changes", "location", "message"), [
    ({"site.yaml": SITE_YAML.replace("likelihood: likely", "likelihood: probable")}, "site.yaml:9:17",
     "'probable' is not one of almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, "
     "very-likely, almost-certain"),
    ({"site.yaml": SITE_YAML.replace("confidence: moderate", "confidence: medium")}, "site.yaml:10:17",
     "'medium' is not one of low, moderate, high"),
    ({W: WEAPONS.replace("    updated: 2024-03-05", "    updated: 2023-10-01")}, f"{W}:4:5",
     "fact 'shells-one-million' is updated 2023-10-01, before it was added (2023-11-03)"),
    ({W: WEAPONS.replace("      - date: 2024-03-05", "      - date: 2023-10-15")}, f"{W}:4:5",
     "a change to fact 'shells-one-million' is dated 2023-10-15, before the fact was added (2023-11-03)"),
])
def test_analyst_field_mistakes_are_located(tmp_path: Path, changes: dict[str, str], location: str,
                                            message: str) -> None:
    site = copy_site(tmp_path / "site", ANALYSIS_SITE, changes)
    problems = [p for p in validate(site).problems if p.is_error]
    assert [(str(p.location), p.message) for p in problems] == [(location, message)]


# --- key figures, CSV downloads, projections --------------------------------------------------

def test_a_series_of_one_point_is_a_key_figure_not_a_chart(briefing: Briefing) -> None:
    from briefing.charts import NARROW, Estimate, build_chart, estimate_series, key_figures

    fact = briefing.facts["troops-8000"]
    one = Estimate(fact, "united-states", "U.S.", fact.date, "event", 8000, None, "up")
    assert build_chart([one]) is None and build_chart([one], NARROW) is None
    assert build_chart([one, one]) is not None
    series = estimate_series(briefing, [t.id for t in ordered_topics(briefing)])
    lone = [s for s in series if len([e for e in s.estimates if e.date]) < 2]
    assert all(s.chart is None and s.charts == () for s in lone)
    figures = key_figures(briefing, lone, [])
    assert [f.fact.id for f in figures] == [f.id for s in lone for f in s.facts]


def test_every_series_has_a_csv_and_a_permalink(site: Path) -> None:
    import csv
    rows = list(csv.reader((site / urls.series_csv("north-korean-troops-in-russia")).read_text(
        encoding="utf-8-sig").splitlines()))
    assert rows[0][:4] == ["series", "date", "dated_by", "figure"]
    assert [r[3] for r in rows[1:]] == ["at least 8,000", "about 10,000", "11,000–12,000"]
    numbers = _page(site, urls.NUMBERS)
    assert 'href="data/series/north-korean-troops-in-russia.csv"' in numbers
    assert 'class="permalink" href="#series-north-korean-troops-in-russia"' in numbers
    assert "<summary>Cite this figure</summary>" in numbers


def test_projections_are_marked_in_the_chart_and_the_table(tmp_path: Path) -> None:
    weapons = (ANALYSIS_SITE / "content/topics/troops.yaml").read_text(encoding="utf-8")
    changed = weapons.replace("      text: between 11,000 and 12,000 North Korean troops\n",
                              "      text: between 11,000 and 12,000 North Korean troops\n      projection: true\n", 1)
    assert changed != weapons
    site_dir = copy_site(tmp_path / "site", ANALYSIS_SITE, {"content/topics/troops.yaml": changed})
    result = build(site_dir, tmp_path / "out")
    assert result.ok, [p.format() for p in result.problems]
    numbers = (tmp_path / "out" / urls.NUMBERS).read_text(encoding="utf-8")
    assert "chart-mark--projection" in numbers
    assert "11,000–12,000 North Korean troops (projected)" in numbers


def test_the_pack_badges_the_same_exceptions_as_the_topic_pages(site: Path) -> None:
    """Flags mark what is rare (plan.flag_policy) on paper too: when most facts are single-source,
    the pack badges the corroborated ones, as the topic pages do, and never 'Single source'."""
    pack = "".join(_page(site, route) for route in PACK_PARTS[:4])
    assert "badge--single" not in pack

    def badged(page: str, opening: str) -> set[str]:
        entries = re.findall(opening + r'.*?(?=' + opening + r'|$)', page, flags=re.S)
        return {re.search(r'id="fact-([^"]+)"', entry).group(1) for entry in entries  # type: ignore[union-attr]
                if "badge--corroborated" in entry.split("</p>", 2)[0] + entry.split("</p>", 2)[1]}

    on_topics = set().union(*(badged(_page(site, f"topics/{topic}.html"), r'<article class="fact ')
                              for topic in ("weapons", "troops", "technology", "diplomacy")))
    assert on_topics and badged(pack, r'<div class="pack-fact ') == on_topics
