"""Integrity of the real briefing content (site.yaml and content/), read with PyYAML only.

These checks do not use the engine: they guard the content itself, so a broken
citation or a dangling id is caught even while the engine changes.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SOURCES = CONTENT / "sources"
TOPICS = ("weapons", "troops", "technology-transfer", "diplomatic-responses")

_QUOTES = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "–": "-", "—": "-", "―": "-", "‒": "-", "−": "-",
})


def normalise(text: str) -> str:
    """Collapse whitespace and fold curly quotes and dashes, as quote matching does."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def load(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def site() -> dict:
    return load(ROOT / "site.yaml")


@cache
def entities() -> dict[str, dict]:
    return {entity["id"]: entity for entity in load(CONTENT / "entities.yaml")}


@cache
def source_ids() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in SOURCES.glob("*.yaml")))


@cache
def source_text(source_id: str) -> str:
    return normalise((SOURCES / f"{source_id}.txt").read_text(encoding="utf-8"))


@cache
def facts() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for topic in TOPICS:
        for fact in load(CONTENT / "topics" / f"{topic}.yaml")["facts"]:
            assert fact["id"] not in out, f"duplicate fact id {fact['id']}"
            out[fact["id"]] = fact
    return out


def citations():
    for fact_id, fact in facts().items():
        for position in fact["positions"]:
            for citation in position["citations"]:
                yield fact_id, citation


def test_four_topics_present_and_listed():
    on_disk = sorted(path.stem for path in (CONTENT / "topics").glob("*.yaml"))
    assert on_disk == sorted(TOPICS)
    assert list(site()["topics"]) == list(TOPICS)
    for topic in TOPICS:
        sheet = load(CONTENT / "topics" / f"{topic}.yaml")
        assert sheet["title"] and sheet["summary"] and sheet["facts"], topic


def test_every_source_has_its_archived_text():
    assert source_ids(), "no sources"
    for source_id in source_ids():
        assert (SOURCES / f"{source_id}.txt").is_file(), f"{source_id}.txt missing"
        assert load(SOURCES / f"{source_id}.yaml")["title"]
    assert sorted(path.stem for path in SOURCES.glob("*.txt")) == list(source_ids())


def test_every_source_is_cited():
    cited = {citation["source"] for _, citation in citations()}
    assert set(source_ids()) <= cited, f"uncited: {sorted(set(source_ids()) - cited)}"


def test_every_citation_names_an_existing_source():
    missing = {(fact_id, c["source"]) for fact_id, c in citations() if c["source"] not in source_ids()}
    assert not missing


@pytest.mark.parametrize("source_id", source_ids())
def test_every_quote_occurs_in_its_source(source_id):
    text = source_text(source_id)
    absent = [(fact_id, c["quote"]) for fact_id, c in citations()
              if c["source"] == source_id and normalise(c["quote"]) not in text]
    assert not absent, absent


def test_every_fact_has_a_cited_position():
    for fact_id, fact in facts().items():
        assert fact["positions"], fact_id
        for position in fact["positions"]:
            assert position["citations"], f"{fact_id}: position of {position['actor']} has no citation"


def test_every_referenced_id_exists():
    known_entities, known_facts = entities(), facts()
    problems = []
    for fact_id, fact in known_facts.items():
        refs = list(fact.get("entities", []))
        refs += [position["actor"] for position in fact["positions"]]
        refs += [value for key, value in fact.get("transfer", {}).items() if key != "delivery"]
        problems += [(fact_id, ref) for ref in refs if ref not in known_entities]
        problems += [(fact_id, r["fact"]) for r in fact.get("related", []) if r["fact"] not in known_facts]
    for entity in known_entities.values():
        if "country" in entity and entity["country"] not in known_entities:
            problems.append((entity["id"], entity["country"]))
    for judgment in site().get("key_judgments", []):
        problems += [("site.yaml", ref) for ref in judgment["facts"] if ref not in known_facts]
    assert not problems, problems


def test_every_entity_is_used():
    used: set[str] = set()
    for fact in facts().values():
        used.update(fact.get("entities", []))
        used.update(position["actor"] for position in fact["positions"])
        used.update(outlet for position in fact["positions"] for outlet in position.get("via", []))
        used.update(value for key, value in fact.get("transfer", {}).items() if key != "delivery")
    used.update(entity["country"] for entity in entities().values() if "country" in entity)
    unused = sorted(set(entities()) - used)
    assert not unused, unused


def test_the_engine_validates_the_briefing_without_any_warning():
    from briefing.pipeline import PROJECT_ROOT, validate

    result = validate(PROJECT_ROOT)
    assert [p.format() for p in result.problems] == []
    briefing = result.briefing
    assert briefing is not None and len(briefing.facts) >= 50
    for source_id in briefing.sources:
        assert len(briefing.facts_by_source[source_id]) >= 5, source_id


def test_a_reader_can_answer_the_core_questions():
    """Shells (and by whose estimate), missile types, troops and where, what North Korea wants, who condemned."""
    from briefing.pipeline import PROJECT_ROOT, validate

    briefing = validate(PROJECT_ROOT).briefing
    assert briefing is not None
    text = " ".join(f.claim for f in briefing.facts.values())
    shells = [f for f in briefing.facts.values() if f.quantity and f.quantity.series
              and "shell" in f.quantity.unit and (f.quantity.value or 0) >= 1_000_000]
    assert shells and any(p.actor.id == "nis" for f in shells for p in f.positions)
    for needle in ("KN-23", "KN-24", "11,000", "Kursk", "satellite", "nuclear", "condemned", "40 countries"):
        assert needle in text, needle
    assert any(p.stance == "denies" and p.actor.id == "russia" for f in briefing.facts.values() for p in f.positions)


# --- Corrections of the editorial audit (issue 13) -----------------------------------------

def _briefing():
    from briefing.pipeline import PROJECT_ROOT, validate

    result = validate(PROJECT_ROOT)
    assert result.briefing is not None
    return result.briefing


def _supporting(fact) -> dict[str, list]:
    return {p.actor.id: p for p in fact.positions if p.stance in ("asserts", "confirms")}


def test_h1_the_security_council_push_is_the_newspapers_forecast():
    fact = _briefing().facts["south-korea-to-seek-security-council-response"]
    assert [p.actor.id for p in fact.positions] == ["dong-a-ilbo"]
    assert "expected" in fact.claim and "forecast" in fact.claim and fact.claim.startswith("If ")
    quotes = [c.quote for c in fact.citations]
    assert any(q.startswith("It is expected that they will put pressure") for q in quotes)


def test_m1_the_shells_series_has_one_point_per_claimant_with_its_own_period():
    briefing = _briefing()
    points = [f for f in briefing.facts.values()
              if f.quantity and f.quantity.series == "artillery-shells-supplied"]
    claimants = [tuple(_supporting(f)) for f in points]
    assert sorted(claimants) == [("nis",), ("united-states",)]
    by_actor = {c[0]: f for c, f in zip(claimants, points, strict=True)}
    nis, us = by_actor["nis"], by_actor["united-states"]
    assert nis.id == "shells-more-than-one-million"  # the old id stays, so links keep working
    assert nis.date.iso() == "2023-08/2023-11" and _supporting(nis)["nis"].date.iso() == "2023-11"
    assert us.date.iso() == "../2024-01" and _supporting(us)["united-states"].date.iso() == "../2024-01"
    assert {s for c in nis.citations for s in [c.source.id]} == {"dn-2023-11"}
    assert {c.source.id for c in us.citations} == {"unnamed-outlet-2024-01"}
    assert ("corroborates", us.id) in {(r.relation, r.fact.id) for r in nis.related}


def test_m2_the_start_date_pair_is_a_contradiction_shown_on_the_disputed_page(tmp_path):
    from briefing.pipeline import PROJECT_ROOT, build

    briefing = _briefing()
    relations = {(r.relation, r.fact.id) for r in briefing.facts["shells-first-delivered-by-train"].related}
    assert ("contradicts", "us-official-artillery-deliveries-begun") in relations
    out = tmp_path / "out"
    assert build(PROJECT_ROOT, out, use_cache=False).ok
    page = (out / "disputed.html").read_text(encoding="utf-8")
    section = page.split("Contradicting reports", 1)[1]
    assert "facts/shells-first-delivered-by-train.html" in section
    assert "facts/us-official-artillery-deliveries-begun.html" in section


def test_m3_hwangs_statement_is_its_own_fact():
    briefing = _briefing()
    attacks = briefing.facts["north-korean-missiles-used-in-attacks"]
    assert "hwang-joon-kook" not in {p.actor.id for p in attacks.positions}
    hwang = briefing.facts["hwang-condemns-missile-use-at-security-council"]
    assert hwang.topic == "diplomatic-responses" and tuple(_supporting(hwang)) == ("hwang-joon-kook",)
    assert hwang.date.iso() == "2024-01-10"
    assert ("related", attacks.id) in {(r.relation, r.fact.id) for r in hwang.related}
    # The Korean caption is cited too (quotes are matched in Unicode NFC).
    assert any("황준국" in c.quote for c in hwang.citations)


def test_m4_the_very_likely_arms_trade_rests_on_several_lines_of_reporting():
    from briefing.derive import standing

    briefing = _briefing()
    fact = briefing.facts["russia-north-korea-arms-trade"]
    found = standing(briefing, fact)
    assert fact.assessment.likelihood == "very-likely"
    assert found.independent_sources >= 3 and not found.single_source
    assert {"nis", "united-states", "kyrylo-budanov"} <= set(found.asserted_by)


def test_m7_every_missile_and_military_claim_carries_the_denials_of_its_article():
    briefing = _briefing()
    missiles = ("ballistic-missiles", "ballistic-missile-launchers", "kn-23", "kn-24", "short-range-ballistic-missiles")
    missile_facts = [f for f in briefing.facts.values()
                     if f.topic == "weapons" and any(r.id in missiles for r in f.entities)]
    assert len(missile_facts) >= 6
    for fact in missile_facts:
        cited = {c.source.id for p in fact.positions if p.stance in ("asserts", "confirms") for c in p.citations}
        if cited & {"unnamed-outlet-2024-01", "dn-2023-11"}:
            denying = {p.actor.id for p in fact.positions if p.stance == "denies"}
            assert denying == {"russia", "north-korea"}, fact.id
    # Every fact asserted from the two articles that print a denial carries it.
    for fact in briefing.facts.values():
        if fact.transfer and fact.transfer.supplier and fact.transfer.supplier.id == "north-korea":
            sources = {c.source.id for c in fact.citations}
            if sources & {"unnamed-outlet-2024-01", "dn-2023-11"}:
                assert {"russia", "north-korea"} <= {p.actor.id for p in fact.positions if p.stance == "denies"}, \
                    fact.id


def test_m6_howitzers_are_caveated_and_later_counts_do_not_update_them():
    briefing = _briefing()
    assert "mistranslation" in briefing.facts["sk-military-howitzers"].claim
    for fact_id in ("m1989-howitzers-50", "modernized-multiple-rocket-launchers-20"):
        assert "updates" not in {r.relation for r in briefing.facts[fact_id].related}
    assert "mistranslation" in briefing.topics["weapons"].summary


def test_relays_are_recorded_for_the_interviews_the_articles_quote():
    briefing = _briefing()
    vias = {(p.actor.id, tuple(r.id for r in p.via)) for f in briefing.facts.values() for p in f.positions}
    assert ("kyrylo-budanov", ("financial-times",)) in vias
    assert ("unnamed-us-official", ("cbs",)) in vias
    assert ("dmytro-ponomarenko", ("voice-of-america",)) in vias
    assert all(briefing.entities[r.id].kind == "outlet"
               for f in briefing.facts.values() for p in f.positions for r in p.via)


def test_no_entity_alias_collides_with_another_entity_or_is_a_bare_first_name():
    names: dict[str, str] = {}
    for entity in entities().values():
        for name in [entity["name"], entity.get("short", ""), *entity.get("aliases", [])]:
            if not name:
                continue
            key = name.casefold()
            assert names.setdefault(key, entity["id"]) == entity["id"], (name, names[key], entity["id"])
    for bad in ("kim", "kyiv", "artillery"):
        assert names.get(bad) in (None, "kyiv", "artillery"), bad
    assert entities()["satellite-technology"]["kind"] == "technology"
