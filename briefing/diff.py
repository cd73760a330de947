"""`build.py diff BASE [HEAD]`: what changed in the briefing between two revisions, fact by fact.

A feature built on the load → model → check → derive stages: each side is read into a `Briefing`
(from a git revision, extracted with `git archive` into a temporary directory, or from a site
directory), then the two are compared as a reader sees them: facts added, removed, renamed and
changed field by field, and what that does to the analyst views (corroboration, disputes,
series, key judgments). Only the two snapshots are needed, never the history between them, so
a shallow CI checkout works once the base commit has been fetched.
"""

from __future__ import annotations

import difflib
import io
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .charts import estimate_series
from .derive import LIKELIHOOD_SCALE, standing
from .model import Briefing, Fact, KeyJudgment, Quantity
from .problems import Location, Problem, error, warning

FORMATS = ("text", "markdown", "json")
# Below this similarity of everything but the id, a removed and an added fact are two facts.
RENAME_SIMILARITY = 0.75
QUALIFIER_WORDS = {"exact": "", "about": "about ", "more-than": "more than ", "at-least": "at least ",
                   "up-to": "up to ", "fewer-than": "fewer than "}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a fact that differs: its name and the two values in words ('' when absent)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class FactChange:
    """A fact added, removed, renamed or changed, with the fields that differ."""

    kind: str  # added | removed | renamed | changed
    id: str
    topic: str
    claim: str
    old_id: str = ""
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class ReaderChange:
    """A change in what the analyst views tell a reader (a fact's standing, a series, a key judgment)."""

    kind: str  # corroborated | single-source | disputed | undisputed | series | judgment
    subject: str
    text: str


@dataclass(slots=True)
class BriefingDiff:
    """Everything that differs between two briefings, in a stable order."""

    base: str
    head: str
    facts: list[FactChange] = field(default_factory=list)
    reader: list[ReaderChange] = field(default_factory=list)
    sources_added: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.facts or self.reader or self.sources_added or self.sources_removed)

    def count(self, kind: str) -> int:
        return sum(1 for change in self.facts if change.kind == kind)


# --- reading a revision ----------------------------------------------------------------------

def _git(repo: Path, *args: str, binary: bool = False) -> subprocess.CompletedProcess[Any]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=not binary, timeout=120)


def materialise(spec: str, site_dir: Path, scratch: Path) -> tuple[Path | None, Problem | None]:
    """The site directory for one side: `spec` itself when it is a site directory, else the site as
    it was at the git revision `spec`, extracted under `scratch`."""
    as_dir = Path(spec)
    if (as_dir / "site.yaml").is_file():
        return as_dir.resolve(), None
    where = Location(str(site_dir))
    try:
        top = _git(site_dir, "rev-parse", "--show-toplevel")
    except FileNotFoundError:
        return None, error(where, f"'{spec}' is not a site directory, and git is not installed to read it as a "
                           "revision", "install git, or give two site directories")
    if top.returncode != 0:
        return None, error(where, f"'{spec}' is not a site directory, and {site_dir} is not in a git repository",
                           "give a revision of a git checkout (e.g. main, HEAD~1) or a directory holding site.yaml")
    repo = Path(top.stdout.strip())
    commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}")
    if commit.returncode != 0:
        shallow = _git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == "true"
        hint = (f"this is a shallow clone: fetch the revision first, e.g. git fetch --depth=1 origin {spec}"
                if shallow else f"check the name (git log --oneline {spec} shows it), or fetch it: "
                f"git fetch origin {spec}")
        return None, error(where, f"unknown revision '{spec}'", hint)
    prefix = site_dir.resolve().relative_to(repo.resolve()).as_posix()
    prefix = "" if prefix == "." else prefix + "/"
    listing = _git(repo, "ls-tree", "--name-only", commit.stdout.strip(), f"{prefix}site.yaml", f"{prefix}content")
    paths = listing.stdout.split()
    if f"{prefix}site.yaml" not in paths:
        return None, error(where, f"revision '{spec}' has no {prefix}site.yaml",
                           "compare revisions in which the briefing exists")
    archive = _git(repo, "archive", "--format=tar", commit.stdout.strip(), "--", *paths, binary=True)
    if archive.returncode != 0:
        return None, error(where, f"git archive of '{spec}' failed: {archive.stderr.decode(errors='replace').strip()}")
    target = scratch / spec.replace("/", "_").replace("~", "_").replace("^", "_")
    try:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(target, filter="data")  # no links out of the folder, no absolute paths
    except (tarfile.TarError, OSError) as exc:
        return None, error(where, f"revision '{spec}' cannot be extracted: {exc}",
                           "a file of the site at that revision is a link leading outside it, or cannot be written")
    return target / prefix, None


def read_briefing(site_dir: Path) -> tuple[Briefing | None, list[Problem]]:
    """The briefing of one directory as written (no cache, no dates derived from git)."""
    from .check import check
    from .parts import PartCache, build_from_parts, read_inputs

    model = build_from_parts(read_inputs(site_dir), PartCache(None))
    problems = list(model.problems)
    if model.briefing is not None:
        problems += check(model.briefing)
    return model.briefing, problems


def diff_revisions(base: str, head: str | None, site_dir: Path) -> tuple[BriefingDiff | None, list[Problem]]:
    """Compare the briefing at `base` with the one at `head` (the working tree when None)."""
    with tempfile.TemporaryDirectory(prefix="briefing-diff-") as scratch:
        briefings: list[Briefing] = []
        problems: list[Problem] = []
        for spec in (base, head):
            directory, problem = (site_dir, None) if spec is None else materialise(spec, site_dir, Path(scratch))
            if problem is not None:
                return None, [problem]
            assert directory is not None
            briefing, found = read_briefing(directory)
            if briefing is None:
                return None, [p for p in found if p.is_error]
            errors = sum(1 for p in found if p.is_error)
            if errors:  # still comparable: say so rather than refuse
                problems.append(warning(Location(spec or "working tree"), f"{errors} content error"
                                        f"{'s' if errors != 1 else ''} in this revision; the diff is of what could "
                                        "be read", "run python build.py check on it"))
            briefings.append(briefing)
    return compare(briefings[0], briefings[1], base, head or "working tree"), problems


# --- comparing -------------------------------------------------------------------------------

def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}" if value == int(value) else f"{value:,}"


def describe_quantity(quantity: Quantity | None) -> str:
    """'more than 1,000,000 artillery shells'; a range as '10,000–15,000 troops'."""
    if quantity is None:
        return ""
    if quantity.value is not None:
        figure = _number(quantity.value)
    else:
        figure = "–".join(x for x in (_number(quantity.min), _number(quantity.max)) if x)
    return f"{QUALIFIER_WORDS.get(quantity.qualifier, '')}{figure} {quantity.unit}"


def _positions(fact: Fact) -> dict[str, str]:
    return {p.actor.id: p.stance + (f" ({p.date.iso()})" if p.date else "") for p in fact.positions}


def _citations(fact: Fact) -> dict[tuple[str, str], str]:
    """(actor, source) → quotes, so that a changed quote is told apart from a new citation."""
    found: dict[tuple[str, str], list[str]] = {}
    for position in fact.positions:
        for citation in position.citations:
            found.setdefault((position.actor.id, citation.source.id), []).append(citation.quote)
    return {key: " | ".join(quotes) for key, quotes in found.items()}


def _plain(fact: Fact) -> dict[str, str]:
    """The fields a reviewer compares, each in words (locations and written history left out)."""
    assessment = fact.assessment
    transfer = fact.transfer
    return {
        "topic": fact.topic,
        "claim": fact.claim,
        "date": fact.date.iso() if fact.date else "",
        "key": "yes" if fact.key else "",
        "quantity": describe_quantity(fact.quantity),
        "series": fact.quantity.series if fact.quantity else "",
        "entities": ", ".join(r.id for r in fact.entities),
        "related": ", ".join(f"{r.relation} {r.fact.id}" for r in fact.related),
        "assessment": ", ".join(x for x in (
            f"credibility {assessment.credibility}" if assessment and assessment.credibility else "",
            assessment.likelihood if assessment else "", f"{assessment.confidence} confidence"
            if assessment and assessment.confidence else "") if x),
        "transfer": (f"{transfer.item.id} from {transfer.supplier.id if transfer.supplier else '?'} to "
                     f"{transfer.recipient.id if transfer.recipient else '?'}" if transfer else ""),
        "note": fact.note,
    }


def fact_changes(old: Fact, new: Fact) -> tuple[FieldChange, ...]:
    """The fields that differ between two versions of a fact, positions and quotes one by one."""
    changes = [FieldChange(name, before, after) for (name, before), after in
               zip(_plain(old).items(), _plain(new).values(), strict=True) if before != after]
    old_positions, new_positions = _positions(old), _positions(new)
    for actor in dict.fromkeys([*old_positions, *new_positions]):
        before, after = old_positions.get(actor, ""), new_positions.get(actor, "")
        if before != after:
            changes.append(FieldChange(f"position {actor}", before, after))
    old_quotes, new_quotes = _citations(old), _citations(new)
    for actor, source in dict.fromkeys([*old_quotes, *new_quotes]):
        before, after = old_quotes.get((actor, source), ""), new_quotes.get((actor, source), "")
        if before == after:
            continue
        name = "quote" if before and after else "citation"
        changes.append(FieldChange(f"{name} {actor} ← {source}", before, after))
    return tuple(changes)


def _likeness(old: Fact, new: Fact) -> float:
    """How alike two facts are apart from their ids (1.0: the same but for the id)."""
    a, b = _plain(old), _plain(new)
    a.update({f"c{k}": v for k, v in _citations(old).items()})
    b.update({f"c{k}": v for k, v in _citations(new).items()})
    same_citations = set(_citations(old).items()) == set(_citations(new).items())
    claim = difflib.SequenceMatcher(None, old.claim, new.claim).ratio()
    return 1.0 if a == b else (claim + (1.0 if same_citations else 0.0)) / 2


def _renames(removed: list[Fact], added: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs (old, new) of a removed and an added fact that are one fact under a new id."""
    scored = sorted(((_likeness(old, new), i, j) for i, old in enumerate(removed) for j, new in enumerate(added)),
                    key=lambda t: (-t[0], t[1], t[2]))
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score < RENAME_SIMILARITY or i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        pairs.append((removed[i], added[j]))
    return pairs


def _standing_changes(old_b: Briefing, new_b: Briefing, pairs: list[tuple[Fact, Fact]]) -> Iterator[ReaderChange]:
    for old, new in pairs:
        before, after = standing(old_b, old), standing(new_b, new)
        if before.single_source and after.independent_sources > 1:
            yield ReaderChange("corroborated", new.id, f"single source → corroborated "
                               f"({after.independent_sources} independent sources)")
        elif before.independent_sources > 1 and after.single_source:
            yield ReaderChange("single-source", new.id, f"corroborated ({before.independent_sources} independent "
                               "sources) → single source")
        if after.disputed and not before.disputed:
            yield ReaderChange("disputed", new.id, f"undisputed → disputed (denied by {', '.join(after.denied_by)})")
        elif before.disputed and not after.disputed:
            yield ReaderChange("undisputed", new.id, "disputed → undisputed")


def _estimate_words(estimate: Any) -> str:
    low, high = estimate.low, estimate.high
    figure = _number(low) if low == high or high is None else f"{_number(low)}–{_number(high)}"
    when = estimate.date.iso() if estimate.date else "undated"
    return f"{estimate.actor}: {figure} ({when}, {estimate.fact.id})"


def _series_changes(old_b: Briefing, new_b: Briefing) -> Iterator[ReaderChange]:
    before = {s.id: s for s in estimate_series(old_b, list(old_b.topics))}
    after = {s.id: s for s in estimate_series(new_b, list(new_b.topics))}
    for series_id in sorted(set(before) | set(after)):
        old_points = {_estimate_words(e) for e in before[series_id].estimates} if series_id in before else set()
        new_points = {_estimate_words(e) for e in after[series_id].estimates} if series_id in after else set()
        gained = sorted(new_points - old_points)
        lost = sorted(old_points - new_points)
        if not gained and not lost:
            continue
        parts = [f"{len(old_points)} → {len(new_points)} point{'s' if len(new_points) != 1 else ''}"]
        parts += [f"new {point}" for point in gained] + [f"gone {point}" for point in lost]
        yield ReaderChange("series", series_id, "; ".join(parts))


def _likelihood(value: str) -> str:
    return LIKELIHOOD_SCALE[value][0].lower() if value in LIKELIHOOD_SCALE else value or "ungraded"


def _judgment_changes(old: tuple[KeyJudgment, ...], new: tuple[KeyJudgment, ...]) -> Iterator[ReaderChange]:
    """Key judgments have no ids: they are matched by position, and told by their number."""
    for number, (before, after) in enumerate(zip(old, new, strict=False), start=1):
        subject = f"key judgment {number}"
        if before.text != after.text:
            yield ReaderChange("judgment", subject, f"wording: “{before.text}” → “{after.text}”")
        if before.likelihood != after.likelihood:
            yield ReaderChange("judgment", subject,
                               f"likelihood: {_likelihood(before.likelihood)} → {_likelihood(after.likelihood)}")
        if before.confidence != after.confidence:
            yield ReaderChange("judgment", subject, f"confidence: {before.confidence or 'ungraded'} → "
                               f"{after.confidence or 'ungraded'}")
        gained = [r.id for r in after.facts if r.id not in {x.id for x in before.facts}]
        lost = [r.id for r in before.facts if r.id not in {x.id for x in after.facts}]
        if gained or lost:
            yield ReaderChange("judgment", subject, "supporting facts: " + ", ".join(
                [f"+{x}" for x in gained] + [f"−{x}" for x in lost]))
    for number in range(len(old) + 1, len(new) + 1):
        yield ReaderChange("judgment", f"key judgment {number}", f"new: “{new[number - 1].text}”")
    for number in range(len(new) + 1, len(old) + 1):
        yield ReaderChange("judgment", f"key judgment {number}", f"removed: “{old[number - 1].text}”")


def compare(old: Briefing, new: Briefing, base: str = "base", head: str = "head") -> BriefingDiff:
    """The difference between two briefings: facts first (ids in the new order), then the reader's picture."""
    result = BriefingDiff(base, head)
    removed = [f for f in old.facts.values() if f.id not in new.facts]
    added = [f for f in new.facts.values() if f.id not in old.facts]
    renamed = _renames(removed, added)
    renamed_old = {o.id for o, _ in renamed}
    renamed_new = {n.id: o for o, n in renamed}
    pairs: list[tuple[Fact, Fact]] = []
    for fact in new.facts.values():
        if fact.id in renamed_new:
            before = renamed_new[fact.id]
            pairs.append((before, fact))
            result.facts.append(FactChange("renamed", fact.id, fact.topic, fact.claim, before.id,
                                           fact_changes(before, fact)))
        elif fact.id not in old.facts:
            result.facts.append(FactChange("added", fact.id, fact.topic, fact.claim))
        else:
            before = old.facts[fact.id]
            pairs.append((before, fact))
            fields = fact_changes(before, fact)
            if fields:
                result.facts.append(FactChange("changed", fact.id, fact.topic, fact.claim, fields=fields))
    for fact in removed:
        if fact.id not in renamed_old:
            result.facts.append(FactChange("removed", fact.id, fact.topic, fact.claim))
    order = {"added": 0, "renamed": 1, "changed": 2, "removed": 3}
    result.facts.sort(key=lambda c: order[c.kind])  # stable: the briefing's own order within a kind
    result.reader += _standing_changes(old, new, pairs)
    result.reader += _series_changes(old, new)
    result.reader += _judgment_changes(old.site.key_judgments, new.site.key_judgments)
    result.sources_added = sorted(set(new.sources) - set(old.sources))
    result.sources_removed = sorted(set(old.sources) - set(new.sources))
    return result


# --- formats ---------------------------------------------------------------------------------

def _summary(d: BriefingDiff) -> str:
    if d.empty:
        return "No change to the briefing's content."
    parts = [f"{d.count(kind)} {kind}" for kind in ("added", "changed", "renamed", "removed") if d.count(kind)]
    facts = f"Facts: {', '.join(parts)}." if parts else "No fact changed."
    sources = [f"{len(d.sources_added)} added" if d.sources_added else "",
               f"{len(d.sources_removed)} removed" if d.sources_removed else ""]
    if any(sources):
        facts += f" Sources: {', '.join(s for s in sources if s)}."
    return facts


def _shown(value: str) -> str:
    return value if value else "(none)"


def format_text(d: BriefingDiff) -> str:
    """The diff for a terminal: one line per fact, its changed fields indented below it."""
    lines = [f"Briefing diff {d.base} → {d.head}", _summary(d)]
    marks = {"added": "+", "removed": "-", "renamed": "~", "changed": "*"}
    for change in d.facts:
        title = f"{change.old_id} → {change.id}" if change.kind == "renamed" else change.id
        lines.append(f"{marks[change.kind]} {change.kind} {title} ({change.topic}): {change.claim}")
        for f in change.fields:
            lines.append(f"    {f.field}: {_shown(f.old)} → {_shown(f.new)}")
    for name, ids in (("source added", d.sources_added), ("source removed", d.sources_removed)):
        lines += [f"{'+' if 'added' in name else '-'} {name} {source}" for source in ids]
    if d.reader:
        lines.append("What a reader sees differently:")
        lines += [f"  {change.subject}: {change.text}" for change in d.reader]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Text safe inside Markdown: characters that would start markup escaped, no raw HTML."""
    escaped = "".join("\\" + c if c in "\\`*_[]<>|#~" else c for c in text)
    return escaped.replace("\n", " ")


def format_markdown(d: BriefingDiff) -> str:
    """The diff for a pull request's summary: headings, lists and a table of changed fields per fact."""
    lines = [f"## Briefing diff `{d.base}` → `{d.head}`", "", _md(_summary(d))]
    for kind, heading in (("added", "Added facts"), ("renamed", "Renamed facts"), ("changed", "Changed facts"),
                          ("removed", "Removed facts")):
        changes = [c for c in d.facts if c.kind == kind]
        if not changes:
            continue
        lines += ["", f"### {heading}", ""]
        for change in changes:
            title = f"`{change.old_id}` → `{change.id}`" if kind == "renamed" else f"`{change.id}`"
            lines.append(f"- {title} ({_md(change.topic)}): {_md(change.claim)}")
            if change.fields:
                lines += ["", "  | field | before | after |", "  |---|---|---|"]
                lines += [f"  | {_md(f.field)} | {_md(_shown(f.old))} | {_md(_shown(f.new))} |" for f in change.fields]
                lines.append("")
    if d.sources_added or d.sources_removed:
        lines += ["", "### Sources", ""]
        lines += [f"- added `{s}`" for s in d.sources_added] + [f"- removed `{s}`" for s in d.sources_removed]
    if d.reader:
        lines += ["", "### What a reader sees differently", ""]
        lines += [f"- **{_md(c.subject)}**: {_md(c.text)}" for c in d.reader]
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def as_json(d: BriefingDiff) -> dict[str, Any]:
    """The diff as plain data (the `--format json` document)."""
    return {
        "base": d.base, "head": d.head,
        "facts": [{"kind": c.kind, "id": c.id, "old_id": c.old_id or None, "topic": c.topic, "claim": c.claim,
                   "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields]} for c in d.facts],
        "sources": {"added": d.sources_added, "removed": d.sources_removed},
        "reader": [{"kind": c.kind, "subject": c.subject, "text": c.text} for c in d.reader],
    }


def render(d: BriefingDiff, fmt: str) -> str:
    """The diff in one of FORMATS."""
    if fmt == "json":
        return json.dumps(as_json(d), ensure_ascii=False, indent=2) + "\n"
    return format_markdown(d) if fmt == "markdown" else format_text(d)
