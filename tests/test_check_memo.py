"""Checks kept between the validations of one process (check.FactMemo, the model's index).

The dev server validates again after every save; a fact nobody edited keeps its parsed object, so
the per-fact rules (references, quotes, quote translations) reuse what they found for it while what
they compare it with is unchanged. These tests run one Builder across edits that change a fact's
problems only through other objects (an entity, a source's archived text, a source removed), and
compare each run's problems with a validation made in another process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE, ROOT
from test_incremental import edit

from briefing import check
from briefing.pipeline import Builder

WIRE_TEXT = "content/sources/wire-2024-03.txt"
ENTITIES = "content/entities.yaml"


def problems_in_new_process(site: Path) -> list[str]:
    """The problems a fresh process finds in the site (nothing kept from this one's runs)."""
    code = ("import json, sys; from pathlib import Path; from briefing.pipeline import validate; "
            "print(json.dumps([p.format() for p in validate(Path(sys.argv[1]), use_cache=False).problems]))")
    done = subprocess.run([sys.executable, "-c", code, str(site)], cwd=ROOT, check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout)


# Edits that change an unchanged fact's problems through another object, and back.
EDITS = [
    ("an entity the facts name removed", ENTITIES, "- id: russia\n  kind: state\n  name: Russia\n", ""),
    ("the entity back", ENTITIES, "- id: south-korea\n", "- id: russia\n  kind: state\n  name: Russia\n"
     "- id: south-korea\n"),
    ("a quoted sentence taken out of the archived text", WIRE_TEXT,
     "Both Russia and North Korea have rejected the accusations.", "Both sides denied it."),
    ("the sentence back", WIRE_TEXT, "Both sides denied it.",
     "Both Russia and North Korea have rejected the accusations."),
    ("a quoted sentence archived twice", WIRE_TEXT,
     "Both Russia and North Korea have rejected the accusations.",
     "Both Russia and North Korea have rejected the accusations. Both Russia and North Korea have rejected "
     "the accusations."),
]


def test_problems_of_unchanged_facts_follow_the_objects_they_name(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, site)
    builder = Builder(site, use_cache=False)
    builder.resident = True  # as serve keeps it: work kept from its first run (model.keeping)
    assert [p.format() for p in builder.validate().problems] == problems_in_new_process(site)
    for what, file, old, new in EDITS:
        edit(site / file, old, new)
        got = [p.format() for p in builder.validate().problems]
        assert got == problems_in_new_process(site), what


def test_a_removed_source_is_reported_in_the_unchanged_facts_that_cite_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, site)
    builder = Builder(site, use_cache=False)
    builder.resident = True  # as serve keeps it: work kept from its first run (model.keeping)
    assert builder.validate().ok
    for name in ("wire-2024-03.yaml", "wire-2024-03.txt"):
        (site / "content" / "sources" / name).unlink()
    got = [p.format() for p in builder.validate().problems]
    assert any("unknown source 'wire-2024-03'" in p for p in got)
    assert got == problems_in_new_process(site)


def test_a_one_shot_run_keeps_nothing_for_a_next_one(tmp_path: Path) -> None:
    """A build or check that is not followed by another (no second run, not the dev server's) keeps no
    fact, topic or result once done: it would pay in memory, and in freeing it all at exit."""
    from briefing import model, parts

    site = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, site)
    assert Builder(site, use_cache=False).validate().ok
    assert not model.keeping()
    assert parts._TOPICS == {}
    for memo in (check._REFERENCES, check._QUOTES, check._TRANSLATED_QUOTES):
        assert memo._found == {} and memo._topics == {}
    assert model._INDEX_PARTS._kept == {}
    # The same builder's second run keeps for the third.
    builder = Builder(site, use_cache=False)
    builder.validate()
    builder.validate()
    assert model.keeping() and parts._TOPICS and check._REFERENCES._topics


def test_only_the_edited_fact_is_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, site)
    builder = Builder(site, use_cache=False)
    builder.resident = True  # as serve keeps it: work kept from its first run (model.keeping)
    first = builder.validate()
    assert first.ok and first.briefing is not None
    checked: list[str] = []
    original = check._fact_references
    monkeypatch.setattr(check, "_fact_references", lambda briefing, fact: (checked.append(fact.id),
                                                                            original(briefing, fact))[1])
    edit(site / "content/topics/weapons.yaml", "claim: North Korea began delivering artillery shells to Russia",
         "claim: North Korea started delivering artillery shells to Russia")
    again = builder.validate()
    assert again.ok and again.briefing is not None
    assert checked == ["shells-by-train"]
    # The fact sheet nobody edited gives the very same Topic (its facts' results reused at once).
    assert again.briefing.topics["diplomacy"] is first.briefing.topics["diplomacy"]
    assert again.briefing.topics["weapons"] is not first.briefing.topics["weapons"]
    # An entity added changes what every reference is checked against: all facts again.
    checked.clear()
    edit(site / ENTITIES, "- id: russia\n", "- id: belarus\n  kind: state\n  name: Belarus\n- id: russia\n")
    briefing = builder.validate().briefing
    assert briefing is not None
    assert sorted(checked) == sorted(briefing.facts)
