"""The offline bundle: the built site as one dated `.zip` that opens by double-clicking `index.html`.

Every link in the site is relative and the search index is a classic script, so the unzipped
folder works from disk with no server and no network. The archive is reproducible: entries are
sorted and stamped with the bundle's date, so the same site on the same day gives the same bytes.
"""

from __future__ import annotations

import datetime
import os
import zipfile
from pathlib import Path

from .fields import slugify
from .write import MARKER

# Files of the output directory that belong to the build machinery, not to the reader.
_LEFT_OUT = {MARKER}
# The archive's comment: how a later bundle knows the file it would replace is one of its own.
COMMENT = b"Offline bundle written by Briefing (build.py bundle)"


def is_bundle(path: Path) -> bool:
    """True for a zip this command wrote (its comment says so); --zip replaces only those."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.comment == COMMENT
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def bundle_name(title: str, day: datetime.date) -> str:
    """`<title-slug>-<YYYY-MM-DD>`: the zip's name and the folder it unzips to."""
    return f"{slugify(title)}-{day.isoformat()}"


def entry_name(folder: str, relative: str) -> str:
    """The zip entry of a file of the site: `folder/relative`, refused (ValueError) if unzipping it
    could land outside the folder or the name could mislead (absolute, `..`, backslash, control character)."""
    parts = relative.split("/")
    if (not relative or relative.startswith("/") or "\\" in relative or any(p in ("", ".", "..") for p in parts)
            or any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f for c in relative) or ":" in parts[0]):
        raise ValueError(f"the file {relative!r} of the site has a name that is unsafe in a zip")
    return f"{folder}/{relative}"


def write_bundle(site_dir: Path, zip_path: Path, folder: str, day: datetime.date) -> int:
    """Zip the built site in `site_dir` under `folder/` into `zip_path` (atomically); returns the file count."""
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    files = sorted((p for p in site_dir.rglob("*") if p.is_file() and p.name not in _LEFT_OUT),
                   key=lambda p: p.relative_to(site_dir).as_posix())  # entry names in order, as strings
    names = [entry_name(folder, p.relative_to(site_dir).as_posix()) for p in files]  # all checked first
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_name(f".{zip_path.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            archive.comment = COMMENT
            for path, name in zip(files, names, strict=True):
                entry = zipfile.ZipInfo(name, stamp)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16  # readable by everyone once unzipped
                archive.writestr(entry, path.read_bytes())
        os.replace(partial, zip_path)
    finally:
        partial.unlink(missing_ok=True)
    return len(files)
