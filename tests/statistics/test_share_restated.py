"""A share after words that name the measure again ("Among young women, the figure was
28%") restates the share stated last: it takes that share's area and period, not those of
the last count (rule ``share-restated`` of ``referred_figures``). Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, PeriodsOf

P = dt.date(2025, 7, 8)

CASES = [
    pytest.param(
        "In Exeter, 41 people have used the safe space since it opened last October. A survey "
        "in May found that one in five adults in Devon had stopped going out. Among young "
        "women, the figure was 28%.",
        {41: "Exeter", 20: "Devon", 28: "Devon"},
        {
            41: ("2024-10-01", "2025-07-08"),
            20: ("2025-05-01", "2025-05-31"),
            28: ("2025-05-01", "2025-05-31"),
        },
        id="among-the-figure-was",
    ),
    pytest.param(
        "Officers in Durham attended 90 incidents in 2024. A poll in March found that 35% of "
        "students in Newcastle felt unsafe. For first-year students the rate stood at 41%.",
        {90: "Durham", 35: "Newcastle", 41: "Newcastle"},
        {
            90: ("2024-01-01", "2024-12-31"),
            35: ("2025-03-01", "2025-03-31"),
            41: ("2025-03-01", "2025-03-31"),
        },
        id="for-the-rate-stood-at",
    ),
]
"""(text, areas, periods)."""


@pytest.mark.parametrize(("text", "areas_expected", "periods_expected"), CASES)
def test_share_restated(
    nlp: Language,
    areas: AreasOf,
    periods_of: PeriodsOf,
    text: str,
    areas_expected: dict[float, str],
    periods_expected: dict[float, object],
) -> None:
    assert dict(areas(nlp, text)) == areas_expected
    assert periods_of(nlp, text, P) == periods_expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a count naming "the figure" keeps the last count; a share with no
        # measure named again is not pointed back
        pytest.param(
            "Police in Exeter made 41 arrests last October. A survey found that 20% of adults "
            "in Devon were worried. In Plymouth, the figure was 310 arrests.",
            {41: "Exeter", 20: "Devon", 310: "Plymouth"},
            id="count-keeps-count",
        ),
    ],
)
def test_share_restated_near_misses(
    nlp: Language, areas: AreasOf, text: str, expected: dict[float, str]
) -> None:
    assert dict(areas(nlp, text)) == expected
