"""Financial-year quarters, the first N months of a financial year, "N months to"."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 2, 12)


def last_period(text: str, published: dt.date | None = P) -> tuple[str, str] | None:
    """The last period phrase of ``text`` as ISO dates (None when undated)."""
    last = find_period_phrases(text, published)[-1]
    return None if last.kind == UNRESOLVED else (last.start.isoformat(), last.end.isoformat())


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter of a financial year runs from April, not January
        ("in the first quarter of 2022/23", None, ("2022-04-01", "2022-06-30")),
        ("during the second quarter of 2021-22", None, ("2021-07-01", "2021-09-30")),
        ("in the fourth quarter of 2023/2024", None, ("2024-01-01", "2024-03-31")),
        ("in Q3 2020/21", None, ("2020-10-01", "2020-12-31")),
        ("in the final quarter of the 2019/20 financial year", None, ("2020-01-01", "2020-03-31")),
        # named relative to P (12 February 2025: financial year 2024/25)
        ("in the third quarter of this financial year", P, ("2024-10-01", "2024-12-31")),
        ("in the first quarter of last financial year", P, ("2023-04-01", "2023-06-30")),
        ("in the first quarter of the current financial year", None, None),  # no P
        ("in the fourth quarter of this financial year", P, None),  # not over yet
        # near misses: a calendar quarter stays one
        ("in the first quarter of 2022", None, ("2022-01-01", "2022-03-31")),
        ("in Q2 2021", None, ("2021-04-01", "2021-06-30")),
    ],
)
def test_fiscal_quarter(text: str, published: dt.date | None, expected: object) -> None:
    assert last_period(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # from 1 April, N whole months, never past P
        ("in the first ten months of the current financial year", P, ("2024-04-01", "2025-01-31")),
        ("in the first six months of 2022/23", None, ("2022-04-01", "2022-09-30")),
        ("over the first three months of this financial year", P, ("2024-04-01", "2024-06-30")),
        ("in the first 11 months of the current financial year", P, None),  # ends after P
        ("in the first ten months of the current financial year", None, None),  # FY unknown
        # near miss: the first months of a calendar year
        ("in the first six months of 2022", None, ("2022-01-01", "2022-06-30")),
    ],
)
def test_fiscal_first_months(text: str, published: dt.date | None, expected: object) -> None:
    assert last_period(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("in the six months to December 2023", None, ("2023-07-01", "2023-12-31")),
        ("over the three months ending October", P, ("2024-08-01", "2024-10-31")),
        ("in the nine months to January", P, ("2024-05-01", "2025-01-31")),
        ("in the 18 months to the end of June 2022", None, ("2021-01-01", "2022-06-30")),
        ("in the four months to August", None, None),  # no P: the year is not fixed
        # near miss: the year to a month is the year_to rule's (the same 12 months)
        ("in the year to March 2022", None, ("2021-04-01", "2022-03-31")),
    ],
)
def test_months_to(text: str, published: dt.date | None, expected: object) -> None:
    assert last_period(text, published) == expected
