""" "The same period" after a change between two dated levels is the change's whole span
(rule ``same_from_to_pair``, once ``same_after_from_to``, ``period_same._from_to_pair``).

"Vehicle crime in Telford fell from 512 in 2023 to 470 in 2024, while shoplifting rose by 6%
over the same period": the 6% is a change over both years, from the start of 2023 to the end
of 2024, not 2024 alone. Sentences written for these tests; near misses keep the one span.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 12)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Vehicle crime in Telford fell from 512 in 2023 to 470 in 2024, while shoplifting rose "
        "by 6% over the same period.",
        {
            512: ("2023-01-01", "2023-12-31"),
            470: ("2024-01-01", "2024-12-31"),
            6: ("2023-01-01", "2024-12-31"),
        },
    ),
    (
        "Calls to the helpline went up from 1,840 in 2023/24 to 2,115 in 2024/25, while online "
        "reports fell by 11 per cent in the same period.",
        {
            1840: ("2023-04-01", "2024-03-31"),
            2115: ("2024-04-01", "2025-03-31"),
            11: ("2023-04-01", "2025-03-31"),
        },
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # one level only: the same period is its year
    (
        "Vehicle crime in Telford rose to 470 in 2024, while shoplifting rose by 6% over the "
        "same period.",
        {470: ("2024-01-01", "2024-12-31"), 6: ("2024-01-01", "2024-12-31")},
    ),
    # a later sentence: the later level's span
    (
        "Vehicle crime in Telford fell from 512 in 2023 to 470 in 2024. Officers made 35 "
        "arrests over the same period.",
        {
            512: ("2023-01-01", "2023-12-31"),
            470: ("2024-01-01", "2024-12-31"),
            35: ("2024-01-01", "2024-12-31"),
        },
    ),
    # the levels of the second change still take one year each
    (
        "Burglaries in Wrexham fell from 260 in 2023 to 231 in 2024, and robberies fell from "
        "44 to 39 over the same period.",
        {
            260: ("2023-01-01", "2023-12-31"),
            231: ("2024-01-01", "2024-12-31"),
            44: ("2023-01-01", "2023-12-31"),
            39: ("2024-01-01", "2024-12-31"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_same_after_from_to(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
