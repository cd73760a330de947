"""Where the build cache lives, and why it can be trusted: outside the site, sealed by this user.

The cache is kept in the user's cache directory (`$XDG_CACHE_HOME/briefing/`, else
`~/.cache/briefing/`), one folder per site named by a digest of the site's resolved path: nothing
a pull request adds to a repository is ever read as cache. Every cache file is sealed with an
HMAC-SHA256 under a random key kept beside the folders (created readable by this user only), over
the file's name and content. A file that does not verify (corrupt, truncated, written for another
file or version, copied from elsewhere, or crafted) is ignored with a note and rebuilt; only
verified bytes are unpickled or handed to Jinja2 as compiled templates.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import re
import secrets
import shutil
import sys
from pathlib import Path
from typing import Any

from .problems import Location, Problem, note

_MAGIC = b"briefing-cache 1\n"
_KEY_BYTES = 32
_TAG_BYTES = 32
# The libraries whose versions shape the output: a cache written with other versions is not reused.
OUTPUT_LIBRARIES = ("jinja2", "markdown-it-py", "markupsafe", "pyyaml")


def cache_home() -> Path:
    """The user's cache folder for Briefing (XDG base directories: `$XDG_CACHE_HOME`, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "briefing"


def site_cache_dir(site_dir: Path) -> Path:
    """The cache folder of one site: a digest of its resolved path, so two sites never share entries."""
    resolved = str(site_dir.resolve())
    return cache_home() / hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:24]


_versions: str | None = None


def library_versions() -> str:
    """`name=version` of every library in OUTPUT_LIBRARIES, read from the installed metadata folders.

    Scanning `*.dist-info` names is a few hundred microseconds; importing the libraries (or
    importlib.metadata) to ask them would cost a no-op build tens of milliseconds.
    """
    global _versions
    if _versions is None:
        wanted = {re.sub(r"[-_.]+", "_", name).lower(): name for name in OUTPUT_LIBRARIES}
        found: dict[str, str] = {}
        for entry in sys.path:
            try:
                names = os.listdir(entry or ".")
            except OSError:
                continue
            for name in names:
                if name.endswith((".dist-info", ".egg-info")):
                    project, _, version = name.rsplit(".", 1)[0].partition("-")
                    key = re.sub(r"[-_.]+", "_", project).lower()
                    if key in wanted and wanted[key] not in found:
                        found[wanted[key]] = version
        _versions = ";".join(f"{name}={found.get(name, '?')}" for name in OUTPUT_LIBRARIES)
    return _versions


class Store:
    """The sealed files of one site's cache folder; `notes` says which entries were ignored, and why."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.notes: list[Problem] = []
        self._key: bytes | None = None
        self._disabled = False

    def _secret(self) -> bytes:
        if self._key is None:
            self._key = _load_key(self.folder.parent)
        return self._key

    def _tag(self, name: str, payload: bytes) -> bytes:
        mac = hmac.new(self._secret(), name.encode("utf-8", "surrogateescape") + b"\0", hashlib.sha256)
        mac.update(payload)
        return mac.digest()

    def read(self, name: str) -> bytes | None:
        """The verified content of cache file `name`, or None (missing, or ignored with a note)."""
        if self._disabled:
            return None
        path = self.folder / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:  # e.g. not a folder, or not readable: the cache is not used this run
            self._unusable(exc)
            return None
        head = len(_MAGIC) + _TAG_BYTES
        payload = data[head:]
        try:
            tag = self._tag(name, payload)
        except OSError as exc:
            self._unusable(exc)
            return None
        if len(data) < head or not data.startswith(_MAGIC) or not hmac.compare_digest(data[len(_MAGIC):head], tag):
            self._note(path, "cache entry ignored: not sealed by this user's builds (corrupt, foreign or "
                             "tampered with); it is rebuilt")
            return None
        return payload

    def write(self, name: str, payload: bytes) -> None:
        """Seal and write cache file `name` atomically; a cache that cannot be written is skipped with a note."""
        if self._disabled:
            return
        path = self.folder / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(_MAGIC + self._tag(name, payload) + payload)
            temporary.replace(path)
        except OSError as exc:
            self._unusable(exc)

    def _unusable(self, exc: OSError) -> None:
        if not self._disabled:  # one note per run, not one per file
            self._disabled = True
            self._note(self.folder, f"the build cache could not be used ({exc.strerror or exc}); "
                                    "the site is built without it")

    def load(self, name: str) -> Any | None:
        """The value pickled in cache file `name`, once its seal verified; None otherwise."""
        payload = self.read(name)
        if payload is None:
            return None
        try:
            return pickle.loads(payload)  # sealed with this user's key: we wrote it
        except Exception:  # written by an older build of ours that no longer loads: rebuild it
            self._note(self.folder / name, "cache entry ignored: it no longer loads; it is rebuilt")
            return None

    def dump(self, name: str, value: Any) -> None:
        """Pickle `value` into cache file `name`."""
        self.write(name, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, pattern: str, keep: set[str], newest: int = 0) -> None:
        """Delete the entries (files or folders) matching `pattern` but those named in `keep` and
        the `newest` most recently written: what another version or output left, never read again."""
        try:
            found = sorted(self.folder.glob(pattern), key=lambda p: p.stat().st_mtime)
            for stale in found[:len(found) - newest]:
                if stale.name in keep:
                    continue
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink(missing_ok=True)
        except OSError:  # a cache that cannot be tidied is only bigger
            pass

    def touch(self, name: str) -> None:
        """Mark cache file `name` as just used (prune keeps the newest)."""
        if self._disabled:
            return
        try:
            os.utime(self.folder / name)
        except OSError:  # gone meanwhile: it is written again when next needed
            pass

    def ignore(self, name: str, why: str) -> None:
        """Note that cache file `name` verified and loaded but is not used (`why`), and is rebuilt."""
        self._note(self.folder / name, f"cache entry ignored: {why}; it is rebuilt")

    def take_notes(self) -> list[Problem]:
        """The notes gathered since the last call."""
        notes, self.notes = self.notes, []
        return notes

    def _note(self, path: Path, message: str) -> None:
        self.notes.append(note(Location(str(path)), message,
                               f"deleting {self.folder} is always safe"))


def _load_key(home: Path) -> bytes:
    """This user's cache key: made once, at random, readable by the user only."""
    path = home / "key"
    try:
        key = path.read_bytes()
        if len(key) == _KEY_BYTES:
            return key
    except FileNotFoundError:
        pass
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(_KEY_BYTES)
    temporary = home / f"key.{os.getpid()}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    try:
        os.link(temporary, path)  # atomic, and never replaces a key another build just made
    except FileExistsError:
        existing = path.read_bytes()
        if len(existing) == _KEY_BYTES:
            key = existing
        else:  # a damaged key: every entry sealed with it is ignored anyway
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return key
