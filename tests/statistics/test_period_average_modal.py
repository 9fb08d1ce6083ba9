"""An "On average," opening that tells a habit with a modal is no back-reference (guard
``on_average_modal`` of the back-reference rule ``on_average``,
pressfacts.statistics.back_reference_openings.ON_AVERAGE): "On average, a victim will
put up with 50 incidents before they report it" is how things go, of no span, while "On
average, 200 calls were answered each day" speaks of the figures just stated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 12)
YEAR = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The line took 9,400 calls in 2025. On average, a caller will have been "
            "harassed 30 times before ringing.",
            {9400: YEAR, 30: None},
        ),
        (
            "The unit recorded 1,200 thefts in 2025. On average, a stolen bike can fetch "
            "£150 online.",
            {1200: YEAR, 150: None},
        ),
        (
            'Officers made 640 arrests in 2025. "On average, a victim would lose £900 to the '
            'fraudsters," she said.',
            {640: YEAR, 900: None},
        ),
        # near misses: the figures just stated, as an average, in the past or present
        (
            "The line took 9,400 calls in 2025. On average, 26 calls were answered each day.",
            {9400: YEAR, 26: YEAR},
        ),
        (
            "The unit recorded 1,200 thefts in 2025. On average, 100 bikes went missing "
            "each month.",
            {1200: YEAR, 100: YEAR},
        ),
    ],
)
def test_a_habit_told_with_a_modal_takes_no_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
