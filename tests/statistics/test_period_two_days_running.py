"""Two days running of one month are one span (rule ``two_days_running``,
:data:`pressfacts.statistics.period_ranges.DAY_RANGE_RULES`): "on 9 and 10 August", "the
weekend of Saturday 14 and Sunday 15 June"; two days apart are no span.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The busiest weekend came on 9 and 10 August, when more than 700 officers were "
            "on duty in Leeds.",
            dt.date(2025, 9, 17),
            {700: ("2025-08-09", "2025-08-10")},
            id="on-two-days",
        ),
        pytest.param(
            "Over the weekend of Saturday 14 and Sunday 15 June, officers made 23 arrests.",
            dt.date(2025, 7, 1),
            {23: ("2025-06-14", "2025-06-15")},
            id="weekend-of-weekday-days",
        ),
        pytest.param(
            "On 30 and 31 May 2024, 160 officers policed the festival.",
            dt.date(2024, 7, 1),
            {160: ("2024-05-30", "2024-05-31")},
            id="with-a-year",
        ),
        # near miss: two days apart are two events, no span
        pytest.param(
            "Officers arrested 12 people on 3 and 17 May in Hull.",
            dt.date(2025, 7, 1),
            {12: None},
            id="two-days-apart",
        ),
    ],
)
def test_two_days_running(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
