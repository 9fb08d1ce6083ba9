"""Two years joined by "and" after "in", "during" or "across" are one span ("Police
recorded 40 crimes in 2023 and 2024": 2023-2024, period rule ``year_pair``); a year for
each of two figures ("… respectively") or a possessive is not. Sentences invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 1, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 212 knives in Hull during 2023 and 2024.",
            [("during 2023 and 2024", "2023-01-01", "2024-12-31")],
        ),
        (
            "The unit took 5,100 calls across 2022 and 2023.",
            [("across 2022 and 2023", "2022-01-01", "2023-12-31")],
        ),
        (  # near miss: one year for each figure
            "Arrests numbered 40 and 52 in 2023 and 2024 respectively.",
            [("in 2023", "2023-01-01", "2023-12-31")],
        ),
    ],
)
def test_year_pair(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
