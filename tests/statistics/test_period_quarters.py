"""Quarters named relative to P ("Q3 of last year": ``quarter_of_the_year``) or to the
period before (``bare_quarter``, in ``period_holidays``), and "Q3 of 2024"
(``quarter``), and "the last year" (``relative_year``); sentences invented for these
tests."""

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
        # "the last quarter" with nothing before: the most recent quarter, not Q4
        ("Calls fell over the last quarter.", [("2024-07-01", "2024-09-30")]),
        # ... and of a year still running at P (14 November 2024), not its fourth
        ("Calls fell in the first quarter of 2024 and in the last quarter.",
         [("2024-01-01", "2024-03-31"), ("2024-07-01", "2024-09-30")]),
        ("Calls fell in 2023, most of all in the last quarter.",
         [("2023-01-01", "2023-12-31"), ("2023-10-01", "2023-12-31")]),
        # a quarter named by its last month: the three months to it, the latest over by P
        ("Calls fell in the quarter to September.", [("2024-07-01", "2024-09-30")]),
        ("Calls fell in the quarter ending December.", [("2023-10-01", "2023-12-31")]),
        ("Calls fell in the quarter ended March 2024.", [("2024-01-01", "2024-03-31")]),
        ("Between 2021 and 2023 burglary fell, most of all in the first quarter.",
         [("2021-01-01", "2023-12-31"), None]),
        # a year of its own: the other rules
        ("Calls fell in the third quarter of 2023/24.", [("2023-10-01", "2023-12-31")]),
    ],
)  # fmt: skip
def test_bare_quarter(text: str, expected: object) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release counting in financial quarters: a bare quarter is of the financial year
        ("Officers made 312 arrests in the third quarter of 2024/25, compared with 280 in Q1.",
         [("2024-10-01", "2024-12-31"), ("2024-04-01", "2024-06-30")]),
        ("The unit took 95 referrals in Q2 2023-24 and 70 in the first quarter.",
         [("2023-07-01", "2023-09-30"), ("2023-04-01", "2023-06-30")]),
        # near miss: the last quarter given with its year is a calendar one
        ("Calls fell in Q3 2023/24. In the first quarter of 2025 they rose, and again in Q3.",
         [("2023-10-01", "2023-12-31"), ("2025-01-01", "2025-03-31"),
          ("2025-07-01", "2025-09-30")]),
    ],
)  # fmt: skip
def test_bare_quarter_of_a_financial_year(text: str, expected: object) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the quarter" is the quarter the release is about, not a yardstick's months
        ("Gwent Police received 140 applications between April and June. In Newport there "
         "were 52, twice the figure for January to March. Officers obtained 11 orders in "
         "the quarter.",
         [("2024-04-01", "2024-06-30"), ("2024-01-01", "2024-03-31"),
          ("2024-04-01", "2024-06-30")]),
        # near miss: with no yardstick the quarter stated before is the quarter
        ("Referrals reached 410 between July and September. Officers made 60 arrests in the "
         "quarter.", [("2024-07-01", "2024-09-30"), ("2024-07-01", "2024-09-30")]),
    ],
)  # fmt: skip
def test_the_quarter_is_no_yardstick(text: str, expected: object) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last year" is the past twelve months, as "the past year"
        ("Calls rose by 9% in the last year.", [("2023-11-01", "2024-10-31")]),
        ("Calls rose by 9% over the past year.", [("2023-11-01", "2024-10-31")]),
        # "last year" without "the" is the calendar year before P's
        ("Calls rose by 9% last year.", [("2023-01-01", "2023-12-31")]),
    ],
)
def test_the_last_year_is_the_past_twelve_months(text: str, expected: object) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span over two years that ends a calendar quarter: its last quarter
        ("In 2023/24 the team made 412 arrests, 118 of them in the last quarter.",
         [("2023-04-01", "2024-03-31"), ("2024-01-01", "2024-03-31")]),
        # a span over two years that ends mid-quarter: the quarter before P's
        ("Over the past 12 months 96 children were referred, 30 in the last quarter.",
         [("2023-11-01", "2024-10-31"), ("2024-07-01", "2024-09-30")]),
        ("In the past year the scheme saw 240 families, with 71 in the last quarter, up "
         "from 52 a year earlier.",
         [("2023-11-01", "2024-10-31"), ("2024-07-01", "2024-09-30"),
          ("2023-07-01", "2023-09-30")]),
        # near misses: another quarter after such a span stays undated; "the last
        # quarter of" a year is that year's
        ("In 2023/24 the team made 412 arrests, 118 of them in the third quarter.",
         [("2023-04-01", "2024-03-31"), None]),
        ("Over the past 12 months 96 children were referred, 30 in the last quarter of 2023.",
         [("2023-11-01", "2024-10-31"), ("2023-10-01", "2023-12-31")]),
    ],
)  # fmt: skip
def test_last_quarter_of_a_span(text: str, expected: object) -> None:
    assert periods(text) == expected
