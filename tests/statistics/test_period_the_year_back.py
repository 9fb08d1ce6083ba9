""" "during the year" points back past a span of another length (a scheme's life "since
its launch in 2019") to the latest year stated before it that is no comparison's
yardstick. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 12)

ROWS = [
    pytest.param(
        "The Thames Valley VRU reached 2,800 young people in 2025, up from 2,100 the year "
        "before.\n\nSince it was set up in 2019 it has trained more than 600 coaches.\n\n"
        "Its boxing project took on 310 young people during the year.",
        {
            2800.0: ("2025-01-01", "2025-12-31"),
            2100.0: ("2024-01-01", "2024-12-31"),
            600.0: ("2019-01-01", "2026-05-12"),
            310.0: ("2025-01-01", "2025-12-31"),
        },
        id="past-a-scheme-life-and-a-yardstick",
    ),
    pytest.param(
        "Officers made 95 arrests in 2025/26. Since March, the team has seized 40 knives.\n\n"
        "Over the year, 12 of the arrests were of under-18s.",
        {
            95.0: ("2025-04-01", "2026-03-31"),
            40.0: ("2026-03-01", "2026-05-12"),
            12.0: ("2025-04-01", "2026-03-31"),
        },
        id="over-the-year-past-a-since",
    ),
    pytest.param(
        "Since April, youth workers have met 220 pupils. During the year, 14 schools joined.",
        {220.0: ("2026-04-01", "2026-05-12"), 14.0: ("2026-04-01", "2026-05-12")},
        id="no-year-before-the-lead-in-stands",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_year_points_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
