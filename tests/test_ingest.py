"""`build.py new source`: cleaning and metadata detection on the five real articles, and odd inputs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, copy_site, run_cli

from briefing.ingest import analyse, ingest, parse_date, propose_id
from briefing.pipeline import validate

ARTICLES = FIXTURES / "articles"
HERALD, DONGA, POLITICS, NEWSIS, DN = (
    "000_96d2a16495e3ed18.txt", "001_57f114cd95563023.txt", "002_ef063115058d04fa.txt",
    "003_05aa1756d1e21267.txt", "004_9cb1aa0e45451cf6.txt")


def _analyse(name: str):
    return analyse((ARTICLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [HERALD, DONGA, POLITICS, NEWSIS, DN])
def test_cleaned_text_is_the_article_minus_furniture_exactly(name: str) -> None:
    assert _analyse(name).text == (ARTICLES / "cleaned" / name).read_text(encoding="utf-8")


def test_korea_herald_article() -> None:
    article = _analyse(HERALD)
    assert (article.title.value, article.title.line, article.title.inferred) == (
        "New evidence of North Korean military aid to Russia: Ukrainian police official", 3, "")
    assert [(a.value, a.line, a.evidence) for a in article.authors] == [("Cho Chung-un", 5, "By Cho Chung-un")]
    assert (article.published.value, article.published.line, article.published.evidence) == (
        "2024-02-16", 6, "Published : Feb. 16, 2024 - 20:22")
    assert article.publisher.value == "The Korea Herald"
    assert article.publisher.line == 33
    assert "christory@heraldcorp.com" in article.publisher.inferred
    assert article.language == "en"
    assert article.removed == [(1, "X"), (35, "MOST POPULAR"), (37, "More articles by this writerBack to List")]
    assert propose_id(article) == "korea-herald-2024-02-16"


def test_donga_article() -> None:
    article = _analyse(DONGA)
    assert article.title.value == ("Has North Korea started supplying weapons to Russia? "
                                   "Government “Keeping an eye on trends”")
    assert article.title.line == 3
    assert article.authors == []
    assert article.published is None  # the "2023.9.21" of a photo caption is not the publication date
    assert any(h.startswith('line 8: a date 2023-09-21 ("2023.9.21")') for h in article.hints)
    assert (article.publisher.value, article.publisher.line, article.publisher.evidence) == (
        "The Dong-A Ilbo", 42, "Source: Donga")
    assert article.publisher.inferred
    assert [text for _n, text in article.removed] == [
        "No menu items!", "Share This Post", "- Advertisement -", "- Advertisement -", "- Advertisement -",
        "- Advertisement -", "Related Posts"]
    assert any("CBS News (line 16)" in h for h in article.hints)
    assert any('"on the 5th"' in h and '"last month"' in h for h in article.hints)
    assert propose_id(article) == "donga-north-korea-started-supplying"


def test_article_with_section_label_duplicate_caption_and_no_publisher() -> None:
    article = _analyse(POLITICS)
    assert (article.title.value, article.title.line) == (
        "North Korea seeks Russian military tech in exchange for support against Ukraine", 3)
    assert article.authors == [] and article.published is None and article.publisher is None
    assert [n for n, _text in article.removed] == [1, 6, 7, 33]
    assert article.removed[0] == (1, "Politics")
    assert article.removed[2] == (7, "podpis źródła zdjęcia")
    assert article.removed[3] == (33, "More In Politics MORE...")
    assert any("Voice of America (line 19), Financial Times (line 25), The Korea Times (line 32)" in h
               for h in article.hints)
    assert propose_id(article) == "north-korea-seeks-russian"


def test_article_with_author_box_counters_and_photo_credit() -> None:
    article = _analyse(NEWSIS)
    assert article.title.value == "North Korea Emerges as Russia’s Key Supplier for Weapons"
    [author] = article.authors
    assert (author.value, author.line) == ("Eugene Park", 46)
    assert "author box" in author.inferred
    assert article.published is None and article.publisher is None
    assert any('photo credit "ⓒNewsis" (Newsis)' in h for h in article.hints)
    removed = [text for _n, text in article.removed]
    assert removed.count("+1") == 5 and removed.count("0") == 5 and removed.count("Comments0") == 2
    assert removed[0] == "Quick access to top menu Direct access to main contents Quick access to page bottom"
    assert "Share it on" in removed and "300" in removed


def test_article_without_headline_gets_its_lead_sentence_as_inferred_title() -> None:
    article = _analyse(DN)
    assert article.title.value.startswith("South Korean military officials said Thursday")
    assert not article.title.value.endswith(".")
    assert "No headline is printed" in article.title.inferred
    assert (article.publisher.value, article.publisher.inferred) == ("DN", "")  # printed as is
    assert article.authors == [] and article.published is None
    assert article.removed == []
    assert any("Associated Press (line 4)" in h for h in article.hints)
    assert propose_id(article) == "dn-south-korean-military-officials"


@pytest.mark.parametrize(("text", "expected"), [
    ("Published : Feb. 16, 2024 - 20:22", "2024-02-16"),
    ("16 February 2024", "2024-02-16"),
    ("Posted on March 3rd, 2023", "2023-03-03"),
    ("2023.9.21", "2023-09-21"),
    ("2024-02-30", None),          # impossible dates are not dates
    ("in November 2022", "2022-11"),
    ("no date here", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    found = parse_date(text)
    assert (found[0] if found else None) == expected


def test_ingest_writes_a_valid_source_and_refuses_to_overwrite(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    written, problems = ingest(ARTICLES / HERALD, site)
    assert problems == []
    assert written.source_id == "korea-herald-2024-02-16"
    metadata = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    assert metadata["title"] == "New evidence of North Korean military aid to Russia: Ukrainian police official"
    assert metadata["authors"] == ["Cho Chung-un"]
    assert metadata["publisher"] == "The Korea Herald"
    assert str(metadata["published"]) == "2024-02-16"
    assert "heraldcorp.com" in metadata["inferred"]["publisher"]
    assert '"MOST POPULAR"' in metadata["note"]
    assert "url" not in metadata  # never invented
    assert written.text_path.read_text(encoding="utf-8") == (ARTICLES / "cleaned" / HERALD).read_text("utf-8")
    result = validate(site)
    assert [p.format() for p in result.problems if p.is_error] == []
    assert "korea-herald-2024-02-16" in result.briefing.sources

    before = written.yaml_path.read_bytes()
    again, problems = ingest(ARTICLES / HERALD, site)
    assert again is None
    [problem] = problems
    assert problem.location.path == "content/sources/korea-herald-2024-02-16.yaml"
    assert problem.message == "source 'korea-herald-2024-02-16' already exists; nothing was written"
    assert written.yaml_path.read_bytes() == before

    # The same article under another id is refused too: it is already archived.
    _none, problems = ingest(ARTICLES / HERALD, site, "herald-copy")
    assert problems[0].message == "this article is already archived under another id; nothing was written"
    assert problems[0].location.path == "content/sources/korea-herald-2024-02-16.txt"
    assert not (site / "content/sources/herald-copy.yaml").exists()


@pytest.mark.parametrize("name", [HERALD, DONGA, POLITICS, NEWSIS, DN])
def test_every_real_article_ingests_into_a_site_that_validates(tmp_path: Path, name: str) -> None:
    site = copy_site(tmp_path / "site")
    written, problems = ingest(ARTICLES / name, site)
    assert problems == [] and written is not None
    result = validate(site)
    assert [p.format() for p in result.problems if p.is_error] == []
    assert result.briefing.sources[written.source_id].title == written.article.title.value


def test_odd_inputs(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _none, [problem] = ingest(empty, site)
    assert (problem.location.path, problem.message) == (str(empty), "the article file is empty")

    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n\t\n", encoding="utf-8")
    assert ingest(blank, site)[1][0].message == "the article file is empty"

    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"GIF89a\n\x01\x00\x00\x00")
    _none, [problem] = ingest(binary, site)
    assert str(problem.location) == "photo.txt:2:2"
    assert problem.message == "file contains a NUL byte; it looks binary, not text"

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\u00e9 news\n".encode("latin-1"))
    _none, [problem] = ingest(latin1, site)
    assert (str(problem.location), problem.message) == ("latin1.txt:1:4", "file is not valid UTF-8 (byte 0xe9)")

    furniture = tmp_path / "furniture.txt"
    furniture.write_text("Share This Post\n- Advertisement -\nMOST POPULAR\n", encoding="utf-8")
    _none, [problem] = ingest(furniture, site)
    assert problem.message == "nothing is left of the article after removing page furniture"

    # The refusals wrote nothing.
    assert sorted(p.name for p in (site / "content/sources").iterdir()) == sorted(
        p.name for p in (FIXTURES / "site/content/sources").iterdir())


def test_article_without_title_or_metadata(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    article = tmp_path / "untitled.txt"
    article.write_text("Officials met on Tuesday. They discussed shells.\nNothing else was said.\n", "utf-8")
    written, problems = ingest(article, site)
    assert problems == []
    assert written.article.title.value == "Officials met on Tuesday"
    assert written.article.title.inferred
    assert written.source_id == "officials-met-tuesday"
    assert any(c.startswith("no headline is printed") for c in written.checks)
    assert any(c.startswith("no publication date is printed") for c in written.checks)
    assert any(c.startswith("no publisher is printed") for c in written.checks)
    metadata = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    assert metadata["inferred"]["title"] == "No headline is printed; this title is the article's lead sentence."


def test_awkward_titles_are_quoted_in_yaml(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    article = tmp_path / "odd.txt"
    article.write_text('Yes: "No" - #1 # of 2024\n\nBy Kim Mi-ra\n\nThe text of it.\n', "utf-8")
    written, problems = ingest(article, site, "odd-title")
    assert problems == []
    metadata = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    assert metadata["title"] == 'Yes: "No" - #1 # of 2024'
    assert metadata["authors"] == ["Kim Mi-ra"]
    assert [p.format() for p in validate(site).problems if p.is_error] == []


def test_invalid_id_is_refused(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    _none, [problem] = ingest(ARTICLES / DN, site, "Bad_Id")
    assert problem.message == "'Bad_Id' is not a valid source id"
    assert problem.hint == "use lowercase letters, digits and hyphens, e.g. --id bad-id"


def test_new_source_command_prints_detections_and_checks(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    done = run_cli("new", "source", str(ARTICLES / HERALD), "--site", str(site))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "New source 'korea-herald-2024-02-16':" in out
    assert "wrote content/sources/korea-herald-2024-02-16.yaml and content/sources/korea-herald-2024-02-16.txt" in out
    assert 'author     Cho Chung-un  (line 5: "By Cho Chung-un")' in out
    assert 'published  2024-02-16  (line 6: "Published : Feb. 16, 2024 - 20:22")' in out
    assert "publisher  The Korea Herald  (inferred from line 33:" in out
    assert "Still to check:" in out
    assert "  - publisher is inferred (The Korea Herald): confirm it" in out
    assert (site / "content/sources/korea-herald-2024-02-16.txt").is_file()
    assert run_cli("check", "--site", str(site)).returncode == 0

    again = run_cli("new", "source", str(ARTICLES / HERALD), "--site", str(site))
    assert again.returncode == 1
    assert ("content/sources/korea-herald-2024-02-16.yaml: error: source 'korea-herald-2024-02-16' already "
            "exists; nothing was written\n    hint: choose another id with --id, e.g. --id "
            "korea-herald-2024-02-16-2") in again.stderr


def test_new_source_usage_and_input_errors(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    missing = run_cli("new", "source", str(tmp_path / "nope.txt"), "--site", str(site))
    assert missing.returncode == 2
    assert f"build.py new source: error: {tmp_path / 'nope.txt'}: no such file" in missing.stderr
    bad_id = run_cli("new", "source", str(ARTICLES / DN), "--id", "Bad Id", "--site", str(site))
    assert bad_id.returncode == 2 and "--id Bad Id: not a valid id" in bad_id.stderr
    no_kind = run_cli("new", "--site", str(site))
    assert no_kind.returncode == 2 and "usage: build.py new" in no_kind.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    done = run_cli("new", "source", str(empty), "--site", str(site))
    assert done.returncode == 1
    assert f"{empty}: error: the article file is empty" in done.stderr
