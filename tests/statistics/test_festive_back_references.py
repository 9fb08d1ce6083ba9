"""A festive campaign's earlier year is a yardstick, and a division's sentence with an aside
naming what it covers points back to the figures before it. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 1, 20)
CAMPAIGN = ("2024-12-01", "2025-01-02")

ROWS = [
    pytest.param(
        "Kent Police made 300 arrests over the festive period. The figures cover the weeks "
        "between 1 December and 2 January. Officers had made 280 arrests over the 2023 festive "
        "period.\n\nIn the Medway division, which covers Chatham, Gillingham and Rochester, "
        "officers made 41 arrests.",
        {300.0: CAMPAIGN, 280.0: ("2023-12-01", "2024-01-02"), 41.0: CAMPAIGN},
        id="a-division-after-the-yardstick-year",
    ),
    pytest.param(
        "Essex Police recorded 900 reports between 1 and 31 March.\n\nIn the Thurrock "
        "district, which takes in Grays and Tilbury, officers dealt with 120 reports.",
        {900.0: ("2024-03-01", "2024-03-31"), 120.0: ("2024-03-01", "2024-03-31")},
        id="a-district-with-what-it-takes-in",
    ),
    # near miss: an aside that is no place's extent leaves the sentence its own
    pytest.param(
        "Essex Police recorded 900 reports between 1 and 31 March.\n\nIn Grays, which "
        "opened a new station, officers will make 120 visits.",
        {900.0: ("2024-03-01", "2024-03-31"), 120.0: None},
        id="an-aside-that-covers-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_festive_and_division_back_references(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
