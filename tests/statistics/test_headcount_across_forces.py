"""A headcount "there were" across the forces it is counted in, on a day ("there were
120,400 officers across the territorial forces on 31 March 2025"), is a stock counted
that day, as a headcount in a named place is (rule ``headcount_across_forces``, a lead
of ``snapshot_day`` in ``snapshot_days``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 24)
DAY = ("2025-03-31", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Figures show there were 120,400 officers across the territorial forces on "
            "31 March 2025.",
            {120400: DAY},
            id="across-the-territorial-forces",
        ),
        pytest.param(
            "There were 6,210 PCSOs in the territorial police forces on 31 March.",
            {6210: DAY},
            id="in-the-territorial-police-forces",
        ),
        pytest.param(
            "There were 5,870 full-time equivalent detectives across all forces on 31 March 2025.",
            {5870: DAY},
            id="across-all-forces-full-time-equivalent",
        ),
        pytest.param(
            "Data published today show there were 7,300 special constables across the "
            "territorial forces on 31 March, 300 fewer than a year earlier.",
            {7300: DAY, 300: ("2024-03-31", "2025-03-31")},
            id="across-forces-then-change",
        ),
        # near misses: events across the forces on a day, and a scope with no forces
        pytest.param(
            "There were 410 arrests across the territorial forces on 3 May.",
            {410: None},
            id="arrests-across-forces-not-headcount",
        ),
        pytest.param(
            "There were 96 officers across the region on 3 May.",
            {96: None},
            id="across-the-region-not-forces",
        ),
    ],
)
def test_a_headcount_across_forces_on_a_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
