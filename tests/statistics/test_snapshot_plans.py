"""Children held on a plan on one day ("on a child protection plan on 31 March 2025",
"subject to a plan on 31 March"): the day is a snapshot, one day long
(``snapshot_days.SNAPSHOT_LEADS``); a plan agreed on a day is an event and dates nothing.
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Government figures show 1,240 children in Cumbria were on a child protection "
            "plan on 31 March 2025, a rate of 44.8 per 10,000 children.",
            {1240: ("2025-03-31", "2025-03-31"), 44.8: ("2025-03-31", "2025-03-31")},
            id="on-a-child-protection-plan-on-a-day",
        ),
        pytest.param(
            "Some 315 children in Rutland were subject to a plan on 31 March this year.",
            {315: ("2025-03-31", "2025-03-31")},
            id="subject-to-a-plan-this-year",
        ),
        pytest.param(
            "In Dudley, 402 children were on protection plans on 30 June 2024.",
            {402: ("2024-06-30", "2024-06-30")},
            id="on-protection-plans",
        ),
        # near miss: a plan agreed on a day is an event
        pytest.param(
            "The council agreed its new child protection plan on 12 March, and 40 staff "
            "were trained.",
            {40: None},
            id="a-plan-agreed-on-a-day",
        ),
    ],
)
def test_snapshot_plans(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
