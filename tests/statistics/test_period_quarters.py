"""Quarters named relative to P ("Q3 of last year": ``quarter_of_the_year``) or to the
period before (``bare_quarter``, in ``period_holidays``), and "Q3 of 2024"
(``quarter``); sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2024, 11, 14)


def periods(text: str, published: dt.date | None = P) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In Q2 of last year the unit logged 61 thefts.", P, [("2023-04-01", "2023-06-30")]),
        ("Reports rose in the fourth quarter of last year.", P, [("2023-10-01", "2023-12-31")]),
        ("Q1 this year saw 40 burglaries in Wrexham.", P, [("2024-01-01", "2024-03-31")]),
        ("Arrests fell in Q3 of 2022.", None, [("2022-07-01", "2022-09-30")]),
        # no P: undated
        ("In Q2 of last year the unit logged 61 thefts.", None, [None]),
    ],
)  # fmt: skip
def test_quarter_of_the_year(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of the period stated before
        ("The unit will train 60 officers in the second quarter of 2025 and 45 more in the "
         "fourth quarter.", [("2025-04-01", "2025-06-30"), ("2025-10-01", "2025-12-31")]),
        ("Thefts fell to 210 in 2023, with the sharpest drop in Q4.",
         [("2023-01-01", "2023-12-31"), ("2023-10-01", "2023-12-31")]),
        # nothing stated before, or a span over two years: undated
        ("Calls fell in the third quarter.", [None]),
        ("Between 2021 and 2023 burglary fell, most of all in the first quarter.",
         [("2021-01-01", "2023-12-31"), None]),
        # a year of its own: the other rules
        ("Calls fell in the third quarter of 2023/24.", [("2023-10-01", "2023-12-31")]),
    ],
)  # fmt: skip
def test_bare_quarter(text: str, expected: object) -> None:
    assert periods(text) == expected
