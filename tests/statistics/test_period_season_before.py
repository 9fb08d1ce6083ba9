"""A sporting season before the one stated: "the season before", "the previous season"
(the ``year_before`` rule of pressfacts.statistics.period_table, a season read as the
span stated before one year earlier); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 11, 4)

# (text, {value: period}); a period is its ISO start and end, or None
SEASON_BEFORE_ROWS = [
    pytest.param(
        "Clubs in Kent reported 720 concerns in the 2024/25 season, up from 655 the season before.",
        {720: ("2024-08-01", "2025-05-31"), 655: ("2023-08-01", "2024-05-31")},
        id="the-season-before",
    ),
    pytest.param(
        "Referees filed 1,140 reports between August 2024 and May 2025, against 990 in the "
        "previous season.",
        {1140: ("2024-08-01", "2025-05-31"), 990: ("2023-08-01", "2024-05-31")},
        id="the-previous-season",
    ),
    # near misses: no season stated before (undated), a year's wording unchanged
    pytest.param(
        "The league recorded 82 bans the season before.",
        {82: None},
        id="no-season-stated-before",
    ),
    pytest.param(
        "Police recorded 310 thefts in 2024, up from 270 the year before.",
        {310: ("2024-01-01", "2024-12-31"), 270: ("2023-01-01", "2023-12-31")},
        id="the-year-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_BEFORE_ROWS)
def test_the_season_before_is_the_season_stated_a_year_earlier(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected


# "during the season": the sporting season stated before; a split year after it in the
# same sentence is a season too
THE_SEASON_ROWS = [
    pytest.param(
        "Clubs in Kent reported 720 concerns in the 2024/25 season.\n\nThe county FA "
        "banned 31 coaches during the season, compared with 22 in 2023/24.",
        {
            720: ("2024-08-01", "2025-05-31"),
            31: ("2024-08-01", "2025-05-31"),
            22: ("2023-08-01", "2024-05-31"),
        },
        id="during-the-season-then-a-split-year",
    ),
    pytest.param(
        "Clubs in Kent reported 720 concerns in the 2024/25 season, up from 655 the season "
        "before.\n\nThe county FA banned 31 coaches during the season.",
        {
            720: ("2024-08-01", "2025-05-31"),
            655: ("2023-08-01", "2024-05-31"),
            31: ("2024-08-01", "2025-05-31"),
        },
        id="during-the-season-not-the-yardstick",
    ),
    # near misses: no sporting season before (a year's span is no season)
    pytest.param(
        "Police recorded 310 thefts in 2024. Officers made 40 arrests during the season.",
        {310: ("2024-01-01", "2024-12-31"), 40: None},
        id="no-season-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_SEASON_ROWS)
def test_during_the_season_is_the_season_stated_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected


# "during the season … the previous season": the season before the one pointed to, not
# before a day stated between them (``the_season`` in ANCHORING_REFERENCES)
ANCHORED_SEASON_ROWS = [
    pytest.param(
        "Clubs in Kent reported 720 concerns between August 2024 and May 2025. There were "
        "96 orders in force on 1 August 2025. Courts issued 44 orders during the season, "
        "up 10% on the previous season.",
        {
            720: ("2024-08-01", "2025-05-31"),
            96: ("2025-08-01", "2025-08-01"),
            44: ("2024-08-01", "2025-05-31"),
            10: ("2023-08-01", "2025-05-31"),
        },
        id="previous-season-after-during-the-season-past-a-day",
    ),
    pytest.param(  # near miss: no "during the season" between: the season stated before
        "Clubs in Kent reported 720 concerns in the 2024/25 season, up 10% on the previous season.",
        {720: ("2024-08-01", "2025-05-31"), 10: ("2023-08-01", "2025-05-31")},
        id="previous-season-after-a-stated-season",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED_SEASON_ROWS)
def test_the_season_pointed_to_anchors_the_previous_season(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
