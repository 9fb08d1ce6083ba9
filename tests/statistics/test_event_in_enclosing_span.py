"""An undated event of a stated length with only the span that encloses it right after it,
lasting as long ("a month-long crackdown in September", "a week-long operation last
week"), takes that span (rule ``event_in_enclosing_span``,
``period_events.enclosing_right_after``); its own dates, when told after, still come
first, and a shorter event stays undated ("a two-week operation last month": which two
weeks is unknown). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Wirral caught 214 drivers during a month-long crackdown in September.",
            [(214, "drivers", ("2025-09-01", "2025-09-30"))],
            id="month-long-in-september",
        ),
        pytest.param(
            "Officers in Hull caught 96 drivers during a week-long operation last week.",
            [(96, "drivers", ("2025-09-29", "2025-10-05"))],
            id="week-long-last-week",
        ),
        pytest.param(  # near miss: a shorter event within the span stays undated
            "Officers in Hull caught 96 drivers during a two-week operation last month.",
            [(96, "drivers", None)],
            id="near-miss-two-weeks-in-a-month",
        ),
        # near misses: the event's own dates told after it still date it; a span in a
        # sentence of its own does not enclose it
        pytest.param(
            "Officers in Hull caught 96 drivers during a three-day operation last week. It ran "
            "from Tuesday 30 September to Thursday 2 October.",
            [(96, "drivers", ("2025-09-30", "2025-10-02"))],
            id="near-miss-own-dates-after",
        ),
        pytest.param(
            "Officers in Hull caught 96 drivers during a two-week operation. In March, they "
            "also made 40 arrests.",
            [(96, "drivers", None), (40, "arrests", ("2025-03-01", "2025-03-31"))],
            id="near-miss-next-sentence",
        ),
    ],
)
def test_an_event_takes_the_span_enclosing_it(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
