"""Archived texts are fingerprinted: `new source` records their SHA-256, `check` reports a changed archive at
the digest's line with a hint; sources may name an archived copy, shown as Wikipedia shows it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import FIXTURES, copy_site, run_cli

from briefing.ingest import ingest
from briefing.pipeline import build, validate

ARTICLE = FIXTURES / "articles" / "000_96d2a16495e3ed18.txt"


def test_new_source_records_the_digest_and_check_notices_a_change(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    written, problems = ingest(ARTICLE, site)
    assert problems == [] and written is not None
    text = written.text_path.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines = written.yaml_path.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == f"sha256: {digest}"
    assert validate(site, use_cache=False).ok
    written.text_path.write_text(text.replace("Ukrainian police", "Ukrainian polise", 1), encoding="utf-8")
    changed = hashlib.sha256(written.text_path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    result = run_cli("check", "--site", str(site))
    assert result.returncode == 1
    name = written.source_id
    assert result.stderr == (
        f"content/sources/{name}.yaml:1:1: warning: source '{name}' is not cited by any fact\n"
        "    hint: cite it from a fact, or remove it\n"
        f"content/sources/{name}.yaml:{len(lines)}:9: error: the archived text of '{name}' has changed since its "
        f"SHA-256 was recorded (content/sources/{name}.txt)\n"
        f"    hint: see what changed (git diff content/sources/{name}.txt); archived texts stay verbatim. If the "
        f"change is a deliberate correction, record the new digest: sha256: {changed}\n"
        "1 error, 1 warning: nothing was written\n")


def test_a_malformed_digest_is_located(tmp_path: Path) -> None:
    yaml_text = (FIXTURES / "site/content/sources/wire-2024-03.yaml").read_text(encoding="utf-8")
    site = copy_site(tmp_path / "site", changes={"content/sources/wire-2024-03.yaml": yaml_text + "sha256: abc\n"})
    result = validate(site, use_cache=False)
    line = len(yaml_text.splitlines()) + 1
    assert [p.format() for p in result.problems if p.is_error] == [
        f"content/sources/wire-2024-03.yaml:{line}:9: error: 'abc' is not a SHA-256 digest (64 hexadecimal "
        "digits, lowercase)\n    hint: copy the digest of the archived text exactly (sha256sum FILE.txt prints "
        "it), or remove the line"]


def test_an_archived_copy_is_shown_as_wikipedia_does(tmp_path: Path) -> None:
    yaml_text = (FIXTURES / "site/content/sources/wire-2024-03.yaml").read_text(encoding="utf-8")
    site = copy_site(tmp_path / "site", changes={"content/sources/wire-2024-03.yaml": yaml_text + (
        "url: https://wire.example/shells\narchive_url: https://web.archive.org/web/20240312/https://wire.example/"
        "shells\narchive_date: 2024-03-12\n")})
    out = tmp_path / "out"
    assert build(site, out, use_cache=False).ok
    page = (out / "sources/wire-2024-03.html").read_text(encoding="utf-8")
    assert ('<dt>Archived copy</dt><dd><a href="https://web.archive.org/web/20240312/https://wire.example/shells" '
            'rel="noopener noreferrer">Archived</a> from <a href="https://wire.example/shells" '
            'rel="noopener noreferrer">the original</a> on <time datetime="2024-03-12">12 March 2024</time>.</dd>'
            ) in page
