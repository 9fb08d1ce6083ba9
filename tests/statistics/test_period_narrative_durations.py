"""A count told after the lead's span in a sentence that says how long something lasted
("for more than a week", "for a day") takes the lead's period: "a week" after "for" or
"than" is a duration, not a habit (rule ``duration_not_habit`` of ``narrative_count``).
Sentences written for these tests; the near misses (rates) stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 10)
AUGUST = ("2025-08-01", "2025-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hackers stole the records of 2,100 tenants from Wrexham Council last month. "
            "The breach took 14 systems offline for more than a week.",
            {2100: AUGUST, 14: AUGUST},
        ),
        (
            "Officers made 48 arrests across Bristol last month. Officers raided 6 shops, "
            "which were then shut for a week.",
            {48: AUGUST, 6: AUGUST},
        ),
        (
            "Devon and Cornwall Police seized 90 bikes last month. Detectives searched 12 "
            "garages in less than a day.",
            {90: AUGUST, 12: AUGUST},
        ),
        # near misses: a rate ("a week" after a figure or "twice") still keeps the
        # sentence out of the span
        (
            "Officers made 48 arrests across Bristol last month. Officers visited 6 shops "
            "once a week.",
            {48: AUGUST, 6: None},
        ),
        (
            "Officers made 48 arrests across Bristol last month. Officers stopped 30 drivers "
            "a week.",
            {48: AUGUST, 30: None},
        ),
    ],
)
def test_period_narrative_durations(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
