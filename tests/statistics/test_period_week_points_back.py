""" "During the week" after a week's dates points back to that week, so a later "the same
week last year" is that week a year earlier (rule ``week_points_back`` of
:func:`pressfacts.statistics.periods.find_period_phrases`), not a year-long comparison
stated after it; near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers ran Operation Sceptre between 10 and 16 November. They took in 40 swords"
            " that were banned last year. During the week they"
            " arrested 64 people. Nine shops sold a knife, down from 15 during the same week"
            " last year. Offences fell to 4,310 in the year to September, down 9% on the"
            " previous year.",
            [
                ("between 10 and 16 November", "2025-11-10", "2025-11-16"),
                ("last year", "2024-01-01", "2024-12-31"),
                ("During the week", "2025-11-10", "2025-11-16"),
                ("during the same week last year", "2024-11-10", "2024-11-16"),
                ("the year to September", "2024-10-01", "2025-09-30"),
                ("the previous year", "2023-10-01", "2024-09-30"),
            ],
        ),
        # near miss: no week stated before "During the week": dated by the week after
        (
            "During the week officers arrested 64 people. The operation ran between 10 and 16"
            " November.",
            [
                ("During the week", "2025-11-10", "2025-11-16"),
                ("between 10 and 16 November", "2025-11-10", "2025-11-16"),
            ],
        ),
    ],
)
def test_the_week_points_back_to_the_week_stated_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, P) == expected
