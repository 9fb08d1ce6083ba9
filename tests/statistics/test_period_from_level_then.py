"""The level a change starts from, dated, and the level it reaches, undated: "rose from
2,140 in 2024/25 to 4,390" (rule ``from-level-then`` in ``period_links.as_comparator``).
The dated period is the comparison's earlier half (a yardstick), so the level reached takes
the period the release reports, stated before, and a later "the same period" points back
to that period, not to the yardstick.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 17)
FY = ("2025-04-01", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The helpline answered 40,210 calls in the year to 31 March 2026. Calls from "
            "grandparents rose from 1,180 in 2024/25 to 1,655.",
            {40210: FY, 1180: ("2024-04-01", "2025-03-31"), 1655: FY},
            id="financial-year",
        ),
        pytest.param(
            "Derbyshire Constabulary recorded 7,400 thefts in 2025. Thefts of catalytic "
            "converters fell from 212 offences in 2024 to 96, the force said.",
            {
                7400: ("2025-01-01", "2025-12-31"),
                212: ("2024-01-01", "2024-12-31"),
                96: ("2025-01-01", "2025-12-31"),
            },
            id="calendar-year-with-noun",
        ),
        pytest.param(
            "Childline Wales held 8,120 sessions in the year to March. The number of sessions "
            "about bullying rose from 640 in 2024/25 to 810.\n\nIts volunteers also answered 2,900 "
            "emails during the same period.",
            {8120: FY, 640: ("2024-04-01", "2025-03-31"), 810: FY, 2900: FY},
            id="same-period-points-to-the-main",
        ),
    ],
)
def test_level_reached_takes_the_main_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    periods = periods_of(nlp, text, P)
    assert {value: periods[value] for value in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: both levels dated (two years of their own); a range with no change
        pytest.param(
            "Thefts rose from 120 in 2023 to 190 in 2025.",
            {120: ("2023-01-01", "2023-12-31"), 190: ("2025-01-01", "2025-12-31")},
            id="both-levels-dated",
        ),
        pytest.param(
            "Cheshire Police recorded 900 thefts in 2025. Thefts rose from 120 in 2024 to "
            "190 last year.",
            {120: ("2024-01-01", "2024-12-31"), 190: ("2025-01-01", "2025-12-31")},
            id="level-reached-dated-last-year",
        ),
    ],
)
def test_levels_dated_each(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    periods = periods_of(nlp, text, P)
    assert {value: periods[value] for value in expected} == expected
