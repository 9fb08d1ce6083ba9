"""The noun of a superlative read past what it is of or about ("the most reports of
anti-social behaviour", rule ``superlative_complement``, pressfacts.statistics.level_subjects)
to the count in apposition. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 6, 10)

ROWS = [
    pytest.param(
        "Hyde Park had the most reports of anti-social behaviour in the year to March 2025, "
        "with 812, followed by Armley with 640.",
        [
            (812.0, "reports", ("2024-04-01", "2025-03-31")),
            (640.0, "reports", ("2024-04-01", "2025-03-31")),
        ],
        id="of-hyphenated-complement-then-time",
    ),
    pytest.param(
        "Leigh had the most reports of fly-tipping, with 77.",
        [(77.0, "reports", None)],
        id="hyphenated-complement-no-time",
    ),
    pytest.param(
        "Seacroft logged the most calls about noisy neighbours last year, with 310.",
        [(310.0, "calls", ("2024-01-01", "2024-12-31"))],
        id="about-complement",
    ),
    pytest.param(
        "Gorton saw the highest number of complaints of fly-tipping in 2024, 95.",
        [(95.0, "complaints", ("2024-01-01", "2024-12-31"))],
        id="number-of-noun-with-complement",
    ),
    # near misses: a noun of the count's own after it; no count at all
    pytest.param(
        "Hull had the most reports of anti-social behaviour, with 40 officers on patrol.",
        [(40.0, "officers", None)],
        id="own-noun-after-count",
    ),
    pytest.param("Kirkby had the most reports of theft, with PCSOs on patrol.", [], id="no-count"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_superlative_past_complement(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    """(value, unit, period) of each figure."""
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
