"""Hostile input never makes a command slow: the closest-passage hint and the ingest regexes are
linear-ish. Loose bounds (seconds, on a busy 2-core machine), a guard against quadratic behaviour,
not a benchmark."""

from __future__ import annotations

import random
import time
from pathlib import Path

from conftest import copy_site

from briefing.ingest import analyse
from briefing.passages import closest_passage, normalize
from briefing.pipeline import validate

BOUND = 5.0


def _long_text(size: int) -> str:
    rng = random.Random(7)
    words = ["artillery", "shells", "Russia", "North", "Korea", "delivered", "million", "train", "port", "the",
             "of", "said", "officials", "according", "to", "intelligence", "rockets", "missiles", "Rason"]
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)


def test_the_closest_passage_hint_is_fast_on_a_long_text() -> None:
    text = normalize(_long_text(8_000_000))
    quote = text[4_000_000:4_000_300].replace("shells", "shels")  # one typo in a 300-character quote
    started = time.monotonic()
    found = closest_passage(text, quote)
    assert time.monotonic() - started < BOUND
    assert len(found) > 100 and found in text


def test_check_with_a_mistyped_quote_against_a_big_text_is_fast(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    text_path = site / "content/sources/wire-2024-03.txt"
    text_path.write_text(text_path.read_text(encoding="utf-8") + "\n" + _long_text(7_500_000) + "\n",
                         encoding="utf-8")
    sheet = site / "content/topics/diplomacy.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "quote: Both Russia and North Korea have rejected the accusations",
        "quote: Both Russia and North Korea have rejectd the accusations of supplying shells by train", 1),
        encoding="utf-8")
    started = time.monotonic()
    result = validate(site, use_cache=False)
    assert time.monotonic() - started < 2 * BOUND  # reading and checking 7.5 MB, then the hint
    assert any("closest passage" in p.hint for p in result.problems)


def test_the_email_regex_is_linear_on_long_tokens() -> None:
    for line in ("a" * 80_000, "x." * 40_000, "." * 80_000 + "@example", "a@" + "b" * 80_000):
        started = time.monotonic()
        analyse(f"A headline\n\n{line}\n\nThe end of the article.\n")
        assert time.monotonic() - started < BOUND, line[:10]
