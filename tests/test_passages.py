from briefing.passages import anchor_id, closest_passage, index_text, normalize

TEXT = "He said: \u201cRussians continue   to use weapons\u201d \u2014 in\nKharkiv."


def test_normalize_folds_typography_and_whitespace_only() -> None:
    assert normalize(TEXT) == 'He said: "Russians continue to use weapons" - in Kharkiv.'
    assert normalize("a...b") == "a...b"


def test_locate_maps_back_to_the_original_span() -> None:
    indexed = index_text(TEXT)
    [(start, end)] = indexed.locate('"Russians continue to use weapons" - in Kharkiv')
    assert TEXT[start:end] == "\u201cRussians continue   to use weapons\u201d \u2014 in\nKharkiv"


def test_locate_does_not_treat_ellipsis_as_wildcard() -> None:
    assert index_text(TEXT).locate("Russians ... weapons") == []


def test_closest_passage_points_at_the_near_miss() -> None:
    text = normalize("Pyongyang recently delivered more than a million artillery shells to Russia.")
    assert closest_passage(text, "Pyongyang delivered more than a million artillery shells") == \
        "Pyongyang recently delivered more than a million artillery shells"


def test_anchor_is_stable_and_typography_blind() -> None:
    assert anchor_id("a \u201cb\u201d") == anchor_id('a  "b"')
    assert anchor_id("x").startswith("q-")


def test_index_maps_every_character_back_whatever_the_whitespace() -> None:
    # index_text skips the lone spaces normalize leaves alone; every other whitespace run (a
    # newline, a tab, a no-break space, two spaces, leading and trailing runs) is folded to one.
    import random

    rng = random.Random(7)
    alphabet = "ab c\n\t  \u00a0\u2003\u201c\u00e9e\u0301\u1100\u1161"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        indexed = index_text(text)
        assert indexed.normalized == normalize(text)
        for i, char in enumerate(indexed.normalized):
            original = normalize(text[indexed.offsets[i]:indexed.ends[i]]) or " "
            assert char in original, (text, i)
