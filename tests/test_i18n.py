"""Interface languages, locale formatting, translated quotes and the Korean edition."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import FIXTURE_SITE, copy_site

from briefing import i18n
from briefing.dates import parse_when
from briefing.model import Quantity
from briefing.pipeline import DEFAULT_TEMPLATES, build, validate
from briefing.problems import Location

SITE_YAML = (FIXTURE_SITE / "site.yaml").read_text(encoding="utf-8")
KO_SITE = """title: 픽스처 브리핑
description: 테스트용 작은 브리핑.
key_judgments:
  1: 북한은 러시아에 [포탄](fact:shells-by-train)을 공급한다.
series:
  artillery-shells-supplied: 공급된 포탄
"""
KO_WEAPONS = """title: 무기
summary: 국정원에 따르면 북한은 **100만 발 이상**의 포탄을 보냈다.
facts:
  shells-by-train: 북한은 2022년 11월 열차로 러시아에 포탄을 인도하기 시작했다.
  shells-million:
    claim: 북한은 러시아에 포탄 100만 발 이상을 인도했다.
    unit: 포탄
"""
KO_ENTITIES = """north-korea: 북한
russia: 러시아
south-korea: 한국
nis:
  name: 국가정보원
  short: 국정원
  description: 한국의 주요 정보기관.
artillery-shells: 포탄
"""


WEAPONS_SHEET = (FIXTURE_SITE / "content/topics/weapons.yaml").read_text(encoding="utf-8")
SECTIONS = "sections:\n  - title: Shells\n    facts: [shells-million, shells-by-train]\nfacts:\n"


def korean_edition(dest: Path, **changes: str | None) -> Path:
    """The fixture site with a Korean edition (weapons translated, diplomacy not)."""
    files: dict[str, str | None] = {
        "site.yaml": SITE_YAML.replace("language: en\n", "language: en\ntranslations: [ko]\n"),
        "content/translations/ko/site.yaml": KO_SITE,
        "content/translations/ko/topics/weapons.yaml": KO_WEAPONS,
        "content/translations/ko/entities.yaml": KO_ENTITIES,
    }
    files.update({name.replace("__", "/"): text for name, text in changes.items()})
    return copy_site(dest, changes=files)


# --- locale formatting -----------------------------------------------------------------------

@pytest.mark.parametrize(("written", "en", "ko"), [
    ("2024", "2024", "2024년"),
    ("2024-02", "February 2024", "2024년 2월"),
    ("2024-02-16", "16 February 2024", "2024년 2월 16일"),
    ("2023-08/2024-02", "August 2023 – February 2024", "2023년 8월 – 2024년 2월"),
    ("2023-08/..", "since August 2023", "2023년 8월 이후"),
    ("../2024-03", "by March 2024", "2024년 3월까지"),
])
def test_dates_and_ranges_by_locale(written: str, en: str, ko: str) -> None:
    when = parse_when(written)
    assert i18n.format_when(when, "en") == en == when.display()  # English as the briefing always wrote it
    assert i18n.format_when(when, "ko") == ko


def test_a_regional_tag_chooses_its_conventions() -> None:
    assert i18n.format_when(parse_when("2024-02-16"), "en-US") == "February 16, 2024"
    assert i18n.format_when(parse_when("2024-02-16"), "ko-KR") == "2024년 2월 16일"


def test_numbers_and_quantities_by_locale() -> None:
    assert i18n.format_number(1_000_000, "en") == "1,000,000"
    assert i18n.format_number(1_000_000, "ko") == "1,000,000"
    assert i18n.format_number(2.5, "de") == "2,5"
    assert i18n.format_compact(1_000_000, "ko") == "100만"
    assert i18n.format_compact(15_000, "ko") == "1.5만"
    assert i18n.format_compact(1_000_000, "en") == "1m"
    shells = Quantity("artillery shells", Location("x"), value=1_000_000, qualifier="more-than")
    troops = Quantity("troops", Location("x"), min=10_000, max=15_000, qualifier="about")
    assert i18n.quantity_label(shells, "en") == "more than 1,000,000 artillery shells"
    assert i18n.quantity_label(shells, "ko", unit="포탄") == "포탄 1,000,000 이상"
    assert i18n.quantity_label(troops, "en") == "about 10,000–15,000 troops"
    assert i18n.quantity_label(troops, "ko", unit="병력") == "병력 약 10,000–15,000"


def test_labels_are_translated() -> None:
    assert i18n.labels("ko")["stance"]["denies"] == "부인"
    assert i18n.labels("en")["stance"]["declines-comment"] == "declines to comment"
    assert i18n.labels("ko")["kind"]["outlet"] == "언론사"


# --- catalogues ------------------------------------------------------------------------------

def test_shipped_catalogues_translate_every_message() -> None:
    assert i18n.shipped_languages() == ["ko"]
    problems = i18n.check_catalogues([DEFAULT_TEMPLATES], i18n.shipped_languages())
    assert problems == [], "\n".join(p.format() for p in problems)


def test_a_missing_korean_message_fails_the_build_with_its_name(tmp_path: Path) -> None:
    site = korean_edition(tmp_path / "site", **{"templates__note.html": (
        '<p>{{ _("A notice nobody has translated yet") }}</p>\n')})
    result = build(site, tmp_path / "out")
    assert not result.ok and not (tmp_path / "out").exists()
    [problem] = [p for p in result.problems if p.is_error]
    assert problem.location.path == "briefing/locale/ko/LC_MESSAGES/messages.po"
    assert problem.message == ("message 'A notice nobody has translated yet' (used at templates/note.html:1) "
                               "has no 'ko' translation")
    assert "python -m briefing.i18n update" in problem.hint
    # A site in English only does not need the Korean catalogue.
    english = copy_site(tmp_path / "english", changes={"templates/note.html": '{{ _("Untranslated") }}\n'})
    assert build(english, tmp_path / "out-en").ok


def test_a_fuzzy_or_empty_translation_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    po = locale / "ko" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgid "denies"\nmsgstr "부인"', '#, fuzzy\nmsgid "denies"\nmsgstr "부인"')
    text = text.replace('msgid "Places"\nmsgstr "장소"', 'msgid "Places"\nmsgstr ""')
    po.write_text(text, encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    i18n.forget_catalogues()
    try:
        problems = i18n.check_catalogues([DEFAULT_TEMPLATES], ["ko"])
        fuzzy_line = text.split("\n").index('msgid "denies"') + 1
        messages = {(p.location.line, p.message) for p in problems}
        assert (fuzzy_line, "the 'ko' translation of message 'denies' is marked fuzzy") in messages
        assert any(m.startswith("message 'Places' (used at ") and m.endswith("has no 'ko' translation")
                   for _line, m in messages)
        assert len(problems) == 2
        assert i18n.translations("ko").gettext("denies") == "denies"  # a fuzzy guess is never shown
    finally:
        i18n.forget_catalogues()


# --- the Korean edition ----------------------------------------------------------------------

class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang") or ""
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name] or "")


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_the_korean_edition_is_written_under_ko(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = build(korean_edition(tmp_path / "site"), out)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    for route in ("index.html", "topics/weapons.html", "facts/shells-million.html", "sources/wire-2024-03.html",
                  "entities/nis.html", "timeline.html", "search.html", "search-index.js", "feed.xml", "404.html"):
        assert (out / "ko" / route).is_file(), route
    assert not (out / "ko" / "assets").exists() and not (out / "ko" / "data").exists()  # shared, at the root
    assert _parse(out / "index.html").lang == "en"
    assert _parse(out / "ko" / "index.html").lang == "ko"
    home = (out / "ko" / "index.html").read_text(encoding="utf-8")
    assert "<title>픽스처 브리핑</title>" in home and "북한은 러시아에 <a" in home
    topic = (out / "ko" / "topics" / "weapons.html").read_text(encoding="utf-8")
    assert "북한은 러시아에 포탄 100만 발 이상을 인도했다." in topic
    assert "포탄 1,000,000 이상" in topic  # the qualified figure in Korean word order
    # The quotes are the originals, in their language, whatever the edition.
    assert "Pyongyang recently delivered more than a million artillery shells to Russia" in topic
    # Every link of every Korean page reaches a file (shared assets at the root included).
    for page in sorted((out / "ko").rglob("*.html")):
        for link in _parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#") or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.relative_to(out)} links to missing {link}"
    assert "Fixture briefing" in (out / "index.html").read_text(encoding="utf-8")


def test_untranslated_texts_are_reported(tmp_path: Path) -> None:
    result = validate(korean_edition(tmp_path / "site"))
    assert result.ok
    [note] = [p for p in result.problems if p.location.path == "content/translations/ko"]
    assert note.message.startswith("'ko' edition: 8 texts not yet translated")
    edition = result.briefing.translations["ko"]
    assert edition.missing == {"fact:kharkiv-weapons", "fact:both-deny", "topic:diplomacy:title",
                               "topic:diplomacy:summary", "site:banner", "entity:bolvinov:name",
                               "entity:bolvinov:description", "fact:shells-by-train:delivery"}
    assert edition.briefing.entities["nis"].label == "국정원"
    assert edition.briefing.facts["both-deny"].claim == result.briefing.facts["both-deny"].claim  # falls back


@pytest.mark.parametrize(("changes", "where", "message", "hint"), [
    ({"content__translations__ko__topics__weapons.yaml": KO_WEAPONS.replace("shells-by-train:", "shells-by-trian:")},
     "content/translations/ko/topics/weapons.yaml:4:3", "unknown fact 'shells-by-trian'",
     "did you mean 'shells-by-train'?"),
    ({"content__translations__ko__topics__weapons.yaml": KO_WEAPONS + "  both-deny: 부인했다.\n"},
     "content/translations/ko/topics/weapons.yaml:8:3", "fact 'both-deny' is not in topic 'weapons'",
     "move it to topics/diplomacy.yaml"),
    ({"content__translations__ko__topics__weapons.yaml": KO_WEAPONS.replace(
        "    unit: 포탄\n", "    unit: 포탄\n    citations: []\n")},
     "content/translations/ko/topics/weapons.yaml:8:5", "unknown field 'citations' in translated fact",
     "a translation gives texts only; citations, dates and links are the original's"),
    ({"content__translations__ko__topics__weapon.yaml": "title: 무기\n"},
     "content/translations/ko/topics/weapon.yaml", "unknown topic 'weapon'", "did you mean 'weapons'?"),
    ({"content__translations__ko__site.yaml": KO_SITE.replace("  1:", "  2:")},
     "content/translations/ko/site.yaml:4:3", "unknown key judgment '2'", ""),
    # ko-KR has an interface (ko's); a language without one (ja) is refused at its line in site.yaml
    ({"site.yaml": SITE_YAML.replace("language: en\n", "language: en\ntranslations: [ko, ko-KR]\n")},
     "content/translations/ko-KR", "no translations for 'ko-KR': content/translations/ko-KR/ is missing", ""),
    ({"site.yaml": SITE_YAML.replace("language: en\n", "language: en\ntranslations: [ko, ja]\n")},
     "site.yaml:4:20", "language 'ja' has no interface catalogue: the pages' own words (menus, labels, dates) "
     "cannot be shown in it", "use one of en, ko, or add a catalogue with: python -m briefing.i18n init ja"),
    # Links to facts in translated texts are checked like the originals', at the id's place.
    ({"content__translations__ko__site.yaml": KO_SITE.replace("fact:shells-by-train", "fact:shells-by-trian")},
     "content/translations/ko/site.yaml:4:25",
     "unknown fact 'shells-by-trian' in a link in the translation of key judgment '1'",
     "did you mean 'shells-by-train'?"),
    ({"content__translations__ko__topics__weapons.yaml": KO_WEAPONS.replace(
        "summary: 국정원에 따르면 북한은 **100만 발 이상**의 포탄을 보냈다.",
        "summary: |\n  국정원에 따르면 북한은\n  [**100만 발 이상**](fact:shells-milion)의 포탄을 보냈다.")},
     "content/translations/ko/topics/weapons.yaml:4:24",
     "unknown fact 'shells-milion' in a link in the translated summary of 'weapons'", "did you mean 'shells-million'?"),
    ({"content__translations__ko__entities.yaml": KO_ENTITIES.replace("russia: 러시아", "rusia: 러시아")},
     "content/translations/ko/entities.yaml:2:1", "unknown entity 'rusia'", "did you mean 'russia'?"),
    ({"content__translations__ko__entities.yaml": KO_ENTITIES.replace(
        "artillery-shells: 포탄", "artillery-shells:\n  name: 포탄\n  short: 포탄")},
     "content/translations/ko/entities.yaml:10:10", "entity 'artillery-shells' has no short to translate",
     "add the short to content/entities.yaml first, or remove this line"),
    ({"content__translations__ko__entities.yaml": KO_ENTITIES + "bolvinov:\n  name: 볼비노프\n  aliases: [볼비노프]\n"},
     "content/translations/ko/entities.yaml:11:3", "unknown field 'aliases' in translated entity",
     "a translated entity holds only: name, short, description"),
    ({"content__translations__ko__site.yaml": KO_SITE.replace("shells-supplied:", "shell-supplied:")},
     "content/translations/ko/site.yaml:6:3", "unknown series 'artillery-shell-supplied'",
     "did you mean 'artillery-shells-supplied'?"),
    ({"content__topics__weapons.yaml": WEAPONS_SHEET.replace("facts:\n", SECTIONS, 1),
      "content__translations__ko__topics__weapons.yaml": KO_WEAPONS + "sections:\n  Shels: 포탄\n"},
     "content/translations/ko/topics/weapons.yaml:9:3", "unknown section 'Shels' in topic 'weapons'",
     "did you mean 'Shells'?"),
    ({"content__translations__ko__topics__weapons.yaml": KO_WEAPONS.replace(
        "    unit: 포탄\n", "    unit: 포탄\n    delivery: 열차 편\n")},
     "content/translations/ko/topics/weapons.yaml:8:15", "fact 'shells-million' has no transfer delivery to translate",
     "remove this line, or add transfer: delivery: to the fact first"),
])
def test_translation_mistakes_are_located(tmp_path: Path, changes: dict[str, str], where: str, message: str,
                                          hint: str) -> None:
    result = validate(korean_edition(tmp_path / "site", **changes))
    errors = {(str(p.location), p.message): p.hint for p in result.problems if p.is_error}
    assert (where, message) in errors, "\n".join(p.format() for p in result.problems)
    if hint:
        assert errors[where, message] == hint



@pytest.mark.parametrize(("broken", "where"), [
    ("content__topics__weapons.yaml", "content/topics/weapons.yaml:1:8"),
    ("content__entities.yaml", "content/entities.yaml:1:8"),
])
def test_an_unreadable_sheet_is_reported_once_not_again_by_the_translations(tmp_path: Path, broken: str,
                                                                              where: str) -> None:
    """The translations name facts, series, topics and entities of a sheet that could not be read:
    the broken sheet is the one error, as in the original's own checks (no 'unknown fact' cascade)."""
    result = validate(korean_edition(tmp_path / "site", **{broken: "title: [unclosed\n"}))
    errors = [p.format() for p in result.problems if p.is_error]
    assert [e.split(": error: ")[0] for e in errors] == [where], "\n".join(errors)

# --- quotes with translations ----------------------------------------------------------------

YONHAP_YAML = "title: 황준국 대사 발언\npublisher: 연합뉴스\npublished: 2024-01-10\nlanguage: ko\n"
YONHAP_KO = "황준국 주유엔대표부 대사가 발언하고 있다.\n러시아는 북한의 탄도미사일을 사용했다.\n"
YONHAP_EN = "Ambassador Hwang Joon-kook speaks.\nRussia used North Korea's ballistic missiles.\n"
MISSILES = """
  - id: missiles-used
    claim: Russia used North Korean ballistic missiles.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: yonhap-ko
            quote: 러시아는 북한의 탄도미사일을 사용했다.
            translation: {translation}
"""


def _with_translated_quote(dest: Path, translation: str, english_text: bool = True) -> Path:
    diplomacy = (FIXTURE_SITE / "content/topics/diplomacy.yaml").read_text(encoding="utf-8")
    changes = {"content/sources/yonhap-ko.yaml": YONHAP_YAML, "content/sources/yonhap-ko.txt": YONHAP_KO,
               "content/topics/diplomacy.yaml": diplomacy + MISSILES.format(translation=translation)}
    if english_text:
        changes["content/sources/yonhap-ko.en.txt"] = YONHAP_EN
    return copy_site(dest, changes=changes)


def test_a_translation_is_checked_against_an_archived_translation(tmp_path: Path) -> None:
    good = validate(_with_translated_quote(tmp_path / "good", "Russia used North Korea's ballistic missiles."))
    assert good.ok, "\n".join(p.format() for p in good.problems)
    assert not [p for p in good.problems if "yonhap-ko.en.txt" in str(p.location)]  # not an orphan text
    source = good.briefing.sources["yonhap-ko"]
    assert source.translations == {"en": YONHAP_EN}
    citation = good.briefing.facts["missiles-used"].citations[0]
    assert citation.translation == "Russia used North Korea's ballistic missiles."
    bad = validate(_with_translated_quote(tmp_path / "bad", "Russia fired North Korean missiles."))
    [problem] = [p for p in bad.problems if p.is_error]
    assert str(problem.location) == "content/topics/diplomacy.yaml:26:26"
    assert problem.message == "translation not found in the archived 'en' text of 'yonhap-ko'"
    assert "content/sources/yonhap-ko.en.txt" in problem.hint
    # Without an archived translation the editors' own translation has nothing to be checked against.
    mine = validate(_with_translated_quote(tmp_path / "mine", "Russia fired North Korean missiles.", False))
    assert mine.ok, "\n".join(p.format() for p in mine.problems)


def test_the_original_quote_is_what_check_verifies(tmp_path: Path) -> None:
    site = _with_translated_quote(tmp_path / "site", "Russia used North Korea's ballistic missiles.")
    path = site / "content/topics/diplomacy.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("러시아는 북한의", "러시아가 북한의"), encoding="utf-8")
    result = validate(site)
    assert [p.message for p in result.problems if p.is_error] == ["quote not found in the archived text of 'yonhap-ko'"]
    assert re.search(r"closest passage in content/sources/yonhap-ko.txt", result.problems[0].hint)


def test_the_problem_overlay_speaks_the_page_language() -> None:
    from briefing.problems import error
    from briefing.serve import inject

    problems = [error(Location("content/topics/weapons.yaml", 3, 5), "unknown field 'soruce' in citation", "did you "
                      "mean 'source'?")]
    korean = inject(b'<!DOCTYPE html>\n<html lang="ko"><body><main></main></body></html>', problems).decode()
    assert "마지막 빌드가 실패했습니다: 오류 1건." in korean
    assert '<ol lang="en">' in korean and "unknown field &#x27;soruce&#x27; in citation" in korean
    english = inject(b'<!DOCTYPE html>\n<html lang="en"><body></body></html>', problems).decode()
    assert "The last build failed: 1 error. This is the last good version of the site." in english


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_translation_edit_renders_the_korean_pages_again_and_nothing_else(tmp_path: Path) -> None:
    from briefing.pipeline import Builder

    site = korean_edition(tmp_path / "site")
    out = tmp_path / "out"
    builder = Builder(site, out)
    first = builder.rebuild()
    assert first.ok
    english = out / "facts" / "shells-million.html"
    inode = english.stat().st_ino
    path = site / "content/translations/ko/topics/weapons.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("100만 발 이상을 인도했다", "100만 발 넘게 인도했다"),
                    encoding="utf-8")
    again = builder.rebuild()
    assert again.ok and 0 < again.rendered < first.rendered
    assert english.stat().st_ino == inode  # the original edition is untouched
    assert "100만 발 넘게 인도했다" in (out / "ko/facts/shells-million.html").read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    assert build(site, clean, use_cache=False).ok
    assert _tree(out) == _tree(clean)
    # And with nothing changed, nothing is done.
    assert Builder(site, out).rebuild().rendered == 0


def test_update_extracts_new_messages_into_every_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_TEMPLATES, templates)
    (templates / "extra.html").write_text('{{ _("A brand-new message") }}\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    monkeypatch.setattr(i18n, "DEFAULT_TEMPLATES", templates)
    i18n.forget_catalogues()
    try:
        written = i18n.update()
        assert len(written) == 2
        assert 'msgid "A brand-new message"' in (locale / "messages.pot").read_text(encoding="utf-8")
        po = (locale / "ko/LC_MESSAGES/messages.po").read_text(encoding="utf-8")
        assert 'msgid "A brand-new message"\nmsgstr ""' in po
        assert 'msgid "denies"\nmsgstr "부인"' in po  # the existing translations are kept
        problems = i18n.check_catalogues([templates], ["ko"])
        assert [p.message for p in problems] == [
            "message 'A brand-new message' (used at templates/extra.html:1) has no 'ko' translation"]
    finally:
        i18n.forget_catalogues()


def test_key_judgments_named_twice_are_an_error(tmp_path: Path) -> None:
    site_yaml = SITE_YAML.replace("  - text: North Korea supplies", "  - id: shells\n    text: North Korea supplies")
    site_yaml += "  - id: shells\n    text: Russia denies it.\n    facts: [both-deny]\n"
    result = validate(copy_site(tmp_path / "site", changes={"site.yaml": site_yaml}))
    [problem] = [p for p in result.problems if p.is_error]
    assert (str(problem.location), problem.message) == (
        "site.yaml:10:5", "key judgment id 'shells' is already used at site.yaml:7:5")


# --- words the code writes, and what a translated edition translates beyond texts ----------------

def test_chart_axes_key_figures_and_standing_in_korean() -> None:
    import datetime

    from briefing.charts import _x_ticks, compact_number, figure_text
    from briefing.render import standing_words

    assert compact_number(1_000_000) == "1M" and compact_number(500_000) == "500k"  # the briefing's own style
    assert compact_number(1_000_000, "ko") == "100만" and compact_number(250_000, "ko") == "25만"
    first, last = datetime.date(2023, 9, 1).toordinal(), datetime.date(2024, 9, 1).toordinal()
    assert [label for _at, label in _x_ticks(first, last, 4)] == ["Jan 2024", "Jul 2024"]
    assert [label for _at, label in _x_ticks(first, last, 4, "ko")] == ["2024년 1월", "2024년 7월"]
    yearly = _x_ticks(datetime.date(2022, 6, 1).toordinal(), datetime.date(2024, 6, 1).toordinal(), 8, "ko")
    assert [label for _at, label in yearly] == ["2023년", "2024년"]
    shells = Quantity("artillery shells", Location("x"), value=1_000_000, qualifier="more-than")
    troops = Quantity("troops", Location("x"), min=8_000, qualifier="exact")
    assert figure_text(shells) == "more than 1,000,000" and figure_text(shells, "ko") == "1,000,000 이상"
    assert figure_text(troops) == "at least 8,000" and figure_text(troops, "ko") == "최소 8,000"

    from types import SimpleNamespace

    # A fact's standing as derive.Standing gives it, and the briefing's entities and language.
    view = SimpleNamespace(asserted_by=("nis", "us"), denied_by=("russia",), declined_by=(), independent_sources=2)
    labels = {"nis": "국정원", "us": "미국", "russia": "러시아"}
    entities = {i: SimpleNamespace(label=label) for i, label in labels.items()}
    korean = SimpleNamespace(site=SimpleNamespace(language="ko"), entities=entities)
    english = SimpleNamespace(site=SimpleNamespace(language="en"), entities=entities)
    assert standing_words(korean, view) == "국정원 및 미국 주장; 러시아 부인; 독립 출처 2곳"
    assert standing_words(english, view) == "Asserted by 국정원 and 미국; denied by 러시아; 2 independent sources"


def test_edition_headings_are_translated_and_dated_by_locale() -> None:
    from briefing.analysis import change_groups
    from briefing.derive import HistoryEntry
    from briefing.model import Edition

    editions = (Edition(parse_when("2024-03-12")), Edition(parse_when("2024-06-01"), "v2"))
    assert i18n.edition_heading(editions[0], "en", since=True) == "Since the 12 March 2024 edition"
    assert i18n.edition_heading(editions[1], "ko") == "2024년 6월 1일 판 (v2)"
    entries = [HistoryEntry(parse_when(day), "added", "", None) for day in ("2024-07-01", "2024-05-01")]  # type: ignore[arg-type]
    groups = change_groups(entries, editions, "ko")
    assert [g.heading for g in groups] == ["2024년 6월 1일 판 이후", "2024년 6월 1일 판 (v2)"]
    assert [g.heading for g in change_groups(entries, editions)] == [
        "Since the 1 June 2024 edition", "1 June 2024 edition (v2)"]


def test_entity_names_sections_and_series_are_translated_and_marked_when_not(tmp_path: Path) -> None:
    out = tmp_path / "out"
    site = korean_edition(tmp_path / "site", **{
        "content__topics__weapons.yaml": WEAPONS_SHEET.replace("facts:\n", SECTIONS, 1),
        "content__translations__ko__topics__weapons.yaml": KO_WEAPONS + "sections:\n  Shells: 포탄 공급\n"})
    result = build(site, out)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    entity = (out / "ko" / "entities" / "nis.html").read_text(encoding="utf-8")
    assert "<h1>국가정보원</h1>" in entity and "한국의 주요 정보기관." in entity
    untranslated = (out / "ko" / "entities" / "bolvinov.html").read_text(encoding="utf-8")
    assert '<h1><span lang="en">Sergei Bolvinov</span></h1>' in untranslated
    assert '<div lang="en"><p>Senior investigator' in untranslated
    topic = (out / "ko" / "topics" / "weapons.html").read_text(encoding="utf-8")
    assert re.search(r'<h2 id="section-1" class="section-title">포탄 공급</h2>', topic)
    assert '<h2 id="section-2" class="section-title">기타 사실</h2>' in topic
    # The standing line a link's preview shows, in Korean and with the translated names.
    assert ">국정원</a>" in topic
    home = (out / "ko" / "index.html").read_text(encoding="utf-8")
    assert 'data-standing="국정원 주장; 독립 출처 1곳"' in home  # a linked fact's preview
    english = (out / "entities" / "nis.html").read_text(encoding="utf-8")
    assert "<h1>National Intelligence Service</h1>" in english


# Elements whose text is not interface text: scripts, code (ids, commits), the document title, and
# anything marked as in another language than the page (original-language fallbacks, quotes, archives).
_SKIPPED = {"script", "style", "code", "kbd"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SHOWN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder", "data-standing", "data-grade")


class _Visible(HTMLParser):
    """The text a reader of a page in `language` sees or hears as the page's own language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []
        self.attributes: list[str] = []

    def _skipping(self) -> bool:
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        lang = values.get("lang")
        skip = tag in _SKIPPED or (lang is not None and tag != "html" and not lang.startswith(self.language))
        # The document's <title> is the page's title: a source's own or a fact's untranslated claim.
        skip = skip or (tag == "title" and any(t == "head" for t, _skip in self.stack))
        if not (skip or self._skipping()):
            self.attributes += [values[name] or "" for name in _SHOWN_ATTRIBUTES if values.get(name)]
        if tag not in _VOID:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self.texts.append(data)


def _interface_phrases(language: str) -> list[str]:
    """The English words of every catalogue message that has a different translation in `language`:
    each message's text between its placeholders and tags, when it holds a real word."""
    phrases: set[str] = set()
    for message in i18n.read_catalogue(language):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not message.id or set(ids) & set(strings):
            continue  # the same in both languages (CSV, PDF): nothing to find
        for text in ids:
            for piece in re.split(r"%\(\w+\)[sd]|<[^>]*>|[“”\"():;]", text):
                piece = piece.strip(" .,·–—?!'’")
                kept = any(piece in string for string in strings)  # a name the translation keeps (Natural Earth)
                if len(re.findall(r"[A-Za-z]", piece)) >= 4 and re.search(r"[a-z]{3}", piece) and not kept:
                    phrases.add(piece)
    return sorted(phrases, key=len, reverse=True)


def _leftover_interface_english(folder: Path, language: str) -> list[str]:
    """Each interface phrase found on a page of `folder`, as 'page: phrase'. Attributes (a marker's
    label naming a source's title, say) cannot be marked with a language: only phrases of two words
    or more are looked for there, so that a one-word message ('Russian') does not match a title."""
    phrases = _interface_phrases(language)
    in_text = re.compile("|".join(rf"(?<![\w-]){re.escape(p)}(?![\w-])" for p in phrases))
    in_attributes = re.compile("|".join(rf"(?<![\w-]){re.escape(p)}(?![\w-])" for p in phrases if " " in p))
    found = []
    for page in sorted(folder.rglob("*.html")):
        parser = _Visible(language)
        parser.feed(page.read_text(encoding="utf-8"))
        for pattern, texts in ((in_text, parser.texts), (in_attributes, parser.attributes)):
            text = " ".join(" ".join(texts).split())
            found += [f"{page.relative_to(folder)}: {m.group(0)!r}" for m in pattern.finditer(text)]
    return found


def test_korean_pages_show_no_english_interface_words(tmp_path: Path) -> None:
    """Every page of the Korean edition, scanned for the English of any message the catalogue
    translates (outside what is marked as another language's text)."""
    out = tmp_path / "out"
    assert build(korean_edition(tmp_path / "site"), out).ok
    assert _leftover_interface_english(out / "ko", "ko") == []
    # The scan finds what it should: the English edition is full of these words.
    assert len(_leftover_interface_english(out, "ko")) > 100


def test_the_real_korean_edition_shows_no_english_interface_words(tmp_path: Path) -> None:
    """The same scan over this repository's Korean edition (charts, key figures, maps, the pack)."""
    out = tmp_path / "out"
    assert build(Path(__file__).resolve().parent.parent, out).ok
    assert _leftover_interface_english(out / "ko", "ko") == []
    numbers = (out / "ko" / "numbers.html").read_text(encoding="utf-8")
    ticks = re.findall(r'text-anchor="middle">([^<]+)</text>', numbers)
    assert ticks and all(re.fullmatch(r"\d{4}년(?: \d{1,2}월)?", tick) for tick in ticks), ticks
    assert "100만</text>" in numbers  # the axis in the Korean short form
    assert '<span class="figure-number">약 4,000</span>' in numbers  # a key figure, qualified in Korean
    assert re.search(r'<h2 id="series-north-korean-troops-in-russia-title">러시아 내 북한군</h2>', numbers)


def test_a_forgotten_catalogue_is_parsed_again_only_when_its_bytes_changed(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Forgetting the catalogues (a new render environment, edited templates) keeps the parse of an
    unchanged file; an edited one is read again, and its new translation is used."""
    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    i18n.forget_catalogues()
    try:
        first = i18n.read_catalogue("ko")
        i18n.forget_catalogues()
        assert i18n.read_catalogue("ko") is first
        po = locale / "ko" / "LC_MESSAGES" / "messages.po"
        po.write_text(po.read_text(encoding="utf-8").replace('msgid "denies"\nmsgstr "부인"',
                                                             'msgid "denies"\nmsgstr "부정"'), encoding="utf-8")
        assert i18n.read_catalogue("ko") is first  # not forgotten yet: the same process's catalogue
        i18n.forget_catalogues()
        assert i18n.read_catalogue("ko") is not first
        assert i18n.translations("ko").gettext("denies") == "부정"
    finally:
        i18n.forget_catalogues()
