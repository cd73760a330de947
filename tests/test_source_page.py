"""Source pages: the archived text with each quoted passage labelled by the facts citing it, every
inferred field marked the same way with its reasoning, human labels, and `lang` on runs of Hangul."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import FIXTURE_SITE, copy_site

from briefing.passages import anchor_id
from briefing.pipeline import build, validate
from briefing.plan import script_runs

HERALD = (FIXTURE_SITE / "content/sources/herald-2024-02-16.yaml").read_text(encoding="utf-8")
HERALD_TEXT = (FIXTURE_SITE / "content/sources/herald-2024-02-16.txt").read_text(encoding="utf-8")
CAPTION = "황준국 주유엔대표부 대사가 발언하고 있다. ⓒ뉴시스"


class Notes(HTMLParser):
    """The passages of the archive (<mark id> or the <span id> of a passage starting at the same
    place) and, for each, the facts its note (`data-passage`) links to."""

    def __init__(self) -> None:
        super().__init__()
        self.passages: dict[str, list[str]] = {}
        self.note = ""
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("mark", "span") and (a.get("id") or "").startswith("q-"):
            self.passages.setdefault(a["id"] or "", [])
        if tag == "span" and self.note:
            self.depth += 1
        elif tag == "span" and a.get("data-passage"):
            self.note, self.depth = a["data-passage"] or "", 1
            assert self.note in self.passages, f"a note for {self.note} before its passage"
        if tag == "a" and self.note and a.get("data-fact"):
            self.passages[self.note].append(a["data-fact"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.note:
            self.depth -= 1
            if not self.depth:
                self.note = ""


def _built(tmp_path: Path, changes: dict[str, str | None]) -> Path:
    site = copy_site(tmp_path / "site", changes=changes)
    out = tmp_path / "out"
    result = build(site, out)
    assert result.ok, [p.format() for p in result.problems]
    return out


def test_each_passage_is_labelled_with_the_facts_citing_it(built_fixture: Path) -> None:
    briefing = validate(FIXTURE_SITE).briefing
    for source_id in briefing.sources:
        expected: dict[str, set[str]] = {}
        for fact in briefing.facts.values():
            for citation in fact.citations:
                if citation.source.id == source_id:
                    expected.setdefault(anchor_id(citation.quote), set()).add(fact.id)
        parser = Notes()
        parser.feed((built_fixture / f"sources/{source_id}.html").read_text(encoding="utf-8"))
        labelled = {anchor: set(facts) for anchor, facts in parser.passages.items() if facts}
        assert labelled == expected, source_id


def test_inferred_fields_carry_the_same_mark_with_the_reasoning(tmp_path: Path) -> None:
    yaml = HERALD + ("via: Yonhap\ninferred:\n  title: The headline is the lead sentence.\n"
                     "  authors: From the byline box.\n  publisher: From the copyright line.\n"
                     "  published: From the dateline.\n  via: From the agency credit.\n")
    out = _built(tmp_path, {"content/sources/herald-2024-02-16.yaml": yaml})
    page = (out / "sources/herald-2024-02-16.html").read_text(encoding="utf-8")
    marks = re.findall(r'<details class="inferred-mark"><summary>inferred</summary>'
                       r'<span class="inferred-reason">([^<]*)</span></details>', page)
    assert sorted(marks) == sorted(["The headline is the lead sentence.", "From the byline box.",
                                    "From the copyright line.", "From the dateline.", "From the agency credit."])
    # Human labels, not field names.
    assert "<dt>Relays</dt>" in page and "<dt>Language</dt><dd>English" in page and "<dt>Author</dt>" in page
    assert ">authors<" not in page and "Language: en" not in page


def test_runs_of_hangul_carry_lang_ko(tmp_path: Path) -> None:
    out = _built(tmp_path, {"content/sources/herald-2024-02-16.txt": HERALD_TEXT + "\n" + CAPTION + "\n"})
    page = (out / "sources/herald-2024-02-16.html").read_text(encoding="utf-8")
    assert '<span lang="ko">황준국 주유엔대표부 대사가 발언하고 있다.</span>' in page
    assert '<span lang="ko">뉴시스</span>' in page


def test_script_runs() -> None:
    assert script_runs("Photo: 북한의 탄도미사일 (현지시간). ⓒ뉴시스", "en") == [
        ("Photo: ", ""), ("북한의 탄도미사일 (현지시간).", "ko"), (" ⓒ", ""), ("뉴시스", "ko")]
    assert script_runs("북한", "ko") == [("북한", "")]  # the page's own language needs no mark
    assert script_runs("no script here", "en") == [("no script here", "")]
    assert script_runs("", "en") == [("", "")]
