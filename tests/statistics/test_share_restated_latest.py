"""A share that names its measure again ("Nationally, the figure was 6.1%") restates the
latest share of the sentence before, not the yardstick stated after it ("…, up from 5.4%
in the year to June 2024"), and takes its period (rule ``share-restated-latest``,
:func:`pressfacts.statistics.restated_shares.latest_share`). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 1)
LATEST = ("2025-07-01", "2026-06-30")

ROWS = [
    pytest.param(
        "In the year to June 2026, 9.8% of thefts in Kent resulted in a charge, up from 6.2% "
        "in the year to June 2024. Nationally, the figure was 7.1%.",
        {9.8: LATEST, 6.2: ("2023-07-01", "2024-06-30"), 7.1: LATEST},
        id="past-a-yardstick-after-it",
    ),
    # near miss: the last share is the latest itself
    pytest.param(
        "In the year to June 2024, 6.2% of thefts in Kent resulted in a charge, rising to "
        "9.8% in the year to June 2026. Nationally, the figure was 7.1%.",
        {6.2: ("2023-07-01", "2024-06-30"), 9.8: LATEST, 7.1: LATEST},
        id="the-last-share-is-the-latest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_share_restated_latest(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
