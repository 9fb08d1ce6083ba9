"""A change "since" a year whose next sentence compares a later year with that same year
covers the years compared, not the span to P (rule ``since_year_dated_after``,
``period_since_data.SINCE_DATED_AFTER``). Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "Knife offences in Essex have risen by 40% since 2019, figures show.\n\nThe force "
            "recorded 2,100 offences in 2024, compared with 1,500 in 2019.",
            40,
            ("2019-01-01", "2024-12-31"),
            id="risen-since-then-compared-with-that-year",
        ),
        pytest.param(
            "Shoplifting in Derby has doubled since 2021, the council said. Traders reported "
            "800 thefts in 2025, up from 400 in 2021.",
            2,
            ("2021-01-01", "2025-12-31"),
            id="doubled-since-then-up-from-that-year",
        ),
        pytest.param(  # near miss: the next sentence compares other years
            "Knife offences in Essex have risen by 40% since 2019. The force recorded 2,100 "
            "offences in 2025, compared with 1,900 in 2024.",
            40,
            ("2019-01-01", "2026-03-01"),
            id="since-then-other-years-compared",
        ),
        pytest.param(  # near miss: financial years compared
            "Bike thefts in Luton have fallen by 30% since 2023. There were 210 thefts in "
            "2025/26, down from 300 in 2023/24.",
            30,
            ("2023-01-01", "2026-03-01"),
            id="since-then-financial-years-compared",
        ),
        pytest.param(  # near miss: no comparison after it
            "Knife offences in Essex have risen by 40% since 2019. Officers seized 300 knives.",
            40,
            ("2019-01-01", "2026-03-01"),
            id="since-then-no-comparison",
        ),
    ],
)
def test_a_since_change_takes_the_years_compared_after_it(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    value: float,
    expected: tuple[str, str] | None,
) -> None:
    assert periods_of(nlp, text, P).get(value, "absent") == expected
