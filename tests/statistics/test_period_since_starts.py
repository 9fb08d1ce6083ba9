""" "Since" a thing's start dated after it: "since its launch in March", "since the
operation began on 27 October". From that month's first day, or that day, to P; the month
or day alone would date only the start, and "since the winter" only the season."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2023, 11, 8)


def first_period(text: str) -> tuple[str, str, str] | None:
    """(start, end, phrase) of the first dated period phrase of ``text``."""
    found = dated_phrases(text, P)
    return (found[0][1], found[0][2], found[0][0]) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive or "the" start noun, then the month
        (
            "Since its launch in March, 88 people have been referred.",
            ("2023-03-01", "2023-11-08", "Since its launch in March"),
        ),
        (
            "Since their introduction in May, the cameras have caught 410 drivers.",
            ("2023-05-01", "2023-11-08", "Since their introduction in May"),
        ),
        (
            "Since the roll-out in June, officers have used the kits 51 times.",
            ("2023-06-01", "2023-11-08", "Since the roll-out in June"),
        ),
        # a past verb of the start, then the day
        (
            "Since the winter operation began on 27 October, 3,120 tests were carried out.",
            ("2023-10-27", "2023-11-08", "Since the winter operation began on 27 October"),
        ),
        (
            "Since the appeal was launched on 4 September, 61 people have come forward.",
            ("2023-09-04", "2023-11-08", "Since the appeal was launched on 4 September"),
        ),
        (
            "Since its Christmas campaign started on 1 December, 60 drivers were arrested.",
            ("2022-12-01", "2023-11-08", "Since its Christmas campaign started on 1 December"),
        ),
        # a term or service starting again, with no article before it
        (
            "Since pupils returned on 4 September, teachers have logged 212 concerns.",
            ("2023-09-04", "2023-11-08", "Since pupils returned on 4 September"),
        ),
        (
            "Since the courts reopened in June, 95 cases have been heard in Truro.",
            ("2023-06-01", "2023-11-08", "Since the courts reopened in June"),
        ),
        (
            "Since classes resumed on 30 October, 18 referrals were made.",
            ("2023-10-30", "2023-11-08", "Since classes resumed on 30 October"),
        ),
        # near misses: a season alone, and a start with no date after it
        (
            "Since the winter, 40 people have been arrested.",
            ("2022-12-01", "2023-11-08", "Since the winter"),
        ),
        ("Since its launch, 40 people have been arrested in May.", None),
        ("Since pupils returned, 40 concerns were logged in May.", None),
    ],
)
def test_since_a_start_dated_after_it(text: str, expected: tuple[str, str, str] | None) -> None:
    found = first_period(text)
    if expected is None:
        assert found is None or not found[2].lower().startswith("since")
    else:
        assert found == expected
