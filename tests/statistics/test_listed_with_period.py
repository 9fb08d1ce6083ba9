"""A count after a comma, a colon or a dash and before a time is the next item of a list
by time, counting what the count before counted (rule ``listed_with_period``,
``elided_lists.LIST_RULES``): "… 287 thefts in 2023/24, 319 in 2024/25 and 366 in
2025/26". Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule
from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("logged 120 burglaries in 2022, ", " in 2023 and 98 in 2024.", "listed_with_period"),
        ("took 80 calls in 2023-24, about ", " in 2024-25.", "listed_with_period"),
        ("made 40 arrests in 2023, ", " in the same months of 2024.", "listed_with_period"),
        ("seized 31 bikes: ", " during March and 9 in April.", "listed_with_period"),
        ("had 500 reports in 2024 – ", " in the previous year.", "listed_with_period"),
        # near misses: a noun of its own, no time after "in", a place (listed_with_place's)
        ("logged 120 burglaries in 2022, ", " officers in 2023.", None),
        ("made 214 arrests, ", " in total.", None),
        ("made 214 arrests, ", " in custody.", None),
        ("made 214 arrests, ", " in York.", "listed_with_place"),
        ("made 40 arrests in May, ", " in June.", "listed_with_place"),  # a capital after "in"
    ],
)
def test_listed_with_period_rule(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lincolnshire Police recorded 412 thefts in 2022/23, 388 in 2023/24 and 350 in "
            "2024/25.",
            [
                (412, "thefts", ("2022-04-01", "2023-03-31")),
                (388, "thefts", ("2023-04-01", "2024-03-31")),
                (350, "thefts", ("2024-04-01", "2025-03-31")),
            ],
        ),
        (
            "The helpline took 95 calls in 2023, 131 in 2024 and 164 in 2025.",
            [
                (95, "calls", ("2023-01-01", "2023-12-31")),
                (131, "calls", ("2024-01-01", "2024-12-31")),
                (164, "calls", ("2025-01-01", "2025-12-31")),
            ],
        ),
        # near miss: no time after "in"
        (
            "The helpline took 95 calls in 2023, 12 in error.",
            [(95, "calls", ("2023-01-01", "2023-12-31"))],
        ),
    ],
)
def test_figures_listed_by_time(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
