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
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
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


def write_site(outputs: dict[str, bytes], out_dir: Path) -> WriteStats:
    """Replace `out_dir` with exactly `outputs` (route → bytes), atomically."""
    out_dir = out_dir.absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _sweep(out_dir)
    staging = out_dir.parent / f".{out_dir.name}.{os.getpid()}.new-tmp"
    staging.mkdir()
    files = dict(outputs)
    files[MARKER] = b"This directory is written by Briefing (build.py) and replaced on every build.\n"
    written = unchanged = 0
    made_dirs: set[Path] = set()
    for route, data in files.items():
        target = staging / route
        parent = target.parent
        if parent not in made_dirs:
            parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(parent)
        current = out_dir / route
        try:
            if current.stat().st_size == len(data) and current.read_bytes() == data:
                os.link(current, target)
                unchanged += 1
                continue
        except OSError:
            pass
        target.write_bytes(data)
        written += 1
    removed = 0
    if out_dir.exists():
        previous = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()}
        removed = len(previous - set(files))
        if _exchange(staging, out_dir):
            shutil.rmtree(staging, ignore_errors=True)
        else:  # two renames: a short window where a kill leaves the old tree under another name
            old = out_dir.parent / f".{out_dir.name}.{os.getpid()}.old-tmp"
            out_dir.rename(old)
            staging.rename(out_dir)
            shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(out_dir)
    return WriteStats(written, unchanged, removed)
