"""The timeline: facts dated by their own date, else their earliest statement or report, grouped by year
and month with a month histogram; only facts with no date anywhere are undated, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_SITE, copy_site

from briefing.pipeline import build, validate
from briefing.plan import ordered_topics
from briefing.timeline import UNDATED_REASON, fact_date, timeline

WEAPONS = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")


def _site(tmp_path: Path, text: str, **files: str) -> Path:
    return copy_site(tmp_path / "site", changes={"content/topics/weapons.yaml": text, **files})


def test_an_undated_fact_takes_its_earliest_position_date(tmp_path: Path) -> None:
    site = _site(tmp_path, WEAPONS.replace("    date: ../2024-03\n", "", 1))
    result = validate(site)
    assert result.ok, [p.format() for p in result.problems]
    briefing = result.briefing
    fact = briefing.facts["shells-million"]
    assert fact.date is None
    when, how = fact_date(briefing, fact)
    earliest = min((p.date for p in fact.positions if p.date), key=lambda w: w.sort_key())
    assert (when, how) == (earliest, "statement") and when.display() == "March 2024"
    line = timeline(briefing, list(briefing.facts.values()))
    entries = [e for _, months in line.years for _, es in months for e in es]
    assert [e.dated_by for e in entries if e.fact.id == "shells-million"] == ["statement"]


def test_without_a_position_date_the_earliest_report_dates_it(tmp_path: Path) -> None:
    text = WEAPONS.replace("    date: ../2024-03\n", "", 1)
    text = "\n".join(line for line in text.split("\n") if not line.startswith("        date: "))
    result = validate(_site(tmp_path, text))
    assert result.ok, [p.format() for p in result.problems]
    briefing = result.briefing
    fact = briefing.facts["shells-million"]
    assert all(p.date is None for p in fact.positions)
    when, how = fact_date(briefing, fact)
    published = min((briefing.sources[c.source.id].published for c in fact.citations), key=lambda w: w.sort_key())
    assert (when, how) == (published, "report")


def test_only_a_fact_with_no_date_anywhere_is_undated(tmp_path: Path) -> None:
    text = WEAPONS.replace("    date: ../2024-03\n", "", 1)
    text = "\n".join(line for line in text.split("\n") if not line.startswith("        date: "))
    site = _site(tmp_path, text)
    for source in (site / "content/sources").glob("*.yaml"):
        source.write_text("\n".join(line for line in source.read_text(encoding="utf-8").split("\n")
                                    if not line.startswith(("published:", "accessed:"))), encoding="utf-8")
    result = validate(site)
    assert result.ok, [p.format() for p in result.problems]
    briefing = result.briefing
    line = timeline(briefing, list(briefing.facts.values()))
    assert ("shells-million", UNDATED_REASON) in [(f.id, reason) for f, reason in line.undated]
    assert all(f.date is None for f, _ in line.undated)
    out = tmp_path / "out"
    assert build(site, out).ok
    page = (out / "timeline.html").read_text(encoding="utf-8")
    assert '<h2 id="undated">Undated</h2>' in page and f"({UNDATED_REASON})" in page


def test_the_timeline_page_has_a_date_column_a_histogram_and_filters(built_fixture: Path) -> None:
    page = (built_fixture / "timeline.html").read_text(encoding="utf-8")
    assert page.count('<svg class="histogram-svg') == 2
    assert '<form class="timeline-filters" data-timeline-filters hidden>' in page  # shown by the script
    assert 'class="timeline-date"' in page and 'data-positions="nis:asserts' in page


def test_the_histogram_counts_every_dated_fact_once() -> None:
    result = validate(FIXTURE_SITE)
    briefing = result.briefing
    line = timeline(briefing, [f for t in ordered_topics(briefing) for f in t.facts])
    for histogram in line.histograms:
        assert sum(bar.count for bar in histogram.bars) == line.count
        assert all(bar.anchor for bar in histogram.bars if bar.count)


def test_a_timeline_made_from_the_last_one_equals_one_made_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dev server's rebuilds make the timeline from the last one (only the entries of changed facts
    are dated and moved); after every kind of change it equals a timeline made from nothing."""
    import dataclasses
    import random

    from briefing import model
    from briefing import timeline as timeline_module
    from briefing.dates import PartialDate, When

    result = validate(FIXTURE_SITE)
    assert result.ok
    monkeypatch.setattr(model, "_keeping", True)  # as in a process that builds again (the dev server)
    briefing = result.briefing
    originals = list(briefing.facts.values())
    rng = random.Random(16)

    def some_date() -> When | None:
        year, month, day = rng.choice([2022, 2023, 2024]), rng.choice([0, 1, 2, 11]), rng.choice([0, 5, 17])
        if rng.random() < 0.15:
            return None  # dated by its statements or reports, or undated
        if rng.random() < 0.1:
            return When(None, PartialDate(year, month or 3), True)  # "by March"
        return When(PartialDate(year, month, day if month else 0))

    def copy(n: int) -> object:
        return dataclasses.replace(rng.choice(originals), id=f"fact-{n}", date=some_date())

    facts = [copy(n) for n in range(80)]
    made = 80
    timeline_module._last.clear()
    for step in range(60):
        change = step % 6
        at = rng.randrange(len(facts))
        if change == 0:  # a fact's date edited (it may move to another month or year)
            facts[at] = dataclasses.replace(facts[at], date=some_date())
        elif change == 1:  # a fact deleted
            del facts[at]
        elif change == 2:  # a fact added
            facts.insert(at, copy(made))
            made += 1
        elif change == 3:  # the same fact parsed again: an equal, new object
            facts[at] = dataclasses.replace(facts[at])
        elif change == 4:  # a claim edited, and a fact moved to another place
            facts[at] = dataclasses.replace(facts[at], claim=f"Edited {step}.")
            facts.insert(rng.randrange(len(facts)), facts.pop(rng.randrange(len(facts))))
        else:  # many facts redated at once (more than are moved one by one)
            limit = timeline_module._MOVE_AT_MOST
            timeline_module._MOVE_AT_MOST = 3
            try:
                for i in rng.sample(range(len(facts)), 5):
                    facts[i] = dataclasses.replace(facts[i], date=some_date())
                kept = timeline(briefing, facts)
            finally:
                timeline_module._MOVE_AT_MOST = limit
        kept = timeline(briefing, facts)
        state = dict(timeline_module._last)
        timeline_module._last.clear()
        afresh = timeline(briefing, facts)
        timeline_module._last.clear()
        timeline_module._last.update(state)
        assert kept == afresh, (step, change)
        assert kept.count == sum(1 for _ in facts) - len(afresh.undated)
    # Entries of facts that did not change are the last timeline's objects (the page reuses their HTML).
    before = {e.fact.id: e for _, months in timeline(briefing, facts).years for _, es in months for e in es}
    facts[0] = dataclasses.replace(facts[0], claim="Edited again.")
    after = {e.fact.id: e for _, months in timeline(briefing, facts).years for _, es in months for e in es}
    assert [ident for ident in after if after[ident] is not before.get(ident)] == \
        ([facts[0].id] if facts[0].id in after else [])
