"""A body taking up a scheme or approach, told by a pronoun or "the force" ("since it
adopted the Right Care Right Person approach last May", "since the force introduced body
cameras in March"): from that month to P (rule ``since_adopted_month``, read by
``since_start_month``), as "since it opened last October" is."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lancashire Police has referred 860 calls to the NHS since it adopted the new "
            "mental health triage model last June.",
            {860: ("2024-06-01", "2025-10-14")},
        ),
        (
            "Since the force introduced nurses to its control room in March, "
            "320 people have been seen.",
            {320: ("2025-03-01", "2025-10-14")},
        ),
        (
            "Officers in Durham have referred 1,500 people since they rolled out the Right Care "
            "Right Person approach last December.",
            {1500: ("2024-12-01", "2025-10-14")},
        ),
        (
            "The trust has taken 4,100 calls since it signed up to the crisis line scheme in "
            "April.",
            {4100: ("2025-04-01", "2025-10-14")},
        ),
        # near misses: no "since" (the month alone); an adoption with no month after it
        (
            "Lancashire Police adopted the model last June and referred 860 calls that month.",
            {860: ("2024-06-01", "2024-06-30")},
        ),
        (
            "Since it adopted the model, Lancashire Police has referred 860 calls in March.",
            {860: ("2025-03-01", "2025-03-31")},
        ),
    ],
)
def test_since_a_body_adopted(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
