"""A sentence opening on what handling the things just counted cost ("Clearing them cost
the council around £310,000": rule ``cost_of_them`` of ``back_reference_openings``) takes
the span of the figures before it. Sentences invented; near misses: a cost to come, a noun
of its own, a cost that would be."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

FY24 = ("2024-04-01", "2025-03-31")
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rochdale Council dealt with 3,140 abandoned cars in 2024/25. Removing them cost "
            "the council about £220,000.",
            {3140: FY24, 220000: FY24},
            id="removing-them-cost",
        ),
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Cleaning them up cost £18,500.",
            {412: Y24, 18500: Y24},
            id="cleaning-them-up",
        ),
        pytest.param(
            "Staff logged 96 burst mains in 2024. Repairing these has cost the firm £1.2m.",
            {96: Y24, 1200000: Y24},
            id="repairing-these",
        ),
        # near misses: a cost to come; a noun of its own; a cost that would be
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Clearing them will cost £18,500.",
            {412: Y24, 18500: None},
            id="cost-to-come",
        ),
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Clearing bins cost £18,500.",
            {412: Y24, 18500: None},
            id="noun-of-its-own",
        ),
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Clearing them would cost £18,500.",
            {412: Y24, 18500: None},
            id="would-cost",
        ),
    ],
)
def test_the_cost_of_them_takes_their_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected
