"""A level right after "still" and a verb of holding ("The force still has 61 posts
unfilled") keeps no span carried from the sentences before, even one running to P (rule
``held-still-level`` of ``period_now``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 12)
SINCE_JANUARY = ("2025-01-01", "2025-08-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Since January, 31 officers have joined the detective unit in Essex. The force "
            "still has 58 investigator posts unfilled.",
            {31: SINCE_JANUARY, 58: None},
            id="still-has",
        ),
        pytest.param(
            "Since January, Norfolk Police has recruited 70 PCSOs. It still employs fewer "
            "than 200 PCSOs.",
            {70: SINCE_JANUARY, 200: None},
            id="still-employs-fewer-than",
        ),
        # near misses: no "still" (the span carries), or a period of its own sentence
        pytest.param(
            "Since January, 31 officers have joined the detective unit in Essex. The force "
            "has 58 investigator posts unfilled.",
            {31: SINCE_JANUARY, 58: SINCE_JANUARY},
            id="has-without-still",
        ),
        pytest.param(
            "In 2024 the force in Essex still had 40 vacancies.",
            {40: ("2024-01-01", "2024-12-31")},
            id="own-period-kept",
        ),
    ],
)
def test_a_level_still_held_takes_no_carried_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
