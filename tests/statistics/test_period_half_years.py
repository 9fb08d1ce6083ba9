"""Half-years named as one unit: "the half-year to September", "the previous half-year"
(``period_half_years``), alone and as the figures of a sentence read them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 11, 20)
UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""


def last_period(text: str, published: dt.date | None = P) -> tuple[str, str] | None:
    """The last period phrase of ``text`` as ISO dates (None when undated)."""
    last = find_period_phrases(text, published)[-1]
    return None if last.kind == UNRESOLVED else (last.start.isoformat(), last.end.isoformat())


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # six whole months ending with the named month: the latest before P's month
        ("in the half-year to the end of September", P, ("2025-04-01", "2025-09-30")),
        ("during the half year to March", P, ("2024-10-01", "2025-03-31")),
        ("in the half-year ending June 2023", None, ("2023-01-01", "2023-06-30")),
        ("in the half-year to November", P, ("2024-06-01", "2024-11-30")),  # P's own month
        ("in the half-year to the end of September", None, None),  # no P, no year
        # the six months before (or after) the period stated before
        ("from July to December 2024, up on the previous half-year", None,
         ("2024-01-01", "2024-06-30")),
        ("in the half year to March 2025 and the preceding half-year", None,
         ("2024-04-01", "2024-09-30")),
        ("between January and June 2024 and the following half-year", P,
         ("2024-07-01", "2024-12-31")),
        ("between January and June 2025 and the following half-year", P, None),  # to come
    ],
)  # fmt: skip
def test_half_year_phrases(
    text: str, published: dt.date | None, expected: tuple[str, str] | None
) -> None:
    assert last_period(text, published) == expected


def test_a_half_year_level_and_the_one_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    text = (
        "In the half-year to the end of September, Cleveland Police received 418 reports "
        "of missing children, up from 377 in the previous half-year."
    )
    assert unit_periods_of(nlp, text, P) == [
        (418, "reports", ("2025-04-01", "2025-09-30")),
        (377, "reports", ("2024-10-01", "2025-03-31")),
    ]


def test_half_a_year_stays_a_duration() -> None:
    assert find_period_phrases("the scheme ran for half a year", P) == []
