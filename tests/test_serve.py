"""`build.py serve`: request path safety, the problems overlay, watching, and the whole loop end to end."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, copy_site

from briefing.problems import Location, error, warning
from briefing.serve import OVERLAY_ID, Wakeup, Watcher, host_allowed, inject, overlay_html, safe_path

# --- request paths ------------------------------------------------------------------------------


@pytest.fixture
def served(tmp_path: Path) -> Path:
    """An output directory with a few files, beside a site file that must never be served."""
    (tmp_path / "site.yaml").write_text("title: secret\n", encoding="utf-8")
    out = tmp_path / "output"
    (out / "topics").mkdir(parents=True)
    (out / "index.html").write_text("<html><body>home</body></html>", encoding="utf-8")
    (out / "topics" / "weapons.html").write_text("weapons", encoding="utf-8")
    (out / "topics" / "index.html").write_text("topics", encoding="utf-8")
    (out / "a b.html").write_text("space", encoding="utf-8")
    (out / "leak.html").symlink_to(tmp_path / "site.yaml")
    return out


@pytest.mark.parametrize(("request_path", "expected"), [
    ("/", "index.html"),
    ("/index.html", "index.html"),
    ("/topics/weapons.html", "topics/weapons.html"),
    ("/topics/", "topics/index.html"),
    ("/topics", "topics/index.html"),
    ("/a%20b.html", "a b.html"),
    ("/topics/weapons.html?x=1#top", "topics/weapons.html"),
    ("/./topics/./weapons.html", "topics/weapons.html"),
])
def test_paths_inside_the_output_are_served(served: Path, request_path: str, expected: str) -> None:
    assert safe_path(served, request_path) == (served / expected).resolve()


@pytest.mark.parametrize("request_path", [
    "/../site.yaml",
    "/%2e%2e/site.yaml",
    "/%2E%2E/site.yaml",
    "/topics/../../site.yaml",
    "/topics/%2e%2e/%2e%2e/site.yaml",
    "/..%2fsite.yaml",
    "/%2e%2e%2fsite.yaml",
    "/..\\site.yaml",
    "/%5c..%5csite.yaml",
    "//etc/passwd",
    "/%2fetc/passwd",
    "/C:/Windows/win.ini",
    "/index.html%00.txt",
    "/leak.html",              # a symbolic link out of the output directory
    "/missing.html",
    "/%ff.html",               # not UTF-8 once decoded
    "etc/passwd",              # not a path at all
])
def test_paths_outside_the_output_are_refused(served: Path, request_path: str) -> None:
    try:
        assert safe_path(served, request_path) is None
    except UnicodeDecodeError:
        pass  # the handler answers 404 for undecodable paths (tested end to end)


@pytest.mark.parametrize(("bound", "host_header", "allowed"), [
    ("127.0.0.1", "127.0.0.1:8000", True),
    ("127.0.0.1", "localhost:8000", True),
    ("127.0.0.1", "LOCALHOST", True),
    ("127.0.0.1", "[::1]:8000", True),
    ("127.0.0.1", "attacker.example:8000", False),   # DNS rebinding
    ("127.0.0.1", "127.0.0.1.attacker.example", False),
    ("127.0.0.1", "", False),
    ("0.0.0.0", "laptop.lan:8000", True),             # explicitly opened to the network
])
def test_host_header_check(bound: str, host_header: str, allowed: bool) -> None:
    assert host_allowed(bound, host_header) is allowed


# --- the overlay --------------------------------------------------------------------------------

def test_overlay_lists_problems_escaped_errors_first() -> None:
    problems = [
        warning(Location("content/entities.yaml", 3, 1), "entity 'x' is not used by any fact"),
        error(Location("content/topics/weapons.yaml", 14, 5), "unknown field '<script>alert(1)</script>'",
              'did you mean "source" & co?'),
    ]
    overlay = overlay_html(problems)
    assert f'<section id="{OVERLAY_ID}" role="alert"' in overlay
    assert "The last build failed: 1 error." in overlay
    assert "<script>" not in overlay
    assert "unknown field &#x27;&lt;script&gt;alert(1)&lt;/script&gt;&#x27;" in overlay
    assert "hint: did you mean &quot;source&quot; &amp; co?" in overlay
    assert overlay.index("content/topics/weapons.yaml:14:5") < overlay.index("content/entities.yaml:3:1")


def test_inject_adds_the_reload_client_and_the_overlay_only_with_problems() -> None:
    page = b'<!DOCTYPE html><html><head></head><body class="x">\n<p>text</p>\n</body></html>'
    clean = inject(page, [])
    assert clean == page.replace(b"</body>", b'<script src="/livereload.js"></script></body>')
    broken = inject(page, [error(Location("site.yaml", 2, 1), "boom")])
    assert broken.startswith(b'<!DOCTYPE html><html><head></head><body class="x"><link rel="stylesheet" '
                             b'href="/__briefing__/overlay.css"><section id="briefing-problems"')
    assert b"<code class=\"briefing-problem-location\">site.yaml:2:1</code>" in broken
    assert broken.endswith(b'<script src="/livereload.js"></script></body></html>')
    assert inject(b"no markup", []) == b'no markup<script src="/livereload.js"></script>'


def test_watcher_sees_changes_additions_and_removals_but_not_editor_files(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    fact_sheet = content / "weapons.yaml"
    fact_sheet.write_text("a", encoding="utf-8")
    out = content / "output"
    out.mkdir()
    watcher = Watcher([content, tmp_path / "site.yaml"], exclude=[out])
    assert watcher.changes() == set()
    fact_sheet.write_text("ab", encoding="utf-8")
    (content / ".weapons.yaml.swp").write_text("x", encoding="utf-8")
    (content / "weapons.yaml~").write_text("x", encoding="utf-8")
    (out / "index.html").write_text("x", encoding="utf-8")
    assert watcher.changes_pending()
    assert watcher.changes() == {fact_sheet}
    assert not watcher.changes_pending()
    site = tmp_path / "site.yaml"
    site.write_text("title: x\n", encoding="utf-8")
    fact_sheet.unlink()
    assert watcher.changes() == {site, fact_sheet}
    # An editor that saves by renaming a new file over the old one changes the inode.
    site.with_name("new").write_text("title: y\n", encoding="utf-8")
    os.replace(site.with_name("new"), site)
    assert watcher.changes() == {site}



def in_a_thread(scenario: Callable[[], Coroutine[Any, Any, list[bool]]]) -> list[bool] | None:
    """Run an async scenario in a thread of its own (a browser test earlier in the session may
    leave this thread's loop running); None when it failed or took over a minute."""
    seen: list[list[bool]] = []
    runner = threading.Thread(target=lambda: seen.append(asyncio.run(scenario())))
    runner.start()
    runner.join(60)
    return seen[0] if seen else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_wakeup_reports_saves_new_folders_and_ignores_the_output(tmp_path: Path) -> None:
    """The watcher is woken by a save (in a folder made after it started, too, once a refresh
    watches it: `watches` says when one is needed), not by the output written beside site.yaml;
    it is only a hint, so nothing else depends on it."""
    content, out = tmp_path / "content", tmp_path / "output"
    (content / "topics").mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("title: x\n", encoding="utf-8")
    out.mkdir()

    async def scenario() -> list[bool]:
        wakeup = Wakeup([tmp_path / "site.yaml", content, tmp_path / "templates"], [out])
        assert wakeup.start()
        seen = []
        try:
            (out / "index.html").write_text("built", encoding="utf-8")
            (tmp_path / ".output.lock").write_text("1", encoding="utf-8")
            seen.append(await wakeup.wait(0.3))  # the output and the lock are not inputs
            (content / "topics" / "weapons.yaml").write_text("facts: []\n", encoding="utf-8")
            seen.append(await wakeup.wait(10))
            (content / "sources").mkdir()
            seen.append(await wakeup.wait(10))
            new_file = [content / "sources" / "a.yaml"]
            seen.append(wakeup.watches([content / "topics" / "weapons.yaml"]) and not wakeup.watches(new_file))
            wakeup.refresh()
            seen.append(wakeup.watches(new_file))
            (content / "sources" / "a.yaml").write_text("id: a\n", encoding="utf-8")
            seen.append(await wakeup.wait(10))
            (tmp_path / "site.yaml").write_text("title: y\n", encoding="utf-8")
            seen.append(await wakeup.wait(10))
            (tmp_path / "templates").mkdir()  # a folder that did not exist when the watching began
            seen.append(await wakeup.wait(10))
        finally:
            wakeup.close()
        return seen

    assert in_a_thread(scenario) == [False, True, True, True, True, True, True, True]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_wakeup_hears_what_was_written_while_the_loop_was_busy(tmp_path: Path) -> None:
    """A build blocks the event loop: `heard()` reads the kernel's queue itself, so the server
    knows at once whether a save came in during the build (and polls only then)."""
    content = tmp_path / "content"
    content.mkdir()

    async def scenario() -> list[bool]:
        wakeup = Wakeup([content], [])
        assert wakeup.start() and wakeup.listening
        try:
            heard = [wakeup.heard()]
            (content / "a.yaml").write_text("id: a\n", encoding="utf-8")  # no await: the loop is "busy"
            heard.append(wakeup.heard())
            heard.append(await wakeup.wait(0.5))  # waiting takes it
            heard.append(wakeup.heard())
        finally:
            wakeup.close()
        return heard

    assert in_a_thread(scenario) == [False, True, True, False]


def test_pending_changes_are_polled_for_only_when_inotify_heard_something() -> None:
    """Nothing heard: nothing written, no poll (~20 ms at 4,000 files). Something heard: the poll
    decides, since a reload held back for an event that changed nothing would never be sent."""
    from types import SimpleNamespace

    from briefing.serve import DevServer

    class Unpolled:
        def changes_pending(self) -> bool:
            raise AssertionError("polled")

    quiet = SimpleNamespace(listening=True, heard=lambda: False)
    assert DevServer._changes_pending(SimpleNamespace(wakeup=quiet, watcher=Unpolled())) is False
    heard = SimpleNamespace(listening=True, heard=lambda: True)
    for pending in (True, False):
        watcher = SimpleNamespace(changes_pending=lambda pending=pending: pending)
        assert DevServer._changes_pending(SimpleNamespace(wakeup=heard, watcher=watcher)) is pending
    deaf = SimpleNamespace(listening=False, heard=lambda: False)  # no inotify: the poll alone
    assert DevServer._changes_pending(SimpleNamespace(wakeup=deaf, watcher=SimpleNamespace(
        changes_pending=lambda: True))) is True


@pytest.mark.parametrize(("woken", "listening", "events", "heard", "polls"), [
    (True, True, [False], False, 1),  # woken by inotify, quiet, nothing heard during the poll: one poll
    (True, True, [True, True, False], False, 1),  # still being written when woken: settled before the poll
    (True, True, [False, False], True, 2),  # written during the poll: settled and polled again
    (False, True, [False], False, 2),  # the poll found it on its own (an event missed): polled again
    (True, False, [], False, 2),  # no inotify: settled by time, polled again
])
def test_a_round_polls_again_only_when_inotify_cannot_vouch_for_its_poll(
        woken: bool, listening: bool, events: list[bool], heard: bool, polls: int) -> None:
    """A save wakes the server as it begins; the server waits for inotify to be quiet, polls, and
    builds at once when nothing was heard since: no second poll of every input (~20 ms at 4,000
    files). A round the poll started, or a write during the poll, settles and polls again."""
    from types import SimpleNamespace

    from briefing.serve import DevServer

    saved = {Path("content/topics/weapons.yaml")}
    snapshots = [saved, set(), set()]
    taken: list[set[Path]] = []
    built: list[set[Path]] = []

    async def wait(seconds: float) -> bool:
        return events.pop(0) if events else False

    server = SimpleNamespace(
        watcher=SimpleNamespace(changes=lambda: taken.append(snapshots[len(taken)]) or taken[-1]),
        wakeup=SimpleNamespace(listening=listening, wait=wait, refresh=lambda: None, heard=lambda: heard,
                               watches=lambda paths: True),
        _try_lock=lambda: True, build=built.append, _changes_pending=lambda: False,
        reload_browsers=lambda: None, persist=lambda stop: None)

    async def scenario() -> list[bool]:
        await DevServer._round(server, woken)  # type: ignore[arg-type]
        return events
    assert in_a_thread(scenario) == []  # every event waited for
    assert len(taken) == polls and built == [saved]

# --- end to end ---------------------------------------------------------------------------------

class Server:
    """`python build.py serve --port 0` in a subprocess, with helpers to talk to it."""

    def __init__(self, site: Path, *extra: str) -> None:
        env = dict(os.environ, NO_COLOR="1", PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "build.py"), "serve", "--site", str(site), "--port", "0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.first_lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"serve exited: {self.process.wait()} {self.process.stderr.read()}")
            self.first_lines.append(line)
            if line.startswith("Serving "):
                self.port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
                return
        raise AssertionError("serve did not start")

    def get(self, path: str) -> tuple[int, str]:
        """Fetch a page with urllib, as a script would."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")

    def get_raw(self, path: str) -> tuple[int, str]:
        """Send the path exactly as written (no client-side handling of '..' or escapes)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, body

    def status(self) -> dict:
        return json.loads(self.get("/__briefing__/status.json")[1])

    def wait_for_build(self, after: int, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status()
            if status["generation"] > after:
                return status
            time.sleep(0.05)
        raise AssertionError(f"no build after generation {after}")

    def stop(self) -> tuple[str, str]:
        self.process.terminate()
        out, err = self.process.communicate(timeout=30)
        return "".join(self.first_lines) + out, err


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    site = copy_site(tmp_path / "site")
    running = Server(site)
    try:
        yield running, site
    finally:
        running.stop()


def test_serve_shows_problems_on_the_page_and_clears_them(server: tuple[Server, Path]) -> None:
    running, site = server
    status, page = running.get("/")
    assert status == 200
    assert "Fixture briefing" in page and '<script src="/livereload.js"></script>' in page
    assert OVERLAY_ID not in page
    assert running.status()["ok"] is True
    assert OVERLAY_ID not in (site / "output" / "index.html").read_text(encoding="utf-8")

    weapons = site / "content/topics/weapons.yaml"
    good = weapons.read_text(encoding="utf-8")
    generation = running.status()["generation"]
    weapons.write_text(good.replace("    claim: North Korea began", "    <b>claim</b>: North Korea began", 1),
                       encoding="utf-8")
    status_after = running.wait_for_build(generation)
    assert status_after["ok"] is False
    status, page = running.get("/topics/weapons.html")
    assert status == 200
    assert f'<section id="{OVERLAY_ID}"' in page
    assert '<code class="briefing-problem-location">content/topics/weapons.yaml:6:5</code>' in page
    assert "unknown field &#x27;&lt;b&gt;claim&lt;/b&gt;&#x27; in fact" in page
    assert "<b>claim</b>" not in page
    assert "North Korea began delivering artillery shells" in page  # the last good site, still served
    assert OVERLAY_ID not in (site / "output" / "topics" / "weapons.html").read_text(encoding="utf-8")

    weapons.write_text(good, encoding="utf-8")
    assert running.wait_for_build(status_after["generation"])["ok"] is True
    status, page = running.get("/topics/weapons.html")
    assert status == 200 and OVERLAY_ID not in page

    out, err = running.stop()
    assert "content/topics/weapons.yaml:6:5: error: unknown field '<b>claim</b>' in fact" in err
    assert "still serving the last good site" in err
    assert "Rebuilt in" in out


def test_serve_never_serves_files_outside_the_output(server: tuple[Server, Path]) -> None:
    running, _site = server
    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=30)
    connection.request("GET", "/__briefing__/status.json", headers={"Host": "rebound.example:80"})
    response = connection.getresponse()
    assert response.status == 403 and b"problems" not in response.read()
    connection.close()
    for path in ("/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/content/entities.yaml", "/..%2fsite.yaml",
                 "//etc/passwd", "/%2fetc/passwd", "/topics/../../site.yaml", "/%ff", "/index.html%00"):
        status, body = running.get_raw(path)
        assert status == 404, path
        assert "Fixture briefing" in body or "Not found" in body  # the site's 404 page, nothing else
        assert "key_judgments" not in body and "root:" not in body


def test_several_saves_at_once_give_one_build_and_reload_follows_the_build(server: tuple[Server, Path]) -> None:
    from tornado.websocket import websocket_connect

    running, site = server

    async def scenario() -> tuple[dict, int, dict]:
        socket_ = await websocket_connect(f"ws://127.0.0.1:{running.port}/livereload")
        await socket_.write_message(json.dumps({"command": "hello", "protocols": [
            "http://livereload.com/protocols/official-7"]}))
        assert json.loads(await socket_.read_message())["command"] == "hello"
        await socket_.write_message(json.dumps({"command": "info", "url": "http://x/"}))
        await asyncio.sleep(0.2)
        before = running.status()["generation"]
        # Three files saved together, as an editor's "save all" does.
        for name in ("content/topics/weapons.yaml", "content/topics/diplomacy.yaml", "site.yaml"):
            path = site / name
            path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        message = json.loads(await asyncio.wait_for(socket_.read_message(), 30))
        at_reload = running.status()  # the build must be complete when the reload goes out
        await asyncio.sleep(1.0)
        socket_.close()
        return message, before, at_reload

    # In a thread of its own: Playwright's sync API (browser tests) may keep a loop running in this one.
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(asyncio.run(scenario())))
    worker.start()
    worker.join(90)
    assert outcome, "the WebSocket scenario failed or timed out (see the thread's exception above)"
    message, before, at_reload = outcome[0]
    assert message["command"] == "reload"
    assert at_reload["generation"] == before + 1 and at_reload["ok"] is True
    assert running.status()["generation"] == before + 1  # one build for the three saves


def test_port_in_use_is_a_usage_error(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, str(ROOT / "build.py"), "serve", "--site", str(site),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert (f"build.py serve: error: port {port} on 127.0.0.1 is already in use (another build.py serve?); "
            f"try another port, e.g. --port {port + 1}") in done.stderr
    assert not (site / "output").exists()  # it failed before building anything


def test_a_site_whose_first_build_fails_is_served_with_the_overlay(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={"site.yaml": "title: Broken\ntitel: x\n"})
    running = Server(site)
    try:
        status, page = running.get("/")
        assert status == 404
        assert f'<section id="{OVERLAY_ID}"' in page
        assert '<code class="briefing-problem-location">site.yaml:2:1</code>' in page
        assert "unknown field &#x27;titel&#x27; in site" in page
        assert "No site has been built yet" in page
    finally:
        _out, err = running.stop()
    assert "site.yaml:2:1: error: unknown field 'titel' in site" in err
