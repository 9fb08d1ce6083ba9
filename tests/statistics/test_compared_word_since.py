"""A yardstick count in words with no noun of its own may close on "since" (a span to P):
"11 crashes in the year before the scheme, compared with four since" counts crashes twice
(:func:`pressfacts.statistics.units.compared_word_unit`, ``units._NO_NOUN``). Sentences
invented for these tests; the near misses are a yardstick with a noun of its own and a
count in words with no comparison before it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 10)

ROWS = [
    pytest.param(
        "There were 11 crashes on the A59 in 2023, compared with four since.",
        [(11, "crashes"), (4, "crashes")],
        id="compared-with-since",
    ),
    pytest.param(
        "Wrexham recorded 23 thefts in 2024, against nine since.",
        [(23, "thefts"), (9, "thefts")],
        id="against-since",
    ),
    # near misses: a noun of its own; no comparison before the count in words
    pytest.param(
        "There were 11 crashes on the A59 in 2023, compared with four deaths since.",
        [(11, "crashes"), (4, "deaths")],
        id="own-noun",
    ),
    pytest.param(
        "There were 11 crashes on the A59 in 2023, and four since.",
        [(11, "crashes")],
        id="no-comparison",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_yardstick_in_words_closing_on_since(
    nlp, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
