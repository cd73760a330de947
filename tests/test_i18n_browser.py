"""The Korean edition in a browser and in the Nu checker: valid, accessible, readable on a phone,
with the right `lang` everywhere and a language switcher that always lands on the same page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browsing import DESKTOP, MOBILE, as_project_site, guard_context, in_ci, page_kinds, serve
from conftest import copy_site
from test_accessibility import BLOCKING, axe
from test_html_valid import nu_check
from test_i18n import KO_SITE, KO_WEAPONS, SITE_YAML, YONHAP_EN, YONHAP_KO, YONHAP_YAML

from briefing.pipeline import build

HANGUL = re.compile(r"[\uac00-\ud7a3]")
TRANSLATED_QUOTE = """
  - id: missiles-used
    claim: Russia fired missiles made in the North.
    positions:
      - actor: nis
        stance: asserts
        citations:
          - source: yonhap-ko
            quote: 러시아는 북한의 탄도미사일을 사용했다.
            translation: Russia used North Korea's ballistic missiles.
            translator: Yonhap
"""


@pytest.fixture(scope="module")
def korean_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with a Korean edition and a Korean source quoted with its English translation."""
    root = tmp_path_factory.mktemp("korean")
    diplomacy = (Path(__file__).parent / "fixtures/site/content/topics/diplomacy.yaml").read_text(encoding="utf-8")
    site = copy_site(root / "site", changes={
        "site.yaml": SITE_YAML.replace("language: en\n", "language: en\ntranslations: [ko]\n"),
        "content/translations/ko/site.yaml": KO_SITE,
        "content/translations/ko/topics/weapons.yaml": KO_WEAPONS,
        "content/sources/yonhap-ko.yaml": YONHAP_YAML,
        "content/sources/yonhap-ko.txt": YONHAP_KO,
        "content/sources/yonhap-ko.en.txt": YONHAP_EN,
        "content/topics/diplomacy.yaml": diplomacy + TRANSLATED_QUOTE,
    })
    out = root / "output"
    result = build(site, out)
    assert result.ok, "\n".join(p.format() for p in result.problems)
    return out


def test_every_korean_page_is_valid_html(korean_site: Path) -> None:
    pages = sorted((korean_site / "ko").rglob("*.html"))
    assert len(pages) >= 20
    assert nu_check([*pages, korean_site / "index.html", korean_site / "facts/missiles-used.html"]) == []


def test_lang_attributes(korean_site: Path) -> None:
    for path in sorted((korean_site / "ko").rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>\n<html lang=\"ko\""), path
    fact = (korean_site / "ko/facts/missiles-used.html").read_text(encoding="utf-8")
    # The claim is untranslated: shown in English, marked so, with its language.
    assert '<span lang="en">Russia fired missiles made in the North.</span> <small class="untranslated">' in fact
    # The verified original keeps its language; the translation beside it is marked as one.
    assert '<blockquote lang="ko">러시아는 북한의 탄도미사일을 사용했다.</blockquote>' in fact
    assert re.search(r'<p class="quote-translation" lang="en"><span class="translation-label" lang="ko">번역 '
                     r'\(Yonhap\):</span> Russia used North Korea&#39;s ballistic missiles.</p>', fact)
    english = (korean_site / "facts/missiles-used.html").read_text(encoding="utf-8")
    assert re.search(r'<span class="translation-label" lang="en">Translation \(Yonhap\):</span>', english)
    assert "untranslated" not in english
    topic = (korean_site / "ko/topics/weapons.html").read_text(encoding="utf-8")
    assert "북한은 러시아에 포탄 100만 발 이상을 인도했다." in topic and 'class="untranslated"' in topic


def test_search_finds_the_original_and_the_translation(korean_site: Path, chromium: Any) -> None:
    """The fact is found by a word of its Korean quote and by a word only its English translation has."""
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto((korean_site / "search.html").as_uri())
    for query in ("탄도미사일을", "ballistic"):
        page.fill("#search-q", query)
        page.wait_for_function("document.getElementById('search-status').textContent.includes('for')")
        titles = page.locator(".search-result--fact .search-title a").all_inner_texts()
        assert "Russia fired missiles made in the North." in titles, (query, titles)
    context.close()


def _switcher_links(page: Any) -> dict[str, str]:
    links = page.locator(".languages a")
    return {links.nth(i).get_attribute("hreflang"): links.nth(i).get_attribute("href") for i in range(links.count())}


@pytest.mark.parametrize("where", ["file", "project-site"])
def test_the_switcher_links_the_same_page_both_ways(korean_site: Path, chromium: Any, tmp_path: Path,
                                                    where: str) -> None:
    """From file:// and under a sub-path, every page's switcher opens the same page in the other language."""
    if where == "file":
        base, root, allowed = korean_site.as_uri() + "/", korean_site, ""
    else:
        root = as_project_site(korean_site, tmp_path / "www", "briefing-repo")
    with serve(tmp_path / "www") if where != "file" else _nothing() as served:
        if served:
            base, allowed = served + "briefing-repo/", served
        context = chromium.new_context(viewport=DESKTOP)
        guard = guard_context(context, allowed)
        page = context.new_page()
        routes = sorted(p.relative_to(root / "ko").as_posix() for p in (root / "ko").rglob("*.html"))
        for route in routes:
            page.goto(base + "ko/" + route)
            assert page.locator("html").get_attribute("lang") == "ko"
            assert "en" in _switcher_links(page), route
            page.locator('.languages a[hreflang="en"]').click()
            page.wait_for_load_state()
            assert page.url.split("#")[0] == base + route, route
            assert page.locator("html").get_attribute("lang") == "en"
            page.locator('.languages a[hreflang="ko"]').click()
            page.wait_for_load_state()
            assert page.url.split("#")[0] == base + "ko/" + route, route
        guard.assert_clean()
        context.close()


class _nothing:
    def __enter__(self) -> str:
        return ""

    def __exit__(self, *args: object) -> None:
        return None


def test_hreflang_alternates(korean_site: Path) -> None:
    english = (korean_site / "topics/weapons.html").read_text(encoding="utf-8")
    korean = (korean_site / "ko/topics/weapons.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" hreflang="en" href="weapons.html">' in english
    assert '<link rel="alternate" hreflang="ko" href="../ko/topics/weapons.html">' in english
    assert '<link rel="alternate" hreflang="en" href="../../topics/weapons.html">' in korean


def test_axe_and_phone_width_on_every_korean_page_kind(korean_site: Path, chromium: Any) -> None:
    found: dict[str, Any] = {}
    for viewport in (DESKTOP, MOBILE):
        context = chromium.new_context(viewport=viewport)
        guard = guard_context(context)
        page = context.new_page()
        for route in page_kinds(korean_site / "ko"):
            page.goto((korean_site / "ko" / route).as_uri())
            if viewport is DESKTOP:
                blocking = [v for v in axe(page) if v["impact"] in BLOCKING or v["id"] == "region"]
                if blocking:
                    found[route] = blocking
                assert HANGUL.search(page.locator("main").inner_text()), f"{route} has no Korean in main"
            else:
                widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                assert widths[0] <= widths[1], f"ko/{route} scrolls sideways at 375 px: {widths}"
        guard.assert_clean()
        context.close()
    assert not found, found


def _printed_korean(out: Path, pdf: Path, chromium: Any) -> tuple[set[str], set[str], set[str]]:
    """Print the Korean pack; (Hangul the printed page shows, Hangul in the PDF's text, font families in the PDF)."""
    from pypdf import PdfReader

    from briefing.pdf import find_chromium, joined_pack, print_pack

    program = find_chromium()
    if program is None:
        if in_ci():
            pytest.fail("no Chromium to print the PDF (apt-get install chromium)")
        pytest.skip("no Chromium to print the PDF")
    assert print_pack(out / "ko", pdf, "a4", program) is None
    # The pack as it is printed: the front with every part, joined into one page beside the front.
    joined = out / "ko" / f".joined-{pdf.stem}.html"
    joined.write_text(joined_pack(out / "ko" / "briefing.html") or "", encoding="utf-8")
    context = chromium.new_context()
    page = context.new_page()
    page.emulate_media(media="print")
    try:
        page.goto(joined.as_uri())
        shown = page.evaluate("document.body.innerText")  # what paper shows: no navigation, no screen-only notes
    finally:
        context.close()
        joined.unlink()
    reader = PdfReader(pdf)
    printed = "".join(p.extract_text() for p in reader.pages)
    families = set()
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"].get("/Font", {}).values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFamily" in descriptor.get_object():
                families.add(str(descriptor.get_object()["/FontFamily"]))
    return set(HANGUL.findall(shown)), set(HANGUL.findall(printed)), families


def test_the_korean_pdf_has_every_glyph(korean_site: Path, tmp_path: Path, chromium: Any) -> None:
    """No tofu: every Hangul syllable of the pack is in the PDF's text, drawn from a CJK font
    (a glyph a font lacks is printed as an empty box and cannot be read back)."""
    shown, printed, families = _printed_korean(korean_site, tmp_path / "ko.pdf", chromium)
    assert len(shown) > 30
    assert shown == printed, f"missing from the PDF: {''.join(sorted(shown - printed))}"
    assert any("CJK" in family for family in families), families


def test_the_tofu_check_can_fail(korean_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 chromium: Any) -> None:
    """With only Latin fonts available (a fontconfig limited to DejaVu), the Hangul is lost and the check sees it."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("no DejaVu fonts to build the Latin-only font set from")
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                      f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    shown, printed, families = _printed_korean(korean_site, tmp_path / "tofu.pdf", chromium)
    assert shown and not printed and not any("CJK" in family for family in families)


def test_search_speaks_the_page_language(korean_site: Path, chromium: Any) -> None:
    """The script's words come from the page's catalogue block: Korean on a Korean page, English otherwise."""
    context = chromium.new_context(viewport=DESKTOP)
    guard = guard_context(context)
    page = context.new_page()
    page.goto((korean_site / "ko" / "search.html").as_uri())
    page.fill("#search-q", "포탄")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('검색 결과')")
    status = page.locator("#search-status").inner_text()
    assert re.fullmatch(r"“포탄” 검색 결과 \d+건(, 처음 \d+건 표시)?\.", status), status
    kinds = set(page.locator(".search-kind").all_inner_texts())
    assert "사실" in kinds and kinds <= {"사실", "출처", "개체", "주제", "구절"}, kinds
    assert page.locator("#search-kind option").first.inner_text().startswith("모든 종류")
    page.goto((korean_site / "search.html").as_uri())
    page.fill("#search-q", "missiles")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('for')")
    assert re.fullmatch(r"\d+ results? for “missiles”(, showing the first \d+)?\.",
                        page.locator("#search-status").inner_text())
    guard.assert_clean()
    context.close()
