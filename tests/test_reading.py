"""Reading the briefing: summaries, key judgments and descriptions that link to their facts.

`[words](fact:<id>)` in Markdown becomes a link to the fact's entry with the data of its
preview; `check` locates an unknown id exactly inside a block scalar and warns about a summary
sentence that states a figure but links no fact.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.check import check_fact_links, check_summary_figures, uncited_figures
from briefing.fields import MarkdownText
from briefing.load import load_site, parse_document
from briefing.model import build_model, read_site, read_topic
from briefing.pipeline import build


class _FactLinks(HTMLParser):
    """Every link to a fact made from Markdown: its attributes and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[dict[str, str | None], str]] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("class") == "fact-ref":
            self._open = found
            self.links.append((found, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.links[-1]
            self.links[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = None


def fact_links(page: Path) -> list[tuple[dict[str, str | None], str]]:
    parser = _FactLinks()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def test_a_summary_link_points_at_the_fact_entry_with_its_preview(built_fixture: Path) -> None:
    [(attrs, text)] = fact_links(built_fixture / "topics" / "weapons.html")
    assert text == "more than a million"
    assert attrs["href"] == "#fact-shells-million"  # the entry is on this very page
    assert attrs["data-claim"] == "North Korea delivered more than a million artillery shells to Russia."
    assert attrs["data-standing"] == "Asserted by NIS; denied by Russia; one source"


def test_a_key_judgment_links_from_the_overview_to_the_entry(built_fixture: Path) -> None:
    [(attrs, text)] = fact_links(built_fixture / "index.html")
    assert (text, attrs["href"]) == ("artillery shells", "topics/weapons.html#fact-shells-by-train")
    assert 'id="fact-shells-by-train"' in (built_fixture / "topics" / "weapons.html").read_text(encoding="utf-8")


def _topic(text: str) -> MarkdownText:
    doc, problems = parse_document("content/topics/t.yaml", "t", text)
    assert problems == []
    topic = read_topic(doc, problems, with_facts=False)
    assert topic is not None and problems == []
    assert isinstance(topic.summary, MarkdownText)
    return topic.summary


@pytest.mark.parametrize(("yaml_text", "where"), [
    ("title: T\nsummary: Shells [by train](fact:by-rail) went.\n", (2, 33)),
    ("title: T\nsummary: |\n  First line.\n\n  - item [x](fact:by-rail)\n", (5, 19)),
    ("title: T\nsummary: >-\n    Folded text\n    then [x](fact:by-rail).\n", (4, 19)),
    ("title: T\nsummary: \"Quoted,\n  on [x](fact:by-rail) two lines\"\n", (3, 15)),
])
def test_a_fact_link_is_located_where_its_id_is_written(yaml_text: str, where: tuple[int, int]) -> None:
    [ref] = _topic(yaml_text).fact_refs()
    assert ref.id == "by-rail"
    assert (ref.at.line, ref.at.column) == where
    line = yaml_text.split("\n")[where[0] - 1]
    assert line[where[1] - 1:].startswith("by-rail")


def test_a_key_judgment_link_is_located_in_site_yaml() -> None:
    text = "title: T\nkey_judgments:\n  - text: >-\n      A judgment\n      on [shells](fact:shell).\n    facts: [a]\n"
    doc, problems = parse_document("site.yaml", "site", text)
    site = read_site(doc, problems)
    assert site is not None and problems == []
    [ref] = site.key_judgments[0].text.fact_refs()
    assert (str(ref.at), ref.id) == ("site.yaml:5:24", "shell")


def test_sentences_with_figures_but_no_fact_link_are_found() -> None:
    summary = _topic("title: T\nsummary: |\n"
                     "  The U.S. counted **[11,000](fact:troops)** troops. Dozens of missiles\n"
                     "  were fired in 2024.\n\n"
                     "  - **November 2024.** Nothing else is known. No figure here.\n")
    found = [(str(summary.location(offset)), sentence) for offset, sentence in uncited_figures(summary)]
    assert found == [("content/topics/t.yaml:3:54", "Dozens of missiles were fired in 2024.")]


def test_check_reports_uncited_figures_as_warnings(site: Path, tmp_path: Path) -> None:
    sheet = site / "content/topics/diplomacy.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "summary: Both governments deny [the trade](fact:shells-million).",
        "summary: Both governments deny the trade of 1,000 shells."),
        encoding="utf-8")
    result = build(site, tmp_path / "out")
    assert result.ok
    warnings = [p.format() for p in result.problems if not p.is_error]
    assert any(w.startswith("content/topics/diplomacy.yaml:2:10: warning: a sentence of the summary of "
                            "'diplomacy' states a figure but links no fact") for w in warnings), warnings


def test_the_real_briefing_links_every_figure_of_its_summaries_and_judgments() -> None:
    briefing, problems = build_model(load_site(Path(__file__).resolve().parent.parent))
    assert briefing is not None and problems == []
    assert [p.format() for p in check_summary_figures(briefing)] == []
    assert [p.format() for p in check_fact_links(briefing)] == []
    for topic in briefing.topics.values():
        assert len(topic.summary.fact_refs()) >= 10, topic.id
    for judgment in briefing.site.key_judgments:
        assert judgment.text.fact_refs(), judgment.text


def test_contents_list_the_headings_with_ids_of_a_page() -> None:
    from briefing.render import add_contents

    page = ("<main><!--contents--><div><h1>T</h1><h2 id=\"a\">First <span class=\"count\">(2)</span></h2>"
            "<h2>No id</h2><h2 id=\"b\">Second &amp; more</h2><h2 id=\"c\">Third</h2><!--back-to-top--></div></main>")
    html = add_contents(page)
    assert '<nav class="toc" aria-label="On this page">' in html
    assert ('<ol><li><a href="#a">First (2)</a></li><li><a href="#b">Second &amp; more</a></li>'
            '<li><a href="#c">Third</a></li></ol>') in html
    assert '<p class="back-to-top"><a href="#top">Back to top ↑</a></p>' in html and "<!--" not in html
    short = add_contents(page.replace('<h2 id="c">Third</h2>', ""))
    assert "toc" not in short and "back-to-top" not in short and "<!--" not in short


@pytest.fixture(scope="module")
def real_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's briefing, built once for the module."""
    out = tmp_path_factory.mktemp("real") / "output"
    assert build(Path(__file__).resolve().parent.parent, out, use_cache=False).ok
    return out


def test_flags_mark_the_rare_state_decided_from_the_data(real_output: Path) -> None:
    from briefing.plan import flag_policy

    briefing, _ = build_model(load_site(Path(__file__).resolve().parent.parent))
    assert briefing is not None
    policy = flag_policy(briefing)
    assert policy["badge"] == "corroborated" and policy["single"] * 2 > policy["total"]
    assert not policy["sources_graded"]
    corroborated = 0
    for page in sorted((real_output / "topics").glob("*.html")):
        html = page.read_text(encoding="utf-8")
        assert "badge--single" not in html and "ungraded" not in html, page.name
        assert html.count('<p class="flag-note">') == 1, page.name  # said once, where the facts are listed
        corroborated += html.count('class="badge badge--corroborated">')
    assert corroborated == policy["total"] - policy["single"] + 4  # one per corroborated fact, one per note
    for page in (real_output / "facts").glob("*.html"):
        assert "ungraded" not in page.read_text(encoding="utf-8"), page.name
    graded = (real_output / "facts" / "shells-more-than-one-million.html").read_text(encoding="utf-8")
    assert '<abbr class="grade" title="information 2: probably true">credibility 2</abbr>' in graded


def test_a_fact_page_lists_each_related_fact_once_with_the_relation_in_words(real_output: Path) -> None:
    pages = list((real_output / "facts").glob("*.html"))
    with_related = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<h1 class="claim-heading">' in html
        assert "<blockquote" not in html or '">“' not in html.split("<blockquote", 1)[1][:40], page.name
        related = html.split('<ul class="related">', 1)
        if len(related) == 1:
            continue
        with_related += 1
        items = related[1].split("</ul>", 1)[0]
        others = [line.split('data-fact="', 1)[1].split('"', 1)[0] for line in items.split("<li>")[1:]]
        assert len(others) == len(set(others)), page.name
        words = [line.split('<span class="relation">', 1)[1].split("<", 1)[0] for line in items.split("<li>")[1:]]
        assert set(words) <= {"Updates", "Updated by", "Corroborates", "Corroborated by", "Contradicts",
                              "Contradicted by", "Related to"}, words
    assert with_related > 30
