"""A count of "such" things takes the period of the figures just stated
(``period_such.counts_such``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 15)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent Police recorded 400 thefts in 2025. Nationally, forces recorded 90,000 such "
            "offences.",
            {400: Y2025, 90000: Y2025},
        ),
        (
            "The helpline ran 1,100 sessions about exam stress in 2025. Elsewhere the service "
            "gave almost 7,000 more such sessions.",
            {1100: Y2025, 7000: Y2025},
        ),
        # near misses: no "such" before the noun; "such as" after it; a closed span too far
        (
            "Kent Police recorded 400 thefts in 2025. Nationally, forces record 90,000 offences "
            "a year.",
            {400: Y2025, 90000: None},
        ),
        (
            "Kent Police recorded 400 thefts in 2025. Nationally, forces record 90,000 offences "
            "a year, such as shop thefts.",
            {400: Y2025, 90000: None},
        ),
        (
            "Kent Police recorded 400 thefts in 2025. Vans were used. Bikes were used. Cars "
            "were used. Nationally, forces recorded 90,000 such offences.",
            {400: Y2025, 90000: None},
        ),
    ],
)
def test_such_things_take_the_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
