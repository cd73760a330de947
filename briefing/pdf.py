"""After the write stage: print the built briefing pack (`briefing.html`) to PDF with headless Chromium.

Chromium is found on the PATH (or named by BRIEFING_CHROMIUM); when there is none, the
problem says what to install. The paper size is set by a print copy of the pack placed
beside it for the moment of printing, so links, styles and footnote anchors still resolve.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import urls
from .problems import Location, Problem, error

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
PAPER_SIZES = {"a4": "A4", "letter": "letter"}
TIMEOUT = 180
INSTALL_HINT = ("install Chromium: `sudo apt-get install chromium` (Debian, Ubuntu), "
                "`brew install --cask chromium` (macOS), or set BRIEFING_CHROMIUM=/path/to/chrome; "
                "or open briefing.html in any browser and print it to PDF")


def is_printed_pack(path: Path) -> bool:
    """True for a PDF Chromium printed (its producer is Skia/PDF); --pdf replaces only those."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(b"%PDF-") and b"Skia/PDF" in data


def find_chromium() -> str | None:
    """The Chromium or Chrome executable to print with: $BRIEFING_CHROMIUM, else the first on PATH."""
    named = os.environ.get("BRIEFING_CHROMIUM")
    if named:
        return named if Path(named).is_file() and os.access(named, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_command(chromium: str, page: Path, pdf: Path, profile: Path) -> list[str]:
    """The headless Chromium command line that prints `page` to `pdf` without header and footer."""
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", f"--user-data-dir={profile}", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}", page.as_uri()]


def print_pack(out_dir: Path, pdf_path: Path, paper: str = "a4", chromium: str | None = None) -> Problem | None:
    """Print `out_dir/briefing.html` to `pdf_path` on A4 or Letter; a Problem says what went wrong."""
    chromium = chromium or find_chromium()
    if chromium is None:
        named = os.environ.get("BRIEFING_CHROMIUM")
        message = (f"BRIEFING_CHROMIUM={named} is not an executable file" if named
                   else "no Chromium or Chrome was found to print the PDF")
        return error(Location("chromium"), message, INSTALL_HINT)
    pack = out_dir / urls.PACK
    if not pack.is_file():
        return error(Location(str(pack)), "the briefing pack was not built", "run `python build.py` first")
    html = pack.read_text(encoding="utf-8")
    page_rule = f"<style>@page {{ size: {PAPER_SIZES[paper]}; }}</style>\n</head>"
    printable = out_dir / f".{pack.stem}.print-{os.getpid()}.html"
    pdf_path = pdf_path.absolute()
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    partial = pdf_path.with_name(f".{pdf_path.name}.{os.getpid()}.tmp")
    try:
        printable.write_text(html.replace("</head>", page_rule, 1), encoding="utf-8")
        with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile:
            try:
                run = subprocess.run(print_command(chromium, printable, partial, Path(profile)),
                                     capture_output=True, text=True, timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                return error(Location(chromium), f"Chromium did not finish printing within {TIMEOUT} s",
                             "try again; if it keeps hanging, print briefing.html from a browser")
            except OSError as exc:
                return error(Location(chromium), f"Chromium could not be started: {exc.strerror}", INSTALL_HINT)
        if run.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
            detail = (run.stderr.strip().splitlines() or ["no output"])[-1]
            return error(Location(chromium), f"Chromium failed to print the PDF (exit {run.returncode}): {detail}",
                         "check that this Chromium runs headless: " + " ".join(
                             print_command(chromium, printable, partial, Path("PROFILE"))))
        os.replace(partial, pdf_path)
    finally:
        printable.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return None
