"""A sentence that follows from the one before ("… as a result", "As a result, …") takes
its period (back-reference rule ``as_a_result``; sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 9)
FY = ("2024-04-01", "2025-03-31")
Y24 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "Bank staff in Surrey made 140 calls to police in 2024/25. Officers stopped payments "
        "totalling £212,000 as a result, and arrested nine suspects.",
        {212000.0: FY, 9.0: FY},
        id="as-a-result-after",
    ),
    pytest.param(
        "Wardens in Hull issued 320 warnings in 2024. As a result, 45 traders were fined.",
        {45.0: Y24},
        id="as-a-result-opening",
    ),
    pytest.param(
        "The unit in Bath logged 80 reports in 2024. As a direct consequence, 12 people were "
        "charged.",
        {12.0: Y24},
        id="as-a-direct-consequence",
    ),
    # near misses: a cause of its own; a sentence two back (told in the present: a
    # count told in the past would take the lead's year by period_narrative)
    pytest.param(
        "Staff in Kent made 212 calls in 2024. Officers have arrested 11 suspects as a result "
        "of a separate inquiry.",
        {11.0: None},
        id="as-a-result-of",
    ),
    pytest.param(
        "Staff in Kent made 212 calls in 2024. The bank thanked them. As a result, 11 "
        "suspects are awaiting trial.",
        {11.0: None},
        id="not-two-back",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_as_a_result(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
