"""Incremental builds: the pipeline run again and again, redoing only what its inputs changed.

A `Builder` keeps, between runs (in memory for `serve`, and for the next process in the site's
cache folder in the user's cache directory, sealed against tampering: cache.py), three things:
- parsed parts by content digest (parts.py): a save re-parses only the facts and files it touched;
- a manifest of the last output: per route, the digest of everything the page was made from
  (its template and the templates it uses, the code, and the fingerprints of the objects it
  declares in `Page.deps`), with the size and mtime of the file written;
- the stat signature of every input, so a run in which nothing changed does no work at all.

A page whose digest is unchanged and whose file is still as written is not rendered again;
it is hard-linked into the next output tree. A builder also keeps its last plan's per-object pages
(fact, source, entity pages) with their deps, in memory and in the cache beside the manifest, and
after an edit that only changed facts' or sources' content plans only those whose deps may have
changed (LastPlan): in the dev server, and in a new process that builds after an edit.
Pages that must be rendered are spread over the cores (forked workers inherit the planned pages
and write straight into the staging tree).
The output is still replaced all or nothing (write.Staging).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import re
import signal
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import urls
from .cache import Store, site_cache_dir
from .history import apply_git_history, head_signature
from .i18n import LOCALE_DIR, catalogue_digest
from .parts import PartCache, build_from_parts, code_version, read_inputs, worker_count
from .problems import Location, Problem, has_errors, note, sort_key
from .write import MARKER, MARKER_TEXT, Staging, WriteStats, check_output_dir

if TYPE_CHECKING:  # the later stages are imported when needed: a no-op run does not load them
    from .model import Briefing
    from .plan import Asset, Page, Scope

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"
EVERYTHING = "*"
# Below this many pages to render, forking workers costs more than it saves.
PARALLEL_MIN_PAGES = 400
# What a resident builder renders in its own process during a parallel render (Builder._render).
KEPT_HERE = frozenset({urls.TIMELINE, urls.DATA_JSON, urls.DATA_CSV})
# From this many pages, the whole-briefing pages of an incremental build get a worker each (but
# for a resident builder, which keeps what they computed in this process for the next build).
BIG_SITE_PAGES = 2000
_MANIFEST_VERSION = 3
# The version of the plan file (LastPlan, for the next process's partial plan).
_PLAN_VERSION = 1
# A page with more deps than this has them digested as one (Fingerprints.long).
LONG_DEPS = 64
MANIFESTS_KEPT = 8


@dataclass(slots=True)
class Result:
    """What a run did: the problems (errors and warnings), and for a build what it wrote."""

    problems: list[Problem] = field(default_factory=list)
    briefing: Briefing | None = None
    pages: int = 0
    stats: WriteStats | None = None
    seconds: float = 0.0
    rendered: int = 0  # pages rendered this run (the others were unchanged)
    # Fact, source and entity pages planned this run (a resident builder plans those an edit touched).
    planned: int = 0
    parsed: int = 0  # parts parsed this run (the others came from the cache)
    counts: dict[str, int] = field(default_factory=dict)  # facts, sources, entities
    title: str = ""  # the site's title
    # Where the run's time went: seconds per stage, and per template (pages rendered, seconds).
    timings: dict[str, float] = field(default_factory=dict)
    templates: dict[str, tuple[int, float]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


def template_dirs(site_dir: Path) -> list[Path]:
    """The site's own templates first (they override), then the project's."""
    dirs = [site_dir / "templates", DEFAULT_TEMPLATES]
    return [d for i, d in enumerate(dirs) if d.is_dir() and d.resolve() not in {x.resolve() for x in dirs[:i]}]


def _sha(*parts: str) -> str:
    # One join and one update: a digest per page of a big site, so the per-part calls added up.
    return hashlib.sha1("\x00".join(parts).encode("utf-8", "surrogateescape") + b"\x00").hexdigest()


def stat_signature(paths: Iterable[Path], keys: dict[str, tuple[int, ...]] | None = None
                   ) -> tuple[tuple[str, int, int, int, int], ...]:
    """(path, size, mtime, change time, inode) of every file under `paths`: equal means untouched inputs.

    The change time catches a rewrite that kept the size and put the modification time back. With
    `keys`, each regular file that is not a link gets its stat key there (parts._stat_key's), so
    that the input reader need not ask again.
    """
    found: list[tuple[str, int, int, int, int]] = []
    for top in paths:
        if top.is_file():
            st = top.stat()
            found.append((str(top), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
            continue
        _stat_tree(str(top), found, keys)
    return tuple(sorted(found))


def _stat_tree(folder: str, found: list[tuple[str, int, int, int, int]], keys: dict[str, tuple[int, ...]] | None,
               ) -> None:
    # As os.walk lists it (links to folders are neither files nor walked), with the entries' types.
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            # The folder itself counts: an empty one named like an input (`topics/x.yaml/`) is an
            # error a build must report, and a cached build must not call that "untouched".
            found.append((entry.path + os.sep, -2, 0, 0, entry.inode()))
            if not entry.is_symlink():
                _stat_tree(entry.path, found, keys)
            continue
        path = entry.path
        try:
            st = os.stat(path)
        except OSError:
            found.append((path, -1, 0, 0, 0))
            continue
        found.append((path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
        if keys is not None and stat.S_ISREG(st.st_mode) and not entry.is_symlink():
            keys[path] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


class TemplateDigests:
    """The digest of each template together with every template it extends, includes or imports."""

    def __init__(self, dirs: list[Path], known: dict[str, tuple[str, tuple[str, ...]]]) -> None:
        self.dirs = dirs
        self.known = known  # file digest → templates it references (parsing is the costly part)
        self._files: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._closure: dict[str, str] = {}

    def _file(self, name: str) -> tuple[str, tuple[str, ...]]:
        found = self._files.get(name)
        if found is not None:
            return found
        source = None
        for folder in self.dirs:
            path = folder / name
            if path.is_file():
                source = path.read_text(encoding="utf-8", errors="replace")
                break
        if source is None:
            found = (_sha("missing", name), ())
        else:
            digest = _sha(name, source)
            refs = self.known.get(digest)
            if refs is None:
                refs = _referenced(source)
                self.known[digest] = refs
            found = (digest, refs)
        self._files[name] = found
        return found

    def closure(self, name: str) -> str:
        """One digest for the template and all the templates it uses."""
        done = self._closure.get(name)
        if done is not None:
            return done
        seen: dict[str, str] = {}
        todo = [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            digest, refs = self._file(current)
            seen[current] = digest
            todo.extend(refs)
        done = _sha(*(f"{n}={d}" for n, d in sorted(seen.items())))
        self._closure[name] = done
        return done


_REFERENCE = re.compile(r"""{%-?\s*(?:extends|include|import|from)\s+(?:"([^"]+)"|'([^']+)'|(\S))""")


def _referenced(source: str) -> tuple[str, ...]:
    """The templates a template names in extends/include/import/from (a cheap scan, no parsing)."""
    names = set()
    for match in _REFERENCE.finditer(source):
        name = match.group(1) or match.group(2)
        if name is None:
            return ("*dynamic*",)  # a computed template name: depend on everything
        names.add(name)
    return tuple(sorted(names))


@dataclass(slots=True)
class Manifest:
    """What the last successful build wrote, and from what."""

    signature: tuple[Any, ...] = ()
    pages: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # route → digest, size, mtime
    problems: list[Problem] = field(default_factory=list)
    page_count: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    templates: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    title: str = ""
    # What each page's digest was computed from, but for the content of its deps (a digest of its
    # route, template, title, settings and dep names), and the fingerprints it was computed with:
    # a page whose recipe is the same and none of whose deps changed keeps its digest.
    # Kept in a file of their own (read only when a build goes past the no-op check), tied to
    # the manifest by `token`.
    recipes: dict[str, str] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)
    token: str = ""
    plan: str = ""  # the token of the plan file made with it (LastPlan, for the next process's partial plan)


@dataclass(slots=True)
class LastPlan:
    """What a builder keeps of its last build to plan only the pages an edit touched (in memory, and
    in the cache for the next process: the plan file, tied to the manifest by its token).

    The per-object pages (fact, source, entity pages) are nine in ten of a big site's pages. A
    partial plan plans every other page, and of these only those whose deps may have changed:
    those whose last deps name a changed object (`index`), and those whose deps the changed
    objects may have joined (found in the new model: see Builder._touched). The others keep the
    last build's digest and recipe, which a full plan would compute again from the same deps.
    """

    manifest: Manifest  # the manifest the last build saved (anything else, e.g. a new process's, is not this plan's)
    fingerprints: dict[str, str]
    templates: tuple[Any, ...]  # the stat signature of the template folders (and their assets)
    extra: str  # the code, base URL and interface catalogues
    places: dict[str, dict[str, str]]  # per edition, fact id → the topic page that lists it
    reading: dict[str, tuple[str, ...]]  # per edition, the value deps every page declares
    # route → (object key, the deps a partial plan looks at: those of facts and sources, and `*`) of
    # each per-object page (the other deps, shared by every page, would double the plan file).
    owners: dict[str, tuple[str, tuple[str, ...]]]
    index: dict[str, set[str]] | None = None  # fact/source dep key → routes declaring it (made when first needed)


# The fingerprint keys a partial plan allows to change (objects added, removed or other kinds
# changed, the plan is made in full); and the dep keys the index of routes by dep keeps.
_PARTIAL_KINDS = ("fact:", "source:")


def _indexed(key: str) -> bool:
    return key.startswith(_PARTIAL_KINDS) or key == EVERYTHING


class Fingerprints:
    """Digests of the objects a page can depend on, and of aggregates over them."""

    def __init__(self, objects: dict[str, str], extra: str, before: dict[str, str] | None = None,
                 aggregates: dict[str, str] | None = None, changed: set[str] | None = None) -> None:
        """`aggregates`: those computed from `before` (and the same `extra`), reused where unchanged;
        `changed`: what `_changed_since(before)` gives, when already known."""
        self.objects = objects
        self.extra = extra
        self._aggregate: dict[str, str] = {}
        self._items: dict[str, str] = {}
        self._long: dict[tuple[str, ...], tuple[str, Callable[[], str], Callable[[], bool]]] = {}
        self._long_by_id: dict[int, tuple[tuple[str, ...], tuple[str, Callable[[], str], Callable[[], bool]]]] = {}
        self._pairs: list[str] | None = None
        self.changed = changed if changed is not None and before is not None else self._changed_since(before)
        if aggregates and self.changed is not None:
            # `entity:*` when only facts changed: the same objects, the same digest (and a key that
            # was absent is still absent, or it would be among the changed).
            changed = self.changed
            self._aggregate = {k: v for k, v in aggregates.items() if k not in changed}

    def _changed_since(self, before: dict[str, str] | None) -> set[str] | None:
        """The dep names whose digest differs from `before` (None: nothing to compare with).

        An object added, removed or changed counts, and so do the aggregates over it
        (`fact:*` for a fact, `*` for anything).
        """
        if before is None:
            return None
        objects = self.objects
        changed = {k for k, v in objects.items() if before.get(k) != v}
        changed.update(k for k in before if k not in objects)
        if changed:
            changed.add(EVERYTHING)
            changed.update(k[:k.index(":") + 1] + "*" for k in list(changed) if ":" in k)
        return changed

    def item(self, key: str) -> str:
        """`key=digest`, as page digests list their deps (made once per key: pages share most)."""
        found = self._items.get(key)
        if found is None:
            found = self._items[key] = f"{key}={self.get(key)}"
        return found

    def long(self, deps: tuple[str, ...]) -> tuple[str, Callable[[], str], Callable[[], bool]]:
        """A long list of deps as (a digest of their names, a function giving the digest of their
        `item`s, a function saying whether none of them changed), each computed once per build for
        every page that declares the same list."""
        same = self._long_by_id.get(id(deps))  # files of a segment share one tuple: not hashed again
        if same is not None and same[0] is deps:
            return same[1]
        found = self._long.get(deps)
        if found is None:
            digest: list[str] = []
            untouched: list[bool] = []

            def items() -> str:
                if not digest:
                    digest.append(_sha(*map(self.item, deps)))
                return digest[0]

            def unchanged() -> bool:
                if not untouched:
                    untouched.append(self.changed is None or self.changed.isdisjoint(deps))
                return untouched[0]
            found = self._long[deps] = (_sha(*deps), items, unchanged)
        self._long_by_id[id(deps)] = (deps, found)
        return found

    def get(self, key: str) -> str:
        found = self.objects.get(key)
        if found is not None:
            return found
        found = self._aggregate.get(key)
        if found is None:
            if self._pairs is None and (key == EVERYTHING or key.endswith(":*")):
                self._pairs = [f"{k}={v}" for k, v in sorted(self.objects.items())]  # sorted once per build
            if key == EVERYTHING:
                found = _sha(self.extra, *self._pairs)  # type: ignore[misc]
            elif key.endswith(":*"):  # every object of one kind, e.g. "fact:*"
                prefix = key[:-1]
                found = _sha(*(pair for pair in self._pairs if pair.startswith(prefix)))  # type: ignore[union-attr]
            else:  # an object that does not exist (yet): its absence is what the page shows
                found = "absent"
            self._aggregate[key] = found
        return found


# State shared with forked render workers (set just before the fork, read-only there).
_RENDER: dict[str, Any] = {}


def _render_batch(indices: list[int]) -> tuple[list[tuple[int, bool]], list[Problem], dict[str, tuple[int, float]]]:
    """Render the pages at `indices` into the staging tree: (index, bytes were written) each, the
    problems, and per template the pages rendered and the seconds they took."""
    from .render import render_all

    pages, dirs, staging = _RENDER["pages"], _RENDER["dirs"], _RENDER["staging"]
    index = {pages[i].route: i for i in indices}
    done: list[tuple[int, bool]] = []
    spent: dict[str, tuple[int, float]] = {}
    clock = [time.process_time()]

    def sink(route: str, data: bytes) -> None:
        # Each page is written as soon as it is rendered: the bytes of thousands of pages are never held.
        done.append((index[route], staging.put(route, data)))
        now = time.process_time()
        kind = getattr(pages[index[route]], "template", "") or "data files"
        count, seconds = spent.get(kind, (0, 0.0))
        spent[kind] = (count + 1, seconds + now - clock[0])
        clock[0] = now

    _, problems = render_all([pages[i] for i in indices], dirs, sink=sink)
    return done, problems, spent


_HELD = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}  # held back while forking the render workers


def _leave_interrupts_to_parent() -> None:
    """In a render worker: Ctrl-C is the parent's to handle (one line, exit 130), not a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):  # the parent's handlers raise; here: die quietly
        signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


class Builder:
    """Builds one site into one output directory, as often as asked, reusing what did not change."""

    def __init__(self, site_dir: Path, out_dir: Path | None = None, *, base_url: str | None = None,
                 use_cache: bool = True, workers: int | None = None) -> None:
        self.site_dir = site_dir.resolve()
        self.out_dir = (out_dir or self.site_dir / "output").absolute()
        self.base_url = base_url
        self.use_cache = use_cache
        self.workers = workers if workers is not None else worker_count()
        self._notes: list[Problem] = []
        self.store: Store | None = None
        if use_cache:
            try:
                self.store = Store(site_cache_dir(self.site_dir))
            except RuntimeError as exc:  # no home directory to keep a cache in: build without one
                self._notes.append(note(Location("~/.cache/briefing"), f"the build cache is not used ({exc})",
                                        "set XDG_CACHE_HOME to a folder of your own"))
        self.cache = PartCache(self.store)
        self._manifest: Manifest | None = None
        self._code = code_version()
        self._templates_seen: tuple[Any, ...] = ()
        self._manifest_name = f"output-{_sha(str(self.out_dir))[:16]}.pickle"
        self._recipes_name = f"recipes-{_sha(str(self.out_dir))[:16]}.pickle"
        # A resident builder (the dev server's) builds again and again in this process: it writes
        # the cache files for the next process after the browser has reloaded (persist()), not
        # while the editor waits, and renders a small rebuild here rather than in forked workers,
        # so what the stages keep between builds (records, search documents, rendered entries) is
        # kept in this process.
        self.resident = False
        self._runs = 0  # validations so far (from the second on, work is kept for the next: model.keeping)
        self._pending: dict[str, Callable[[], None]] = {}
        self._verdicts_loaded = False
        self._verdicts_file = ""  # named by the version of the checks, when first loaded
        self._spent: dict[str, tuple[int, float]] = {}
        self._last_plan: LastPlan | None = None  # a resident builder's, for a partial plan
        self._input_keys: dict[str, tuple[int, ...]] | None = None  # this build's, from _signature
        # What _scope found changed since the manifest: (manifest, fingerprints, changed deps).
        self._scoped: tuple[Manifest, dict[str, str], set[str]] | None = None
        self._template_digests: TemplateDigests | None = None  # the last build's
        # The aggregates' digests (`entity:*`, ...) of the last build, with its manifest and `extra`.
        self._aggregates: tuple[Manifest, str, dict[str, str]] | None = None
        self._plan_name = f"plan-{_sha(str(self.out_dir))[:16]}.pickle"
        self._plan_token = ""  # the token of the plan file that holds `_last_plan` (loaded or saved)

    def _save(self, name: str, save: Callable[[], None]) -> None:
        if self.resident:
            self._pending[name] = save  # a later run's save of the same thing replaces it
        else:
            save()

    def persist(self, stop: Callable[[], bool] | None = None) -> bool:
        """Write the cache files that a resident builder's runs left for later, one by one; when
        `stop()` says so (a new save is waiting), leave the rest for after the next build (False)."""
        while self._pending:
            if stop is not None and stop():
                return False
            name = next(iter(self._pending))
            self._pending.pop(name)()
        return True

    # --- the cached state ------------------------------------------------------------------

    def _load_manifest(self) -> Manifest:
        if self._manifest is None:
            self._manifest = Manifest()
            if self.store is not None:
                # None: no usable manifest (missing, or ignored with a note): every page is rendered.
                found = self.store.load(self._manifest_name)
                if (isinstance(found, tuple) and len(found) == 2 and found[0] == (_MANIFEST_VERSION, self._code)
                        and isinstance(found[1], Manifest)):
                    self._manifest = found[1]
        return self._manifest

    def _load_recipes(self, manifest: Manifest) -> None:
        """Read the page recipes and fingerprints that go with `manifest` (once, when a build needs them)."""
        if manifest.recipes or not manifest.token or self.store is None:
            return
        found = self.store.load(self._recipes_name)
        if isinstance(found, tuple) and len(found) == 3 and found[0] == manifest.token:
            manifest.recipes, manifest.fingerprints = found[1], found[2]
        manifest.token = ""  # read once: missing or stale, every page is digested in full

    def _save_manifest(self, manifest: Manifest) -> None:
        self._manifest = manifest
        store = self.store
        if store is None:
            return
        token = _sha(str(time.time_ns()), str(os.getpid()), self._manifest_name)
        # The no-op check reads the manifest alone: a big site's recipes would double its size.
        slim = dataclasses.replace(manifest, recipes={}, fingerprints={}, token=token)

        def save() -> None:
            for kind in ("output", "recipes", "plan"):  # one manifest per output directory: the few most recently used
                store.prune(f"{kind}-*.pickle", {self._manifest_name, self._recipes_name, self._plan_name},
                            newest=MANIFESTS_KEPT)
            # The export records (exports.keep_records): one file per export file and output directory.
            store.prune("records-*.pickle", set(), newest=MANIFESTS_KEPT * 2)
            store.dump(self._recipes_name, (token, manifest.recipes, manifest.fingerprints))
            store.dump(self._manifest_name, ((_MANIFEST_VERSION, self._code), slim))
        self._save("manifest", save)

    def _signature(self, dirs: list[Path]) -> tuple[Any, ...]:
        inputs = [self.site_dir / "site.yaml", self.site_dir / "content", *dirs, LOCALE_DIR]
        # The HEAD commit too: a commit changes the dates taken from git without changing a file.
        # The inputs' stat keys are handed to the input reader (read_inputs), which would ask again.
        self._input_keys = {}
        return (self._code, str(self.out_dir), self.base_url, stat_signature(inputs, self._input_keys),
                head_signature(self.site_dir))

    def _output_intact(self, manifest: Manifest) -> bool:
        """True when every file of the last output is still there, as it was written."""
        prefix = str(self.out_dir) + os.sep
        for route, (_digest, size, mtime) in manifest.pages.items():
            try:
                st = os.stat(prefix + route)
            except OSError:
                return False
            if st.st_size != size or st.st_mtime_ns != mtime:
                return False
        return bool(manifest.pages)

    # --- the stages ------------------------------------------------------------------------

    def validate(self) -> Result:
        """Load, model and check the site (parts from the cache where unchanged); nothing is written."""
        collecting = gc.isenabled()
        gc.disable()  # see rebuild()
        try:
            return self._with_notes(self._validate())
        finally:
            if collecting:
                gc.enable()

    def _validate(self) -> Result:
        from .check import check, keep_quote_verdicts, quote_verdicts
        from .model import keep_between_builds

        started = time.perf_counter()
        keep_between_builds(self.resident or self._runs > 0)  # a builder that builds again
        self._runs += 1
        inputs = read_inputs(self.site_dir, self.cache, self._input_keys)
        self._input_keys = None  # this build's: a later one takes its own
        model = build_from_parts(inputs, self.cache)
        self._save("parts", self.cache.save)
        problems = model.problems
        briefing = model.briefing
        if briefing is not None:
            # Dates editors did not write, from the fact sheets' git history (an input like a file).
            problems += apply_git_history(briefing, model.fingerprints, self.site_dir,
                                          self.store.folder if self.store is not None else None)
            if self.base_url is not None:
                briefing.site = dataclasses.replace(briefing.site, base_url=self.base_url)
            store = self.store
            if store is not None and not self._verdicts_loaded:  # a new process: the last run's verdicts
                self._verdicts_loaded = True
                self._verdicts_file = f"quotes-{code_version(('check.py', 'passages.py'))}.pickle"
                found = store.load(self._verdicts_file)
                keep_quote_verdicts(found if isinstance(found, dict) else {})
            problems += check(briefing)
            verdicts, changed = quote_verdicts()
            if store is not None and changed:
                name = self._verdicts_file
                self._save("quotes", lambda: self._dump_verdicts(store, name, verdicts))
            problems += self._editions(briefing, model.fingerprints)
        problems.sort(key=sort_key)
        result = Result(problems, briefing, seconds=time.perf_counter() - started, parsed=model.parsed_parts)
        if briefing is not None:
            result.counts = {"facts": len(briefing.facts), "sources": len(briefing.sources),
                             "entities": len(briefing.entities)}
            result.title = briefing.site.title
        self._fingerprints = model.fingerprints
        return result

    @staticmethod
    def _dump_verdicts(store: Store, name: str, verdicts: Any) -> None:
        store.dump(name, verdicts)
        store.prune("quotes-*.pickle", {name})  # those of other versions of the checks

    def _editions(self, briefing: Briefing, fingerprints: dict[str, str]) -> list[Problem]:
        """The translated editions (read and checked), and the interface catalogues the site uses."""
        from .i18n import check_catalogues_cached
        from .translations import read_editions, report

        editions, problems = read_editions(self.site_dir, briefing)
        briefing.translations = editions
        for language, edition in editions.items():
            fingerprints[f"translations:{language}"] = edition.digest
        problems += check_catalogues_cached(template_dirs(self.site_dir),
                                            [briefing.site.language, *briefing.site.translations],
                                            self.store)
        return problems + report(editions)

    def rebuild(self) -> Result:
        """Build the site again: validate, then render and write only the pages whose inputs changed."""
        # A build allocates millions of long-lived objects and frees little until it ends: the
        # cyclic collector's repeated full passes over them cost a third of parsing time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._with_notes(self._rebuild())
        finally:
            if collecting:
                gc.enable()

    def _with_notes(self, result: Result) -> Result:
        """Add the notes about cache entries that were ignored (they are about this run only)."""
        result.problems += self._notes
        self._notes = []
        if self.store is not None:
            result.problems += self.store.take_notes()
        return result

    def _rebuild(self) -> Result:
        started = time.perf_counter()
        code = code_version()  # rendering depends on all of the package's code
        if code != self._code:
            self._code, self._manifest = code, None
        dirs = template_dirs(self.site_dir)
        templates_now = stat_signature(dirs)
        manifest = self._load_manifest()
        signature = self._signature(dirs) if self.use_cache else ()
        if signature and signature == manifest.signature and self._output_intact(manifest):
            # Nothing the build reads has changed since the last good build: it would write the same.
            # (The signature covers the templates: none was edited since they were last compiled.)
            result = Result(list(manifest.problems), pages=manifest.page_count, counts=dict(manifest.counts),
                            stats=WriteStats(0, len(manifest.pages), 0), title=manifest.title)
            result.seconds = time.perf_counter() - started
            return result
        if templates_now != self._templates_seen:  # edited since the last run in this process
            # Imported only past the no-op check, as plan is below: a no-op imports neither
            # (with Jinja2 and markdown-it, 0.1 s of its 0.3).
            from .render import forget_templates, keep_compiled_templates

            forget_templates()
            keep_compiled_templates(self.store)
            self._templates_seen = templates_now
        self._spent = {}
        clock = time.perf_counter()
        result = self._validate()
        result.timings["validate"] = time.perf_counter() - clock
        guard = check_output_dir(self.out_dir)
        if guard is not None:
            result.problems.append(guard)
        if not result.ok or result.briefing is None:
            result.seconds = time.perf_counter() - started
            return result
        from .exports import keep_records
        from .maps import keep_drawings

        keep_drawings(self.store)  # map outlines are drawn once per frame, then read from the cache
        # The data exports' records, by content, for the next process (read back from this output).
        keep_records(result.briefing, self.store, self.out_dir, self._fingerprints, self._code, self._save)
        from .derive import keep_standings, save_standings

        keep_standings(result.briefing, self.store, self._fingerprints, self._code, self._save)
        from .plan import plan_site

        clock = time.perf_counter()
        asset_dirs = [d / "assets" for d in dirs]
        extra = _sha(self._code, self.base_url or "", catalogue_digest())
        from .timeline import keep_months

        keep_months(self.store, extra)  # the timeline's months, by what they show, for the next process
        scope = self._scope(result.briefing, manifest, templates_now, extra)
        pages, problems = plan_site(result.briefing, asset_dirs, scope)
        briefing = result.briefing
        self._save("standings", lambda: save_standings(briefing))  # those the plan computed, for the next process
        result.planned = scope.planned
        result.timings["plan"] = time.perf_counter() - clock
        result.problems += problems
        if not result.ok:
            result.seconds = time.perf_counter() - started
            return result
        complete: dict[str, Page | Asset | Any] = {}

        def plan_all() -> dict[str, Page | Asset | Any]:
            # A page a partial plan left out must be rendered after all (its file was changed or
            # removed outside the build): it is planned now, from this model, as a full plan would.
            if not complete:
                more, _ = plan_site(result.briefing, asset_dirs)  # type: ignore[arg-type]
                complete.update((p.route, p) for p in more)
            return complete

        written = self._write(result, pages, dirs, manifest, signature, extra, plan_all)
        if written is not None:
            clock = time.perf_counter()
            assert self._manifest is not None
            if self.resident or self.store is not None:
                self._keep_plan(pages, scope, templates_now, extra, self._template_digests)
            self._manifest.plan = self._plan_token
            self._save_manifest(self._manifest)
            result.timings["write"] += time.perf_counter() - clock
            result.stats = written
        result.templates = dict(sorted(self._spent.items(), key=lambda kind: -kind[1][1]))
        result.seconds = time.perf_counter() - started
        return result

    def _scope(self, briefing: Briefing, manifest: Manifest, templates: tuple[Any, ...], extra: str) -> Scope:
        """Which per-object pages to plan: all of them, but when the last build's plan is known (this
        builder's, or in a new process the one saved with the manifest) and this build follows it
        with only facts' and sources' content changed (no object added, removed or moved, nor the
        site, a topic, an entity, a translation, a template or the code)."""
        from .plan import Scope

        self._scoped = None
        if self._last_plan is None:  # a new process: the plan the last build saved beside its manifest
            self._last_plan = self._load_plan(manifest)
        last = self._last_plan
        if last is None:
            return Scope()
        before, now = last.fingerprints, self._fingerprints
        if (manifest is not last.manifest or templates != last.templates or extra != last.extra
                or before.keys() != now.keys() or not manifest.recipes.keys() >= last.owners.keys()
                or not manifest.pages.keys() >= last.owners.keys()):
            return Scope()
        # What a full plan would compare: `Fingerprints.changed` (with the aggregates `fact:*`, `*`),
        # kept for the write stage's digests, which compare the same fingerprints with the manifest's.
        changed_deps = Fingerprints(now, extra, before).changed or set()
        self._scoped = (manifest, now, changed_deps)
        changed = {k for k in changed_deps if k in now}  # the objects, without the aggregates
        if any(not k.startswith(_PARTIAL_KINDS) or "#" in k for k in changed):
            return Scope()
        owners = self._touched(briefing, changed)
        if last.index is None and not self.resident:
            # A process that plans once (a new one after an edit): one pass over the last plan's pages
            # costs less than building the index (every changed key is one the index keeps).
            owners.update(owner for owner, deps in last.owners.values() if not changed_deps.isdisjoint(deps))
            return Scope(owners, dict(last.places), dict(last.reading))
        if last.index is None:
            last.index = {}
            for route, (_owner, deps) in last.owners.items():
                for key in deps:
                    last.index.setdefault(key, set()).add(route)
        for key in changed_deps:
            owners.update(last.owners[route][0] for route in last.index.get(key, ()))
        # A copy: the plan replaces its editions' places, which stay the last build's until this one succeeds.
        return Scope(owners, dict(last.places), dict(last.reading))

    def _load_plan(self, manifest: Manifest) -> LastPlan | None:
        """The LastPlan saved with `manifest` (the plan file of the token it names), or None."""
        token = manifest.plan
        if self.store is None or not token:
            return None
        self._load_recipes(manifest)  # the fingerprints the last plan was made with
        if not manifest.fingerprints:
            return None
        found = self.store.load(self._plan_name)  # None: missing, or ignored with a note
        if found is None:
            return None
        if not (isinstance(found, tuple) and len(found) == 7 and found[0] == (_PLAN_VERSION, self._code)
                and all(isinstance(x, dict) for x in found[4:])):
            self.store.ignore(self._plan_name, "written by another version of the build")
            return None
        if found[1] != token:  # saved with another manifest (a build interrupted between the two)
            return None
        _version, self._plan_token, templates, extra, places, reading, owners = found
        return LastPlan(manifest, manifest.fingerprints, templates, extra, places, reading, owners)

    def _save_plan(self, plan: LastPlan) -> None:
        """Write the plan for the next process under a new token, which the manifest saved next names."""
        store = self.store
        if store is None:
            self._plan_token = ""
            return
        token = self._plan_token = _sha("plan", str(time.time_ns()), str(os.getpid()), self._plan_name)
        # Copies: a resident builder updates its LastPlan in place, and writes the cache later.
        saved = ((_PLAN_VERSION, self._code), token, plan.templates, plan.extra, dict(plan.places),
                 dict(plan.reading), dict(plan.owners))
        self._save("plan", lambda: store.dump(self._plan_name, saved))

    @staticmethod
    def _touched(briefing: Briefing, changed: set[str]) -> set[str]:
        """The per-object pages whose deps a changed fact may have joined: its own, those of the facts
        it relates to (it is among their incoming relations), of the sources it cites and of the
        entities it involves, read from the model's own indexes (so they agree with the plan's deps)."""
        ids = {k.removeprefix("fact:") for k in changed if k.startswith("fact:")}
        owners = set(changed)
        if not ids:
            return owners
        from .model import sources_and_entities

        for fact_id in ids:
            fact = briefing.facts.get(fact_id)
            if fact is not None:
                owners.update(f"fact:{rel.fact.id}" for rel in fact.related)
                # The keys the model's indexes list the fact under, without scanning every list.
                source_ids, entity_ids = sources_and_entities(fact)
                owners.update(f"source:{key}" for key in source_ids)
                owners.update(f"entity:{key}" for key in entity_ids)
        return owners

    def _keep_plan(self, pages: list[Page | Asset | Any], scope: Scope, signature: tuple[Any, ...],
                   extra: str, templates: TemplateDigests) -> None:
        """Keep what the next partial plan needs: each per-object page's deps, indexed by the keys
        of facts and sources (updated for the pages planned again, made afresh after a full plan);
        and write it to the cache for the next process when it changed."""
        from .plan import Page

        last = self._last_plan
        partial = scope.only is not None and last is not None
        owners = last.owners if partial else {}  # type: ignore[union-attr]
        index = last.index if partial else None  # type: ignore[union-attr]
        changed = not partial
        for page in pages:
            if not isinstance(page, Page) or not page.owner:
                continue
            deps = page.deps or (EVERYTHING,)
            if "*dynamic*" in templates._file(page.template)[1]:  # as _digest reads it
                deps = (EVERYTHING,)
            deps = tuple([key for key in deps if key.startswith(_PARTIAL_KINDS) or key == EVERYTHING])  # _indexed
            old = owners.get(page.route) if partial else None
            if partial and (old is None or old[1] != deps):
                changed = True  # the plan file is written again (a claim edit leaves it as it was)
                if index is not None:
                    for key in old[1] if old is not None else ():
                        index.get(key, set()).discard(page.route)
                    for key in deps:
                        index.setdefault(key, set()).add(page.route)
            owners[page.route] = (page.owner, deps)
        assert self._manifest is not None
        plan = LastPlan(self._manifest, dict(self._fingerprints), signature, extra,
                        scope.places, scope.reading, owners, index)
        if last is not None and not changed:
            changed = (signature, extra, plan.places, plan.reading) != (last.templates, last.extra, last.places,
                                                                       last.reading)
        if last is not None and changed and not partial:  # a full plan: often the same as the last
            changed = (signature, extra, plan.places, plan.reading, owners) != (
                last.templates, last.extra, last.places, last.reading, last.owners)
        self._last_plan = plan
        if changed or not self._plan_token:
            self._save_plan(plan)

    def _write(self, result: Result, pages: list[Page | Asset | Any], dirs: list[Path], manifest: Manifest,
               signature: tuple[Any, ...], extra: str,
               plan_all: Callable[[], dict[str, Page | Asset | Any]]) -> WriteStats | None:
        from .plan import Kept, Page

        clock = time.perf_counter()
        self._load_recipes(manifest)
        templates = self._template_digests = TemplateDigests(dirs, dict(manifest.templates))
        kept = self._aggregates
        # The changes _scope found between these fingerprints and the manifest's (the plan it
        # follows was made with the manifest's fingerprints), not looked for again.
        scoped = self._scoped
        known = scoped[2] if scoped is not None and scoped[0] is manifest and scoped[1] is self._fingerprints \
            and manifest.recipes else None
        prints = Fingerprints(self._fingerprints, extra, manifest.fingerprints if manifest.recipes else None,
                              kept[2] if kept is not None and kept[0] is manifest and kept[1] == extra else None,
                              known)
        old_pages, old_recipes = manifest.pages, manifest.recipes
        digests: list[str] = []
        recipes: list[str] = []
        if self.use_cache or old_pages:
            for page in pages:
                if type(page) is Kept:  # left out by a partial plan: none of its deps changed (Builder._scope)
                    digests.append(old_pages[page.route][0])
                    recipes.append(old_recipes[page.route])
                else:
                    digest, recipe = self._digest(page, prints, templates, extra, manifest)
                    digests.append(digest)
                    recipes.append(recipe)
        else:  # a one-off build without the cache: nothing to compare with, nothing kept
            digests, recipes = [""] * len(pages), [""] * len(pages)

        def planned(i: int) -> None:
            # A page a partial plan left out, to be rendered: planned in full first (never from
            # the objects of an earlier model); its digest is the same, computed from its deps.
            if isinstance(pages[i], Kept):
                pages[i] = plan_all()[pages[i].route]
                digests[i], recipes[i] = self._digest(pages[i], prints, templates, extra, manifest)

        routes = {p.route for p in pages} | {MARKER, ".nojekyll"}
        todo: list[int] = []
        keep: list[int] = []
        # A page whose digest is unchanged is kept if its file is as this builder wrote it (size and
        # modification time). Every such file is looked at, those of pages a partial plan left out
        # too: the output folder is the user's, and a file changed or deleted there since the last
        # build must be rendered again, as a one-shot build would (~3 µs a file on tmpfs).
        prefix = f"{self.out_dir}{os.sep}"
        stat = os.stat
        for i, page in enumerate(pages):
            old = old_pages.get(page.route)
            if old is not None and old[0] == digests[i]:
                try:
                    st = stat(prefix + page.route)
                except OSError:
                    pass
                else:
                    if st.st_size == old[1] and st.st_mtime_ns == old[2]:
                        keep.append(i)
                        continue
            planned(i)
            todo.append(i)
        previous = set(manifest.pages) if manifest.pages else None
        result.timings["compare"] = time.perf_counter() - clock
        clock = time.perf_counter()
        if not todo and previous == routes and self._output_intact(manifest):
            entries = dict(manifest.pages)
            stats = WriteStats(0, len(entries), 0)
        else:
            staging = Staging(self.out_dir)
            try:
                rendered, problems = self._render(pages, todo, dirs, staging)
                result.timings["render"] = time.perf_counter() - clock
                clock = time.perf_counter()
                result.problems += problems
                if not result.ok:
                    staging.abort()
                    return None
                linked: set[str] = set()
                for i in keep:
                    if staging.keep(pages[i].route):
                        linked.add(pages[i].route)
                    else:  # vanished since it was checked: render it after all
                        planned(i)
                        more, problems = self._render(pages, [i], dirs, staging)
                        rendered.update(more)
                        result.problems += problems
                written = sum(rendered.values())
                for route, data in ((MARKER, MARKER_TEXT), (".nojekyll", b"")):
                    written += staging.put(route, data)
                removed = staging.commit(routes, previous)
            except BaseException:
                staging.abort()
                raise
            if not result.ok:
                return None
            entries = {}
            prefix = str(self.out_dir) + os.sep
            for i, page in enumerate(pages):
                if page.route in linked:  # a hard link: the same size and time as recorded
                    entries[page.route] = manifest.pages[page.route]
                    continue
                st = os.stat(prefix + page.route)
                entries[page.route] = (digests[i], st.st_size, st.st_mtime_ns)
            for route in (MARKER, ".nojekyll"):
                st = os.stat(prefix + route)
                entries[route] = ("", st.st_size, st.st_mtime_ns)
            stats = WriteStats(written, len(routes) - written, removed)
            result.rendered = len(rendered)
        result.pages = sum(1 for p in pages if isinstance(p, Page | Kept))
        warnings = [p for p in result.problems if not p.is_error]
        # Saved by the caller (_rebuild), once the plan that goes with it is kept.
        self._manifest = Manifest(signature, entries, warnings, result.pages, dict(result.counts),
                                  templates.known, result.title,
                                  {p.route: r for p, r in zip(pages, recipes, strict=True) if r},
                                  dict(self._fingerprints))
        self._aggregates = (self._manifest, extra, prints._aggregate)
        result.timings["write"] = time.perf_counter() - clock
        return stats

    def _digest(self, page: Page | Asset | Any, prints: Fingerprints, templates: TemplateDigests,
                extra: str, manifest: Manifest) -> tuple[str, str]:
        """(digest, recipe) of a page: the digest is reused when the recipe is as last time and none
        of the page's deps changed (digesting every dep of 20,000 pages cost ~0.4 s per rebuild)."""
        from .plan import Asset, Page

        if isinstance(page, Asset):
            st = page.path.stat()
            return _sha("asset", str(page.path), str(st.st_size), str(st.st_mtime_ns), str(st.st_ino)), ""
        if not isinstance(page, Page):  # generated data files (exports, search index)
            deps = getattr(page, "deps", None)
            if deps:  # it names what it is made from, as a page does
                head: tuple[str, ...] = ("output", page.route, page.format, extra)
            else:  # made from everything, the --base-url and code (`extra`) included: without it a build
                # after one with another --base-url kept data/briefing.json's old base_url
                head, deps = ("output", page.route, type(page).__name__, extra), (EVERYTHING,)
        else:
            deps = getattr(page, "deps", None) or (EVERYTHING,)
            if "*dynamic*" in templates._file(page.template)[1]:
                deps = (EVERYTHING,)
            head = ("page", page.route, page.template, page.title, extra, templates.closure(page.template))
        changed = prints.changed
        if len(deps) > LONG_DEPS:  # files of one search segment share thousands of deps: digested once
            names, items, untouched = prints.long(tuple(deps))
            recipe = _sha(*head, "\x01", names)
        else:
            recipe, items = _sha(*head, "\x01", *deps), None
            untouched = None
        if changed is not None and manifest.recipes.get(page.route) == recipe and (
                untouched() if untouched is not None else changed.isdisjoint(deps)):
            old = manifest.pages.get(page.route)
            if old is not None:
                return old[0], recipe
        if items is not None:
            return _sha(*head, items()), recipe
        return _sha(*head, *map(prints.item, deps)), recipe

    def _render(self, pages: list[Page | Asset | Any], todo: list[int], dirs: list[Path],
                staging: Staging) -> tuple[dict[int, bool], list[Problem]]:
        """Render pages into the staging tree, across the cores when there are many."""
        from .plan import Page
        from .render import begin_render, make_environment

        # Pages that show the whole briefing (overview, timeline, analyst views, the pack) cost
        # as much as hundreds of others on a big site: each goes to a worker of its own, first;
        # unless this process rendered them before (`serve`): here they reuse the entries that did
        # not change, which a forked worker would not keep for the next save.
        whole = [i for i in todo if isinstance(pages[i], Page) and (not pages[i].deps or "fact:*" in pages[i].deps)]
        again = begin_render(dirs)
        # A resident builder (the dev server's) keeps what is computed for these pages too (records,
        # search documents) for its next build.
        big_site = len(pages) >= BIG_SITE_PAGES and not again and not self.resident
        parallel = self.workers >= 2 and (len(todo) >= PARALLEL_MIN_PAGES or (big_site and len(whole) >= 2))
        _RENDER.update(pages=pages, dirs=dirs, staging=staging)
        # Rendering makes cyclic garbage on every page (Jinja2's contexts and macros refer to each
        # other): with the collector off, as it is for parsing, a 20,000-fact build kept ~2 GB of it.
        # The model and the plan are frozen first, so collections never walk their millions of objects.
        collecting = gc.isenabled()
        gc.freeze()
        gc.enable()
        try:
            if not parallel:
                results = [_render_batch(todo)]
            else:
                # Compile the templates once, before forking, in each language's environment:
                # the workers inherit them.
                wanted = [pages[i] for i in todo if isinstance(pages[i], Page)]
                for language in sorted({p.context.get("language", "en") for p in wanted}):
                    env = make_environment(dirs, language)
                    for name in sorted({p.template for p in wanted}):
                        with contextlib.suppress(Exception):  # a broken template is reported by its page
                            env.get_template(name)
                # Files computed together (a search segment's) go to one worker as one batch, which
                # computes them once. Then interleaved batches of the rest, several per worker, keep
                # both busy to the end; the order does not matter because each page is its own file.
                # Pages that do such work together (those drawing maps) go first, being the longest.
                together: dict[str, list[int]] = {}
                for i in todo:
                    group = getattr(pages[i], "together", "")
                    if group:
                        together.setdefault(group, []).append(i)
                grouped = set().union(*together.values())
                # A resident builder (the dev server's) renders the timeline and the data exports
                # itself while the workers render the rest: what it computes for them (the timeline's
                # months, the records) is kept for the next save, which a worker's would not be.
                here = [i for i in todo if pages[i].route in KEPT_HERE] if self.resident else []
                alone = set(whole) | grouped | set(here)
                rest = [i for i in todo if i not in alone]
                count = self.workers * 6
                batches = ([b for b in together.values() if isinstance(pages[b[0]], Page)]
                           + [[i] for i in whole if i not in grouped and i not in here]
                           + [b for b in together.values() if not isinstance(pages[b[0]], Page)]
                           + [rest[i::count] for i in range(count) if rest[i::count]])
                from multiprocessing import get_context  # only when forking: a small build never loads it

                # Ctrl-C is held back while forking, so no worker can be interrupted before it
                # ignores it (a worker interrupted holding the task queue's lock hangs the pool).
                mask = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
                try:
                    pool = get_context("fork").Pool(self.workers, initializer=_leave_interrupts_to_parent)
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
                with pool:
                    running = pool.imap_unordered(_render_batch, batches)
                    results = [_render_batch(here)] if here else []
                    results += list(running)
        finally:
            _RENDER.clear()
            if not collecting:
                gc.disable()
            gc.unfreeze()
        rendered: dict[int, bool] = {}
        problems: list[Problem] = []
        reported: set[tuple[str, int, str]] = set()
        for done, found, spent in results:
            rendered.update(done)
            for kind, (count, seconds) in spent.items():
                before = self._spent.get(kind, (0, 0.0))
                self._spent[kind] = (before[0] + count, before[1] + seconds)
            for problem in found:
                key = (problem.location.path, problem.location.line, problem.message.split(" on ")[0])
                if key not in reported:
                    reported.add(key)
                    problems.append(problem)
        return rendered, problems
