"""Judgement aids derived from a fact's positions: who asserts, who denies, how many sources.

Derived, never typed in, so they cannot drift from the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Briefing, Fact

SUPPORTING = ("asserts", "confirms")


@dataclass(frozen=True, slots=True)
class Standing:
    """What the positions on one fact add up to."""

    asserted_by: tuple[str, ...]
    denied_by: tuple[str, ...]
    declined_by: tuple[str, ...]
    sources: tuple[str, ...]
    independent_sources: int

    @property
    def disputed(self) -> bool:
        return bool(self.asserted_by and self.denied_by)

    @property
    def single_source(self) -> bool:
        return self.independent_sources <= 1

    @property
    def status(self) -> str:
        if self.disputed:
            return "disputed"
        if self.denied_by and not self.asserted_by:
            return "denied"
        return "reported"


def standing(briefing: Briefing, fact: Fact) -> Standing:
    """Summarise a fact's positions; sources relaying the same originating outlet count once."""
    def actors(stances: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.actor.id for p in fact.positions if p.stance in stances))

    sources = tuple(dict.fromkeys(c.source.id for c in fact.citations))
    origins = set()
    for source_id in sources:
        source = briefing.sources.get(source_id)
        origins.add((source.via or source.publisher or source.id).casefold() if source else source_id)
    return Standing(actors(SUPPORTING), actors(("denies",)), actors(("declines-comment",)),
                    sources, len(origins))
