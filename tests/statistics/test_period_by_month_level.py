"""A sentence opened by "By" and a month over by P, saying what a count "had" come to ("By
March 2025 that had fallen to 171"), dates the level by that month (rule
``by_month_level`` of ``period_plans``); "that"/"this" with a verb of change to a level
points back to the count before for its noun (pointer ``that-came-to`` of
``referred_figures``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 1)
MARCH_2015 = ("2015-03-01", "2015-03-31")
MARCH_2025 = ("2025-03-01", "2025-03-31")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surrey Police had 240 PCSOs in March 2015. By March 2025 that had fallen to 152.",
            [(240, "pcsos", MARCH_2015), (152, "pcsos", MARCH_2025)],
            id="that-had-fallen-to",
        ),
        pytest.param(
            "By June 2025, the force in Devon had 3,310 officers.",
            [(3310, "officers", ("2025-06-01", "2025-06-30"))],
            id="by-month-had",
        ),
        pytest.param(
            "Avon and Somerset Police had 90 detectives in March 2015. By March 2025 this "
            "had risen to 130.",
            [(90, "detectives", MARCH_2015), (130, "detectives", MARCH_2025)],
            id="this-had-risen-to",
        ),
        # near misses: a deadline inside the sentence, a month still to come, "it"
        pytest.param(
            "Kent Police aims to recruit 200 officers by March 2025.",
            [(200, "officers", None)],
            id="deadline",
        ),
        pytest.param(
            "By March 2027 the force in Devon will have 180 PCSOs.",
            [(180, "pcsos", None)],
            id="month-to-come",
        ),
        pytest.param(
            "Kent Police recorded 300 thefts in 2024. It fell to 12 in 2025.",
            [(300, "thefts", ("2024-01-01", "2024-12-31"))],
            id="it-fell-to",
        ),
        pytest.param(
            "In 2024, 52% of staff in Kent had been abused, a figure that rose to 64% among women.",
            [(52, "percent", Y2024), (64, "percent", Y2024)],
            id="a-figure-that-rose-to",
        ),
    ],
)
def test_a_level_reached_by_a_month(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
