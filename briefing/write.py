"""Stage 6, write: rendered bytes → the output directory, all or nothing.

The new site is assembled beside the old one (unchanged files hard-linked, so they are not
rewritten), then swapped in with one atomic `renameat2(RENAME_EXCHANGE)` where the kernel
offers it. A build killed at any moment leaves either the complete old or the complete new site.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import glob
import os
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from .problems import Location, Problem, error

MARKER = ".briefing-output"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@dataclass(frozen=True, slots=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux); False where the system cannot."""
    try:
        # The running process's own libc: find_library() would start a subprocess on every build.
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        try:
            renameat2 = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True).renameat2
        except (OSError, AttributeError):
            return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def lock_path(out_dir: Path) -> Path:
    """The lock file beside the output directory (never removed: removing a lock file races)."""
    return out_dir.parent / f".{out_dir.name}.lock"


class OutputBusy(Exception):
    """Another live process holds the output's lock (raised only when not waiting)."""

    def __init__(self, out_dir: Path, pid: int | None) -> None:
        self.out_dir, self.pid = out_dir, pid
        owner = f" (pid {pid})" if pid else ""
        super().__init__(f"another build is writing {out_dir}{owner}")


class OutputLock:
    """One build at a time per output directory: an exclusive `flock` on a file beside it.

    The kernel releases the lock when its holder exits, however it dies, so a killed build never
    blocks the next one. `on_wait(pid)` is called once before blocking, so the user is told why
    nothing happens; with `wait` false a busy output raises `OutputBusy` instead.
    """

    def __init__(self, out_dir: Path, *, wait: bool = True, on_wait: Callable[[int | None], None] | None = None):
        self.out_dir = out_dir.absolute()
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; False (nothing held) when another process has it."""
        path = lock_path(self.out_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        self._hold(fd)
        return True

    def holder(self) -> int | None:
        """The process id written by the current holder, if it can be read."""
        try:
            return int(lock_path(self.out_dir).read_text(encoding="ascii").strip() or 0) or None
        except (OSError, ValueError):
            return None

    def _hold(self, fd: int) -> None:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd

    def acquire(self) -> None:
        """Take the lock, waiting for (or, with `wait` false, refusing) another build."""
        if self.try_acquire():
            return
        pid = self.holder()
        if not self.wait:
            raise OutputBusy(self.out_dir, pid)
        if self.on_wait is not None:
            self.on_wait(pid)
        fd = os.open(lock_path(self.out_dir), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:  # Ctrl-C while waiting
            os.close(fd)
            raise
        self._hold(fd)

    def release(self) -> None:
        """Let the next build in (the file stays; its content is only informative)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the descriptor drops the flock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


def _alive(pid: int) -> bool:
    """True while a process with this id exists (a reused id counts as alive: the tree is kept)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_STAGED = re.compile(r"\.(\d+)\.(?:\d+\.)?(new|old|retired)-tmp")


def _sweep(out_dir: Path) -> None:
    """Remove staging trees that killed builds left behind; restore an old tree caught mid-swap.

    Only trees whose owner (the pid in the name) is dead are touched, and this process's own
    `new`/`old` leftovers: a live build's staging tree, or an old tree its thread is still
    deleting, belongs to that build. (Callers hold the output's lock, so no other process is
    between creating a tree and committing it.)
    """
    prefix = f".{out_dir.name}."
    leftovers = []
    for path in out_dir.parent.glob(f"{glob.escape(prefix)}*-tmp"):
        found = _STAGED.fullmatch(path.name[len(prefix) - 1:])
        if found is None:
            continue
        pid, kind = int(found.group(1)), found.group(2)
        mine = pid == os.getpid()
        if (mine and kind == "retired") or (not mine and _alive(pid)):
            continue
        leftovers.append((kind, path))
    if not out_dir.exists():
        for _kind, old in sorted(p for p in leftovers if p[0] == "old"):
            old.rename(out_dir)
            leftovers.remove((_kind, old))
            break
    for _kind, leftover in leftovers:
        shutil.rmtree(leftover, ignore_errors=True)


def _within(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def inputs_clash(out_dir: Path, inputs: list[Path]) -> str | None:
    """Why `out_dir` may not be the output: it lies inside an input the build reads (a later build
    would read its own output, e.g. run content text as a template) or holds one. None when it is fine."""
    out_dir = out_dir.resolve()
    for source in inputs:
        real = source.resolve()
        if _within(out_dir, real):
            return f"is inside the build's input {source} (the next build would read its own output)"
        if _within(real, out_dir):
            return f"holds the build's input {source}, which a build would replace"
    return None


def target_refusal(path: Path, inputs: list[Path], *, force: bool,
                   ours: Callable[[Path], bool]) -> tuple[str, str] | None:
    """Why a file the command writes (`--zip`, `--pdf`) may not go to `path`: (message, hint), or None.

    An input is never overwritten; an existing file only if Briefing wrote it (`ours`) or with --force.
    """
    name = "e.g. " + ("briefing.zip" if path.suffix == ".zip" else "briefing.pdf")
    if path.is_dir():
        return "is a directory", f"name the file to write, {name}"
    for source in inputs:
        if _within(path, source.resolve()):
            return (f"is one of the briefing's inputs ({source}); it is never overwritten",
                    "write it outside site.yaml, content/ and templates/")
    if not path.exists():
        return None
    if not path.is_file():
        return "exists and is not a regular file", f"name a new file, {name}"
    if not force and not ours(path):
        return ("exists and was not written by Briefing", "choose another name, or add --force to replace it")
    return None


def check_output_dir(out_dir: Path) -> Problem | None:
    """Refuse to replace a directory that Briefing did not write (it would be deleted)."""
    if not out_dir.exists():
        return None
    if not out_dir.is_dir():
        return error(Location(str(out_dir)), "the output path exists and is not a directory",
                     "choose another --output")
    if (out_dir / MARKER).exists() or not any(out_dir.iterdir()):
        return None
    return error(Location(str(out_dir)), "the output directory exists and was not written by Briefing",
                 "choose an empty or new directory with --output; Briefing replaces its output as a whole")


class Staging:
    """The next output tree, assembled beside the current one and swapped in whole by `commit`.

    Unchanged files are hard links to the current ones, so they are neither rewritten nor
    copied. Worker processes forked after it was opened may `put` files into it too.
    """

    _retired = 0  # old trees handed to a deleting thread by this process

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir.absolute()
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        _sweep(self.out_dir)
        self.path = self.out_dir.parent / f".{self.out_dir.name}.{os.getpid()}.new-tmp"
        self.path.mkdir()
        self._dirs: set[str] = {""}
        # Plain strings: a site has tens of thousands of files, and pathlib costs more than the link.
        self._new = str(self.path) + os.sep
        self._old = str(self.out_dir) + os.sep

    def _target(self, route: str) -> str:
        folder = route.rpartition("/")[0]
        if folder not in self._dirs:
            os.makedirs(self._new + folder, exist_ok=True)
            self._dirs.add(folder)
        return self._new + route

    def put(self, route: str, data: bytes) -> bool:
        """Add a file; True if its bytes were written, False if the current identical file was linked."""
        target = self._target(route)
        current = self._old + route
        try:
            if os.stat(current).st_size == len(data):
                with open(current, "rb") as existing:
                    if existing.read() == data:
                        os.link(current, target)
                        return False
        except OSError:
            pass
        with open(target, "wb") as output:
            output.write(data)
        return True

    def keep(self, route: str) -> bool:
        """Add the current file of `route` as it is (a hard link); False if there is none."""
        try:
            os.link(self._old + route, self._target(route))
        except OSError:
            return False
        return True

    def commit(self, routes: set[str], previous: set[str] | None = None) -> int:
        """Swap the staged tree in atomically; return how many files of the old tree are gone.

        `previous` is the old tree's file list when the caller knows it (saves walking it).
        """
        out_dir = self.out_dir
        removed = 0
        if out_dir.exists():
            if previous is None:
                previous = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()}
            removed = len(previous - routes)
            if _exchange(self.path, out_dir):
                # The old tree is deleted while the caller goes on (the dev server reloads the
                # pages meanwhile); a process exits only once it is gone, and a tree left by a
                # killed process is swept by the next build.
                Staging._retired += 1
                # Not named .old-tmp: _sweep must never bring back a tree that is being deleted.
                old = out_dir.parent / f".{out_dir.name}.{os.getpid()}.{Staging._retired}.retired-tmp"
                self.path.rename(old)
                threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True},
                                 name="briefing-old-output").start()
            else:  # two renames: a short window where a kill leaves the old tree under another name
                old = out_dir.parent / f".{out_dir.name}.{os.getpid()}.old-tmp"
                out_dir.rename(old)
                self.path.rename(out_dir)
                shutil.rmtree(old, ignore_errors=True)
        else:
            self.path.rename(out_dir)
        return removed

    def abort(self) -> None:
        """Drop the staged tree; the current output stays as it was."""
        shutil.rmtree(self.path, ignore_errors=True)


MARKER_TEXT = b"This directory is written by Briefing (build.py) and replaced on every build.\n"
