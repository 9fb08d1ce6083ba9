"""A figure right after a period phrase that opens its sentence without a comma ("Last
year 460 drivers were caught", "In April 287 calls …"): the figure is read and takes
that period; a day ("In March 23 people …" reads March 23) and "Year 9" stay what they
were."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2022, 9, 12)
Figures = list[tuple[float, str, tuple[str, str] | None]]


ROWS: list[tuple[str, Figures]] = [
    # "year N" after a relative word is no school year
    (
        "Last year 460 drink drivers were caught in Derby.",
        [(460, "drivers", ("2021-01-01", "2021-12-31"))],
    ),
    (
        "This year 51 drink drivers were caught in Derby.",
        [(51, "drivers", ("2022-01-01", "2022-09-12"))],
    ),
    ("Every year 300 calls reach the Derby helpline.", [(300, "calls", None)]),
    # a number after a month that cannot be its day: the month, then the figure
    (
        "In May 46 drink drivers were caught in Derby.",
        [(46, "drivers", ("2022-05-01", "2022-05-31"))],
    ),
    (
        "In April 287 calls reached the Derby helpline.",
        [(287, "calls", ("2022-04-01", "2022-04-30"))],
    ),
    (
        "In April 1,200 calls reached the Derby helpline.",
        [(1200, "calls", ("2022-04-01", "2022-04-30"))],
    ),
    (
        "Last June 46 drink drivers were caught in Derby.",  # June of the year before P's
        [(46, "drivers", ("2021-06-01", "2021-06-30"))],
    ),
    (
        "Derby took 312 calls in March and in April 287 calls.",
        [
            (312, "calls", ("2022-03-01", "2022-03-31")),
            (287, "calls", ("2022-04-01", "2022-04-30")),
        ],
    ),
    # near misses: a month and a day number is a day; a school year is no figure
    ("In March 23 people were arrested in Derby.", []),
    ("On March 5, 2021 Derby officers made 40 arrests.", [(40, "arrests", None)]),
    ("Year 9 pupils in Derby joined the scheme.", []),
    ("Year 11 pupils in Derby joined the scheme.", []),
    # a count no school year can be, after a period phrase ending in "year"
    (
        "Derby's helpline took 900 calls in 2021/22. During the year 1,450 children were referred.",
        [
            (900, "calls", ("2021-04-01", "2022-03-31")),
            (1450, "children", ("2021-04-01", "2022-03-31")),
        ],
    ),
    ("Throughout the year 240 volunteers helped in Derby.", [(240, "volunteers", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_figure_after_an_opening_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: Figures
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
