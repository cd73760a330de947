"""History from git: the `added`/`updated` dates editors did not write, from the commits of the fact sheets.

Part of the model stage (after load and model, before check): for each fact sheet, one
`git blame --porcelain` says which commit last changed each line; a fact's lines are those from
its `- id:` item to the next fact's. The oldest commit among them is when the fact entered the
briefing (`added`), the newest when it last changed (`updated`), each dated by its committer
date in the committer's time zone. Written values always win; lines not yet committed date
nothing. Outside a git checkout, or without git, nothing is derived and the briefing says so.

Blame output is cached by the fact sheet's digest and the HEAD commit (in memory and in the
site's cache folder), so an unchanged checkout runs no git at all; `head_signature` lets the
incremental builder notice a new commit even when no file changed.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .dates import When, parse_when
from .model import Briefing, Edition, Fact, Stamp, Topic, keeping
from .problems import Location, Problem, note, warning

UNCOMMITTED = "0" * 40
BOUNDARY = "boundary"  # a line from the cut-off commit of a shallow clone: its real date is unknown
# BRIEFING_GIT_HISTORY=0 keeps only written dates: the same site from any copy (the tests use it).
SWITCH = "BRIEFING_GIT_HISTORY"
CACHE_FILE = "git-history.json"
PARALLEL_BLAMES = 8  # git processes running at once
_MEMORY: dict[str, list[tuple[str, str, str]]] = {}


def git_dir(start: Path) -> Path | None:
    """The `.git` directory of the checkout holding `start` (a worktree's `.git` file is followed)."""
    for folder in (start, *start.parents):
        marker = folder / ".git"
        if marker.is_dir():
            return marker
        if marker.is_file():
            text = marker.read_text(encoding="utf-8", errors="replace").strip()
            if text.startswith("gitdir:"):
                found = Path(text[7:].strip())
                return found if found.is_absolute() else (folder / found).resolve()
    return None


def enabled() -> bool:
    """False when BRIEFING_GIT_HISTORY is 0, off, no or false."""
    return os.environ.get(SWITCH, "").strip().lower() not in ("0", "off", "no", "false")


def head_signature(site_dir: Path) -> str:
    """The commit HEAD points to, read from the files under .git (no process started); '' outside git.

    Part of the builder's input signature: a commit changes derived dates without changing any file.
    """
    found = git_dir(site_dir) if enabled() else None
    if found is None:
        return ""
    head = ""
    try:
        head = (found / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref:"):
            return head
        ref = head[4:].strip()
        common = found
        if (found / "commondir").is_file():  # a linked worktree keeps its branches in the main .git
            common = (found / (found / "commondir").read_text(encoding="utf-8").strip()).resolve()
        for base in (found, common):
            if (base / ref).is_file():
                return (base / ref).read_text(encoding="utf-8").strip()
        for line in (common / "packed-refs").read_text(encoding="utf-8").splitlines():
            if line.endswith(" " + ref):
                return line.split(" ", 1)[0]
    except OSError:
        pass
    return head


def _day(seconds: str, zone: str) -> str:
    """The committer's calendar day of a commit time (`1710237600`, `+0900`)."""
    sign = -1 if zone.startswith("-") else 1
    offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
    return datetime.fromtimestamp(int(seconds), timezone(offset)).date().isoformat()


def parse_blame(porcelain: str, cut_off: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    """Per line of the file (index 0 = line 1): (commit, committer day, summary) from `git blame --porcelain`.

    Lines from a commit in `cut_off` (where a shallow clone's history stops) are BOUNDARY: undated.
    """
    commits: dict[str, dict[str, str]] = {}
    lines: dict[int, str] = {}
    current = ""
    final = 0
    for line in porcelain.split("\n"):
        if line.startswith("\t"):
            lines[final] = current
            continue
        words = line.split(" ", 3)
        if len(words[0]) == 40 and len(words) >= 3 and words[1].isdigit():
            current, final = words[0], int(words[2])
            commits.setdefault(current, {})
        elif current and words[0] in ("committer-time", "committer-tz", "summary"):
            commits[current][words[0]] = line.split(" ", 1)[1] if " " in line else ""
    # One entry per commit, shared by its lines (a big sheet has tens of thousands of lines, few commits).
    entries: dict[str, tuple[str, str, str]] = {UNCOMMITTED: (UNCOMMITTED, "", "")}
    for commit, info in commits.items():
        if commit in cut_off:  # the oldest commit of a shallow clone: the line may be older still
            entries[commit] = (BOUNDARY, "", "")
        elif "committer-time" in info:
            entries[commit] = (commit, _day(info["committer-time"], info.get("committer-tz", "+0000")),
                               info.get("summary", ""))
        else:
            entries[commit] = (commit, "", info.get("summary", ""))
    return [entries[lines.get(number, UNCOMMITTED)] for number in range(1, max(lines, default=0) + 1)]


class GitHistory:
    """Blame of each fact sheet, run at most once per sheet content and HEAD."""

    def __init__(self, site_dir: Path, cache_dir: Path | None) -> None:
        self.site_dir = site_dir
        self.cache_file = cache_dir / CACHE_FILE if cache_dir is not None else None
        self.head = head_signature(site_dir)
        self._disk: dict[str, list[tuple[str, str, str]]] | None = None
        self._dirty = False
        self._queued: list[str] = []  # sheets to blame next (`prefetch`), started a few at a time
        self._running: dict[str, subprocess.Popen[str]] = {}
        self._keys: dict[str, str | None] = {}  # sheet → _key

    @property
    def available(self) -> bool:
        return bool(self.head)

    @property
    def shallow(self) -> bool:
        """A clone cut at some depth (actions/checkout's default): older commits are not there."""
        return bool(self.cut_off)

    @functools.cached_property
    def cut_off(self) -> frozenset[str]:
        """The commits where a shallow clone's history stops (from .git/shallow); empty for a full
        clone (read once: a GitHistory serves one build)."""
        found = git_dir(self.site_dir)
        if found is None:
            return frozenset()
        common = found
        if (found / "commondir").is_file():
            common = (found / (found / "commondir").read_text(encoding="utf-8").strip()).resolve()
        for folder in (found, common):
            try:
                return frozenset((folder / "shallow").read_text(encoding="utf-8").split())
            except OSError:
                continue
        return frozenset()

    def _load_disk(self) -> dict[str, list[tuple[str, str, str]]]:
        if self._disk is None:
            self._disk = {}
            if self.cache_file is not None:
                try:
                    self._disk = {k: [tuple(x) for x in v] for k, v in
                                  json.loads(self.cache_file.read_text(encoding="utf-8")).items()}
                except (OSError, ValueError, TypeError, AttributeError):
                    self._disk = {}  # no usable cache: blame again
        return self._disk

    def _key(self, relative: str) -> str | None:
        """What a sheet's blame depends on: its content, HEAD and where a shallow clone stops (read
        once per build: `prefetch` and `blame` both ask)."""
        if relative not in self._keys:
            try:
                data = (self.site_dir / relative).read_bytes()
            except OSError:
                self._keys[relative] = None
            else:
                self._keys[relative] = (f"{relative}\0{hashlib.sha256(data).hexdigest()}\0"
                                        f"{' '.join(sorted(self.cut_off))}\0{self.head}")
        return self._keys[relative]

    def prefetch(self, sheets: list[str]) -> None:
        """Blame these sheets next, several at once: git's processes run side by side instead of one
        after the other (each waits mostly on reading history; four sheets took 0.09 s in turn)."""
        self._queued = [relative for relative in sheets
                        if (key := self._key(relative)) is not None and key not in _MEMORY
                        and key not in self._load_disk()]
        self._start_more()

    def _start_more(self) -> None:
        while self._queued and len(self._running) < PARALLEL_BLAMES:
            relative = self._queued.pop(0)
            process = self._spawn(relative)
            if process is not None:  # None: no git, which blame() says
                self._running[relative] = process

    def _spawn(self, relative: str) -> subprocess.Popen[str] | None:
        """`git blame` of a sheet, started (None when git cannot be run)."""
        path = self.site_dir / relative
        try:
            # --root: a full history's first commit is a real date, not a boundary.
            return subprocess.Popen(["git", "-C", str(path.parent), "blame", "--root", "--porcelain", "--",
                                     path.name], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError:
            return None

    def _porcelain(self, relative: str) -> str | None:
        """The output of `git blame` for a sheet (started by `prefetch`, or now); None when it failed."""
        process = self._running.pop(relative, None)
        if process is None:
            if relative in self._queued:
                self._queued.remove(relative)
            process = self._spawn(relative)
            if process is None:
                return None
        try:
            out, _ = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None
        finally:
            self._start_more()
        return out if process.returncode == 0 else None  # not 0: not tracked yet, or not a repository

    def blame(self, relative: str) -> list[tuple[str, str, str]] | None:
        """Per line of the sheet, its last commit, day and subject; None when git cannot say."""
        key = self._key(relative)
        if key is None:
            return None
        found = _MEMORY.get(key) or self._load_disk().get(key)
        if found is None:
            out = self._porcelain(relative)
            if out is None:
                return None
            found = parse_blame(out, self.cut_off)
            self._load_disk()[key] = found
            self._dirty = True
        _MEMORY[key] = found
        return found

    def save(self, keep: set[str]) -> None:
        """Write the cache of the current sheets (older entries dropped)."""
        if self.cache_file is None or not self._dirty or self._disk is None:
            return
        kept = {k: v for k, v in self._disk.items() if k.split("\0", 1)[0] in keep and k.endswith(self.head)}
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.cache_file.with_suffix(".tmp")
            temporary.write_text(json.dumps(kept), encoding="utf-8")
            temporary.replace(self.cache_file)
        except OSError:
            pass  # a read-only site still builds

    def resolve_tag(self, tag: str) -> str:
        """The committer day of the commit a tag names, '' when there is no such tag."""
        try:
            done = subprocess.run(["git", "-C", str(self.site_dir), "log", "-1", "--format=%cs",
                                   f"refs/tags/{tag}", "--"], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return ""
        day = done.stdout.strip()  # %cs: the committer's day, in the committer's time zone
        return day if done.returncode == 0 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else ""


def _fact_lines(facts: list[Fact], length: int) -> dict[str, tuple[int, int]]:
    """Each fact's first and last line in its sheet: from its item to the line before the next fact."""
    ordered = sorted(facts, key=lambda f: f.at.line)
    spans = {}
    for i, fact in enumerate(ordered):
        end = ordered[i + 1].at.line - 1 if i + 1 < len(ordered) else length
        spans[fact.id] = (fact.at.line, end)
    return spans


def _stamps(lines: list[tuple[str, str, str]], first: int, last: int) -> dict[str, Stamp]:
    if first > len(lines) or lines[first - 1][0] == UNCOMMITTED:
        return {}  # the fact's first line is not committed: a new fact (its other lines may look old)
    if lines[first - 1][0] == BOUNDARY:
        return {}  # introduced before the history this clone has: when is unknown
    committed = [line for line in lines[first - 1:last] if line[0] not in (UNCOMMITTED, BOUNDARY) and line[1]]
    if not committed:
        return {}
    oldest = min(committed, key=lambda line: line[1])
    newest = max(committed, key=lambda line: line[1])
    found = {"added": Stamp(parse_when(oldest[1]), oldest[0][:7], oldest[2])}
    if newest[1] > oldest[1]:
        found["updated"] = Stamp(parse_when(newest[1]), newest[0][:7], newest[2])
    return found


def apply_git_history(briefing: Briefing, fingerprints: dict[str, str], site_dir: Path,
                      cache_dir: Path | None = None) -> list[Problem]:
    """Fill in the `added`/`updated` dates that are not written from git, and resolve the editions.

    The facts are replaced in the briefing (and their fingerprints changed, so their pages are
    rendered again); `briefing.stamps` keeps which dates came from which commit.
    """
    problems: list[Problem] = []
    history = GitHistory(site_dir, cache_dir)
    undated = [f for f in briefing.facts.values() if f.added is None or f.updated is None]
    if not enabled():
        briefing.dates_from = "off"
    elif not history.available:
        briefing.dates_from = "no-git" if undated else "written"
    else:
        changed: dict[str, Fact] = {}
        sheets = {f.at.path for f in undated}
        blamed = []
        history.prefetch(sorted(sheets))
        for sheet in sorted(sheets):
            lines = history.blame(sheet)
            if lines is None:
                continue
            blamed.append(lines)
            in_sheet = [f for f in briefing.facts.values() if f.at.path == sheet]
            for fact_id, (first, last) in _fact_lines(in_sheet, len(lines)).items():
                fact = briefing.facts[fact_id]
                stamps = _stamps(lines, first, last)
                used: dict[str, Stamp] = {}
                added = fact.added
                if added is None and "added" in stamps:
                    added = stamps["added"].date
                    used["added"] = stamps["added"]
                updated = fact.updated
                derived_update = stamps.get("updated")
                if updated is None and derived_update is not None and (
                        added is None or derived_update.date.latest() > added.latest()):
                    updated = derived_update.date
                    used["updated"] = derived_update
                if used:
                    changed[fact_id] = dataclasses.replace(fact, added=added, updated=updated)
                    briefing.stamps[fact_id] = used
                    key = f"fact:{fact_id}"
                    fingerprints[key] = hashlib.sha256(
                        f"{fingerprints.get(key, '')}\0{used}".encode()).hexdigest()
        history.save({f.at.path for f in briefing.facts.values()})
        if changed:
            briefing.topics = {tid: _dated(topic, changed) for tid, topic in briefing.topics.items()}
            briefing.index()
        shallow = history.shallow and any(line[0] == BOUNDARY for lines in blamed for line in lines)
        briefing.dates_from = "shallow" if shallow else "git" if briefing.stamps else "written"
    briefing.editions, found = _editions(briefing, history)
    return problems + found + _where_dates_came_from(briefing)


def _dated(topic: Topic, changed: dict[str, Fact]) -> Topic:
    """The topic with its facts dated from git (`changed`, by fact id).

    In a process that builds again (the dev server), a sheet dated as in the last build gives the
    same Topic object as then, as parts.py gives for a sheet nobody edited: the work kept per topic
    and per fact object (model.TopicMemo, FactMemo) is kept for it too.
    """
    mine = {f.id: changed[f.id] for f in topic.facts if f.id in changed}
    if not mine:
        return topic
    last = _DATED.get(topic.id)
    if last is not None and last[0] is topic and last[1] == mine:
        return last[2]
    dated = dataclasses.replace(topic, facts=tuple(mine.get(f.id, f) for f in topic.facts))
    if keeping():
        _DATED[topic.id] = (topic, mine, dated)
    else:
        _DATED.clear()
    return dated


# Per topic id: the last build's topic as read, its facts dated from git, and the dated topic.
_DATED: dict[str, tuple[Topic, dict[str, Fact], Topic]] = {}


def _where_dates_came_from(briefing: Briefing) -> list[Problem]:
    """A note for the terminal saying where the dates nobody wrote came from (or why there are none)."""
    where = Location("content/topics")
    taken = sum(len(stamps) for stamps in briefing.stamps.values())
    if briefing.dates_from in ("git", "shallow") and taken:
        shallow = " (a shallow clone: facts older than its first commit stay undated)" \
            if briefing.dates_from == "shallow" else ""
        return [note(where, f"{taken} added/updated date{'s' if taken != 1 else ''} of {len(briefing.stamps)} "
                     f"fact{'s' if len(briefing.stamps) != 1 else ''} taken from git history{shallow}",
                     "a written added: or updated: takes precedence; What changed marks each with its commit")]
    undated = sum(1 for fact in briefing.facts.values() if fact.added is None)
    if briefing.dates_from == "no-git" and undated:
        return [note(where, f"{undated} fact{'s' if undated != 1 else ''} without a written added: date; not a git "
                     "checkout, so not dated from history", "write added: YYYY-MM-DD, or build from a git checkout")]
    return []


def _editions(briefing: Briefing, history: GitHistory) -> tuple[tuple[Edition, ...], list[Problem]]:
    problems = []
    editions = []
    where = briefing.site.editions_at or briefing.site.at
    for entry in briefing.site.editions:
        if isinstance(entry, When):
            editions.append(Edition(entry))
            continue
        day = history.resolve_tag(entry) if history.available else ""
        if not day:
            problems.append(warning(Location(where.path, where.line, where.column),
                                    f"edition '{entry}' is not a git tag of this checkout",
                                    "write the edition's day (YYYY-MM-DD), or create the tag (git tag "
                                    f"{entry} COMMIT); a shallow clone may lack tags: fetch them"))
            continue
        editions.append(Edition(parse_when(day), entry))
    editions.sort(key=lambda e: e.date.latest())
    return tuple(editions), problems


def edition_of(editions: tuple[Edition, ...], when: When) -> Edition | None:
    """The first edition that carried a change of `when` (an edition includes its own day);
    None when the change came after the latest edition."""
    for edition in editions:
        if when.latest() <= edition.date.latest():
            return edition
    return None
