"""Stage 6, write: rendered bytes → the output directory, all or nothing.

The new site is assembled beside the old one (unchanged files hard-linked, so they are not
rewritten), then swapped in with one atomic `renameat2(RENAME_EXCHANGE)` where the kernel
offers it. A build killed at any moment leaves either the complete old or the complete new site.
A process that builds the same output again and again (the dev server) keeps the tree each swap
takes out and assembles the next one in it, relinking only what changed (`Staging`).
"""

from __future__ import annotations

import atexit
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
from typing import ClassVar

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


_STAGED = re.compile(r"\.(\d+)\.(?:\d+\.)?(new|old|retired|spare)-tmp")


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
        if (mine and kind in ("retired", "spare")) or (not mine and _alive(pid)):
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
                   ours: Callable[[Path], bool], example: str = "") -> tuple[str, str] | None:
    """Why a file the command writes (`--zip`, `--pdf`) may not go to `path`: (message, hint), or None.

    An input is never overwritten; an existing file only if Briefing wrote it (`ours`) or with --force.
    """
    name = "e.g. " + (example or ("briefing.zip" if path.suffix == ".zip" else "briefing.pdf"))
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


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Which directory `path` is (device, inode, change time), or None when there is none: another
    build's swap puts another directory there, and adding or removing a file in it changes the time."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_ctime_ns)


@dataclass(slots=True)
class _Spare:
    """The tree a swap took out of `output/` (this process's previous output), kept to assemble the
    next one in: `files` are its files; `same`, those that are hard links to the current output's
    files (linked from it when it was assembled, and unchanged since); `output`, the identity of the
    output directory this holds for."""

    path: Path
    output: tuple[int, int, int]
    files: set[str]
    same: set[str]


@dataclass(slots=True)
class _Committed:
    """What this process last swapped into an output directory: the identity of each of its folders
    (a file added or removed in a folder changes its times), its files, and which of them are hard
    links to the files of the tree it replaced."""

    folders: dict[str, tuple[int, int, int] | None]
    files: set[str]
    linked: set[str]


def _folders(root: Path, files: set[str]) -> dict[str, tuple[int, int, int] | None]:
    """The identity of the folder `root` and of each folder of `files` under it."""
    names = {""}
    for route in files:
        folder = route.rpartition("/")[0]
        while folder not in names:
            names.add(folder)
            folder = folder.rpartition("/")[0]
    return {name: _identity(root / name if name else root) for name in names}


class Staging:
    """The next output tree, assembled beside the current one and swapped in whole by `commit`.

    Unchanged files are hard links to the current ones, so they are neither rewritten nor
    copied. Worker processes forked after it was opened may `put` files into it too.

    From a process's second commit to the same output on (the dev server's saves), the tree the
    swap takes out is kept as a spare and the next build is assembled in it: a file that is the
    same inode as the current output's (it was linked, and nothing replaced it since) is left as it
    is, and only the files that differ are linked or written again, instead of linking all 23,000
    files of a big site on every save and deleting the old tree. All or nothing still holds: (1)
    the output directory is only ever replaced whole, by the same atomic exchange, with a tree that
    is complete when it is swapped in; (2) nothing is ever written into a file of the spare: a file
    to change is unlinked first and made anew (or linked), so the inodes it shares with the live
    output (the same bytes) are never modified, and a build killed while assembling leaves the
    output untouched and a staging tree the next build removes (its process is gone); (3) the spare
    is used only while the output directory is the very one this process swapped in (device, inode,
    change time): after another build's swap it is dropped and the tree assembled from nothing.
    """

    _retired = 0  # old trees handed to a deleting thread by this process
    _committed: ClassVar[dict[Path, _Committed]] = {}  # by output directory: this process's last commit
    _spares: ClassVar[dict[Path, _Spare]] = {}

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir.absolute()
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        _sweep(self.out_dir)
        self.path = self.out_dir.parent / f".{self.out_dir.name}.{os.getpid()}.new-tmp"
        spare = Staging._spares.pop(self.out_dir, None)
        if spare is not None and (spare.output != _identity(self.out_dir) or not _rename(spare.path, self.path)):
            _retire(spare.path, self.out_dir)
            spare = None
        if spare is None:
            self.path.mkdir()
        self._spare = spare
        self._linked: set[str] = set()  # files linked from the current output as they are (`keep`)
        self._dirs: set[str] = {""}
        # Plain strings: a site has tens of thousands of files, and pathlib costs more than the link.
        self._new = str(self.path) + os.sep
        self._old = str(self.out_dir) + os.sep

    def _target(self, route: str) -> str:
        folder = route.rpartition("/")[0]
        if folder not in self._dirs:
            try:
                os.makedirs(self._new + folder, exist_ok=True)
            except (FileExistsError, NotADirectoryError):  # a spare's file where this tree has a folder
                parts = folder.split("/")
                for n in range(1, len(parts) + 1):
                    if os.path.isfile(self._new + "/".join(parts[:n])):
                        os.unlink(self._new + "/".join(parts[:n]))
                os.makedirs(self._new + folder, exist_ok=True)
            self._dirs.add(folder)
        target = self._new + route
        if self._spare is not None:  # never write into a file the spare shares with the output
            _clear(target)
        return target

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
        spare = self._spare
        if spare is not None and route in spare.same:  # already the current file (the same inode)
            self._linked.add(route)
            return True
        try:
            os.link(self._old + route, self._target(route))
        except OSError:
            return False
        self._linked.add(route)
        return True

    def commit(self, routes: set[str], previous: set[str] | None = None) -> int:
        """Swap the staged tree in atomically; return how many files of the old tree are gone.

        `previous` is the old tree's file list when the caller knows it (saves walking it).
        """
        out_dir = self.out_dir
        spare = self._spare
        if spare is not None:  # the spare's files this tree does not have, and folders left empty
            for route in sorted(spare.files - routes, reverse=True):
                _clear(self._new + route)
                folder = route.rpartition("/")[0]
                while folder:
                    try:
                        os.rmdir(self._new + folder)
                    except OSError:
                        break
                    folder = folder.rpartition("/")[0]
        last = Staging._committed.pop(out_dir, None)
        removed = 0
        if out_dir.exists():
            if previous is None:
                previous = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()}
            removed = len(previous - routes)
            # The tree this process made, with no file added or removed since (one of ours holds only
            # the files it was made with).
            ours = last is not None and _folders(out_dir, last.files) == last.folders
            if _exchange(self.path, out_dir):
                if ours and last is not None:
                    # Kept for the next build: it holds the files of this process's last commit, and
                    # those linked into this tree are the same inodes as this tree's.
                    spare_path = out_dir.parent / f".{out_dir.name}.{os.getpid()}.spare-tmp"
                    if _rename(self.path, spare_path):
                        output = _identity(out_dir)
                        if output is not None:
                            Staging._spares[out_dir] = _Spare(spare_path, output, last.files,
                                                              self._linked & last.files)
                        else:
                            _retire(spare_path, out_dir)
                    else:
                        _retire(self.path, out_dir)
                else:
                    _retire(self.path, out_dir)
            else:  # two renames: a short window where a kill leaves the old tree under another name
                old = out_dir.parent / f".{out_dir.name}.{os.getpid()}.old-tmp"
                out_dir.rename(old)
                self.path.rename(out_dir)
                shutil.rmtree(old, ignore_errors=True)
        else:
            self.path.rename(out_dir)
        folders = _folders(out_dir, routes)
        if None not in folders.values():
            Staging._committed[out_dir] = _Committed(folders, set(routes), self._linked)
        return removed

    def abort(self) -> None:
        """Drop the staged tree; the current output stays as it was."""
        shutil.rmtree(self.path, ignore_errors=True)


def _clear(path: str) -> None:
    """Remove the file (or folder) at `path` if there is one."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except (IsADirectoryError, PermissionError):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            raise


def _rename(source: Path, target: Path) -> bool:
    try:
        source.rename(target)
    except OSError:
        return False
    return True


def _retire(tree: Path, out_dir: Path) -> None:
    """Delete an old tree while the caller goes on (the dev server reloads the pages meanwhile); a
    process exits only once it is gone, and a tree left by a killed process is swept by the next build."""
    Staging._retired += 1
    # Not named .old-tmp: _sweep must never bring back a tree that is being deleted.
    old = out_dir.parent / f".{out_dir.name}.{os.getpid()}.{Staging._retired}.retired-tmp"
    try:
        tree.rename(old)
    except OSError:
        old = tree
    threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True},
                     name="briefing-old-output").start()


def _drop_spares() -> None:
    """At exit: remove the spare trees (a killed process's are swept by the next build)."""
    for spare in Staging._spares.values():
        shutil.rmtree(spare.path, ignore_errors=True)
    Staging._spares.clear()


atexit.register(_drop_spares)


MARKER_TEXT = b"This directory is written by Briefing (build.py) and replaced on every build.\n"
