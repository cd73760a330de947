"""Hardening: the watcher outlives any failed rebuild, the system's refusals are messages, and the
command line never overwrites what it did not write."""

from __future__ import annotations

import asyncio
import errno
import os
import signal
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT, copy_site, run_cli

from briefing import write
from briefing.serve import DevServer, overlay_html


def test_a_rebuild_that_raises_is_a_failed_build_and_watching_goes_on(site: Path, monkeypatch) -> None:
    """An injected ENOSPC while writing: reported like content problems; the next save recovers."""
    out = site / "output"
    server = DevServer(site, out)
    assert server.build(set()).ok
    real_put = write.Staging.put
    full = {"on": True}

    def put(self: write.Staging, route: str, data: bytes) -> bool:
        if full["on"]:
            raise OSError(errno.ENOSPC, "No space left on device", f"{self.path}/{route}")
        return real_put(self, route, data)

    monkeypatch.setattr(write.Staging, "put", put)
    sheet = site / "content/topics/weapons.yaml"
    before = (out / "topics/weapons.html").read_bytes()

    async def scenario() -> tuple[int, bool, str, int, bool]:
        watching = asyncio.ensure_future(server.watch())
        try:
            generation = server.state.generation
            sheet.write_text(sheet.read_text(encoding="utf-8").replace("Weapons", "Arms", 1), encoding="utf-8")
            while server.state.generation == generation:
                await asyncio.sleep(0.05)
            failed = (server.state.generation, server.state.ok, overlay_html(server.state.problems))
            # the last good site is still served
            assert (out / "topics/weapons.html").read_bytes() == before
            assert not server.lock.held
            full["on"] = False  # space freed; the editor saves again
            generation = server.state.generation
            sheet.write_text(sheet.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            deadline = time.monotonic() + 30
            while server.state.generation == generation and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert not watching.done(), watching.exception() if watching.done() else ""
            return (*failed, server.state.generation, server.state.ok)
        finally:
            watching.cancel()

    # In a thread of its own: a session's Playwright keeps an event loop running on this one.
    with ThreadPoolExecutor(1) as pool:
        generation, ok, panel, later, recovered = pool.submit(
            lambda: asyncio.run(asyncio.wait_for(scenario(), 60))).result()
    assert not ok
    assert "the build failed: cannot write or read" in panel and "No space left on device" in panel
    assert later == generation + 1 and recovered
    assert "Arms" in (out / "topics/weapons.html").read_text(encoding="utf-8")
    assert not server.lock.held


# --- the command line refuses, with a message, what would destroy or mislead ------------------


def test_zip_never_overwrites_an_input_a_directory_or_a_foreign_file(site: Path, tmp_path: Path) -> None:
    before = (site / "site.yaml").read_bytes()
    for target, force in ((site / "site.yaml", False), (site / "site.yaml", True),
                          (site / "content/topics/weapons.yaml", True)):
        result = run_cli("bundle", "--site", str(site), "--zip", str(target), *(["--force"] if force else []))
        assert result.returncode == 2, result.stderr
        assert "is one of the briefing's inputs" in result.stderr and "never overwritten" in result.stderr
        assert "Traceback" not in result.stderr
    assert (site / "site.yaml").read_bytes() == before
    folder = tmp_path / "somewhere"
    folder.mkdir()
    result = run_cli("bundle", "--site", str(site), "--zip", str(folder))
    assert result.returncode == 2 and f"--zip {folder}: is a directory" in result.stderr, result.stderr
    foreign = tmp_path / "thesis.zip"
    foreign.write_bytes(b"my own work")
    result = run_cli("bundle", "--site", str(site), "--zip", str(foreign))
    assert result.returncode == 2 and "exists and was not written by Briefing" in result.stderr, result.stderr
    assert foreign.read_bytes() == b"my own work"
    assert not (site / "output").exists()  # refused before building anything
    assert run_cli("bundle", "-q", "--site", str(site), "--zip", str(foreign), "--force").returncode == 0
    assert zipfile.is_zipfile(foreign)
    # A bundle Briefing wrote is replaced without --force.
    assert run_cli("bundle", "-q", "--site", str(site), "--zip", str(foreign)).returncode == 0


def test_pdf_never_overwrites_an_input(site: Path) -> None:
    sheet = site / "content/topics/weapons.yaml"
    before = sheet.read_bytes()
    result = run_cli("pdf", "--site", str(site), "--pdf", str(sheet), "--force")
    assert result.returncode == 2 and "is one of the briefing's inputs" in result.stderr, result.stderr
    assert sheet.read_bytes() == before


@pytest.mark.parametrize("where", ["templates", "content/out", "project-templates", "site"])
def test_an_output_inside_the_inputs_is_refused(site: Path, where: str) -> None:
    out = {"templates": site / "templates", "content/out": site / "content" / "out",
           "project-templates": ROOT / "templates" / "out", "site": site}[where]
    (site / "templates").mkdir(exist_ok=True)
    result = run_cli("--site", str(site), "--output", str(out))
    assert result.returncode == 2, result.stderr
    assert f"build.py: error: --output {out}: " in result.stderr
    assert ("is inside the build's input" in result.stderr) or ("holds the build's input" in result.stderr)
    assert not (out / "index.html").exists() and not (ROOT / "templates" / "out").exists()


def test_output_through_dot_dot_is_the_directory_it_names(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "www"
    result = run_cli("-q", "--site", str(site), "--output", str(out / "new" / ".."))
    assert result.returncode == 0, result.stderr
    assert (out / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "site") == [".www.lock", "www"]


def test_a_full_disk_is_a_message_and_the_old_site_stays(site: Path, monkeypatch, capsys) -> None:
    from briefing.cli import main

    out = site / "output"
    assert main(["-q", "--site", str(site), "--output", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (site / "content/topics/weapons.yaml").write_text(
        (site / "content/topics/weapons.yaml").read_text(encoding="utf-8").replace("Weapons", "Arms", 1),
        encoding="utf-8")

    def full(self: write.Staging, route: str, data: bytes) -> bool:
        raise OSError(errno.ENOSPC, "No space left on device", f"{self.path}/{route}")

    monkeypatch.setattr(write.Staging, "put", full)
    capsys.readouterr()
    assert main(["--site", str(site), "--output", str(out)]) == 4
    err = capsys.readouterr().err
    assert "build.py: error: cannot write " in err and ": No space left on device" in err
    assert "hint: free some disk space" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in out.parent.glob(".output.*-tmp")] == []


def test_a_read_only_site_builds(site: Path, tmp_path: Path) -> None:
    """The site directory mounted read-only (a private mount namespace): the cache lives outside it
    (the user's cache directory), so the build needs nothing written inside the site."""
    assert run_cli("-q", "--site", str(site), "--output", str(tmp_path / "first")).returncode == 0
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no private mount namespace here (unshare --mount needs CAP_SYS_ADMIN)")
    out = tmp_path / "second"
    script = (f"mount --bind -o ro {site} {site} && "
              f"exec {sys.executable} {ROOT / 'build.py'} --site {site} --output {out}")
    result = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    assert "template error" not in result.stderr and "Traceback" not in result.stderr
    assert (out / "index.html").is_file()
    # Its default output, site/output, is on the read-only disk too: a message, exit 4.
    script = f"mount --bind -o ro {site} {site} && exec {sys.executable} {ROOT / 'build.py'} -q --site {site}"
    result = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 4, result.stderr
    assert f"build.py: error: cannot write {site}/.output.lock: Read-only file system" in result.stderr
    assert "hint: the disk is read-only: build elsewhere with --output" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_compiled_template_that_cannot_be_kept_is_no_template_error(site: Path, tmp_path: Path,
                                                                       monkeypatch) -> None:
    """In-process (as `serve` builds): the compiled-template cache's write fails; the build does not."""
    import jinja2

    from briefing import render
    from briefing.pipeline import build

    def refuse(self: object, bucket: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "dump_bytecode", refuse)
    render.forget_templates()
    try:
        result = build(site, tmp_path / "out")
    finally:
        render.forget_templates()
    assert result.ok, [p.format() for p in result.problems]


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path, monkeypatch) -> None:
    """SIGINT to the whole process group, as a terminal sends it: on a site big enough that pages are
    rendered by forked workers too, which must leave the interrupt to the parent."""
    import test_no_loss

    monkeypatch.setattr(test_no_loss, "FACTS", 600)
    site = copy_site(tmp_path / "site")
    test_no_loss._bigger(site)
    interrupted = 0
    out = tmp_path / "out"
    argv = [sys.executable, str(ROOT / "build.py"), "--no-cache", "--site", str(site), "--output", str(out)]
    env = {**os.environ, "NO_COLOR": "1"}
    started = time.monotonic()
    subprocess.run(argv, capture_output=True, env=env, timeout=300, check=True)
    duration = time.monotonic() - started  # ~0.9 s idle, more under load
    # Interrupts at different moments: once the build's staging tree appeared (a little later each
    # time), and at fractions of a whole build's time; until one run was interrupted (at most ten).
    moments = [("staged", 0.0), ("at", 0.4), ("staged", 0.05), ("at", 0.6), ("staged", 0.1), ("at", 0.3),
               ("staged", 0.2), ("at", 0.5), ("staged", 0.0), ("at", 0.7)]
    seen = []
    for attempt, (how, when) in enumerate(moments):
        if interrupted and attempt >= 4:
            break
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                   start_new_session=True)
        if how == "staged":
            running = test_no_loss.under_way(process, out, when)
        else:
            time.sleep(when * duration)
            running = process.poll() is None
        if running:
            os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=120)
        seen.append((how, when, running, process.returncode))
        assert "Traceback" not in err, err
        if process.returncode == 130:
            interrupted += 1
            assert err.strip().splitlines()[-1] == "build.py: interrupted (Ctrl-C)", err
        else:
            assert process.returncode == 0, err
    assert interrupted, f"no run was interrupted before it finished (a build takes {duration:.2f} s): {seen}"
    assert not list(tmp_path.glob(".out.*-tmp"))  # the next build's sweep has nothing of theirs to find


def test_untrusted_text_reaches_the_terminal_escaped(site: Path) -> None:
    quote = "Both Russia and North Korea have rejected the accusations."
    sheet = site / "content/topics/diplomacy.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        f"quote: {quote[:-1]}", 'quote: "\\e]0;pwned\\a\\e[2J rejected"', 1), encoding="utf-8")
    article = site.parent / "article.txt"
    article.write_text("Headline \x1b[2J here\n\nBy Someone\n\nThe body \x1b]0;title\x07 of it, long enough to "
                       "be an article about shells and rockets.\n", encoding="utf-8")
    for args in (["check", "--site", str(site)], ["new", "source", str(article), "--site", str(site)],
                 ["coverage", "-v", "--site", str(site)]):
        result = run_cli(*args)
        assert "\x1b" not in result.stdout + result.stderr, (args, result.stdout, result.stderr)
        assert "\x07" not in result.stdout + result.stderr


def test_an_id_with_a_trailing_newline_is_refused(site: Path) -> None:
    article = site.parent / "article.txt"
    article.write_text("A headline\n\nSome text of an article.\n", encoding="utf-8")
    result = run_cli("new", "source", str(article), "--id", "evil\n", "--site", str(site))
    assert result.returncode == 2, result.stderr
    assert "not a valid id" in result.stderr
    assert sorted(p.name for p in (site / "content/sources").iterdir()) == sorted(
        p.name for p in (ROOT / "tests/fixtures/site/content/sources").iterdir())
