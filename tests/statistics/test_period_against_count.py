""" ", against" + a yardstick's count is a clause break for periods (rule ``against_count``
of ``period_clauses.AGAINST_COUNT``): a peak's count given ", with N" keeps the peak's
month, and the yardstick's count keeps its own. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 5, 14)
JULY_24 = ("2024-07-01", "2024-07-31")
FEB_25 = ("2025-02-01", "2025-02-28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Calls in Bath peaked in July last year, with 412, against 150 in February.",
            [(412, "calls", JULY_24), (150, "calls", FEB_25)],
            id="peak-last-year",
        ),
        pytest.param(
            "Calls in Leeds peaked in July 2024, with 412, against 150 in February 2025.",
            [(412, "calls", JULY_24), (150, "calls", FEB_25)],
            id="peak-dated",
        ),
        # near misses: no yardstick after the peak, or "compared with", read as before
        pytest.param(
            "Calls in York peaked in July last year, with 412.",
            [(412, "calls", JULY_24)],
            id="no-yardstick",
        ),
        pytest.param(
            "Calls in Hull peaked in July 2024, with 412, compared with 150 in February 2025.",
            [(412, "calls", JULY_24), (150, "calls", FEB_25)],
            id="compared-with",
        ),
    ],
)
def test_against_count_breaks_the_clause(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
