"""Months joined by "and": one span for two neighbouring months, each its own for two
figures ("14 knives in May and 26 in June"), undated for two months apart; joined by "to"
or a dash, a run of months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_pairs import neighbours
from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2023, 6, 20)

Phrases = list[tuple[str, str | None, str | None]]
"""(words, start, end) of each period phrase found; None dates when undated."""


def phrases(text: str, published: dt.date | None = P) -> Phrases:
    return [
        (
            text[p.start_char : p.end_char],
            None if p.kind == UNRESOLVED else p.start.isoformat(),
            None if p.kind == UNRESOLVED else p.end.isoformat(),
        )
        for p in find_period_phrases(text, published)
    ]


PAIRS: list[tuple[str, dt.date | None, Phrases]] = [
    # two neighbouring months: one span, the latest whose second month is not after P's
    ("Thefts rose in March and April.", P, [("in March and April", "2023-03-01", "2023-04-30")]),
    (
        "Over August and September, 60 arrests.",
        P,
        [("Over August and September", "2022-08-01", "2022-09-30")],
    ),
    ("during Nov. to Dec. 2019", None, [("during Nov. to Dec. 2019", "2019-11-01", "2019-12-31")]),
    (
        "in December and January 2021",
        None,
        [("in December and January 2021", "2020-12-01", "2021-01-31")],
    ),
    ("throughout May-June 2020", None, [("throughout May-June 2020", "2020-05-01", "2020-06-30")]),
    # the pair ends in P's month: it runs to P
    ("in May and June", P, [("in May and June", "2023-05-01", "2023-06-20")]),
    # without P, and without a year: undated, never guessed
    ("in March and April", None, [("in March and April", None, None)]),
    # two months apart name two months, not the span between them: undated
    ("in January and March", P, [("in January and March", None, None)]),
    # joined by "to" or a dash, months apart are a run of months
    (
        "in January to September 2022",
        P,
        [("in January to September 2022", "2022-01-01", "2022-09-30")],
    ),
    ("during February–April", P, [("during February–April", "2023-02-01", "2023-04-30")]),
    ("in October to March", P, [("in October to March", "2022-10-01", "2023-03-31")]),
    ("in March to June", P, [("in March to June", "2023-03-01", "2023-06-20")]),
    # near misses: a figure after "and" leaves each month its own
    (
        "14 knives in May and 26 in June",
        P,
        [("in May", "2023-05-01", "2023-05-31"), ("in June", "2023-06-01", "2023-06-20")],
    ),
    ("in April and 40 more", P, [("in April", "2023-04-01", "2023-04-30")]),
    # "may" in lower case is the verb
    ("in March and may rise", P, [("in March", "2023-03-01", "2023-03-31")]),
    # a day after the second month is a day range's end, not the pair
    ("in March and April 23", P, [("April 23", "2023-04-23", "2023-04-23")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS)
def test_month_pair(text: str, published: dt.date | None, expected: Phrases) -> None:
    assert phrases(text, published) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [(3, 4, True), (12, 1, True), (4, 3, False), (1, 3, False), (11, 1, False)],
)
def test_neighbours(first: int, second: int, expected: bool) -> None:
    assert neighbours(first, second) is expected


Figures = dict[float, tuple[str, str] | None]


FIGURES: list[tuple[str, Figures]] = [
    # each figure its own month
    (
        "Wardens in Hull removed 31 cars in February and 44 in March.",
        {31: ("2023-02-01", "2023-02-28"), 44: ("2023-03-01", "2023-03-31")},
    ),
    (
        "Hull officers answered 610 calls in January and 575 calls in February.",
        {610: ("2023-01-01", "2023-01-31"), 575: ("2023-02-01", "2023-02-28")},
    ),
    # a lead-in pair of months governs its figure
    ("In March and April, Hull officers made 73 arrests.", {73: ("2023-03-01", "2023-04-30")}),
    # near miss: two months apart leave the figure undated
    ("In January and March, Hull officers made 73 arrests.", {73: None}),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures_of_months_joined_by_and(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Figures
) -> None:
    assert periods_of(nlp, text, P) == expected
