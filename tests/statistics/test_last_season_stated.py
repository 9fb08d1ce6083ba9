""" "Last season's operation" in a release that has stated the season just over is that
season (rule ``last_season_stated``, ``period_same_lengths._last_season_stated``), and the
rule of "last season's / last winter's …" is tried on texts without "same" or "last year"
in them (the needs of ``same_period_last_year``).

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
    # no "same" in the text: the rule is still tried
    (
        "Norfolk officers logged 312 coursing incidents from September 2024 to February 2025. "
        "That was well below the 505 incidents recorded in the year to March 2020. Last "
        "season's crackdown led to 17 arrests.",
        P,
        {
            312: ("2024-09-01", "2025-02-28"),
            505: ("2019-04-01", "2020-03-31"),
            17: ("2024-09-01", "2025-02-28"),
        },
    ),
]

NEAR_MISSES: list[tuple[str, dt.date, dict[float, tuple[str, str] | None]]] = [
    # the season stated is still running at P: last season is the one a year before it
    (
        "Officers have dealt with 640 reports since October 2024. Last season's operation led "
        "to 500 reports.",
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
