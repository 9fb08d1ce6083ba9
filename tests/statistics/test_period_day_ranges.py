"""A range of days with its year named relative to P: "between 1 April and 30 September
this year", "between 3 and 9 June last year" is that year's range (the "this year" after
it had been read as a period of its own, the year to date)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2024, 11, 3)


def phrases(text: str) -> list[tuple[str, str, str]]:
    """(phrase, start, end) of every dated period phrase of ``text``."""
    return dated_phrases(text, P)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 1 April and 30 September this year, 40 people were arrested.",
            [("Between 1 April and 30 September this year", "2024-04-01", "2024-09-30")],
        ),
        (
            "Officers stopped 310 drivers from 4 March to 2 April last year.",
            [("from 4 March to 2 April last year", "2023-03-04", "2023-04-02")],
        ),
        (
            "Between 3 and 9 June last year, 40 people were arrested.",
            [("Between 3 and 9 June last year", "2023-06-03", "2023-06-09")],
        ),
        (
            "From 12 to 18 August this year, 51 knives were handed in.",
            [("From 12 to 18 August this year", "2024-08-12", "2024-08-18")],
        ),
        # near misses: "this year's" is no year of the range; a year stated stays
        (
            "From 1 to 30 June, this year's patrols made 40 arrests.",
            [("From 1 to 30 June", "2024-06-01", "2024-06-30")],
        ),
        (
            "Between 3 and 9 June 2022, 40 people were arrested.",
            [("Between 3 and 9 June 2022", "2022-06-03", "2022-06-09")],
        ),
    ],
)
def test_a_day_range_in_a_year_named_relative_to_p(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day before each day: the whole days
        (
            "Crews went to 88 fires between 7pm on 31 October and 2am on 1 November.",
            [("between 7pm on 31 October and 2am on 1 November", "2024-10-31", "2024-11-01")],
        ),
        (
            "The order ran from 5pm on Friday 4 October to 5am on Monday 7 October.",
            [
                (
                    "from 5pm on Friday 4 October to 5am on Monday 7 October",
                    "2024-10-04",
                    "2024-10-07",
                )
            ],
        ),
        (
            "From midnight on 2 August until noon on 4 August, 17 people were arrested.",
            [("From midnight on 2 August until noon on 4 August", "2024-08-02", "2024-08-04")],
        ),
        # near miss: a time with no day after it is no day range
        ("Between 6pm and 6am, 40 calls were taken.", []),
    ],
)
def test_a_day_range_with_times_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert phrases(text) == expected
