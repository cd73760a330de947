"""Content fidelity: relays (`via`), outlet and technology kinds, lines of reporting, the checks
that catch merged estimates, false corroboration and over-confident ratings, exact quotes
(NFC, repeated passages chosen by prefix/suffix) and Korean particles in coverage."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from conftest import FIXTURE_SITE, copy_site

from briefing.coverage import coverage
from briefing.derive import standing
from briefing.passages import anchor_id, index_text, normalize
from briefing.pipeline import build, validate

ENTITIES = (FIXTURE_SITE / "content/entities.yaml").read_text(encoding="utf-8") + """\
- id: financial-times
  kind: outlet
  name: Financial Times
  aliases: [FT]
- id: example-wire
  kind: outlet
  name: Example Wire
- id: budanov
  kind: person
  name: Kyrylo Budanov
- id: united-states
  kind: state
  name: United States
- id: satellite-technology
  kind: technology
  name: Satellite technology
- id: north-korea-ko
  kind: place
  name: 북한
- id: russia-ko
  kind: place
  name: 러시아
"""

# Two articles carrying Budanov's FT interview, and one FT article of its own.
RELAY_A = "Budanov told the Financial Times: North Korea sent a substantial amount of artillery ammunition.\n"
RELAY_B = "In an FT interview Budanov said North Korea sent a substantial amount of artillery ammunition.\n"
FT_OWN = "The FT reports that North Korea sent a substantial amount of artillery ammunition.\n"
REPEATED = ("The NIS said the shells were old. Officials added more detail.\n"
            "Later the military said the shells were old. Nobody denied it.\n")


def _source(ident: str, publisher: str, text: str) -> dict[str, str]:
    return {f"content/sources/{ident}.yaml": f"title: Report {ident}\npublisher: {publisher}\npublished: 2024-01\n",
            f"content/sources/{ident}.txt": text}


def make_site(tmp_path: Path, facts: str, site_extra: str = "", files: dict[str, str] | None = None) -> Path:
    """The fixture site plus extra sources, entities and a `fidelity` topic holding `facts`."""
    changes = {"content/entities.yaml": ENTITIES,
               "content/topics/fidelity.yaml": "title: Fidelity\nfacts:\n" + facts,
               **_source("paper-a", "Paper A", RELAY_A), **_source("paper-b", "Paper B", RELAY_B),
               **_source("ft-own", "The Financial Times", FT_OWN), **_source("paper-c", "Paper C", REPEATED),
               **(files or {})}
    site = copy_site(tmp_path / "site", changes=changes)
    text = (site / "site.yaml").read_text(encoding="utf-8").replace(
        "topics: [weapons, diplomacy]", "topics: [weapons, diplomacy, fidelity]")
    (site / "site.yaml").write_text(text + site_extra, encoding="utf-8")
    return site


def problems(site: Path) -> list[str]:
    """The problems found, except the fixture's extra entities and sources that no fact uses."""
    return [p.format() for p in validate(site, use_cache=False).problems
            if "by any fact" not in p.message]


def messages(site: Path) -> list[str]:
    """The first line of each problem (location, severity, message), without its hint."""
    return [p.split("\n", 1)[0] for p in problems(site)]


def line_of(site: Path, rel: str, needle: str, nth: int = 1) -> int:
    lines = (site / rel).read_text(encoding="utf-8").split("\n")
    hits = [i for i, line in enumerate(lines, start=1) if needle in line]
    return hits[nth - 1]


BUDANOV_RELAYED = """\
  - id: budanov-ammunition
    claim: North Korea sent a substantial amount of artillery ammunition, Budanov said.
    positions:
      - actor: budanov
        stance: asserts
        via: [financial-times]
        citations:
          - source: paper-a
            quote: North Korea sent a substantial amount of artillery ammunition
          - source: paper-b
            quote: North Korea sent a substantial amount of artillery ammunition
"""


def test_relays_of_one_interview_are_one_line_of_reporting(tmp_path: Path) -> None:
    site = make_site(tmp_path, BUDANOV_RELAYED)
    result = validate(site, use_cache=False)
    assert [p.format() for p in result.problems if p.severity == "error"] == []
    found = standing(result.briefing, result.briefing.facts["budanov-ammunition"])
    assert found.actors == 1 and len(found.sources) == 2
    assert found.independent_sources == 1 and found.single_source
    [origin] = found.evidence
    assert origin.label == "Financial Times" and origin.sources == ("paper-a", "paper-b")


def test_a_relay_and_the_outlets_own_article_are_one_line_but_other_papers_are_not(tmp_path: Path) -> None:
    facts = BUDANOV_RELAYED + """\
      - actor: nis
        stance: asserts
        citations:
          - source: ft-own
            quote: North Korea sent a substantial amount of artillery ammunition
      - actor: united-states
        stance: asserts
        citations:
          - source: paper-b
            quote: North Korea sent a substantial amount of artillery ammunition
"""
    result = validate(make_site(tmp_path, facts), use_cache=False)
    found = standing(result.briefing, result.briefing.facts["budanov-ammunition"])
    # FT (relayed by A and B, and its own article, publisher "The Financial Times") + Paper B.
    assert found.actors == 3
    assert sorted(o.label for o in found.evidence) == ["Financial Times", "Paper B"]


def test_an_outlets_own_words_in_another_papers_article_are_that_outlets_line(tmp_path: Path) -> None:
    """CBS's framing of the official it quotes, reported by the Dong-A Ilbo, is CBS's line, as the
    official's words via CBS are: the two positions are one line, not CBS plus the newspaper."""
    quoted_outlet = """\
      - actor: financial-times
        stance: asserts
        citations:
          - source: {source}
            quote: North Korea sent a substantial amount of artillery ammunition
"""
    result = validate(make_site(tmp_path / "a", BUDANOV_RELAYED + quoted_outlet.format(source="paper-a")),
                      use_cache=False)
    found = standing(result.briefing, result.briefing.facts["budanov-ammunition"])
    assert found.actors == 2 and found.independent_sources == 1
    assert [o.label for o in found.evidence] == ["Financial Times"]
    # An article that prints no publisher may be the outlet's own: it stays the article's line.
    unsigned = {"content/sources/unsigned.yaml": "title: Unsigned\npublished: 2024-01\n",
                "content/sources/unsigned.txt": RELAY_A}
    result = validate(make_site(tmp_path / "b", BUDANOV_RELAYED + quoted_outlet.format(source="unsigned"),
                                files=unsigned), use_cache=False)
    found = standing(result.briefing, result.briefing.facts["budanov-ammunition"])
    assert sorted(o.label for o in found.evidence) == ["Financial Times", "Unsigned"]


def test_fact_page_shows_the_relay_chain(tmp_path: Path) -> None:
    site = make_site(tmp_path, BUDANOV_RELAYED)
    out = tmp_path / "out"
    assert build(site, out, use_cache=False).ok
    page = (out / "facts/budanov-ammunition.html").read_text(encoding="utf-8")
    assert 'class="relay"' in page
    relay = page.split('<p class="relay">', 1)[1].split("</p>", 1)[0]
    assert "Kyrylo Budanov</a>, via <a" in relay and "Financial Times</a>, reported by Paper A, Paper B" in relay


def test_via_must_name_an_outlet(tmp_path: Path) -> None:
    site = make_site(tmp_path, BUDANOV_RELAYED.replace("via: [financial-times]", "via: [nis]"))
    line = line_of(site, "content/topics/fidelity.yaml", "via: [nis]")
    assert f"content/topics/fidelity.yaml:{line}:15: error: 'nis' in via is a organization, not an outlet" \
        in "\n".join(problems(site))


def test_new_entity_kinds_are_accepted(tmp_path: Path) -> None:
    result = validate(make_site(tmp_path, BUDANOV_RELAYED), use_cache=False)
    kinds = {e.kind for e in result.briefing.entities.values()}
    assert {"outlet", "technology"} <= kinds


SHELLS_MERGED = """\
  - id: shells-merged
    claim: More than a million shells, say the NIS and the U.S.
    quantity:
      value: 1000000
      qualifier: more-than
      unit: artillery shells
      series: artillery-shells-supplied
    positions:
      - actor: nis
        stance: asserts
        date: 2023-11
        citations:
          - source: paper-c
            quote: The NIS said the shells were old.
      - actor: united-states
        stance: asserts
        date: 2024-01
        citations:
          - source: ft-own
            quote: The FT reports
"""


def test_series_fact_merging_claimants_at_different_dates_is_a_warning(tmp_path: Path) -> None:
    site = make_site(tmp_path, SHELLS_MERGED)
    line = line_of(site, "content/topics/fidelity.yaml", "value: 1000000")
    assert (f"content/topics/fidelity.yaml:{line}:7: warning: fact 'shells-merged' in series "
            "'artillery-shells-supplied' merges the figures of 2 claimants given at different dates "
            "(nis 2023-11, united-states 2024-01)") in messages(site)
    same_date = make_site(tmp_path / "b", SHELLS_MERGED.replace("date: 2024-01", "date: 2023-11"))
    assert not [p for p in problems(same_date) if "merges the figures" in p]


FIGURE_FROM_ELSEWHERE = """\
  - id: ammunition-figure
    claim: North Korea sent a substantial amount of artillery ammunition, Budanov said.
    quantity:
      value: 1000000
      qualifier: more-than
      unit: artillery shells
      text: a substantial amount of artillery ammunition
    positions:
      - actor: budanov
        stance: asserts
        via: [financial-times]
        citations:
          - source: paper-a
            quote: Budanov told the Financial Times
      - actor: nis
        stance: denies
        citations:
          - source: paper-b
            quote: North Korea sent a substantial amount of artillery ammunition
"""


def test_a_figure_worded_in_no_asserting_quote_is_a_warning(tmp_path: Path) -> None:
    """The figure's wording must come from what the asserting actor is quoted saying, not from
    another position's quote (nor a nearby sentence of the article)."""
    site = make_site(tmp_path, FIGURE_FROM_ELSEWHERE)
    line = line_of(site, "content/topics/fidelity.yaml", "value: 1000000")
    assert messages(site) == [
        f"content/topics/fidelity.yaml:{line}:7: warning: the figure's wording 'a substantial amount of artillery "
        "ammunition' is in no quote of a position asserting fact 'ammunition-figure'"]
    # Quoted by the asserting position (case and typography aside): no warning.
    quoted = make_site(tmp_path / "b", FIGURE_FROM_ELSEWHERE.replace(
        "quote: Budanov told the Financial Times",
        "quote: North Korea sent a substantial amount of artillery ammunition").replace(
        "text: a substantial", "text: A  substantial"))
    assert messages(quoted) == []


DAY_FROM_ELSEWHERE = """\
  - id: shells-old-day
    claim: On 19 January 2024 the NIS said 10,000 to 15,000 of the shells were old.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: paper-c
            quote: The NIS said the shells were old.
"""


def test_a_number_in_a_claim_that_no_asserting_quote_gives_is_a_warning(tmp_path: Path) -> None:
    """A day or count in the claim must come from the cited passage (years aside: they are often
    the report's, resolved by the editors), "10–15,000" giving 10,000 as well as 15,000."""
    site = make_site(tmp_path, DAY_FROM_ELSEWHERE)
    line = line_of(site, "content/topics/fidelity.yaml", "- id: shells-old-day")
    assert messages(site) == [
        f"content/topics/fidelity.yaml:{line}:5: warning: the claim of fact 'shells-old-day' states 19, 10,000, "
        "15,000, which no quote of a position asserting it gives"]
    quoted = make_site(tmp_path / "b", DAY_FROM_ELSEWHERE, files={
        "content/sources/paper-c.txt": "On the 19th the NIS said the shells were old: 10–15,000 of them.\n"}
    ).joinpath("content/topics/fidelity.yaml")
    quoted.write_text(quoted.read_text(encoding="utf-8").replace(
        "quote: The NIS said the shells were old.",
        "quote: \"On the 19th the NIS said the shells were old: 10–15,000 of them.\""), encoding="utf-8")
    assert messages(quoted.parents[2]) == []


CORROBORATING = """\
  - id: old-shells-nis
    claim: The shells were old, said the NIS.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: paper-c
            quote: The NIS said the shells were old.
    related:
      - fact: old-shells-military
        relation: corroborates
  - id: old-shells-military
    claim: The shells were old, said the military.
    positions:
      - actor: south-korea
        stance: asserts
        citations:
          - source: paper-c
            quote: Later the military said the shells were old.
"""


def test_corroborates_between_facts_of_one_line_is_a_warning(tmp_path: Path) -> None:
    site = make_site(tmp_path, CORROBORATING)
    line = line_of(site, "content/topics/fidelity.yaml", "fact: old-shells-military")
    assert (f"content/topics/fidelity.yaml:{line}:15: warning: 'old-shells-nis' corroborates "
            "'old-shells-military', but both rest on the same line of reporting (Paper C)") in messages(site)
    other = make_site(tmp_path / "b", CORROBORATING.replace(
        "source: paper-c\n            quote: Later the military", "source: ft-own\n            quote: The FT"
    ).replace("quote: The FT said the shells were old.", "quote: The FT reports"))
    assert not [p for p in problems(other) if "corroborates" in p]


def test_very_likely_key_fact_and_judgment_on_one_line_are_warnings(tmp_path: Path) -> None:
    facts = BUDANOV_RELAYED.replace("    positions:", "    key: true\n    assessment:\n      likelihood: very-likely\n"
                                    "    positions:", 1)
    judgment = ("  - text: Budanov's word alone.\n    facts: [budanov-ammunition]\n"
                "    likelihood: almost-certain\n")
    site = make_site(tmp_path, facts, files={})
    text = (site / "site.yaml").read_text(encoding="utf-8").replace("key_judgments:\n", "key_judgments:\n" + judgment)
    (site / "site.yaml").write_text(text, encoding="utf-8")
    found = messages(site)
    fact_line = line_of(site, "content/topics/fidelity.yaml", "- id: budanov-ammunition")
    assert (f"content/topics/fidelity.yaml:{fact_line}:5: warning: key fact 'budanov-ammunition' is rated "
            "very-likely but rests on one line of reporting") in found
    judgment_line = line_of(site, "site.yaml", "Budanov's word alone")
    assert (f"site.yaml:{judgment_line}:5: warning: key judgment rated almost-certain rests on one line "
            "of reporting") in found


def test_quote_typed_in_nfc_matches_text_stored_as_nfd(tmp_path: Path) -> None:
    korean = "황준국 주유엔대표부 대사가 발언하고 있다."
    nfd = unicodedata.normalize("NFD", korean)
    assert nfd != korean
    indexed = index_text("Caption: " + nfd)
    [(start, end)] = indexed.locate("주유엔대표부 대사가")
    assert unicodedata.normalize("NFC", indexed.original[start:end]) == "주유엔대표부 대사가"
    assert normalize(nfd) == korean
    facts = """\
  - id: hwang-speaks
    claim: Hwang spoke.
    positions:
      - actor: south-korea
        stance: asserts
        citations:
          - source: caption
            quote: 주유엔대표부 대사가 발언하고
"""
    site = make_site(tmp_path, facts, files=_source("caption", "Paper K", "Caption: " + nfd + "\n"))
    assert problems(site) == []


REPEAT_FACT = """\
  - id: old-shells
    claim: The shells were old.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: paper-c
            quote: the shells were old
"""


def test_a_quote_occurring_twice_is_a_warning_until_prefix_or_suffix_chooses(tmp_path: Path) -> None:
    site = make_site(tmp_path, REPEAT_FACT)
    line = line_of(site, "content/topics/fidelity.yaml", "quote: the shells were old")
    assert problems(site) == [
        f"content/topics/fidelity.yaml:{line}:20: warning: the quote occurs 2 times in 'paper-c'; the citation "
        "does not say which\n    hint: add prefix: (the words just before it) or suffix: (just after) to choose "
        "one, or lengthen the quote"]
    chosen = make_site(tmp_path / "b", REPEAT_FACT + "            prefix: Later the military said\n")
    assert problems(chosen) == []
    wrong = make_site(tmp_path / "c", REPEAT_FACT + "            suffix: Nobody agreed\n")
    assert messages(wrong)[0] == (f"content/topics/fidelity.yaml:{line}:20: error: no occurrence of the quote "
                                  "in 'paper-c' has this prefix/suffix")


def test_highlight_and_anchor_go_to_the_chosen_occurrence(tmp_path: Path) -> None:
    site = make_site(tmp_path, REPEAT_FACT + "            prefix: Later the military said\n")
    out = tmp_path / "out"
    assert build(site, out, use_cache=False).ok
    page = (out / "sources/paper-c.html").read_text(encoding="utf-8")
    anchor = anchor_id("the shells were old", "Later the military said")
    assert anchor != anchor_id("the shells were old")
    marked = page.split(f'<mark id="{anchor}">', 1)
    # The second line's occurrence is marked, not the first line's.
    assert len(marked) == 2 and re.split(r"<p[^>]*>", marked[0])[-1] == "Later the military said "
    first_line = re.split(r"<p[^>]*>The NIS said", page, maxsplit=1)[1].split("</p>", 1)[0]
    assert "<mark" not in first_line
    fact_page = (out / "facts/old-shells.html").read_text(encoding="utf-8")
    assert f"paper-c.html#{anchor}" in fact_page


def test_coverage_finds_korean_names_followed_by_particles(tmp_path: Path) -> None:
    text = "북한이 러시아에 포탄을 보냈다.\n북한군은 조용하다.\n"
    site = make_site(tmp_path, BUDANOV_RELAYED, files=_source("korean", "Paper K", text))
    briefing = validate(site, use_cache=False).briefing
    [entry] = [c for c in coverage(briefing) if c.source.id == "korean"]
    assert [s.entities for s in entry.sentences] == [("북한", "러시아")]
