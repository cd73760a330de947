"""Judgement aids derived from a fact's positions: who asserts, who denies, how many sources.

Derived, never typed in, so they cannot drift from the evidence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from .dates import When
from .i18n import N_
from .model import Briefing, Fact, Position, Source, Stamp, Topic, TopicMemo, fingerprints_digest, keeping

SUPPORTING = ("asserts", "confirms")

# Admiralty (NATO AJP-2.1) source reliability and information credibility.
# The words are marked for the catalogues (N_): pages show them in the reader's language.
RELIABILITY_SCALE = {
    "A": N_("Completely reliable"),
    "B": N_("Usually reliable"),
    "C": N_("Fairly reliable"),
    "D": N_("Not usually reliable"),
    "E": N_("Unreliable"),
    "F": N_("Reliability cannot be judged"),
}
CREDIBILITY_SCALE = {
    1: N_("Confirmed by other sources"),
    2: N_("Probably true"),
    3: N_("Possibly true"),
    4: N_("Doubtful"),
    5: N_("Improbable"),
    6: N_("Truth cannot be judged"),
}
# ICD 203 expressions of likelihood, with the probability each stands for.
LIKELIHOOD_SCALE = {
    "almost-no-chance": (N_("Almost no chance"), "1–5%"),
    "very-unlikely": (N_("Very unlikely"), "5–20%"),
    "unlikely": (N_("Unlikely"), "20–45%"),
    "roughly-even-chance": (N_("Roughly even chance"), "45–55%"),
    "likely": (N_("Likely"), "55–80%"),
    "very-likely": (N_("Very likely"), "80–95%"),
    "almost-certain": (N_("Almost certain"), "95–99%"),
}
CONFIDENCE_SCALE = {
    "low": N_("Questionable or fragmentary information, or sources of doubtful reliability"),
    "moderate": N_("Credibly sourced and plausible, but not corroborated enough for a higher level"),
    "high": N_("High-quality information from several sources, or a solid judgment; not a certainty"),
}

# Words that differ between an agency's name as a `via` and as a publisher ("Yonhap" vs
# "Yonhap News Agency"); dropped so both spellings name the same originator.
_ORIGIN_NOISE = re.compile(r"^the\s+|\s+(news\s+agency|news|agency)$")
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class Origin:
    """One independent line of reporting: an outlet and the cited articles that come from it."""

    key: str
    label: str
    sources: tuple[str, ...]

    @property
    def relayed(self) -> bool:
        """True when more than one cited article carries this originator's reporting."""
        return len(self.sources) > 1


@dataclass(frozen=True, slots=True)
class Grade:
    """The Admiralty grade of one report: its source's reliability and the fact's credibility."""

    source: str
    reliability: str = ""
    credibility: int | None = None

    @property
    def compact(self) -> str:
        """'B2'; a missing half is spelled out as ungraded, never filled with a default."""
        if self.reliability and self.credibility:
            return f"{self.reliability}{self.credibility}"
        if self.reliability:
            return f"{self.reliability}, information ungraded"
        if self.credibility:
            return f"source ungraded, {self.credibility}"
        return "ungraded"

    @property
    def description(self) -> str:
        """The grade in words, for a tooltip and for screen readers."""
        source = (f"source {self.reliability}: {RELIABILITY_SCALE[self.reliability].lower()}"
                  if self.reliability else "source reliability ungraded")
        information = (f"information {self.credibility}: {CREDIBILITY_SCALE[self.credibility].lower()}"
                       if self.credibility else "information credibility ungraded")
        return f"{source}; {information}"


@dataclass(frozen=True, slots=True)
class Standing:
    """What the positions on one fact add up to."""

    asserted_by: tuple[str, ...]
    denied_by: tuple[str, ...]
    declined_by: tuple[str, ...]
    sources: tuple[str, ...]
    evidence: tuple[Origin, ...]
    grades: tuple[Grade, ...] = ()

    @property
    def independent_sources(self) -> int:
        """How many independent lines of reporting carry the claim (relays counted once)."""
        return len(self.evidence)

    @property
    def actors(self) -> int:
        """How many distinct actors assert or confirm the claim."""
        return len(self.asserted_by)

    @property
    def disputed(self) -> bool:
        return bool(self.asserted_by and self.denied_by)

    @property
    def single_source(self) -> bool:
        """The claim rests on one independent source (a denial reported elsewhere does not corroborate)."""
        return self.independent_sources == 1

    @property
    def status(self) -> str:
        if self.disputed:
            return "disputed"
        if self.denied_by and not self.asserted_by:
            return "denied"
        return "reported"

    @property
    def compact_grades(self) -> tuple[str, ...]:
        """The distinct compact grades of the supporting reports, for a list view."""
        return tuple(dict.fromkeys(g.compact for g in self.grades))


def origin_key(name: str) -> str:
    """A publisher or agency name reduced for matching: case, 'The', 'News Agency' and punctuation ignored."""
    key = _NON_WORD.sub(" ", name.casefold()).strip()
    return _ORIGIN_NOISE.sub("", key).strip()


def source_origin(source: Source) -> tuple[str, str]:
    """(key, label) of whoever originated a source's reporting: the agency it relays, else its publisher.

    A source with neither counts as its own originator.
    """
    name = source.via or source.publisher
    if name:
        return origin_key(name), name
    return f"source:{source.id}", source.title


def outlet_names(briefing: Briefing) -> dict[str, tuple[str, str]]:
    """Every name of an `outlet` entity (name, short, aliases), reduced by `origin_key`, mapped to
    that outlet's (key, label): a publisher printed "FT" and a relay `via: [financial-times]`
    are one line of reporting."""
    names: dict[str, tuple[str, str]] = {}
    for entity in briefing.entities.values():
        if entity.kind != "outlet":
            continue
        canonical = (origin_key(entity.name), entity.name)
        for name in (entity.name, entity.short, *entity.aliases):
            if name:
                names.setdefault(origin_key(name), canonical)
    return names


def line_of_reporting(briefing: Briefing, position: Position, source: Source | None, source_id: str,
                      outlets: dict[str, tuple[str, str]] | None = None) -> tuple[str, str]:
    """(key, label) of the line of reporting a citation belongs to: the first outlet the
    statement passed through (`via`), else an outlet speaking in its own voice in another
    outlet's article (CBS's framing, reported by the Dong-A Ilbo), else whoever originated
    the cited article."""
    outlets = outlet_names(briefing) if outlets is None else outlets
    if position.via:
        first = position.via[0].id
        entity = briefing.entities.get(first)
        name = entity.name if entity else first
        return outlets.get(origin_key(name), (origin_key(name), name))
    if source is None:
        return f"source:{source_id}", source_id
    key, label = source_origin(source)
    origin = outlets.get(key, (key, label))
    actor = briefing.entities.get(position.actor.id)
    # Only against a named publisher: an article that prints none may be the actor's own.
    if actor is not None and actor.kind == "outlet" and source.publisher:
        own = outlets.get(origin_key(actor.name), (origin_key(actor.name), actor.name))
        publisher = outlets.get(origin_key(source.publisher), (origin_key(source.publisher), ""))
        if own[0] not in (origin[0], publisher[0]):
            return own
    return origin


# The standings of the briefing being built: pages, analyses and exports ask for the same
# fact's standing many times (several times per fact on a big site).
_memo: tuple[Briefing | None, dict[str, tuple[Fact, Standing]]] = (None, {})


_outlets: tuple[Briefing | None, dict[str, tuple[str, str]]] = (None, {})

# Standings kept across builds in one process (the dev server builds again after every save), by
# language, then fact id: reused while what a standing is made from (see `_inputs`) is the same.
_kept: dict[str, dict[str, tuple[tuple[Any, ...], Standing]]] = {}
_kept_outlets: dict[str, dict[str, tuple[str, str]]] = {}
# The sources and entities of the last build, by language, and whether this build's are the same.
_kept_world: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
_same_world: dict[str, bool] = {}
# By language, the generation of the last build's world: a new one whenever it was not the one before (`world`).
_generation: dict[str, int] = {}
# Never the same number twice: a value compared with one from before forget_kept never matches.
_generations = itertools.count(1)


def forget_kept() -> None:
    """Drop the standings kept across builds (the next build computes them all, as a new process would)."""
    global _memo, _outlets
    _kept.clear()
    _kept_outlets.clear()
    _kept_world.clear()
    _same_world.clear()
    _relations.clear()
    _TOPIC_CHANGES.clear()
    _memo, _outlets = (None, {}), (None, {})


def same_inputs(old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    """True when two tuples of model objects are item by item the same object or equal.

    The model's objects are frozen, and a part the cache parsed before is the same object again,
    so identity is the usual (fast) answer; equality covers objects rebuilt with the same values.
    (Comparing tuples does exactly this, item by item, identity first.)
    """
    return old == new


def _inputs(briefing: Briefing, fact: Fact, outlets: dict[str, tuple[str, str]]) -> tuple[Any, ...]:
    """Everything `_standing` reads: the fact, the sources it cites, the entities its positions
    are relayed by, and the outlets' names."""
    sources = briefing.sources
    entities = briefing.entities
    return (fact, outlets, *(sources.get(c.source.id) for p in fact.positions for c in p.citations),
            *(entities.get(p.via[0].id) for p in fact.positions if p.via))


def _begin(briefing: Briefing) -> None:
    """Start a build's standings: its outlets, and whether its sources and entities are the last build's."""
    global _memo, _outlets
    language = briefing.site.language
    _memo = (briefing, {})
    outlets = outlet_names(briefing)
    same_outlets = _kept_outlets.get(language) == outlets
    if same_outlets:  # the same names: compared by identity below
        outlets = _kept_outlets[language]
    _kept_outlets[language] = outlets
    _outlets = (briefing, outlets)
    kept = _kept.setdefault(language, {})
    if len(kept) > 2 * len(briefing.facts) + 1000:
        kept.clear()  # many facts deleted or renamed since: forget them
    # Every source and entity as in the last build (the same objects, or equal): a fact that is
    # the same object has the same inputs, and they need not be gathered to be compared.
    world = (tuple(briefing.sources.values()), tuple(briefing.entities.values()))
    _same_world[language] = _kept_world.get(language) == world
    _kept_world[language] = world
    if not (_same_world[language] and same_outlets):
        _generation[language] = next(_generations)


def world(briefing: Briefing) -> tuple[str, int]:
    """A value that changes whenever a build's sources, entities or outlets are not the last build's
    (in this process): with the same fact object, the same world gives the same standing, so work
    made of standings is kept while it is equal (a model.TopicMemo's context)."""
    if _memo[0] is not briefing:
        _begin(briefing)
    language = briefing.site.language
    return language, _generation.get(language, 0)


def relations(briefing: Briefing) -> tuple[str, int]:
    """A value that changes whenever any fact's relations are not the last build's (in this
    process): what points at a fact (`related_to`) is read from every other fact."""
    language = briefing.site.language
    if not keeping():  # nothing is kept for a next build: no value will be compared with this one
        return language, next(_generations)
    known = _relations.get(language)
    if known is not None and known[0] is briefing:
        return language, known[2]
    now = tuple(_RELATED.run(briefing.topics.values(), None, lambda topic: tuple(f.related for f in topic.facts),
                             language))
    generation = known[2] if known is not None and known[1] == now else next(_generations)
    _relations[language] = (briefing, now, generation)
    return language, generation


# Per language: the last briefing asked, its facts' relations (per topic), and their generation.
_relations: dict[str, tuple[Briefing, tuple[tuple[Any, ...], ...], int]] = {}
_RELATED: TopicMemo[tuple[Any, ...]] = TopicMemo()


def standing(briefing: Briefing, fact: Fact, origins: dict[str, tuple[str, str]] | None = None) -> Standing:
    """Summarise a fact's positions (computed once per fact of a briefing, and again only when
    what it is made from changed since the last build in this process, or for a new process since
    the standings the cache keeps: keep_standings)."""
    global _memo
    language = briefing.site.language
    if _memo[0] is not briefing:
        _begin(briefing)
    known = _memo[1].get(fact.id)
    if known is not None and known[0] is fact:
        return known[1]
    kept = _kept.setdefault(language, {})
    before = kept.get(fact.id)
    stored = _Stored.briefing is briefing
    if (before is not None and _same_world.get(language) and before[0][0] is fact
            and before[0][1] is _outlets[1]):
        _memo[1][fact.id] = (fact, before[1])
        if stored:
            _Stored.seen[fact.id] = before[1]
        return before[1]
    if before is None and not keeping() and stored:  # a new process: from the cache
        found = _Stored.get(fact.id)
        if found is not None:
            _memo[1][fact.id] = (fact, found)
            _Stored.seen[fact.id] = found
            return found
    inputs = _inputs(briefing, fact, _outlets[1])
    if before is not None and same_inputs(before[0], inputs):
        found = before[1]
    else:
        found = _standing(briefing, fact, origins)
        kept[fact.id] = (inputs, found)
    _memo[1][fact.id] = (fact, found)
    if stored:
        _Stored.seen[fact.id] = found
    return found


# --- standings kept for the next process -------------------------------------------------------
#
# A new process (`build.py` after an edit) computes the standing of every fact again (the flag
# policy and the analyst views ask for all of them). The cache keeps them by content: each with
# its fact's fingerprint, the lot with a digest of every source and entity (what a standing reads
# besides its fact) and of the code. An edit writes only the standings it changed, in a small file
# beside the main one (the main one is written again when that grows, or when the digest changes).

_STANDINGS_VERSION = 1
_DELTA_AT_MOST = 500  # standings written beside the main file before it is written again
# A standing as kept: (fingerprint, asserted_by, denied_by, declined_by, sources,
#                      ((key, label, sources), ...), ((source, reliability, credibility), ...))
_Row = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
             tuple[tuple[str, str, tuple[str, ...]], ...], tuple[tuple[str, str, int | None], ...]]


def _row(fingerprint: str, found: Standing) -> _Row:
    return (fingerprint, found.asserted_by, found.denied_by, found.declined_by, found.sources,
            tuple((o.key, o.label, o.sources) for o in found.evidence),
            tuple((g.source, g.reliability, g.credibility) for g in found.grades))


class _Stored:
    """The standings the cache keeps for the briefing being built (keep_standings)."""

    briefing: Briefing | None = None
    store: Any = None
    fingerprints: dict[str, str] = {}  # noqa: RUF012 - replaced whole, never changed in place
    code: str = ""
    save: Any = None
    context: str = ""
    base: dict[str, _Row] | None = None  # the main file's rows (None: not read yet)
    token: str = ""  # the main file's
    delta: dict[str, _Row] = {}  # noqa: RUF012 - replaced whole: the small file's rows
    # The standings of the briefing found this build (the memo holds one briefing at a time, and
    # the plan asks for the translated editions' too).
    seen: dict[str, Standing] = {}  # noqa: RUF012 - replaced whole by keep_standings
    evidence: dict[Any, tuple[Origin, ...]] = {}  # noqa: RUF012 - the rows' evidence as made (get)
    grades: dict[Any, tuple[Grade, ...]] = {}  # noqa: RUF012 - and their grades

    @classmethod
    def names(cls) -> tuple[str, str]:
        language = cls.briefing.site.language if cls.briefing is not None else ""
        return f"standings-{language}.pickle", f"standings-{language}-delta.pickle"

    @classmethod
    def read(cls) -> None:
        """Read the main and the small file, when they are this code's and of these sources and entities."""
        cls.base, cls.token, cls.delta = {}, "", {}
        store = cls.store
        main, delta = cls.names()
        found = store.load(main)  # None: missing, or ignored with a note
        if found is None:
            return
        if not (isinstance(found, tuple) and len(found) == 4 and isinstance(found[3], dict)):
            store.ignore(main, "not what this version of the build writes")
            return
        if found[0] != (_STANDINGS_VERSION, cls.code, cls.context):  # other code, sources or entities
            return
        cls.base, cls.token = found[3], found[1]
        more = store.load(delta)
        if more is None:
            return
        if not (isinstance(more, tuple) and len(more) == 3 and isinstance(more[2], dict)):
            store.ignore(delta, "not what this version of the build writes")
            return
        if more[0] == (_STANDINGS_VERSION, cls.code, cls.context) and more[1] == cls.token:
            cls.delta = more[2]

    @classmethod
    def get(cls, fact_id: str) -> Standing | None:
        if cls.base is None:
            cls.read()
        row = cls.delta.get(fact_id) or cls.base.get(fact_id)  # type: ignore[union-attr]
        fingerprint = cls.fingerprints.get(f"fact:{fact_id}")
        if row is None or not fingerprint or row[0] != fingerprint:
            return None
        try:
            # Many facts rest on the same lines of reporting and grades: each made once (immutable).
            evidence = cls.evidence.get(row[5])
            if evidence is None:
                evidence = cls.evidence[row[5]] = tuple(Origin(*o) for o in row[5])
            grades = cls.grades.get(row[6])
            if grades is None:
                grades = cls.grades[row[6]] = tuple(Grade(*g) for g in row[6])
            return Standing(row[1], row[2], row[3], row[4], evidence, grades)
        except (TypeError, IndexError):  # not rows this code writes (it checked the version): computed again
            return None


def keep_standings(briefing: Briefing | None, store: Any = None, fingerprints: dict[str, str] | None = None,
                   code: str = "", save: Any = None) -> None:
    """Keep `briefing`'s standings for the next process in the sealed cache `store` (cache.Store),
    by the `fingerprints` of its facts, sources and entities; `save(name, write)` writes a cache file
    (now or later). Without a store, nothing is kept or read."""
    on = store is not None and briefing is not None and bool(fingerprints)
    same_store = _Stored.store is store and _Stored.code == code
    _Stored.briefing = briefing if on else None
    _Stored.store, _Stored.code, _Stored.save = store, code, save
    _Stored.fingerprints = fingerprints if on and fingerprints is not None else {}
    _Stored.seen = {}
    context = ""
    if on:
        context = fingerprints_digest(_Stored.fingerprints, ("source:", "entity:"), code)
    if not (on and same_store and context == _Stored.context):  # what was read is not this build's
        _Stored.base, _Stored.token, _Stored.delta = None, "", {}
        _Stored.evidence, _Stored.grades = {}, {}
    _Stored.context = context


def save_standings(briefing: Briefing) -> None:
    """Write the standings computed for `briefing` that the cache does not hold yet (keep_standings)."""
    if _Stored.briefing is not briefing or _Stored.save is None:
        return
    if _Stored.base is None:
        _Stored.read()
    base, delta, prints = _Stored.base or {}, _Stored.delta, _Stored.fingerprints
    changed: dict[str, _Row] = {}
    for fact_id, found in _Stored.seen.items():
        fingerprint = prints.get(f"fact:{fact_id}")
        if not fingerprint:
            continue
        row = delta.get(fact_id) or base.get(fact_id)
        if row is None or row[0] != fingerprint:
            changed[fact_id] = _row(fingerprint, found)
    if not changed:
        return
    store, (main, small), head = _Stored.store, _Stored.names(), (_STANDINGS_VERSION, _Stored.code, _Stored.context)
    if base and len(delta) + len(changed) <= _DELTA_AT_MOST:
        value: tuple[Any, ...] = (head, _Stored.token, {**delta, **changed})
        _Stored.save(small, lambda: store.dump(small, value))
        _Stored.delta = value[2]
        return
    import os
    import time

    rows = {fact_id: (delta.get(fact_id) or base.get(fact_id)) for fact_id in _Stored.seen}  # type: ignore[misc]
    rows = {k: v for k, v in rows.items() if v is not None and v[0] == prints.get(f"fact:{k}")}
    rows.update(changed)
    token = f"{time.time_ns()}-{os.getpid()}"
    whole = (head, token, None, rows)
    _Stored.save(main, lambda: (store.dump(main, whole), store.dump(small, (head, token, {}))))
    _Stored.base, _Stored.token, _Stored.delta = rows, token, {}


def _standing(briefing: Briefing, fact: Fact, origins: dict[str, tuple[str, str]] | None = None) -> Standing:
    """Summarise a fact's positions.

    The evidence is the citations of the supporting positions (all citations when none
    supports), grouped into lines of reporting: a statement relayed by an outlet (`via`)
    belongs to that outlet's line whichever article carries it, and otherwise articles
    relaying the same agency or from the same publisher count once. `origins` caches each
    source's originator across calls (see `standings`).
    """
    by_stance: dict[str, dict[str, None]] = {"for": {}, "denies": {}, "declines-comment": {}}
    sources: dict[str, None] = {}
    supporting: list[tuple[Position, str]] = []
    every: list[tuple[Position, str]] = []
    for position in fact.positions:
        supports = position.stance in SUPPORTING
        by_stance["for" if supports else position.stance][position.actor.id] = None
        for citation in position.citations:
            sources[citation.source.id] = None
            every.append((position, citation.source.id))
            if supports:
                supporting.append((position, citation.source.id))
    if not by_stance["for"]:  # nobody asserts it: judge the claim on all of its reports
        supporting = every
    origins = {} if origins is None else origins
    outlets = _outlets[1] if _outlets[0] is briefing else outlet_names(briefing)
    groups: dict[str, tuple[str, list[str]]] = {}
    grades: dict[str, Grade] = {}
    credibility = fact.assessment.credibility if fact.assessment else None
    # An outlet actor's line depends on the position, not only on the source (see line_of_reporting).
    outlet_actors = {p.actor.id for p, _ in supporting if (e := briefing.entities.get(p.actor.id)) is not None
                     and e.kind == "outlet"}
    for position, source_id in supporting:
        source = briefing.sources.get(source_id)
        if position.via or position.actor.id in outlet_actors:
            origin = line_of_reporting(briefing, position, source, source_id, outlets)
        else:
            origin = origins.get(source_id)
            if origin is None:
                origin = origins[source_id] = line_of_reporting(briefing, position, source, source_id, outlets)
        ids = groups.setdefault(origin[0], (origin[1], []))[1]
        if source_id not in ids:
            ids.append(source_id)
        grades.setdefault(source_id, Grade(source_id, source.reliability if source else "", credibility))
    evidence = tuple(Origin(key, label, tuple(ids)) for key, (label, ids) in groups.items())
    return Standing(tuple(by_stance["for"]), tuple(by_stance["denies"]), tuple(by_stance["declines-comment"]),
                    tuple(sources), evidence, tuple(grades.values()))


def standings(briefing: Briefing) -> dict[str, Standing]:
    """The standing of every fact, by fact id (computed once for the analyst views)."""
    origins: dict[str, tuple[str, str]] = {}
    return {fact.id: standing(briefing, fact, origins) for fact in briefing.facts.values()}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One event in a fact's history: added, changed (with a note) or updated."""

    date: When
    kind: str
    note: str
    fact: Fact
    commit: str = ""  # the commit the date was taken from, when it is not written in the content
    subject: str = ""


_KIND_ORDER = {"added": 0, "updated": 1, "changed": 2}


def history(fact: Fact, stamps: dict[str, Stamp] | None = None) -> list[HistoryEntry]:
    """A fact's history, newest first: its change notes, a bare 'updated' when no note has that date, 'added'.

    `stamps` says which of the dates came from git (history.py), with their commits.
    """
    stamps = stamps or {}
    entries = [HistoryEntry(change.date, "changed", change.note, fact) for change in fact.changes]
    noted = {change.date.iso() for change in fact.changes}
    for kind in ("updated", "added"):
        when = getattr(fact, kind)
        if when is None or (kind == "updated" and when.iso() in noted):
            continue
        stamp = stamps.get(kind)
        entries.append(HistoryEntry(when, kind, "", fact, stamp.commit if stamp else "",
                                    stamp.subject if stamp else ""))
    # Newest first; on one day, the addition happened before any change.
    return sorted(entries, key=lambda e: (e.date.latest(), _KIND_ORDER[e.kind]), reverse=True)


def changes(briefing: Briefing) -> list[HistoryEntry]:
    """Every history entry of the briefing, newest first (ties by fact id, for a stable page).

    Each topic's entries are sorted on their own and kept between a process's builds while the
    topic is the same object and its dates from git are as they were; the topics' sorted runs are
    then merged (a fact's entries stay in the order `history` gives them)."""
    language = briefing.site.language
    stamps = briefing.stamps
    kept = _TOPIC_CHANGES.get(language, {})
    now: dict[str, tuple[Topic, object, list[tuple[tuple[Any, ...], HistoryEntry]],
                         dict[str, tuple[Fact, Any, list[HistoryEntry]]]]] = {}
    runs = []
    for topic in briefing.topics.values():
        marks = tuple(stamps.get(f.id) for f in topic.facts) if stamps else None
        last = kept.get(topic.id)
        if last is not None and last[0] is topic and last[1] == marks:
            now[topic.id] = last
        else:
            before = last[3] if last is not None else {}
            histories = {}
            for fact in topic.facts:
                stamp = stamps.get(fact.id)
                hit = before.get(fact.id)
                histories[fact.id] = hit if hit is not None and hit[0] is fact and hit[1] == stamp else \
                    (fact, stamp, history(fact, stamp))
            run = [(_newest_first(entry), entry) for _fact, _stamp, found in histories.values() for entry in found]
            run.sort(key=itemgetter(0))
            now[topic.id] = (topic, marks, run, histories)
        runs.append(now[topic.id][2])
    if keeping():
        _TOPIC_CHANGES[language] = now
    else:
        _TOPIC_CHANGES.clear()
    merged = [pair for run in runs for pair in run]
    merged.sort(key=itemgetter(0))  # sorted runs: merged, not sorted again
    return [entry for _key, entry in merged]


def _newest_first(entry: HistoryEntry) -> tuple[Any, ...]:
    """Sorts history entries newest first, on one day the addition after any change; then by fact id."""
    year, month, day = entry.date.latest()
    return -year, -month, -day, -_KIND_ORDER[entry.kind], entry.fact.id


# By edition (language), then topic id: the topic, its facts' dates from git, its entries sorted
# (with their keys), and each fact's history, from the last build of a process that builds again.
# (Not a TopicMemo: what decides reuse besides the topic, its facts' dates from git, is per topic.)
_TOPIC_CHANGES: dict[str, dict[str, tuple[Topic, object, list[tuple[tuple[Any, ...], HistoryEntry]],
                                          dict[str, tuple[Fact, Any, list[HistoryEntry]]]]]] = {}
