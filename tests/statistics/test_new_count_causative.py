"""A count opening a clause of its own after ", and" as the subject of "had its (their) …
done" ends the clause before it, so the period of its clause does not date the figure
before (rule ``new_count_causative``,
``period_count_clauses.NEW_COUNT_CAUSATIVE``); sentences invented for these tests, with
near misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cardiff Council reviewed 14 licences in the 2025/26 financial year. Three premises "
         "had their licences suspended, and one nightclub on Greyfriars Road had its licence "
         "revoked in January.",
         {14: ("2025-04-01", "2026-03-31"), 3: None}),
        ("Leeds City Council reviewed 20 licences in 2025. Five bars had their licences "
         "suspended for a month, and 12 shops had their alcohol licences reviewed in March.",
         {20: ("2025-01-01", "2025-12-31"), 5: None, 12: ("2026-03-01", "2026-03-31")}),
        # near misses: the period in the figure's own clause; no count opening the clause
        ("Leeds City Council reviewed 20 licences in 2025. Five bars had their licences "
         "suspended in March.",
         {20: ("2025-01-01", "2025-12-31"), 5: ("2026-03-01", "2026-03-31")}),
        ("Leeds City Council reviewed 20 licences in 2025. Five bars had their licences "
         "suspended, and the council had its policy reviewed in March.",
         {20: ("2025-01-01", "2025-12-31"), 5: ("2026-03-01", "2026-03-31")}),
    ],
)  # fmt: skip
def test_new_count_causative(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
