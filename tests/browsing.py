"""Helpers for the browser tests: Debian's Chromium through Playwright, a guard that fails on any
network request, a tiny static server for sub-path tests, and axe-core from its npm package."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
# The flags keep Chromium from phoning home (update checks, sync, metrics): on a closed network
# those requests fail noisily, and a reader's copy of the site must not cause any either.
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync"]
AXE_JS = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
MOBILE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
# The page shown for a kind that has many pages (the others of that kind share its template).
PREFERRED = ("topics/weapons.html", "facts/shells-million.html", "sources/wire-2024-03.html", "entities/nis.html",
             "briefing/topics/weapons.html")
EXPECTED_KINDS = ("index", "topics", "facts", "sources", "sources-index", "entities", "entities-index", "timeline",
                  "404", "briefing", "briefing-topics")  # the last two: the briefing pack's appendices and parts


# A translated edition's folder at the site root is named by its language tag (ko, pt-BR).
EDITION_FOLDER = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def in_ci() -> bool:
    """CI sets CI=true; there a missing browser or tool is a failure, not a skip."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def page_kinds(out: Path) -> dict[str, str]:
    """One page of every kind the built site has (route → kind), found in the output itself, so a
    page kind added later (search, analysis views) is covered without editing the tests."""
    chosen: dict[str, str] = {}
    for path in sorted(out.rglob("*.html")):
        route = path.relative_to(out).as_posix()
        first = route.split("/")[0]
        if "/" in route and EDITION_FOLDER.match(first) and (out / first / "index.html").is_file():
            continue  # a translated edition (ko/…) has the same kinds; pass out / "ko" to test it
        folder, _, name = route.rpartition("/")
        if not folder:
            kind = name.removesuffix(".html")
        elif name == "index.html":
            kind = f"{folder.replace('/', '-')}-index"
        else:
            kind = folder.replace("/", "-")
        if kind not in chosen or route in PREFERRED:
            chosen[kind] = route
    missing = [kind for kind in EXPECTED_KINDS if kind not in chosen]
    assert not missing, f"the built site lacks page kinds {missing}"
    return {route: kind for kind, route in sorted(chosen.items())}


@dataclass
class Guard:
    """Everything a page did that a reader's offline copy must never do."""

    allowed_prefix: str = ""
    network: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.network, f"requests left the site: {self.network}"
        assert not self.console_errors, f"console errors: {self.console_errors}"
        assert not self.dialogs, f"a dialog opened (script ran): {self.dialogs}"


def guard_context(context: Any, allowed_prefix: str = "") -> Guard:
    """Route every request of a browser context: http(s) outside `allowed_prefix` is recorded and aborted."""
    guard = Guard(allowed_prefix)

    def leaves_site(url: str) -> bool:
        return url.startswith(("http:", "https:", "ws:", "wss:")) and not (
            allowed_prefix and url.startswith(allowed_prefix))

    def on_request(request: Any) -> None:  # every request, routed or not, is seen here first
        if leaves_site(request.url) and request.url not in guard.network:
            guard.network.append(request.url)

    def on_route(route: Any) -> None:  # and nothing outside the site is ever let through
        if leaves_site(route.request.url):
            route.abort()
        else:
            route.continue_()

    context.on("request", on_request)
    context.route("**/*", on_route)

    def on_page(page: Any) -> None:
        page.on("console", lambda msg: guard.console_errors.append(f"{page.url}: {msg.text}")
                if msg.type == "error" else None)
        page.on("pageerror", lambda exc: guard.console_errors.append(f"{page.url}: {exc}"))
        page.on("websocket", lambda ws: guard.network.append(ws.url))

        def on_dialog(dialog: Any) -> None:
            guard.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()
        page.on("dialog", on_dialog)

    context.on("page", on_page)
    return guard


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 at a free port, as GitHub Pages would; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def as_project_site(out: Path, www: Path, name: str = "briefing") -> Path:
    """Copy a built site to `www/<name>/`, the layout of a GitHub Pages project site; returns the copy."""
    target = www / name
    shutil.copytree(out, target)
    return target


def axe_source() -> str:
    """axe-core's JavaScript, from the npm package installed by .ci/run (never fetched at test time)."""
    if not AXE_JS.exists():
        message = f"axe-core is not installed ({AXE_JS}); run: npm ci --prefix tests/js"
        if in_ci():
            raise AssertionError(message)
        import pytest
        pytest.skip(message)
    return AXE_JS.read_text(encoding="utf-8")


def screenshot(page: Any, name: str, full_page: bool = True) -> Path:
    """Save a screenshot under test-artifacts/ (git-ignored) for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
