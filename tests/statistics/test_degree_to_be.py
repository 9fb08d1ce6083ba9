""" "To be" after "enough" or "too …" says how far the things counted went, no intention,
so a past-tense count after the lead still takes the lead's period (rule ``degree_to_be``,
``period_narrative.DEGREE_TO_BE``); sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2026, 5, 6)
FY = ("2025-04-01", "2026-03-31")
Q1 = ("2026-01-01", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unit stopped 2,870 lorries in 2025/26. Examiners found 1,104 lorries with "
            "faults serious enough for the vehicle to be taken off the road.",
            {2870: FY, 1104: FY},
        ),
        (
            "Officers recovered 212 stolen bikes in Leeds between January and March. They "
            "seized 40 bikes that were too badly damaged to be returned.",
            {212: Q1, 40: Q1},
        ),
        (
            "Trading standards seized 730 vapes in Hull between January and March. Officers "
            "found 96 vapes strong enough to be illegal.",
            {730: Q1, 96: Q1},
        ),
        # near misses: "to be" with no degree word is an intention or a plan, as before
        (
            "Trading standards seized 730 vapes in Hull between January and March. Officers "
            "found 96 vapes that were expected to be tested.",
            {730: Q1, 96: None},
        ),
        (
            "The unit stopped 2,870 lorries in 2025/26. Examiners found 1,104 lorries that "
            "needed to be taken off the road.",
            {2870: FY, 1104: None},
        ),
    ],
)
def test_degree_to_be(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
