"""A level before a change stated in words or as a time's improvement and its yardstick
("11 days, an improvement of two days on 2023/24", "40 arrests, a rise of two on
2023/24") is of the later period stated before, not the yardstick's
(``period_levels.YARDSTICK_GAP``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 20)
YEAR = ("2024-04-01", "2025-03-31")
BOTH = ("2023-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces recorded 9,000 cases in 2024/25. On average, forces took 11 days to log "
            "one, an improvement of two days on 2023/24.",
            [(9000, "cases", YEAR), (11, "days", YEAR), (2, "days", BOTH)],
        ),
        (
            "Forces recorded 9,000 cases in 2024/25. Officers made 40 arrests, a rise of two "
            "on 2023/24.",
            [(9000, "cases", YEAR), (40, "arrests", YEAR), (2, "arrests", BOTH)],
        ),
        # near miss: a count of the earlier year, no change between
        (
            "Forces recorded 9,000 cases in 2024/25. Officers made 40 arrests in 2023/24.",
            [(9000, "cases", YEAR), (40, "arrests", ("2023-04-01", "2024-03-31"))],
        ),
    ],
)
def test_level_before_a_word_change_takes_the_later_period(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str]]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
