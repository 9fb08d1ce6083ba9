"""A rounded restatement takes the period of the exact figure it rounds
(``period_roundings``), and only a figure in its qualifier's band."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.statistics.period_roundings import ROUNDING_BANDS, is_round, rounded_periods

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 11, 5)
Periods = dict[float, tuple[str, str] | None]

ROUNDED: list[tuple[str, Periods]] = [
    (  # nearly-below: the lead rounds up the body's exact count
        "Nearly 500 calls were made to the helpline in Kent.\n\nThe helpline in Kent took "
        "468 calls between January and March.",
        {500: ("2024-01-01", "2024-03-31"), 468: ("2024-01-01", "2024-03-31")},
    ),
    (  # more-than-above
        "More than 200 shoplifters were arrested in Perth.\n\nOfficers arrested 212 "
        "shoplifters in Perth between April and June.",
        {200: ("2024-04-01", "2024-06-30"), 212: ("2024-04-01", "2024-06-30")},
    ),
    (  # approximately-around
        "Around 300 drivers were caught in Dorset.\n\nDorset Police caught 296 drivers in "
        "Dorset during March.",
        {300: ("2024-03-01", "2024-03-31"), 296: ("2024-03-01", "2024-03-31")},
    ),
    (  # out of the band: "almost 40" does not round 30
        "Almost 40 arrests were made in Hull.\n\nOfficers made 30 arrests in Hull during March.",
        {40: None, 30: ("2024-03-01", "2024-03-31")},
    ),
    (  # "more than 200" is not 190
        "More than 200 thefts were reported in Derby.\n\nThere were 190 thefts in Derby "
        "during May.",
        {200: None, 190: ("2024-05-01", "2024-05-31")},
    ),
    (  # "around 62%" is a figure of its own, not a rounding of 58%
        "Around 62% of the budget comes from grants.\n\nIn a survey in May, 58% of "
        "those who replied backed the plan.",
        {62: None, 58: ("2024-05-01", "2024-05-31")},
    ),
]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(50, True), (30, True), (25, True), (62, False), (7.5, False), (200, True),
     (2400, True), (1500, True), (1870, False), (212, False), (0.5, False)],
)  # fmt: skip
def test_is_round(value: float, expected: bool) -> None:
    assert is_round(value) is expected


@pytest.mark.parametrize(("text", "expected"), ROUNDED)
def test_rounded_restatements(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected


def _period(year: int) -> PeriodFinding:
    return PeriodFinding(0, 4, dt.date(year, 1, 1), dt.date(year, 12, 31), "explicit")


def test_two_exact_figures_with_different_periods_date_nothing() -> None:
    findings = [
        StatisticFinding(0, 2, 40, "arrests", qualifier="nearly"),
        StatisticFinding(10, 12, 39, "arrests", period=_period(2022)),
        StatisticFinding(20, 22, 38, "arrests", period=_period(2023)),
    ]
    assert rounded_periods(findings)[0].period is None


def test_every_band_is_a_qualifier_of_the_contract() -> None:
    from typing import get_args

    from pressfacts.findings import Qualifier

    assert set(ROUNDING_BANDS) <= set(get_args(Qualifier))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summary's change, dated only by the document's comparison, is the change the
        # body dates where it states it (a plain text's headline states none: headlines.py)
        (
            "Thefts in Hull are down by 12 per cent, the force said.\n\nThefts in Hull fell by "
            "12 per cent in 2023, officers said. The force logged 880 thefts in the city, down "
            "from 1,000 in 2022.",
            [("2023-01-01", "2023-12-31")],
        ),
        # near miss: a change of another size keeps the comparison's span
        (
            "Thefts in Hull are down by 15 per cent, the force said.\n\nThefts in Hull fell by "
            "12 per cent in 2023, officers said. The force logged 880 thefts in the city, down "
            "from 1,000 in 2022.",
            [("2022-01-01", "2023-12-31"), ("2023-01-01", "2023-12-31")],
        ),
    ],
)
def test_a_restated_change_takes_the_period_stated_with_it(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = P
    changes = [f for f in nlp(doc)._.statistics if f.change]
    assert (
        sorted(
            {(f.period.start.isoformat(), f.period.end.isoformat()) for f in changes if f.period}
        )
        == expected
    )
