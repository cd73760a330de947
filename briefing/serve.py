"""`build.py serve`: build, serve the output on 127.0.0.1, rebuild on save and reload the browser.

The live-reload protocol (the browser client `livereload.js` and its WebSocket endpoint)
comes from the `livereload` package; the serving, watching and reload timing are ours,
because the package's own `Server` runs one task per watched path (several saved files,
several builds), drops reloads that come within 3 s of the previous one, and serves files by
joining paths without resolving symbolic links. Here:

- files are polled (no native watcher needed), and on Linux the kernel's inotify wakes the poll
  as soon as a watched folder changes, so a save is seen in milliseconds; a burst of saves
  settles into one build;
- the browser is told to reload only after the build has finished (the output is swapped in
  atomically, so a request during a build gets the complete previous site);
- a failed build leaves the last good site in place and every HTML page served gets an overlay
  (`#briefing-problems`) listing the problems at `file:line`; the next good build clears it;
- only files inside the output directory are ever served.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import html
import json
import mimetypes
import os
import re
import socket
import struct
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import httpserver, ioloop, netutil, web

from . import i18n, pipeline
from .problems import Location, Problem, error
from .write import OutputLock

# A save is noticed within POLL_SECONDS; then changes must stop for SETTLE_SECONDS (an editor's
# "save all", a git checkout) before the build starts, but never wait longer than MAX_SETTLE_SECONDS.
# A poll stats every input file (~1 ms for this briefing, ~100 ms for 4,000 files on a busy
# machine), so the interval grows to POLL_COST_FACTOR times the poll's own cost: at most ~10%
# of a core goes to watching, whatever the size of the briefing.
POLL_SECONDS = 0.1
POLL_COST_FACTOR = 10
SETTLE_SECONDS = 0.05
# With inotify telling of every write as it happens, a burst has settled once the folders have
# been quiet this long (the poll then confirms what changed).
QUIET_SECONDS = 0.02
MAX_SETTLE_SECONDS = 1.0
LOCK_POLL_SECONDS = 0.2
# A preview serves one editor's browser: a few tabs, a few connections each. Beyond these, new
# connections are closed at once, so a flood of idle sockets cannot use up the descriptors the
# build needs; idle keep-alive connections are dropped after IDLE_SECONDS.
MAX_CONNECTIONS = 128
MAX_RELOAD_SOCKETS = 64
IDLE_SECONDS = 30
# Out of descriptors anyway (EMFILE): stop accepting for a moment (doubling up to the maximum)
# instead of retrying in a tight loop that writes a traceback per attempt.
ACCEPT_BACKOFF_SECONDS = (0.1, 5.0)

OVERLAY_ID = "briefing-problems"
STATUS_PATH = "/__briefing__/status.json"
OVERLAY_CSS_PATH = "/__briefing__/overlay.css"
# Editors' swap and backup files change on every keystroke; they are not inputs.
_IGNORED = re.compile(r"(^\.|~$|\.sw[a-p]$|\.tmp$|^#.*#$|^4913$)")
_BODY_OPEN = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(rb"</body\s*>", re.IGNORECASE)

OVERLAY_CSS = """\
#briefing-problems { position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 70vh; overflow: auto;
  margin: 0; padding: 1rem 1.5rem; background: #fff4f4; color: #1a1a1a; border-bottom: 4px solid #b00020;
  font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
#briefing-problems h2 { margin: 0 0 .5rem; font-size: 1.1rem; color: #8a0018; }
#briefing-problems ol { margin: 0; padding-left: 1.25rem; }
#briefing-problems li { margin: .4rem 0; }
#briefing-problems code { font: 13px/1.4 ui-monospace, monospace; background: #ffe1e1; padding: 0 .25rem; }
#briefing-problems .briefing-problem-hint { margin: .1rem 0 0; color: #4a4a4a; }
#briefing-problems .briefing-problem-warning code { background: #fff0c2; }
#briefing-problems p { margin: .5rem 0 0; }
"""


# --- pure helpers (unit-tested) ---------------------------------------------------------------

def safe_path(out_dir: Path, request_path: str) -> Path | None:
    """The file inside `out_dir` that a URL path names, or None for anything outside or odd.

    The path is percent-decoded once; `..` segments, backslashes, NUL bytes, absolute and
    drive paths are refused outright rather than normalised, and the resolved file must
    still lie inside the output directory (so no symbolic link leads out of it).
    """
    path = unquote(request_path.split("?", 1)[0].split("#", 1)[0], errors="strict") \
        if "%" in request_path else request_path.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/") or "\x00" in path or "\\" in path:
        return None
    relative = path[1:]
    if relative.startswith("/") or re.match(r"^[A-Za-z]:", relative):
        return None
    segments = relative.split("/")
    if any(s == ".." for s in segments):
        return None
    root = out_dir.resolve()
    candidate = root.joinpath(*[s for s in segments if s not in ("", ".")])
    if relative == "" or relative.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(root) or not real.is_file():
        return None
    return real


def failure(exc: BaseException, out_dir: Path) -> Problem:
    """A rebuild that raised, as a problem the overlay, the terminal and status.json show."""
    if isinstance(exc, OSError):
        where = str(exc.filename or out_dir)
        return error(Location(where), f"the build failed: cannot write or read {where}: {exc.strerror or exc}",
                     "check the disk (space, permissions), then save again: the build is retried on the next save")
    return error(Location(str(out_dir)), f"the build failed: {type(exc).__name__}: {exc}",
                 "save again to retry; if it persists, report it with the file you saved")


# The page's language (validated BCP 47 tags only), for the overlay's own words.
_PAGE_LANGUAGE = re.compile(rb'<html lang="([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)"')


def overlay_html(problems: list[Problem], language: str = "en") -> str:
    """The problems panel shown on every page while the last build failed (all text escaped), its
    headings in the page's language; the problems themselves are the command line's English."""
    translated = i18n.translations(language)
    errors = [p for p in problems if p.is_error]
    shown = errors + [p for p in problems if not p.is_error]
    count = translated.ngettext("%(num)d error", "%(num)d errors", len(errors)) % {"num": len(errors)}
    items = []
    for problem in shown:
        hint = (f'<p class="briefing-problem-hint">hint: {html.escape(problem.hint)}</p>'
                if problem.hint else "")
        items.append(
            f'<li class="briefing-problem briefing-problem-{problem.severity.value}">'
            f'<code class="briefing-problem-location">{html.escape(str(problem.location))}</code> '
            f'<strong>{problem.severity.value}:</strong> '
            f'<span class="briefing-problem-message">{html.escape(problem.message)}</span>{hint}</li>')
    return (f'<link rel="stylesheet" href="{OVERLAY_CSS_PATH}">'
            f'<section id="{OVERLAY_ID}" role="alert" aria-labelledby="{OVERLAY_ID}-title">'
            f'<h2 id="{OVERLAY_ID}-title">'
            + html.escape(translated.gettext("The last build failed: %(count)s. This is the last good version "
                                             "of the site.") % {"count": count}) + '</h2>'
            f'<ol lang="en">{"".join(items)}</ol>'
            '<p>' + translated.gettext("Fix the file and save: the page reloads by itself. (Shown by "
                                       "<code>build.py serve</code> only; never part of the built site.)")
            + '</p></section>')


def inject(page: bytes, problems: list[Problem]) -> bytes:
    """Add the live-reload client (and the problems overlay, if any) to an HTML page."""
    # An external script from the same origin: it passes a `script-src 'self'` policy.
    script = b'<script src="/livereload.js"></script>'
    if problems:
        found = _PAGE_LANGUAGE.search(page[:512])
        overlay = overlay_html(problems, found.group(1).decode("ascii") if found else "en").encode("utf-8")
        opening = _BODY_OPEN.search(page)
        at = opening.end() if opening else 0
        page = page[:at] + overlay + page[at:]
    closings = list(_BODY_CLOSE.finditer(page))
    if not closings:
        return page + script
    at = closings[-1].start()  # the page's own closing tag is the last one
    return page[:at] + script + page[at:]


@dataclass(slots=True)
class Watcher:
    """Polls the build's inputs; `changes()` returns the files added, modified or removed since last time."""

    roots: list[Path]
    exclude: list[Path] = field(default_factory=list)
    _seen: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._seen = self._snapshot()

    def _snapshot(self) -> dict[str, tuple[int, int, int]]:
        # os.scandir and plain strings: a poll of 4,000 files must stay in the milliseconds.
        found: dict[str, tuple[int, int, int]] = {}
        excluded = {str(p) for p in self.exclude}
        for root in self.roots:
            if root.is_file():
                self._stat(str(root), found)
            elif root.is_dir():
                self._walk(str(root), found, excluded)
        return found

    def _walk(self, folder: str, found: dict[str, tuple[int, int, int]], excluded: set[str]) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:  # removed while we looked; out of descriptors is no removal
            if exc.errno in (errno.EMFILE, errno.ENFILE):
                raise
            return
        for entry in entries:
            if _IGNORED.search(entry.name) or entry.path in excluded:
                continue
            try:
                if entry.is_dir():
                    # The folder counts itself (an empty `topics/x.yaml/` is a build error to show), and
                    # a link to a folder is not walked: `content/loop -> .` made every poll walk 40 levels.
                    found[entry.path + os.sep] = (0, -2, entry.inode())
                    if not entry.is_symlink():
                        self._walk(entry.path, found, excluded)
                    continue
                info = entry.stat()
            except OSError:
                continue
            # The inode catches editors that save by writing a new file and renaming it over the old.
            found[entry.path] = (info.st_mtime_ns, info.st_size, info.st_ino)

    @staticmethod
    def _stat(path: str, found: dict[str, tuple[int, int, int]]) -> None:
        try:
            info = os.stat(path)
        except OSError:
            return
        found[path] = (info.st_mtime_ns, info.st_size, info.st_ino)

    def changes_pending(self) -> bool:
        """True when inputs changed since the last poll (a build just made is already stale)."""
        try:
            return self._snapshot() != self._seen
        except OSError:
            return False

    def changes(self) -> set[Path]:
        try:
            now = self._snapshot()
        except OSError:  # out of descriptors: nothing can be told this time; the next poll will
            return set()
        changed = {p for p, sig in now.items() if self._seen.get(p) != sig} | (self._seen.keys() - now.keys())
        self._seen = now
        return {Path(p) for p in changed}


class Wakeup:
    """Wakes the watcher as soon as something changes in a watched folder (Linux inotify).

    Only a hint: the poll's snapshot still decides what changed, so an event missed (a full
    queue, a file system without inotify, another system) costs at most one poll interval.
    """

    # IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE,
    # IN_DELETE_SELF, IN_MOVE_SELF
    MASK = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
    _EVENT = struct.Struct("iIII")

    def __init__(self, roots: list[Path], exclude: list[Path]) -> None:
        self.roots = roots
        self.excluded = {str(p) for p in exclude}
        self.fd = -1
        self._interest: dict[int, set[str] | None] = {}  # watch → the names that matter (None: all)
        self._folders: set[str] = set()  # the folders watched whole
        self._event: asyncio.Event | None = None
        try:
            self._libc = ctypes.CDLL(None, use_errno=True)
            self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        except (OSError, AttributeError):  # not Linux: the poll alone
            self.fd = -1

    def start(self) -> bool:
        """Watch the folders and listen on the running event loop; False when the system cannot."""
        if self.fd < 0:
            return False
        self._event = asyncio.Event()
        try:
            asyncio.get_running_loop().add_reader(self.fd, self._readable)
        except (NotImplementedError, RuntimeError, OSError):
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        """Watch every folder under the roots (again after changes: new folders get a watch)."""
        if self.fd < 0:
            return
        for root in self.roots:
            if root.is_dir():
                for folder, dirs, _files in os.walk(root):
                    dirs[:] = [d for d in dirs
                               if not _IGNORED.search(d) and os.path.join(folder, d) not in self.excluded]
                    self._add(folder, None)
            else:  # a file (site.yaml) or a folder that does not exist yet: its parent, for that name
                self._add(str(root.parent), {root.name})

    def watches(self, paths: Iterable[Path]) -> bool:
        """True when the folder of every one of `paths` is watched already (no need to `refresh`)."""
        return all(str(path.parent) in self._folders for path in paths)

    def _add(self, folder: str, names: set[str] | None) -> None:
        wd = self._libc.inotify_add_watch(self.fd, os.fsencode(folder), self.MASK)
        if wd < 0:  # gone, or out of watches: the poll still sees it
            return
        if names is None:
            self._folders.add(folder)
        known = self._interest.get(wd, set())
        self._interest[wd] = None if names is None or known is None else known | names

    def _readable(self) -> None:
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            return
        offset, relevant = 0, False
        while offset + self._EVENT.size <= len(data):
            wd, mask, _cookie, length = self._EVENT.unpack_from(data, offset)
            name = data[offset + self._EVENT.size:offset + self._EVENT.size + length].rstrip(b"\0").decode(
                "utf-8", "surrogateescape")
            offset += self._EVENT.size + length
            interest = self._interest.get(wd)
            if wd == -1 or mask & 0x4000 or interest is None or name in interest:  # -1/IN_Q_OVERFLOW: look
                relevant = True
        if relevant and self._event is not None:
            self._event.set()

    @property
    def listening(self) -> bool:
        """True while inotify tells of the changes (False: the poll alone)."""
        return self._event is not None and self.fd >= 0

    def heard(self) -> bool:
        """True when a relevant change was told and not yet waited for (read now: the build blocks
        the event loop, so what was written meanwhile is still in the kernel's queue)."""
        if self._event is None:
            return True
        self._readable()
        return self._event.is_set()

    async def wait(self, seconds: float) -> bool:
        """Return after `seconds` (False), or as soon as a watched file changed (True)."""
        if self._event is None:
            await asyncio.sleep(seconds)
            return False
        try:
            await asyncio.wait_for(self._event.wait(), seconds)
        except TimeoutError:
            return False
        self._event.clear()
        return True

    def close(self) -> None:
        if self.fd >= 0:
            if self._event is not None:
                with contextlib.suppress(Exception):
                    asyncio.get_running_loop().remove_reader(self.fd)
            os.close(self.fd)
            self.fd = -1


def watched_paths(site_dir: Path) -> list[Path]:
    """site.yaml, content/, the site's templates/ and the project's templates/ (with assets/)."""
    paths = [site_dir / "site.yaml", site_dir / "content", site_dir / "templates", pipeline.DEFAULT_TEMPLATES]
    unique: list[Path] = []
    for path in paths:
        if path.resolve() not in {p.resolve() for p in unique}:
            unique.append(path)
    return unique


# --- the server -------------------------------------------------------------------------------

@dataclass(slots=True)
class BuildState:
    """What the last build did; read by the request handlers."""

    generation: int = 0
    ok: bool = False
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    finished_at: float = 0.0


class PortInUse(Exception):
    """The port cannot be bound; the message says which and what to try."""


class DevServer:
    """Builds `site_dir` into `out_dir`, serves it, and rebuilds on every save."""

    def __init__(self, site_dir: Path, out_dir: Path, host: str = "127.0.0.1", port: int = 8000, *,
                 on_build: Callable[[pipeline.Result, set[Path]], None] | None = None,
                 on_request: Callable[[int, str, str], None] | None = None,
                 on_wait: Callable[[int | None], None] | None = None) -> None:
        self.site_dir = site_dir
        self._on_wait = on_wait
        self.out_dir = out_dir
        self.host = host
        self.port = port
        self.state = BuildState()
        self._on_build = on_build
        self._on_request = on_request
        self._sockets: list[socket.socket] = []
        self.watcher = Watcher(watched_paths(site_dir), exclude=[out_dir.absolute()])
        # One Builder for the whole session: it keeps the parsed parts and the output manifest in
        # memory, so a save re-parses the changed files and re-renders only the pages they affect.
        self.builder = self._builder()
        # One build at a time per output, shared with `build.py` runs in other terminals.
        self.lock = OutputLock(out_dir, on_wait=self._waiting)
        self.wakeup: Wakeup | None = None

    def _builder(self) -> pipeline.Builder:
        builder = pipeline.Builder(self.site_dir, self.out_dir)
        builder.resident = True  # its cache is written by persist(), once the pages have reloaded
        return builder

    def persist(self, stop: Callable[[], bool] | None = None) -> None:
        """Write the build cache for the next process (after the reload: the editor does not wait for
        it), file by file, leaving the rest for later as soon as `stop()` says a new save is waiting."""
        try:
            self.builder.persist(stop)
        except Exception as exc:  # a cache that cannot be written is only slower next time
            self._record(pipeline.Result([failure(exc, self.out_dir)]), set())

    def _waiting(self, pid: int | None) -> None:
        if self._on_wait is not None:
            self._on_wait(pid)

    def build(self, changed: set[Path]) -> pipeline.Result:
        """Run the pipeline once (the one call site, so pipeline speed-ups apply here) and record the outcome.

        Any exception is a failed build, reported like content problems: the watcher goes on, and
        the next save builds again. The output's lock is held for the build (taken here, waiting,
        unless `watch` already holds it).
        """
        taken = not self.lock.held
        try:
            if taken:
                self.lock.acquire()
            result = self.builder.rebuild()
        except Exception as exc:  # whatever broke, serving and watching go on
            result = pipeline.Result([failure(exc, self.out_dir)])
            self.builder = self._builder()  # forget half-updated state
        finally:
            self.lock.release()
        return self._record(result, changed)

    def _record(self, result: pipeline.Result, changed: set[Path]) -> pipeline.Result:
        """Make a build's outcome what the pages, status.json and the terminal show."""
        state = self.state
        state.generation += 1
        state.ok = result.ok
        state.problems = [] if result.ok else list(result.problems)
        state.seconds = result.seconds
        state.finished_at = time.time()
        if self._on_build is not None:
            try:
                self._on_build(result, changed)
            except Exception:  # a closed terminal must not stop the watcher
                pass
        return result

    def bind(self) -> int:
        """Open the listening socket (before the first build, so a busy port fails fast); returns the port."""
        try:
            self._sockets = netutil.bind_sockets(self.port, address=self.host, family=socket.AF_UNSPEC)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortInUse(f"port {self.port} on {self.host} is already in use (another build.py serve?); "
                                f"try another port, e.g. --port {self.port + 1}") from exc
            if exc.errno == errno.EACCES:
                raise PortInUse(f"not allowed to listen on port {self.port}; "
                                "ports below 1024 need privileges: try --port 8000") from exc
            raise PortInUse(f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}") from exc
        self.port = self._sockets[0].getsockname()[1]
        return self.port

    def application(self) -> web.Application:
        """The Tornado application: live-reload endpoints, the status, and the site itself."""
        LiveReloadHandler.live_css = False
        return web.Application([
            (r"/livereload", _ReloadSocket, {"server": self}),
            (r"/livereload\.js", LiveReloadJSHandler),
            (re.escape(STATUS_PATH), _StatusHandler, {"server": self}),
            (re.escape(OVERLAY_CSS_PATH), _OverlayCSSHandler),
            (r"/.*", _SiteHandler, {"server": self}),
        ], log_function=self._log_request)

    def _log_request(self, handler: web.RequestHandler) -> None:
        if self._on_request is not None:
            self._on_request(handler.get_status(), handler.request.method or "", handler.request.uri or "")

    def reload_browsers(self) -> None:
        """Tell every connected page to reload (livereload protocol 7 'reload' command)."""
        message = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}
        for waiter in list(LiveReloadHandler.waiters):
            try:
                waiter.write_message(message)
            except Exception:  # a closed socket: forget it
                LiveReloadHandler.waiters.discard(waiter)

    async def watch(self) -> None:
        """Poll the inputs; after a burst of saves has settled, build once, then reload the pages.

        Nothing ends the watching: whatever fails in one round is shown as a failed build.
        """
        cost = 0.0
        self.wakeup = Wakeup(watched_paths(self.site_dir), [self.out_dir.absolute()])
        self.wakeup.start()
        try:
            while True:
                woken = await self.wakeup.wait(max(POLL_SECONDS, POLL_COST_FACTOR * cost))
                try:
                    cost = await self._round(woken)
                except Exception as exc:
                    self.lock.release()
                    self._record(pipeline.Result([failure(exc, self.out_dir)]), set())
                    cost = 1.0  # and poll less often while the system is in trouble
        finally:
            self.wakeup.close()

    async def _round(self, woken: bool = False) -> float:
        """One poll, and the build and reload it calls for; returns the poll's cost in seconds.
        `woken`: inotify woke the round (the poll did not find the change on its own)."""
        listening = self.wakeup is not None and self.wakeup.listening
        deadline = time.monotonic() + MAX_SETTLE_SECONDS
        if woken and listening:
            # A save tells of itself before it is done (written, then closed): wait until inotify
            # has been quiet for QUIET_SECONDS, then one poll sees the finished files.
            while time.monotonic() < deadline and await self.wakeup.wait(QUIET_SECONDS):  # type: ignore[union-attr]
                pass
        started = time.monotonic()
        changed = self.watcher.changes()
        cost = time.monotonic() - started
        if not changed:
            return cost
        if self.wakeup is not None and not self.wakeup.watches(changed):
            self.wakeup.refresh()  # a new folder gets a watch
        # Whether a change may have escaped the last poll. In a round inotify woke, its silence since
        # then says the poll saw every change (~20 ms at 4,000 files not spent again); a round the
        # poll alone started (an event missed, a file system without events) settles and polls again.
        heard = self.wakeup.heard() if woken and listening else True  # type: ignore[union-attr]
        while heard and time.monotonic() < deadline:
            if listening:
                if await self.wakeup.wait(QUIET_SECONDS):  # type: ignore[union-attr]
                    continue  # still being written
            else:
                await asyncio.sleep(SETTLE_SECONDS)
            more = self.watcher.changes()
            if not more:
                break
            changed |= more
        # Another build of the same output (`build.py` in a terminal) finishes first; pages
        # are served meanwhile, from the complete old or new site.
        told = False
        while not self._try_lock():
            if not told:
                self._waiting(self.lock.holder())
                told = True
            await asyncio.sleep(LOCK_POLL_SECONDS)
            changed |= self.watcher.changes()
        # The build blocks the loop on purpose: no request sees a half-finished state, and the
        # reload below goes out only once the new site (or the problems) are in place.
        self.build(changed)
        if not self._changes_pending():
            self.reload_browsers()
        self.persist(stop=self._changes_pending)
        return cost

    def _changes_pending(self) -> bool:
        """True when inputs changed since the last poll. When inotify heard nothing, nothing was
        written: the poll (~20 ms at 4,000 files) confirms only what it heard, since a reload held
        back for an event that changed nothing would never be sent."""
        if self.wakeup is not None and self.wakeup.listening and not self.wakeup.heard():
            return False
        return self.watcher.changes_pending()

    def _try_lock(self) -> bool:
        """Take the output's lock if free; True also when it cannot be tried (build() then reports why)."""
        try:
            return self.lock.try_acquire()
        except OSError:
            return True

    def serve_forever(self) -> None:
        """Run until interrupted (bind() and the first build() must have happened)."""
        server = _CappedHTTPServer(self.application(), idle_connection_timeout=IDLE_SECONDS,
                                   body_timeout=IDLE_SECONDS, max_body_size=1 << 20, on_exhausted=self._exhausted)
        server.add_sockets(self._sockets)
        loop = ioloop.IOLoop.current()
        loop.spawn_callback(self.watch)
        try:
            loop.start()
        finally:
            server.stop()


    def _exhausted(self, pausing: float) -> None:
        """Said once per episode of descriptor exhaustion (not once per refused connection)."""
        print(f"build.py serve: warning: out of file descriptors (too many connections); not accepting new "
              f"ones for {pausing:g} s", file=sys.stderr)


class _CappedHTTPServer(httpserver.HTTPServer):
    """Tornado's HTTP server with a cap on open connections and a backoff when accept() fails for want
    of descriptors (Tornado retries at once and logs a traceback each time: 108 MB of log in 10 s)."""

    def initialize(self, *args: object, on_exhausted: Callable[[float], None] | None = None,
                   **kwargs: object) -> None:
        super().initialize(*args, **kwargs)  # type: ignore[arg-type]
        self._on_exhausted = on_exhausted
        self._backoff = 0.0

    def add_sockets(self, sockets: Iterable[socket.socket]) -> None:
        for sock in sockets:
            self._sockets[sock.fileno()] = sock
            self._handlers[sock.fileno()] = self._accept_on(sock)

    def _accept_on(self, sock: socket.socket) -> Callable[[], None]:
        loop = ioloop.IOLoop.current()
        paused = {"handle": None}

        def ready(fd: object, events: int) -> None:
            for _ in range(128):  # Tornado's own batch size, so one listener cannot starve the loop
                try:
                    connection, address = sock.accept()
                except BlockingIOError:
                    return
                except ConnectionAbortedError:
                    continue
                except OSError as exc:
                    if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                        raise
                    low, high = ACCEPT_BACKOFF_SECONDS
                    told = self._backoff > 0
                    self._backoff = min(high, self._backoff * 2 or low)
                    loop.remove_handler(sock)
                    paused["handle"] = loop.call_later(self._backoff, resume)
                    if not told and self._on_exhausted is not None:
                        self._on_exhausted(self._backoff)
                    return
                self._backoff = 0.0
                if len(self._connections) >= MAX_CONNECTIONS:
                    connection.close()  # refused at once: the browser retries, a flood gets nothing
                    continue
                self._handle_connection(connection, address)

        def resume() -> None:
            paused["handle"] = None
            if not self._stopped:
                loop.add_handler(sock, ready, ioloop.IOLoop.READ)

        def remove() -> None:
            if paused["handle"] is not None:
                loop.remove_timeout(paused["handle"])
            else:
                loop.remove_handler(sock)

        loop.add_handler(sock, ready, ioloop.IOLoop.READ)
        return remove


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def host_allowed(bound_host: str, host_header: str) -> bool:
    """On a loopback address, answer only requests addressed to a loopback name.

    Otherwise a web page whose name an attacker re-points at 127.0.0.1 (DNS rebinding) could
    read the draft briefing and its problems from the editor's machine.
    """
    if bound_host not in LOOPBACK_HOSTS:
        return True
    name = host_header.strip().lower()
    name = name[1:name.index("]")] if name.startswith("[") and "]" in name else name.rsplit(":", 1)[0]
    return name in LOOPBACK_HOSTS


class _Guarded(web.RequestHandler):
    def initialize(self, server: DevServer) -> None:
        self.server = server

    def prepare(self) -> None:
        if not host_allowed(self.server.host, self.request.host or ""):
            self.set_status(403)
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish("build.py serve answers only requests for 127.0.0.1, localhost or [::1]\n")


class _ReloadSocket(LiveReloadHandler):
    """The live-reload WebSocket, with the same Host check as the pages, a same-origin check (a page
    elsewhere must not open it), a cap on open sockets, and garbage messages closing the socket."""

    def initialize(self, server: DevServer) -> None:
        self.server = server

    def prepare(self) -> None:
        if not host_allowed(self.server.host, self.request.host or ""):
            self.set_status(403)
            self.finish("build.py serve answers only requests for 127.0.0.1, localhost or [::1]\n")
        elif len(LiveReloadHandler.waiters) >= MAX_RELOAD_SOCKETS:
            self.set_status(503)
            self.finish("too many open pages\n")

    def check_origin(self, origin: str) -> bool:
        # Tornado's own rule: the Origin's host:port must be the Host the request was sent to.
        return super(LiveReloadHandler, self).check_origin(origin)

    def on_message(self, message: str | bytes) -> None:
        try:
            super().on_message(message)
        except (ValueError, TypeError, AttributeError):
            self.close()


class _SiteHandler(_Guarded):
    """Serves files of the output directory only; HTML gets the reload client and the overlay."""

    def set_default_headers(self) -> None:
        # Every reload must fetch the new build, never a cached page.
        self.set_header("Cache-Control", "no-store")

    def head(self) -> None:
        self.get(include_body=False)

    def get(self, include_body: bool = True) -> None:
        problems = self.server.state.problems
        try:
            path = safe_path(self.server.out_dir, self.request.path)
        except (UnicodeDecodeError, OSError, ValueError):  # odd bytes, a 10,000-character name
            path = None
        if path is None:
            self._not_found(problems, include_body)
            return
        data = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if kind == "text/html":
            data = inject(data, problems)
        if kind.startswith("text/") or kind in ("application/javascript", "application/json", "image/svg+xml"):
            kind += "; charset=utf-8"
        self.set_header("Content-Type", kind)
        if include_body:
            self.write(data)
        else:
            self.set_header("Content-Length", str(len(data)))

    def _not_found(self, problems: list[Problem], include_body: bool) -> None:
        self.set_status(404)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        page_404 = safe_path(self.server.out_dir, "/404.html")
        if page_404 is not None:
            page = page_404.read_bytes()
        else:
            page = (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>'
                    b"<body><h1>Not found</h1><p>No site has been built yet, or this page is not part of it."
                    b"</p></body></html>")
        if include_body:
            self.write(inject(page, problems))


class _StatusHandler(_Guarded):
    """The last build as JSON (for tests and tools): generation, ok, seconds and the problems."""

    def get(self) -> None:
        state = self.server.state
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.write(json.dumps({
            "generation": state.generation, "ok": state.ok, "seconds": round(state.seconds, 4),
            "problems": [{"location": str(p.location), "severity": p.severity.value, "message": p.message,
                          "hint": p.hint} for p in state.problems],
        }))


class _OverlayCSSHandler(web.RequestHandler):
    def get(self) -> None:
        self.set_header("Content-Type", "text/css; charset=utf-8")
        self.write(OVERLAY_CSS)


def describe_watch(site_dir: Path) -> Iterable[str]:
    """The watched paths as the user knows them (relative to the site where possible)."""
    for path in watched_paths(site_dir):
        try:
            yield path.relative_to(site_dir).as_posix() + ("/" if path.suffix == "" else "")
        except ValueError:
            yield str(path) + "/"
