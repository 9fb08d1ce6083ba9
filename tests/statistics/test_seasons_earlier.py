"""Sporting seasons as units of time: "three seasons earlier" is no count (exclusion
``seasons-as-time``) and dates the whole season that many before the one stated (rule
``seasons_earlier`` of ``year_before``); a season ticket is still counted.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2025, 10, 14)

CASES: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "almost_double_seasons_earlier": (
        "Arrests at football matches in Kent reached 412 in the 2024/25 season, almost "
        "double the number three seasons earlier.",
        {412: ("2024-08-01", "2025-05-31"), 2: ("2021-08-01", "2025-05-31")},
    ),
    "up_from_seasons_before": (
        "Banning orders for Everton fans rose to 96 in the 2023/24 season, up from 61 two "
        "seasons before.",
        {96: ("2023-08-01", "2024-05-31"), 61: ("2021-08-01", "2022-05-31")},
    ),
    # near miss: a season ticket is a thing counted, not a span
    "season_tickets_counted": (
        "Derby County sold 2,000 season tickets for football in the 2024/25 season.",
        {2000: ("2024-08-01", "2025-05-31")},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_seasons_earlier(nlp: Language, periods_of: PeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    assert periods_of(nlp, text, P) == expected
