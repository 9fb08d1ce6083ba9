"""A level after a change's comparison, in a clause of its own ("412 thefts in 2025, up 12%
on the previous year, causing 96,000 minutes of delay"), covers the sentence's period the
comparison is anchored to, not the comparison's earlier half (rule
``comparison-behind-sentence`` of :mod:`pressfacts.statistics.period_comparisons`).
Sentences invented for the test, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 8)
Y2025 = ("2025-01-01", "2025-12-31")
BOTH = ("2024-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There were 412 cable thefts in the year to March 2026, up 12% on the previous "
            "year, causing more than 96,000 minutes of delay.",
            {
                412: ("2025-04-01", "2026-03-31"),
                12: ("2024-04-01", "2026-03-31"),
                96000: ("2025-04-01", "2026-03-31"),
            },
            id="causing",
        ),
        pytest.param(
            "There were 412 thefts in 2025, up 12% on the previous year, leading to 300 arrests.",
            {412: Y2025, 12: BOTH, 300: Y2025},
            id="leading-to",
        ),
        # near misses: a clause on the comparison's own time; a yardstick the comparison names
        pytest.param(
            "There were 412 thefts in 2025, up 12% on the previous year, when 300 were recorded.",
            {412: Y2025, 12: BOTH, 300: ("2024-01-01", "2024-12-31")},
            id="when-clause",
        ),
        pytest.param(
            "Arrests rose to 412 in 2025, up 12% on 2024, against the five-year average of 380.",
            {412: Y2025, 12: BOTH, 380: ("2020-01-01", "2024-12-31")},
            id="yardstick",
        ),
    ],
)
def test_a_level_behind_a_comparison_takes_the_sentences_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
