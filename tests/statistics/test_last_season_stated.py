""" "Last season's operation" in a release that has stated the season just over is that
season (rule ``last_season_stated``, ``period_same_lengths._last_season_stated``).

"Between October 2024 and March 2025 officers in Essex received 220 reports …, down from 300
in the same period a year earlier. During last season's operation officers seized 11 dogs"
(P October 2025): the 11 dogs are October 2024 to March 2025's, not the yardstick's span a
year further back. Sentences written for these tests; the near miss is a season not yet over
at P, whose "last season" is a year before it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 20)

CASES: list[tuple[str, dt.date, dict[float, tuple[str, str] | None]]] = [
    (
        "Between October 2024 and March 2025 officers in Essex received 220 reports of hare "
        "coursing, down from 300 in the same period a year earlier. During last season's "
        "operation officers seized 11 dogs.",
        P,
        {
            220: ("2024-10-01", "2025-03-31"),
            300: ("2023-10-01", "2024-03-31"),
            11: ("2024-10-01", "2025-03-31"),
        },
    ),
]

NEAR_MISSES: list[tuple[str, dt.date, dict[float, tuple[str, str] | None]]] = [
    # the season stated is still running at P: last season is the one a year before it
    (
        "Officers have dealt with 640 reports since October 2024, much the same as a year ago. "
        "Last season's operation led to 500 reports.",
        dt.date(2025, 3, 20),
        {640: ("2024-10-01", "2025-03-20"), 500: ("2023-10-01", "2024-03-20")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES + NEAR_MISSES)
def test_last_season_stated(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
