"""`new source` beyond English: Korean, European numeric and Russian/Ukrainian dates, the language from
the script (and a small model for other Latin-script text), ids transliterated rather than cut."""

from __future__ import annotations

import pytest

from briefing.ingest import analyse, detect_language, parse_date, propose_id


@pytest.mark.parametrize(("text", "expected", "matched"), [
    ("2024년 2월 16일 오후 8:22", "2024-02-16", "2024년 2월 16일"),
    ("입력 2023년 10월 5일", "2023-10-05", "2023년 10월 5일"),
    ("16.02.2024 10:22", "2024-02-16", "16.02.2024"),
    ("Опубликовано 16 февраля 2024 года", "2024-02-16", "16 февраля 2024"),
    ("Опубліковано 16 лютого 2024 року", "2024-02-16", "16 лютого 2024"),
    ("3 ноября 2023", "2023-11-03", "3 ноября 2023"),
    ("30.02.2024", None, None),              # impossible
    ("2024년 13월 1일", None, None),
    ("version 1.2.2024b", None, None),       # not a date: glued to letters
    ("16 котов 2024", None, None),            # a Cyrillic word that is not a month
])
def test_foreign_dates(text: str, expected: str | None, matched: str | None) -> None:
    found = parse_date(text)
    assert (found[0] if found else None) == expected
    assert (found[1].group(0) if found else None) == matched


@pytest.mark.parametrize(("text", "language"), [
    ("북한이 러시아에 포탄을 공급했다고 국가정보원이 밝혔다.", "ko"),
    ("Северная Корея поставила России более миллиона артиллерийских снарядов.", "ru"),
    ("Північна Корея передала Росії понад мільйон артилерійських снарядів.", "uk"),
    ("North Korea has delivered more than a million artillery shells to Russia, the agency said.", "en"),
    ("Nordkorea hat Russland nach Angaben des Geheimdienstes mehr als eine Million Granaten geliefert.", "de"),
    ("La Corée du Nord a livré plus d'un million d'obus d'artillerie à la Russie, selon les services.", "fr"),
    ("Seoul: 2024", ""),
    ("", ""),
])
def test_language_from_the_script_then_a_small_model(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_korean_article_gets_its_date_language_and_a_transliterated_id() -> None:
    article = analyse("북한 러시아에 포탄 100만발 공급\n\n입력 2024년 2월 16일 오후 8:22\n\n"
                      "국가정보원은 북한이 러시아에 포탄 100만발 이상을 공급했다고 밝혔다.\n")
    assert (article.published.value, article.published.line) == ("2024-02-16", 3)
    assert article.language == "ko"
    assert propose_id(article) == "bughan-reosiae-potan-100manbal-2024-02-16"


def test_ids_keep_their_letters() -> None:
    # A title without a printed date: the id comes from its words.
    assert propose_id(analyse("Ukraïna’s grain corridor holds\n\nShips left Odesa on Monday.\n")) == \
        "ukraina-grain-corridor-holds"
    assert propose_id(analyse("Ålesund café reopens\n\nThe café on the harbour opened again.\n")) == \
        "alesund-cafe-reopens"
    korean = analyse("북한 러시아 무기 거래\n\n북한이 러시아에 무기를 보냈다.\n")
    assert propose_id(korean) == "bughan-reosia-mugi-georae"
