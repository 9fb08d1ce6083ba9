"""A rate told again after the figures it is the rate of, named by what it counts ("The
rate of thefts from shops stood at 12 …") or for a place with a group before it ("Across
the prisons of the North East region, the rate was 71"): back-reference
``the_rate_was``. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)
FY = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Prisons in Yorkshire recorded 2,800 assaults in 2024/25. Few led to charges. "
            "Most were on wings. The rate of assaults on officers stood at 97 per 1,000 "
            "prisoners.",
            {2800.0: FY, 97.0: FY},
            id="the-rate-of-a-count-stood-at",
        ),
        pytest.param(
            "Prisons in Yorkshire recorded 2,800 assaults in 2024/25. Few led to charges. "
            "Most were on wings. Across the prisons of the North East region, the rate was "
            "71 per 1,000.",
            {2800.0: FY, 71.0: FY},
            id="a-group-of-a-region-then-the-rate",
        ),
        # near miss: the rate moving, no figure told again
        pytest.param(
            "Prisons in Yorkshire recorded 2,800 assaults in 2024/25. Few led to charges. "
            "Most were on wings. The rate of assaults on officers rose in May, with 40 more.",
            {2800.0: FY, 40.0: ("2025-05-01", "2025-05-31")},
            id="a-rate-that-rose-is-no-restatement",
        ),
    ],
)
def test_rate_restated(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
