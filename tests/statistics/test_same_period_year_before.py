"""Rule ``same_period_last_year`` with "the year before" / "the year earlier" for its
anchor: "compared with 4,510 in the same period the year before" is the span stated before
it, one year back, not that span again; "the year before last" is not read so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2026, 2, 17)

YEAR_BEFORE: list[tuple[str, dict[float, tuple[str, str]]]] = [
    (
        "Durham Constabulary recorded 2,310 burglaries between January and June last year, "
        "compared with 2,040 in the same period the year before.",
        {2310: ("2025-01-01", "2025-06-30"), 2040: ("2024-01-01", "2024-06-30")},
    ),
    (
        "Cumbria Police seized 148 vehicles between April and September 2025, against 97 "
        "over the same months the year earlier.",
        {148: ("2025-04-01", "2025-09-30"), 97: ("2024-04-01", "2024-09-30")},
    ),
    (
        "Dorset Police dealt with 612 thefts from shops between July and December 2025, up "
        "from 540 during the same quarter the year before.",
        {612: ("2025-07-01", "2025-12-31"), 540: ("2024-07-01", "2024-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_BEFORE)
def test_same_period_the_year_before_is_a_year_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    periods = periods_of(nlp, text, P)
    for value, span in expected.items():
        assert periods[value] == span


# near misses: "the year before last" is two years back, not one; a full stop between the
# same period and "The year before" ends the phrase
NEAR_MISSES: list[tuple[str, float, tuple[str, str]]] = [
    (
        "Gwent Police recorded 940 thefts between April and September 2025, compared with "
        "820 in the same period the year before last.",
        820,
        ("2024-04-01", "2024-09-30"),
    ),
    (
        "Avon and Somerset Police recorded 380 robberies between April and September 2025 and "
        "125 arrests over the same period. The year before, the force recorded 301.",
        125,
        ("2024-04-01", "2024-09-30"),
    ),
]


@pytest.mark.parametrize(("text", "value", "not_span"), NEAR_MISSES)
def test_not_the_year_before(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, not_span: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] != not_span
