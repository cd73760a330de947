"""Briefing-wide values made of per-topic parts, kept between a process's builds (model.TopicMemo).

Counts, newest facts, layouts, standings and the data exports are each a pass over every fact; the
dev server keeps each topic's part while the topic is the same object (a fact sheet nobody edited)
and what else the part reads is equal (its context: `derive.world` for anything made of standings,
`derive.relations` for what points at a fact). These tests show which parts a save recomputes, that
a one-shot run keeps nothing, and that the output stays that of a clean build.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE
from test_fragments import assert_same_as_clean_build, edit
from test_i18n import korean_edition

from briefing import analysis, derive, model, plan
from briefing.model import Topic, TopicMemo
from briefing.pipeline import Builder, validate

WEAPONS = "content/topics/weapons.yaml"
DIPLOMACY = "content/topics/diplomacy.yaml"
SOURCE = "content/sources/wire-2024-03.yaml"


@pytest.fixture
def topics() -> Iterator[list[Topic]]:
    """The fixture's topics, then work kept as in a process that builds again (the dev server)."""
    found = list(validate(FIXTURE_SITE, use_cache=False).briefing.topics.values())  # (a one-shot run)
    model.keep_between_builds(True)
    yield found
    model.keep_between_builds(False)


def counted(memo: TopicMemo[int], topics: list[Topic], context: object, slot: str = "") -> tuple[list[int], list[str]]:
    """The memo's values (each topic's number of facts) and the topics it computed them for."""
    computed: list[str] = []

    def facts(topic: Topic) -> int:
        computed.append(topic.id)
        return len(topic.facts)
    return memo.run(topics, context, facts, slot), computed


def test_a_topics_part_is_kept_while_it_is_the_same_object_and_the_context_is_equal(topics: list[Topic]) -> None:
    memo: TopicMemo[int] = TopicMemo()
    sizes = [len(t.facts) for t in topics]
    assert counted(memo, topics, "world 1") == (sizes, [t.id for t in topics])
    assert counted(memo, topics, "world 1") == (sizes, [])
    # A sheet edited: a new Topic object, equal or not; the other keeps its part.
    edited = [dataclasses.replace(topics[0]), *topics[1:]]
    assert counted(memo, edited, "world 1") == (sizes, [topics[0].id])
    # Another context (a source edited, say): every part again.
    assert counted(memo, edited, "world 2") == (sizes, [t.id for t in topics])
    # Each slot (an edition's language) keeps its own parts.
    assert counted(memo, edited, "world 2", "ko") == (sizes, [t.id for t in topics])
    assert counted(memo, edited, "world 2") == (sizes, [])
    # A topic gone from the briefing is not kept: it comes back computed.
    assert counted(memo, edited[1:], "world 2") == (sizes[1:], [])
    assert counted(memo, edited, "world 2") == (sizes, [topics[0].id])


def test_a_one_shot_run_computes_every_part_and_keeps_none(topics: list[Topic]) -> None:
    memo: TopicMemo[int] = TopicMemo()
    model.keep_between_builds(False)
    assert counted(memo, topics, None)[1] == [t.id for t in topics]
    assert counted(memo, topics, None)[1] == [t.id for t in topics]
    model.keep_between_builds(True)
    assert counted(memo, topics, None)[1] == [t.id for t in topics]  # nothing was kept before


def resident(site: Path, out: Path) -> Builder:
    builder = Builder(site, out, workers=1)
    builder.resident = True  # as `serve` keeps it
    return builder


def test_a_save_recomputes_the_edited_sheets_parts_and_what_its_context_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site, out = tmp_path / "site", tmp_path / "out"
    shutil.copytree(FIXTURE_SITE, site)
    layouts: Counter[str] = Counter()
    standings: Counter[str] = Counter()
    worlds: list[tuple[str, int]] = []
    relations: list[tuple[str, int]] = []
    real_layout, real_standings = plan._layout, analysis._topic_standings

    def layout(topic: Topic, language: str) -> plan.TopicLayout:
        layouts[topic.id] += 1
        return real_layout(topic, language)

    def topic_standings(briefing: model.Briefing, topic: Topic) -> object:
        standings[topic.id] += 1
        worlds.append(derive.world(briefing))
        relations.append(derive.relations(briefing))
        return real_standings(briefing, topic)
    monkeypatch.setattr(plan, "_layout", layout)
    monkeypatch.setattr(analysis, "_topic_standings", topic_standings)
    builder = resident(site, out)

    def rebuilt() -> tuple[dict[str, int], dict[str, int]]:
        layouts.clear()
        standings.clear()
        assert builder.rebuild().ok
        builder.persist()
        assert_same_as_clean_build(site, out, tmp_path)
        return dict(layouts), dict(standings)

    assert rebuilt() == ({"weapons": 1, "diplomacy": 1}, {"weapons": 1, "diplomacy": 1})
    first_world, first_relations = worlds[-1], relations[-1]
    # A claim edited: only its sheet's layout and standings; the world and relations are as they were.
    edit(site / WEAPONS, "claim: North Korea delivered", "claim: North Korea has delivered")
    assert rebuilt() == ({"weapons": 1}, {"weapons": 1})
    assert (worlds[-1], relations[-1]) == (first_world, first_relations)
    # A source edited: every standing may change (a new world); no layout does.
    edit(site / SOURCE, "title: ", "title: Updated ")
    assert rebuilt() == ({}, {"weapons": 1, "diplomacy": 1})
    assert worlds[-1] != first_world and relations[-1] == first_relations
    # A relation to a fact of the other sheet: what points at that fact changed (new relations).
    edit(site / DIPLOMACY, "    claim: Russia and North Korea rejected",
         "    related:\n      - fact: shells-million\n        relation: related\n"
         "    claim: Russia and North Korea rejected")
    assert rebuilt() == ({"diplomacy": 1}, {"diplomacy": 1})
    assert relations[-1] != first_relations


def test_a_translated_edition_keeps_the_parts_of_the_sheets_nobody_edited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The edition's topics are made from the original's and its texts: a sheet nobody edited, with
    texts as before, is the same translated Topic, so its kept parts are reused in the edition too;
    a translation edited makes the edition's topics again."""
    site, out = korean_edition(tmp_path / "site"), tmp_path / "out"
    layouts: Counter[tuple[str, str]] = Counter()
    indexed: Counter[str] = Counter()  # each edition keeps its own lookup tables too
    real_layout, real_index = plan._layout, model._index_topic

    def layout(topic: Topic, language: str) -> plan.TopicLayout:
        layouts[topic.id, language] += 1
        return real_layout(topic, language)

    def index(topic: Topic, last: object) -> object:
        indexed[topic.id] += 1
        return real_index(topic, last)  # type: ignore[arg-type]
    monkeypatch.setattr(plan, "_layout", layout)
    monkeypatch.setattr(model, "_index_topic", index)
    builder = resident(site, out)
    assert builder.rebuild().ok
    builder.persist()
    edit(site / WEAPONS, "claim: North Korea delivered", "claim: North Korea has delivered")
    layouts.clear()
    indexed.clear()
    assert builder.rebuild().ok
    builder.persist()
    assert dict(layouts) == {("weapons", "en"): 1, ("weapons", "ko"): 1}
    assert dict(indexed) == {"weapons": 2}  # once per edition
    assert_same_as_clean_build(site, out, tmp_path)
    edit(site / "content/translations/ko/site.yaml", "title: ", "title: 새 ")
    layouts.clear()
    assert builder.rebuild().ok
    assert dict(layouts) == {("weapons", "ko"): 1, ("diplomacy", "ko"): 1}
    assert_same_as_clean_build(site, out, tmp_path)
