"""A bare year after a part of an earlier year, joined by "and" and a count, is that part
again (rule ``year_part_again``, :mod:`pressfacts.statistics.period_part_again`). Sentences
invented for the test; near misses keep the whole year."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews attended 212 grass fires between May and August, compared with 260 in the"
            " same four months of 2023 and 198 in 2024.",
            {212: ("2025-05-01", "2025-08-31"), 260: ("2023-05-01", "2023-08-31"),
             198: ("2024-05-01", "2024-08-31")},
        ),
        (
            "Wardens issued 48 fines in the first half of 2025, against 30 in the first half"
            " of 2023 and 41 in 2024.",
            {48: ("2025-01-01", "2025-06-30"), 30: ("2023-01-01", "2023-06-30"),
             41: ("2024-01-01", "2024-06-30")},
        ),
        (
            "There were 19 thefts in the third quarter of 2024 and 23 in 2025.",
            {19: ("2024-07-01", "2024-09-30"), 23: ("2025-07-01", "2025-09-30")},
        ),
        # near misses: a month, no part named; no count joined by "and"
        (
            "Wardens issued 48 fines in March 2024 and 400 in 2025.",
            {48: ("2024-03-01", "2024-03-31"), 400: ("2025-01-01", "2025-12-31")},
        ),
        (
            "Wardens issued 48 fines in the first half of 2024. In 2025 they issued 90.",
            {48: ("2024-01-01", "2024-06-30"), 90: ("2025-01-01", "2025-12-31")},
        ),
    ],
)  # fmt: skip
def test_a_year_after_a_part_of_a_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
