"""An undated "since" phrase ("the highest number since the charity was set up") leaves a
later "the year before" pointing back to the span stated before it (rule
``undated_since_kept`` of :func:`pressfacts.statistics.periods.find_period_phrases`), and
near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trust reached 21,450 pupils in the 12 months to March, the highest number"
            " since the charity was set up. It ran 684 sessions, up from 512 the year before.",
            [
                ("the 12 months to March", "2024-04-01", "2025-03-31"),
                ("the year before", "2023-04-01", "2024-03-31"),
            ],
        ),
        (
            "Officers seized 300 knives in 2023/24, the most since the unit was formed."
            " The year before, they seized 240.",
            [
                ("2023/24", "2023-04-01", "2024-03-31"),
                ("The year before", "2022-04-01", "2023-03-31"),
            ],
        ),
        # near miss: with no "since" phrase between, as before
        (
            "The trust reached 21,450 pupils in the 12 months to March. It ran 684 sessions,"
            " up from 512 the year before.",
            [
                ("the 12 months to March", "2024-04-01", "2025-03-31"),
                ("the year before", "2023-04-01", "2024-03-31"),
            ],
        ),
    ],
)
def test_the_year_before_passes_an_undated_since(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, P) == expected
