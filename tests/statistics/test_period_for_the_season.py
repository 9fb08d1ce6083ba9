"""A season after "for the" is a period (rule ``season``,
:data:`pressfacts.statistics.period_seasons.SEASON`): "the overtime bill for the summer".

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

periods = phrase_spans


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The force's overtime bill for the summer was £1.9m.",
            dt.date(2025, 10, 2),
            [("2025-06-01", "2025-08-31")],
            id="for-the-summer",
        ),
        pytest.param(
            "The cost of gritting for the winter came to £310,000.",
            dt.date(2024, 3, 20),
            [("2023-12-01", "2024-02-29")],
            id="for-the-winter-across-the-new-year",
        ),
        pytest.param(
            "Mutual aid for the summer of 2024 cost £640,000.",
            dt.date(2025, 1, 15),
            [("2024-06-01", "2024-08-31")],
            id="for-the-summer-of-a-year",
        ),
        # near misses: school holidays and a season's campaign are no season
        pytest.param(
            "Patrols were doubled for the summer holidays.",
            dt.date(2025, 10, 2),
            [],
            id="for-the-summer-holidays",
        ),
        pytest.param(
            "The force paid £20,000 for the winter drink-drive campaign.",
            dt.date(2025, 2, 2),
            [],
            id="for-the-winter-campaign",
        ),
    ],
)
def test_for_the_season(
    text: str, published: dt.date, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected
