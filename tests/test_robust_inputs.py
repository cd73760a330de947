"""Hardening, part 3: inputs and command lines that crashed, misled or wrote where they should not,
beyond the one-mistake corpus of tests/fixtures/invalid/ (which holds the located content errors)."""

from __future__ import annotations

import datetime
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, copy_site, run_cli

from briefing.bundle import bundle_name
from briefing.fields import MAX_ID, is_id, slugify
from briefing.pipeline import build
from briefing.problems import Location, error
from briefing.serve import Watcher


def test_a_long_title_gives_a_bundle_name_a_file_system_accepts(site: Path, tmp_path: Path) -> None:
    """The zip is named after the title's slug: a 300-character title gave a name over 255 bytes."""
    title = "North Korean artillery shells and ballistic missiles delivered to Russia " * 4
    name = bundle_name(title, datetime.date(2024, 11, 5))
    assert len(name) <= MAX_ID + len("-2024-11-05") and name.endswith("-2024-11-05")
    sheet = site / "site.yaml"
    sheet.write_text(re.sub(r"(?m)^title: .*$", f"title: {title.strip()}", sheet.read_text(encoding="utf-8")),
                     encoding="utf-8")
    result = run_cli("bundle", "-q", "--site", str(site))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert [p.name[:-len("YYYY-MM-DD.zip")] for p in site.glob("*.zip")] == [name[:-len("2024-11-05")]]


def test_ids_are_slugs_of_at_most_max_id_characters() -> None:
    assert is_id("a" * MAX_ID) and not is_id("a" * (MAX_ID + 1))
    assert not is_id("id\n") and not is_id("Id") and not is_id("a--b")
    long = slugify("north korean artillery shells " * 10)
    assert is_id(long) and not long.endswith("-")


def test_new_source_refuses_an_id_too_long_for_a_file_name(site: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Title\n\nSeoul, Feb. 16 (Yonhap) -- A sentence of the article.\n", encoding="utf-8")
    result = run_cli("new", "source", "--site", str(site), "--id", "a" * 120, str(article))
    assert result.returncode == 2, result.stderr
    assert "not a valid id (lowercase letters, digits and single hyphens, at most 100 characters" in result.stderr
    assert not list((site / "content/sources").glob("a*"))


def test_base_url_option_is_checked_as_site_yaml_s(site: Path, tmp_path: Path) -> None:
    """--base-url only had to start with http(s)://: a query, a space or no host reached every page's address."""
    for value, message in [("https://x.github.io/r/?utm=1", "has a query (?…) or fragment (#…)"),
                           ("https://x.github.io/r/#top", "has a query (?…) or fragment (#…)"),
                           ("https:///r/", "has no host name"),
                           ("https://x.github.io/a b/", "contains a space"),
                           ("https://x.github.io:70000/", "has an impossible port")]:
        result = run_cli("--site", str(site), "--output", str(tmp_path / "out"), "--base-url", value)
        assert result.returncode == 2, (value, result.stderr)
        assert f"build.py: error: --base-url: '{value}' {message}" in result.stderr
        assert "\n    hint: " in result.stderr and "Traceback" not in result.stderr
        assert not (tmp_path / "out").exists()


def test_a_new_empty_folder_named_like_a_sheet_fails_the_cached_build_too(site: Path, tmp_path: Path) -> None:
    """The cache's input signature listed files only: a new empty `topics/x.yaml/` left it equal,
    so a second build said the site was fine while a clean build reported the folder."""
    out = tmp_path / "out"
    assert run_cli("-q", "--site", str(site), "--output", str(out)).returncode == 0
    (site / "content/topics/notes.yaml").mkdir()
    for cache in ([], ["--no-cache"]):
        result = run_cli("-q", *cache, "--site", str(site), "--output", str(out))
        assert result.returncode == 1, (cache, result.stderr)
        assert "content/topics/notes.yaml: error: is a folder, not a file\n" in result.stderr


def test_the_dev_server_sees_a_new_folder_and_does_not_walk_a_link_loop(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "topics").mkdir(parents=True)
    (content / "topics/weapons.yaml").write_text("title: Weapons\n", encoding="utf-8")
    watcher = Watcher([content])
    (content / "topics/notes.yaml").mkdir()
    assert watcher.changes() == {content / "topics/notes.yaml"}
    (content / "topics/loop").symlink_to(".")  # an editor's or a script's mistake: walked 40 levels deep
    assert watcher.changes() == {content / "topics/loop"}
    assert len(watcher._snapshot()) == 4  # topics/, weapons.yaml, notes.yaml/, loop


def test_invisible_characters_in_an_archived_text_do_not_hide_a_quote(site: Path, tmp_path: Path) -> None:
    """A zero-width space and a soft hyphen pasted with the article: the quote was 'not found', and
    the hint showed a passage that looked identical to it."""
    text = site / "content/sources/wire-2024-03.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("recently delivered", "recently\u200b deli\u00advered"),
                    encoding="utf-8")
    result = build(site, tmp_path / "out")
    assert result.ok, [p.format() for p in result.problems]
    page = (tmp_path / "out/sources/wire-2024-03.html").read_text(encoding="utf-8")
    assert "Pyongyang recently\u200b deli\u00advered more than a million" in page.split("<mark", 2)[1]


def test_a_hint_shows_the_invisible_character_a_quote_lacks() -> None:
    problem = error(Location("a.yaml", 3, 5), "quote not found",
                    'the closest passage is: "recently\u200d delivered\u200e more\ufeff"')
    assert problem.format().endswith('hint: the closest passage is: "recently\\u200d delivered\\u200e more\\ufeff"')


def test_sigterm_and_sighup_stop_a_build_like_ctrl_c(tmp_path: Path, monkeypatch) -> None:
    """`kill`, a closed terminal, a cancelled CI job: the process died at once, its render workers
    printing BrokenPipeError tracebacks, and left its staging tree behind. Now: one line, exit
    128 + the signal, the previous output complete."""
    import test_no_loss

    monkeypatch.setattr(test_no_loss, "FACTS", 600)
    site = copy_site(tmp_path / "site")
    test_no_loss._bigger(site)
    out = tmp_path / "out"
    argv = [sys.executable, str(ROOT / "build.py"), "--no-cache", "-q", "--site", str(site), "--output", str(out)]
    assert subprocess.run(argv, capture_output=True, timeout=300).returncode == 0
    complete = sorted(p.relative_to(out) for p in out.rglob("*"))
    stopped = 0
    # Each signal is sent once the build is under way (its staging tree beside output/ appeared), not
    # after a fixed delay: on a fast machine a 600-fact build ends before any delay that a loaded one
    # needs to get past start-up.
    for signum, settle, group in [(signal.SIGTERM, 0.0, False), (signal.SIGHUP, 0.05, False),
                                  (signal.SIGTERM, 0.0, True), (signal.SIGTERM, 0.1, False)]:
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env={**os.environ, "NO_COLOR": "1"}, start_new_session=True)
        if test_no_loss.under_way(process, out, settle):
            os.killpg(process.pid, signum) if group else process.send_signal(signum)
        _, err = process.communicate(timeout=120)
        assert "Traceback" not in err, err
        if process.returncode == 128 + signum:
            stopped += 1
            assert err.strip().splitlines()[-1] == f"build.py: stopped ({signal.Signals(signum).name})", err
        else:  # still starting (killed before anything was written), or already done
            assert process.returncode in (0, -signum), err
        assert sorted(p.relative_to(out) for p in out.rglob("*")) == complete
        assert not list(tmp_path.glob(".out.*-tmp"))
    assert stopped, "no run was stopped during its build"


def test_a_misnamed_text_or_sheet_is_named_in_the_message(site: Path, tmp_path: Path) -> None:
    """`wire-2024-03.TXT` was 'missing' with the file right beside it; `weapons.json` in topics/ was
    skipped without a word. An editor's backups (`~`, `.orig`) stay unreported."""
    (site / "content/sources/wire-2024-03.txt").rename(site / "content/sources/wire-2024-03.TXT")
    (site / "content/topics/weapons.yaml").rename(site / "content/topics/weapons.json")
    (site / "content/topics/diplomacy.yaml~").write_text("title: old\n", encoding="utf-8")
    (site / "content/topics/diplomacy.yaml.orig").write_text("title: old\n", encoding="utf-8")
    (site / "content/topics/#diplomacy.yaml#").write_text("title: autosaved\n", encoding="utf-8")  # emacs
    (site / "content/topics/4913").write_text("", encoding="utf-8")  # vim's probe for a writable folder
    found = [p.format() for p in build(site, tmp_path / "out").problems]
    assert ("content/sources/wire-2024-03.yaml:1:1: error: archived text content/sources/wire-2024-03.txt is "
            "missing\n    hint: rename content/sources/wire-2024-03.TXT to wire-2024-03.txt") in found
    assert ("content/topics/weapons.json: warning: file is not read: only .yaml files are\n    hint: rename it to "
            "weapons.yaml if it holds content, or move it out of content/") in found
    left = ("diplomacy.yaml~", "diplomacy.yaml.orig", "#", "4913")
    assert not [p for p in found if p.startswith(tuple(f"content/topics/{name}" for name in left))]


NEW_FACT = ("new", "fact", "--source", "wire-2024-03", "--topic", "weapons", "--actor", "russia",
            "--quote", "Both Russia and North Korea have rejected the accusations.")


def test_new_fact_keeps_a_windows_sheet_s_line_ends_and_byte_order_mark(site: Path) -> None:
    """The sheet was read with universal newlines and written back: every CRLF of a Windows editor's
    file became LF (the whole file changed in the diff), not only the appended fact's lines."""
    sheet = site / "content/topics/weapons.yaml"
    windows = b"\xef\xbb\xbf" + sheet.read_bytes().replace(b"\n", b"\r\n")
    sheet.write_bytes(windows)
    result = run_cli(*NEW_FACT, "--site", str(site))
    assert result.returncode == 0, result.stderr
    after = sheet.read_bytes()
    assert after.startswith(windows) and len(after) > len(windows)
    assert after.count(b"\n") == after.count(b"\r\n")
    assert sorted(p.name for p in sheet.parent.iterdir()) == ["diplomacy.yaml", "weapons.yaml"]  # no .tmp left


def test_new_fact_quotes_a_claim_yaml_would_read_as_a_boolean_or_a_date(site: Path) -> None:
    """ruamel writes YAML 1.2, where `yes` is text; the build reads YAML 1.1 (a boolean): the new
    fact never built, and the error pointed at a line of the sheet that had just been restored."""
    for claim in ("yes", "No", "null", "2024-01-01", "12"):
        site_copy = copy_site(site.parent / f"site-{claim}")
        result = run_cli(*NEW_FACT, "--site", str(site_copy), "--claim", claim, "--id", "denial")
        assert result.returncode == 0, (claim, result.stderr)
        assert f'    claim: "{claim}"\n' in (site_copy / "content/topics/weapons.yaml").read_text(encoding="utf-8")


def test_new_fact_refuses_a_bad_id_before_touching_the_sheet(site: Path) -> None:
    before = (site / "content/topics/weapons.yaml").read_bytes()
    for bad in ("a" * 101, "Denial", "index\n"):
        result = run_cli(*NEW_FACT, "--site", str(site), "--id", bad)
        assert result.returncode == 2, result.stderr
        assert "build.py new fact: error: --id " in result.stderr and "not a valid id" in result.stderr
        assert (site / "content/topics/weapons.yaml").read_bytes() == before


def test_bundle_at_a_directory_suggests_a_zip_name(site: Path, tmp_path: Path) -> None:
    result = run_cli("bundle", "--site", str(site), "--zip", str(tmp_path))
    assert result.returncode == 2
    assert "is a directory\n    hint: name the file to write, e.g. briefing.zip" in result.stderr


def test_a_build_after_one_with_another_base_url_equals_a_clean_build(site: Path, tmp_path: Path) -> None:
    """data/briefing.json, made from everything, was kept from the build before: its base_url was
    the last --base-url given, while every page had the new one."""
    out, clean = tmp_path / "out", tmp_path / "clean"
    for base in (["--base-url", "https://a.example/briefing/"], [], ["--base-url", "https://b.example/"]):
        assert run_cli("-q", "--site", str(site), "--output", str(out), *base).returncode == 0
        assert run_cli("-q", "--no-cache", "--site", str(site), "--output", str(clean), *base).returncode == 0
        files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(clean) for p in clean.rglob("*") if p.is_file())
        assert [f for f in files if (out / f).read_bytes() != (clean / f).read_bytes()] == [], base


def test_output_into_a_closed_pipe_ends_quietly(site: Path) -> None:
    """`python build.py coverage -v | head -1`: the rest of the output went to a pipe nobody read,
    and the command ended with a BrokenPipeError traceback."""
    for command in (["coverage", "-v"], ["check", "-v"]):
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "--site", str(site), *command],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        process.stdout.close()  # the reader is gone before anything is written
        err = process.stderr.read()
        process.wait(timeout=120)
        assert "Traceback" not in err and "Exception ignored" not in err, err
        assert process.returncode in (0, 141), (command, process.returncode, err)


def test_new_source_reports_a_damaged_pdf_without_a_traceback(site: Path) -> None:
    """pypdf raised AttributeError and LimitReachedError on PDFs with a few bytes changed (only its
    PdfReadError was caught), and logged "EOF marker not found" straight to the terminal."""
    for pdf in sorted((ROOT / "tests/fixtures/damaged-pdf").glob("*.pdf")):
        result = run_cli("new", "source", "--site", str(site), str(pdf))
        assert result.returncode == 1, (pdf.name, result.stderr)
        assert result.stderr.startswith(f"{pdf}: error: cannot read this PDF: "), result.stderr
        assert "Traceback" not in result.stderr and "EOF marker" not in result.stderr, result.stderr
        assert result.stderr.rstrip().endswith("nothing was written")
    assert sorted(p.name for p in (site / "content/sources").iterdir()) == [
        "herald-2024-02-16.txt", "herald-2024-02-16.yaml", "wire-2024-03.txt", "wire-2024-03.yaml"]


def test_new_fact_interrupted_while_checking_restores_the_sheet(site: Path, monkeypatch) -> None:
    """Ctrl-C (or SIGTERM) during the check after the insertion left the unchecked fact in the sheet."""
    from briefing import cli

    sheet = site / "content/topics/weapons.yaml"
    before = sheet.read_bytes()
    real, calls = cli.validate, []

    def validate(site_dir: Path) -> object:
        calls.append(site_dir)
        if len(calls) == 2:  # the check of the site with the new fact in it
            assert sheet.read_bytes() != before
            raise KeyboardInterrupt
        return real(site_dir)

    monkeypatch.setattr(cli, "validate", validate)
    assert cli.main([*NEW_FACT, "--site", str(site)]) == 130
    assert sheet.read_bytes() == before


def test_a_template_loop_over_a_huge_range_is_an_error_not_a_hang(site: Path, tmp_path: Path) -> None:
    """`{% for i in range(10**9) %}` in a site's template ran for hours (the dev server with it)."""
    (site / "templates").mkdir()
    page = (ROOT / "templates/fact.html").read_text(encoding="utf-8").splitlines()
    page[5] += " {% for i in range(10**7) %}{% endfor %}"  # 10**9 before: hours
    (site / "templates/fact.html").write_text("\n".join(page) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = build(site, tmp_path / "out")
    assert time.monotonic() - started < 60
    assert [p.format().splitlines()[0] for p in result.problems if p.is_error] == [
        "templates/fact.html:6: error: template error on facts/both-deny.html: OverflowError: Range too big. "
        "The sandbox blocks ranges larger than MAX_RANGE (100000)."]
