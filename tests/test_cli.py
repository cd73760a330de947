"""The command line: help with examples everywhere, the summary line, quiet/verbose, colour, exit codes."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE, ROOT, copy_site

from briefing.cli import COMMANDS, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main

SUMMARY = re.compile(r"^Built (\d+) pages \((\d+) facts, (\d+) sources, (\d+) entities, (\d+) warnings?\) "
                     r"in \d+\.\d\d s → open (.+/index\.html)$")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """main(argv) in-process; argparse's own exits (help, usage errors) are caught too."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("argv", [[], *([name] for name in COMMANDS), ["new", "source"]])
def test_every_command_has_help_with_examples(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, _err = _run(capsys, *argv, "--help")
    assert code == EXIT_OK
    assert "usage: build.py" in out
    assert "\nexamples:\n  python build.py" in out
    assert "exit codes: 0 ok, 1 content problems (listed as path:line:col), 2 usage error" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["publish"], "argument COMMAND: invalid choice: 'publish'"),
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["check", "--bogus"], "unrecognized arguments: --bogus"),
    (["serve", "--port", "http"], "argument --port: 'http' is not a port number"),
    (["serve", "--port", "70000"], "argument --port: 70000 is not a port number"),
    (["new"], "the following arguments are required: KIND"),
    (["new", "topic"], "argument KIND: invalid choice: 'topic'"),
    (["new", "source"], "the following arguments are required: ARTICLE.txt"),
    (["check", "--quiet", "--verbose"], "argument -v/--verbose: not allowed with argument -q/--quiet"),
])
def test_usage_errors_print_usage_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                                             message: str) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == EXIT_USAGE
    assert err.startswith("usage: build.py")
    assert message in err
    assert out == ""


def test_usage_errors_found_after_parsing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = _run(capsys, "--site", str(tmp_path / "nowhere"))
    assert (code, err) == (EXIT_USAGE, f"build.py: error: --site {tmp_path / 'nowhere'}: no such directory\n")
    code, _out, err = _run(capsys, "-q", "check", "-v", "--site", str(FIXTURE_SITE))
    assert (code, err) == (EXIT_USAGE, "build.py: error: use either --quiet or --verbose, not both\n")


def test_options_work_before_and_after_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = copy_site(tmp_path / "broken", changes={"content/sources/wire-2024-03.yaml": "title: x\nsoruce: y\n"})
    for argv in (["--site", str(broken), "check"], ["check", "--site", str(broken)]):
        code, _out, err = _run(capsys, *argv)
        assert code == EXIT_PROBLEMS, argv
        assert "content/sources/wire-2024-03.yaml:2:1: error: unknown field 'soruce' in source" in err, argv


def test_build_prints_one_summary_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = _run(capsys, "--site", str(FIXTURE_SITE), "--output", str(out_dir))
    assert code == EXIT_OK
    [line] = out.splitlines()
    match = SUMMARY.match(line)
    assert match, line
    pages, facts, sources, entities, _warnings, index = match.groups()
    assert (int(facts), int(sources), int(entities)) == (4, 2, 6)
    assert int(pages) >= len(list(out_dir.rglob("*.html"))) > 20  # pages: HTML and other generated files
    assert index == str(out_dir / "index.html")
    assert "\033[" not in out + err  # not a terminal


def test_quiet_and_verbose(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, _err = _run(capsys, "build", "--quiet", "--site", str(FIXTURE_SITE), "--output", str(out_dir))
    assert (code, out) == (EXIT_OK, "")
    code, out, _err = _run(capsys, "build", "-v", "--site", str(FIXTURE_SITE), "--output", str(out_dir))
    assert code == EXIT_OK
    summary, details = out.splitlines()
    assert SUMMARY.match(summary)
    assert re.fullmatch(r"  0 files written, \d+ unchanged \(not rewritten\), 0 removed", details)
    code, out, _err = _run(capsys, "check", "-q", "--site", str(FIXTURE_SITE))
    assert (code, out) == (EXIT_OK, "")


def test_verbose_says_where_the_time_went(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """After an edit, -v adds the seconds of each stage and the templates that took most CPU."""
    site, out_dir = copy_site(tmp_path / "site"), tmp_path / "out"
    assert _run(capsys, "build", "-q", "--site", str(site), "--output", str(out_dir))[0] == EXIT_OK
    sheet = site / "content" / "topics" / "weapons.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "claim: North Korea delivered more than a million", "claim: North Korea delivered over a million"),
        encoding="utf-8")
    code, out, _err = _run(capsys, "build", "-v", "--site", str(site), "--output", str(out_dir))
    assert code == EXIT_OK
    _summary, written, stages, templates = out.splitlines()
    assert re.fullmatch(r"  \d+ files written, \d+ unchanged \(not rewritten\), 0 removed", written)
    seconds = r"\d+\.\d\d s"
    assert re.fullmatch(rf"  time: validate {seconds}, plan {seconds}, compare {seconds}, render {seconds}, "
                        rf"write {seconds}", stages), stages
    one = rf"[\w .-]+ {seconds} \((?:1 page|\d+ pages)\)"
    assert re.fullmatch(rf"  rendering \(CPU\): {one}(, {one}){{0,4}}(, …)?", templates), templates
    assert ".html " in templates  # the five slowest of the templates rendered (which ones depends on timing)


def test_content_problems_exit_1_and_write_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": "- id: x\n  kind: state\n"})
    code, out, err = _run(capsys, "--site", str(site))
    assert code == EXIT_PROBLEMS
    assert out == ""
    assert "content/entities.yaml:1:3: error: entity is missing the required field 'name'" in err
    assert not (site / "output").exists()


def _on_a_terminal(*argv: str, env: dict[str, str]) -> str:
    """Run build.py with stdout and stderr on a pseudo-terminal; return what the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), *argv], stdout=follower,
                               stderr=follower, stdin=subprocess.DEVNULL, env=env, close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process has finished writing
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": "- id: x\n  kind: state\n"})
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env["TERM"] = "xterm"
    coloured = _on_a_terminal("check", "--site", str(site), env=env)
    assert "\033[1;31merror\033[0m: entity is missing the required field 'name'" in coloured
    plain = _on_a_terminal("check", "--site", str(site), env={**env, "NO_COLOR": "1"})
    assert "error: entity is missing the required field 'name'" in plain
    assert "\033[" not in plain
    dumb = _on_a_terminal("check", "--site", str(site), env={**env, "TERM": "dumb"})
    assert "\033[" not in dumb
    piped = subprocess.run([sys.executable, str(ROOT / "build.py"), "check", "--site", str(site)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert "\033[" not in piped.stdout + piped.stderr


def test_quiet_build_leaves_out_notes_but_keeps_warnings(tmp_path: Path) -> None:
    from conftest import FIXTURE_SITE, run_cli

    quiet = run_cli("--site", str(FIXTURE_SITE), "--output", str(tmp_path / "out"), "--quiet", "--no-cache")
    assert quiet.returncode == 0
    assert "note: no base_url" not in quiet.stderr and quiet.stdout == ""
    loud = run_cli("--site", str(FIXTURE_SITE), "--output", str(tmp_path / "out"), "--no-cache")
    assert "site.yaml: note: no base_url" in loud.stderr
