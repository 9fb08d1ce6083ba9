"""A sentence opening on the measure of the figures just stated ranked by place ("The
share was highest in Bristol, at 38%"), in a paragraph of its own with no period, takes
the period of the figures before it (back-reference rule ``measure_ranked_in``); it had
been undated. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 5)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2025, 6,805 victims stopped supporting a prosecution.\n\n"
            "The share was highest in Bristol, at 38%, and lowest in Somerset, at 26%.",
            {6805: Y2025, 38: Y2025, 26: Y2025},
        ),
        (
            "Officers made 680 arrests in 2025.\n\nThe figure was highest in Hull, at 210.",
            {680: Y2025, 210: Y2025},
        ),
        (
            "In 2025 the force recorded 4,100 thefts.\n\n"
            "The rate remained lowest in the Dales, at 2.1 per 1,000 people.",
            {4100: Y2025, 2.1: Y2025},
        ),
        (  # near miss: no place ranked
            "In 2025, officers made 680 arrests.\n\nThe rate was highest among men, at 38%.",
            {680: Y2025, 38: None},
        ),
    ],
)
def test_measure_ranked_in_place_takes_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
