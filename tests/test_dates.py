import pytest

from briefing.dates import PartialDate, parse_partial, parse_when


@pytest.mark.parametrize("text, display", [
    ("2024", "2024"),
    ("2024-02", "February 2024"),
    ("2024-02-16", "16 February 2024"),
    ("2023-08/2024-02", "August 2023 – February 2024"),
    ("2023-08/..", "since August 2023"),
    ("../2024-03", "by March 2024"),
])
def test_partial_dates_and_ranges_display_as_written(text: str, display: str) -> None:
    when = parse_when(text)
    assert when.display() == display
    assert when.iso() == text


@pytest.mark.parametrize("text, message", [
    ("2023-13-01", "'2023-13-01' has month 13; months run from 01 to 12"),
    ("2023-02-30", "'2023-02-30' does not exist: February 2023 has 28 days"),
    ("2024-02-30", "'2024-02-30' does not exist: February 2024 has 29 days"),
    ("Feb 2024", "'Feb 2024' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
    ("../..", "'../..' says nothing: give at least one end of the range"),
    ("2024-05/2024-02", "range '2024-05/2024-02' ends before it starts"),
])
def test_impossible_dates_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_when(text)
    assert str(caught.value) == message


def test_partial_dates_sort_month_before_its_days() -> None:
    texts = ["2024-02-16", "2024-02", "2023", "2024-01-31", "../2024-02"]
    ordered = sorted(texts, key=lambda t: parse_when(t).sort_key())
    assert ordered == ["2023", "2024-01-31", "2024-02", "2024-02-16", "../2024-02"]


def test_latest_day_of_a_partial_date() -> None:
    assert parse_partial("2024-02").last_day() == (2024, 2, 29)
    assert PartialDate(2023).last_day() == (2023, 12, 31)
