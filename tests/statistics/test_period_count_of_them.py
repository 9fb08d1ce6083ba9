"""A sentence opening on a count of the things just counted ("Seven of them paid out,
losing £48,200": rule ``count_of_them``) takes the span of the sentence before for every
figure it states, not only for the count pointing back."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

SEPT = ("2026-09-01", "2026-11-05")
Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Surrey County Council said 40 care homes in the county were sent fake invoices "
            "since the start of September. Nine of them paid out before the fraud was "
            "spotted, losing a total of £61,000 between them.",
            {40: SEPT, 9: SEPT, 61000: SEPT},
        ),
        (
            "Essex Police said 52 shops in Colchester were targeted by scammers in 2025. "
            "Twelve of them lost £9,400 between them.",
            {52: Y25, 12: Y25, 9400: Y25},
        ),
        (
            "Officers in Hull visited 300 firms in 2025. About 80 of those firms had no "
            "backup, and they had lost £20,000 to fraud.",
            {300: Y25, 80: Y25, 20000: Y25},
        ),
        # near miss: the money states no back-reference and no period of its own
        (
            "Essex Police said 52 shops in Colchester were targeted by scammers in 2025. "
            "The shops that paid lost £9,400.",
            {52: Y25, 9400: None},
        ),
    ],
)
def test_a_count_of_them_opening_dates_its_sentence(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2026, 11, 5)) == expected
