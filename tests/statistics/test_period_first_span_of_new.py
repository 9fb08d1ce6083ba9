"""Rule ``first_span_of_new``: "in the first six months of a new partnership", undated where
it stands, takes the span of that length stated close after it, as "during a three-month
operation" does (``an_operation``); near misses: a span of another length, the first
months of the year (dated by ``first_months``), no new thing named."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Preston protected 35 people in the first six months of a new"
            " partnership with the council. Between April and September, they visited 90"
            " homes.",
            {35: ("2025-04-01", "2025-09-30"), 90: ("2025-04-01", "2025-09-30")},
        ),
        (
            "The hub referred 212 families during its first three months of the pilot scheme."
            " From 1 June to 31 August, staff saw 40 children.",
            {212: ("2025-06-01", "2025-08-31"), 40: ("2025-06-01", "2025-08-31")},
        ),
        # near misses: a span of another length after it; no new thing named
        (
            "Officers protected 35 people in the first six months of a new scheme. In June,"
            " they visited 90 homes.",
            {35: None, 90: ("2025-06-01", "2025-06-30")},
        ),
        (
            "Officers protected 35 people in the first six months of the year.",
            {35: ("2025-01-01", "2025-06-30")},
        ),
    ],
)
def test_first_span_of_new(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
