"""A month named as the busiest (quietest, worst …) month of a span is the period of the
figures told with it (``superlative_month``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 4, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "August was the busiest month of the year for Merseyside Police, with 28,410 "
            "emergency calls.",
            {28410: ("2024-08-01", "2024-08-31")},
        ),
        (
            "The busiest month was December, when the control room in Hull took 9,870 calls.",
            {9870: ("2024-12-01", "2024-12-31")},
        ),
        (
            "The quietest month was February 2024, with 5,120 calls in Dorset.",
            {5120: ("2024-02-01", "2024-02-29")},
        ),
        (
            "March was its worst month, with 412 burglaries across Kent.",
            {412: ("2025-03-01", "2025-03-31")},
        ),
    ],
)
def test_a_month_named_the_busiest_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_busiest_month_unnamed_gives_no_period(nlp: Language, periods_of: PeriodsOf) -> None:
    # near miss: no month named
    text = "In the busiest month, officers in Gwent answered 6,300 calls."
    assert periods_of(nlp, text, P) == {6300: None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule ranked_month_subject: a month as the subject of "had the fewest/most …"
        (
            "January was the busiest month, with 640 calls in Gwent, while November had the "
            "fewest, at 212.",
            {640: ("2025-01-01", "2025-01-31"), 212: ("2024-11-01", "2024-11-30")},
        ),
        (
            "Officers in Dyfed-Powys took 3,100 calls in 2024, and October saw the most, with "
            "402 calls.",
            {3100: ("2024-01-01", "2024-12-31"), 402: ("2024-10-01", "2024-10-31")},
        ),
        # near miss: a place, not a month, ranked: the figure keeps the sentence's month
        (
            "January was the busiest month, with 640 calls in Gwent, while Newport had the "
            "fewest, at 212.",
            {640: ("2025-01-01", "2025-01-31"), 212: ("2025-01-01", "2025-01-31")},
        ),
    ],
)
def test_a_month_ranked_as_a_subject_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two months in a row named as the busiest: the first to the end of the second
        (
            "The busiest months were January and February, when 214 sheep were reported killed "
            "in Cumbria.",
            {214: ("2025-01-01", "2025-02-28")},
        ),
        (
            "The unit's quietest months were November and December 2023, with 61 reports in Devon.",
            {61: ("2023-11-01", "2023-12-31")},
        ),
        (
            "Its busiest months were December and January, with 1,900 calls across Norfolk.",
            {1900: ("2024-12-01", "2025-01-31")},
        ),
        # a possessive before the ranking, one month named
        (
            "The force's busiest month was March, with 480 burglaries in Essex.",
            {480: ("2025-03-01", "2025-03-31")},
        ),
    ],
)
def test_two_months_named_the_busiest_date_their_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: two months apart are no span; months listed with no ranking
        ("The busiest months were March and June, with 77 fires in Kent.", {77: None}),
        ("The months were March and April, with 12 fires in Kent.", {12: None}),
    ],
)
def test_months_not_ranked_in_a_row_give_no_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, None]
) -> None:
    assert periods_of(nlp, text, P) == expected
