""" "The same period" after a pair of levels, each with its own span, is the span from the
earlier level's to the later's (rule ``same_from_to_pair``, ``period_same._from_to_pair``):
"thefts fell from 812 in 2023 to 640 in 2025, while robberies rose by 9% over the same
period" is 2023 to 2025, the change's span, not 2025 alone. Sentences written for these
tests; near misses (a level reached "to" with no "from" level's span, "the same period" in
the sentence after the pair) keep what they had.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 9)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Reported thefts in Norfolk fell from 812 in 2023 to 640 in 2025, while robberies "
        "rose by 9% over the same period.",
        {
            812: ("2023-01-01", "2023-12-31"),
            640: ("2025-01-01", "2025-12-31"),
            9: ("2023-01-01", "2025-12-31"),
        },
    ),
    (
        "Knife seizures in Essex went from 1,310 in 2023/24 to 1,577 in 2024/25, and arrests "
        "for possession climbed by 22 per cent over the same period.",
        {
            1310: ("2023-04-01", "2024-03-31"),
            1577: ("2024-04-01", "2025-03-31"),
            22: ("2023-04-01", "2025-03-31"),
        },
    ),
    # near miss: "the same period" in the sentence after the pair: the later level's span
    (
        "Knife seizures in Essex went from 1,310 in 2023/24 to 1,577 in 2024/25. Across "
        "Harlow, 64 knives were handed in over the same period.",
        {
            1310: ("2023-04-01", "2024-03-31"),
            1577: ("2024-04-01", "2025-03-31"),
            64: ("2024-04-01", "2025-03-31"),
        },
    ),
    # near miss: a level reached "to" with no "from" level's span: the span before stands
    (
        "Burglaries in Suffolk fell to 930 in 2025, and vehicle crime dropped by 6% over the "
        "same period.",
        {
            930: ("2025-01-01", "2025-12-31"),
            6: ("2025-01-01", "2025-12-31"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_same_period_after_from_to_pair(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict
) -> None:
    assert periods_of(nlp, text, P) == expected
