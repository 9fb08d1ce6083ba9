"""The noun of a superlative read past a time with a year between it and the count in
apposition (rule ``superlative_time_year``, pressfacts.statistics.level_subjects).
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 6, 10)

ROWS = [
    pytest.param(
        "Kirkby recorded the most thefts in the year to March 2025, with 212, followed by "
        "Halewood with 150.",
        [
            (212.0, "thefts", ("2024-04-01", "2025-03-31")),
            (150.0, "thefts", ("2024-04-01", "2025-03-31")),
        ],
        id="superlative-time-with-year",
    ),
    pytest.param(
        "Kirkby saw the most arrests in 2023/24, 98.",
        [(98.0, "arrests", ("2023-04-01", "2024-03-31"))],
        id="superlative-financial-year",
    ),
    # near miss: a noun of the count's own after it
    pytest.param(
        "Kirkby saw the most arrests since 2019 with 40 officers on patrol.",
        [(40.0, "officers", ("2019-01-01", "2025-06-10"))],
        id="own-noun-after-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_superlative_past_time_with_year(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    """(value, unit, period) of each figure."""
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
