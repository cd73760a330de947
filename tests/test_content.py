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
        used.update(value for key, value in fact.get("transfer", {}).items() if key != "delivery")
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
