"""Financial-year quarters, the first N months of a financial year, "N months to"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 2, 12)
PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""


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
        ("in the first nine months of the financial year", P, ("2024-04-01", "2024-12-31")),
        # near miss: "the financial year to March" is a span of its own
        ("in the financial year to March 2023", P, ("2022-04-01", "2023-03-31")),
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
        # the months worded as one period ("a six-month period to")
        ("in a six-month period to the end of May 2023", None, ("2022-12-01", "2023-05-31")),
        ("over a nine month period ending November", P, ("2024-03-01", "2024-11-30")),
        ("in a 12-month period to the end of August", P, ("2023-09-01", "2024-08-31")),
        ("during a twelve-month period ending July 2021", None, ("2020-08-01", "2021-07-31")),
        ("in a 12-month period to June 2020", None, ("2019-07-01", "2020-06-30")),
    ],
)
def test_months_to(text: str, published: dt.date | None, expected: object) -> None:
    assert last_period(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "over a six-month period to help families",  # no month after "to"
        "in a six-week period to the end of May",  # weeks, not months
        "a 12-month period of support to victims",  # "of", not "to"/"ending"
    ],
)
def test_no_months_to_period(text: str) -> None:
    assert not [
        p for p in find_period_phrases(text, P) if "period" in text[p.start_char : p.end_char]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the yardstick quarter, counted back from the quarter stated just before
        ("Thefts rose in the second quarter of 2023/24 compared with the first.",
         ("2023-04-01", "2023-06-30")),
        ("Calls fell in the fourth quarter of 2022 compared with the second quarter.",
         ("2022-04-01", "2022-06-30")),
        ("Arrests rose 9% in Q3 2021 on the previous quarter.", ("2021-04-01", "2021-06-30")),
        ("Calls were higher in Q1 2024/25 than in the preceding quarter.",
         ("2024-01-01", "2024-03-31")),
        # the yardstick half, counted back from the half of a year stated just before
        ("Referrals in Leeds rose in the second half of 2023 compared with the first.",
         ("2023-01-01", "2023-06-30")),
        ("Vetting refusals climbed in the second half of 2024/25 compared to the first.",
         ("2024-04-01", "2024-09-30")),
        ("Complaints were higher in the latter half of 2022 than in the first, officers said.",
         ("2022-01-01", "2022-06-30")),
    ],
)  # fmt: skip
def test_baseline_quarter(text: str, expected: object) -> None:
    assert last_period(text, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no quarter before; not a quarter; a later ordinal; another noun
        "Thefts rose in 2023 compared with the first.",
        "Thefts rose in Q2 2023 compared with the first six months of 2022.",
        "Calls rose in the first quarter of 2023 compared with the second.",
        "Calls rose in Q3 2023, more than the first time.",
    ],
)
def test_no_baseline_quarter(text: str) -> None:
    kinds = [p.kind for p in find_period_phrases(text, None)]
    assert "baseline" not in kinds


def test_a_change_on_a_baseline_quarter_spans_both(nlp: Language, periods_of: PeriodsOf) -> None:
    text = "Burglaries in Hull rose by 14% in the third quarter of 2023/24 compared with the first."
    assert periods_of(nlp, text, None) == {14: ("2023-04-01", "2023-12-31")}


def test_a_change_on_a_baseline_half_spans_the_year(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "Misconduct referrals in Kent rose by 27% in"
        "  the second half of 2024 compared with the first."
    )
    assert periods_of(nlp, text, None) == {27: ("2024-01-01", "2024-12-31")}


def test_two_changes_on_the_previous_quarter_count_back_from_the_same_quarter(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    text = (
        "In Q2 2024/25, thefts in Hull rose to 410, up 6% on the previous quarter. In York, "
        "burglaries were down 15% on the previous quarter."
    )
    both = ("2024-04-01", "2024-09-30")
    assert periods_of(nlp, text, None) == {410: ("2024-07-01", "2024-09-30"), 6: both, 15: both}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two financial years joined: one span, from the first's April to the second's March
        ("The council will spend £400,000 in 2024/25 and 2025/26.", ("2024-04-01", "2026-03-31")),
        ("in 2022-23 to 2023-24", ("2022-04-01", "2024-03-31")),
        ("over 2022/2023 and 2023/2024", ("2022-04-01", "2024-03-31")),
        # near misses: out of order, not consecutive, or no financial year: each its own
        ("in 2024/25 and 2023/24", ("2023-04-01", "2024-03-31")),
        ("in 2021/22 and 2023/24", ("2023-04-01", "2024-03-31")),
        ("in 2024/25 and 2026", ("2024-04-01", "2025-03-31")),
    ],
)  # fmt: skip
def test_financial_year_pair(text: str, expected: object) -> None:
    assert last_period(text, None) == expected


def test_a_sum_over_two_financial_years(nlp: Language, periods_of: PeriodsOf) -> None:
    text = "The commissioner will spend £2.4m in 2025/26 and 2026/27 on rural patrols in Powys."
    assert periods_of(nlp, text, None) == {2400000: ("2025-04-01", "2027-03-31")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the N whole financial years before P's (12 February 2025: in 2024/25)
        ("over the past three financial years", P, ("2021-04-01", "2024-03-31")),
        ("in the last two financial years", P, ("2022-04-01", "2024-03-31")),
        ("during the previous five financial years", P, ("2019-04-01", "2024-03-31")),
        ("over the past three financial years", None, None),  # no P
        (
            "over the past two financial years",
            dt.date(2024, 6, 3),
            ("2022-04-01", "2024-03-31"),
        ),
    ],
)
def test_past_financial_years(text: str, published: dt.date | None, expected: object) -> None:
    assert last_period(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous financial year" held against a stated one: the year before it
        (
            "Officers in Kent recorded 1,210 burglaries in 2023/24, 8% fewer than in the "
            "previous financial year.",
            {1210: ("2023-04-01", "2024-03-31"), 8: ("2022-04-01", "2024-03-31")},
        ),
        (
            "The helpline took 5,400 calls in 2022/23, up 11% on the previous financial year.",
            {5400: ("2022-04-01", "2023-03-31"), 11: ("2021-04-01", "2023-03-31")},
        ),
        # the earlier level between the comparison and the phrase, or a sentence pointing
        # back ("That is up from …")
        (
            "Wigan revoked 23 licences in 2023/24, compared with 14 in the previous financial "
            "year.",
            {23: ("2023-04-01", "2024-03-31"), 14: ("2022-04-01", "2023-03-31")},
        ),
        (
            "Crewe issued 310 fines in 2023/24. That is down from 360 in the previous financial "
            "year.",
            {310: ("2023-04-01", "2024-03-31"), 360: ("2022-04-01", "2023-03-31")},
        ),
        # near misses: no comparison word, or the stated year in another sentence: P's
        (
            "Officers in Kent recorded 1,210 burglaries in 2023/24. In the previous financial "
            "year, the unit made 40 arrests.",
            {1210: ("2023-04-01", "2024-03-31"), 40: ("2024-04-01", "2025-03-31")},
        ),
    ],
)
def test_the_previous_financial_year_after_a_stated_one(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 8, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # P is 12 February 2025: a year to come starts on the next such day
        ("The charge will rise in the year starting 1 April.", ("2025-04-01", "2026-03-31")),
        ("Fees are due to fall in the year beginning 1 April.", ("2025-04-01", "2026-03-31")),
        # stated as past: the latest such day not after P
        ("The unit made 300 arrests in the year starting 1 May.", ("2024-05-01", "2025-04-30")),
        ("It spent £2m in the year beginning on 6 April 2022.", ("2022-04-06", "2023-04-05")),
        # near miss: no day named, the month alone
        ("The unit made 300 arrests in the year starting in April.", ("2024-04-01", "2024-04-30")),
    ],
)  # fmt: skip
def test_year_starting_day(text: str, expected: object) -> None:
    assert last_period(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the third quarter of 2024/25, from October to December, officers made 930 "
            "searches. Over the nine months from April to December, they made 2,700. Asian "
            "men were 2.4 times more likely to be searched during the quarter, down from 2.9 "
            "times in the previous quarter.",
            {2.9: ("2024-07-01", "2024-09-30")},
            id="previous-after-the-quarter-pointed-to",
        ),
        # near miss: with no phrase pointing back, the previous quarter is the span's
        pytest.param(
            "Officers made 930 searches from October to December 2024, up 8% on the previous "
            "quarter.",
            {8: ("2024-07-01", "2024-12-31")},
            id="previous-after-an-explicit-quarter",
        ),
    ],
)
def test_the_previous_quarter_after_during_the_quarter(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, dt.date(2025, 2, 10))
    assert {value: found.get(value) for value in expected} == expected
