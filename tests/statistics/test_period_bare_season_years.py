"""A bare split year ("2023/24") is a financial year, but a football season (August to
May) when its sentence names a season in a text of football (rule `season_sentence_cue`:
``period_terms.SEASON_SENTENCE_CUE``), unless the sentence speaks of money or a budget.

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
    "season_later_in_sentence": (
        "Ejections from football grounds in Lancashire fell from 488 in 2022/23 to 371 last "
        "season.",
        {488: ("2022-08-01", "2023-05-31"), 371: ("2024-08-01", "2025-05-31")},
    ),
    "season_word_after_split_year": (
        "Stewards at Sheffield matches recorded 96 pitch invasions in 2023/24, the worst "
        "season on record.",
        {96: ("2023-08-01", "2024-05-31")},
    ),
    # near misses: money keeps the financial year; no season word, or no football, none
    "money_stays_financial": (
        "The force spent £1.2m policing football matches in 2023/24, a record season.",
        {1200000: ("2023-04-01", "2024-03-31")},
    ),
    "no_season_word_stays_financial": (
        "Officers made 230 arrests at football matches in Essex in 2023/24.",
        {230: ("2023-04-01", "2024-03-31")},
    ),
    "no_football_stays_financial": (
        "The charity answered 5,300 calls in 2023/24, its busiest season yet.",
        {5300: ("2023-04-01", "2024-03-31")},
    ),
    "city_of_derby_is_no_football": (
        "Burglaries in Derby fell to 1,450 in 2024/25, police said, ahead of the festive season.",
        {1450: ("2024-04-01", "2025-03-31")},
    ),
    "another_season_in_a_football_text": (
        "Fans were banned from 12 matches. Wildlife officers recorded 40 crimes in 2024/25, "
        "during the shooting season.",
        {12: None, 40: ("2024-04-01", "2025-03-31")},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bare_season_years(nlp: Language, periods_of: PeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    assert periods_of(nlp, text, P) == expected
