"""Stage 6, write: rendered bytes → the output directory, all or nothing.

The new site is assembled beside the old one (unchanged files hard-linked, so they are not
rewritten), then swapped in with one atomic `renameat2(RENAME_EXCHANGE)` where the kernel
offers it. A build killed at any moment leaves either the complete old or the complete new site.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

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


def _sweep(out_dir: Path) -> None:
    """Remove staging trees a killed build left behind; restore an old tree caught mid-swap."""
    if not out_dir.exists():
        for old in sorted(out_dir.parent.glob(f".{out_dir.name}.*.old-tmp")):
            old.rename(out_dir)
            break
    for leftover in out_dir.parent.glob(f".{out_dir.name}.*-tmp"):
        shutil.rmtree(leftover, ignore_errors=True)


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
