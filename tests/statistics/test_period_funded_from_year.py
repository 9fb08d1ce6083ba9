"""An event paid for out of a year's budget is not dated by that year (rule
``funded_from_year``, ``period_events.FUNDED_FROM_YEAR`` inside ``EVENT_SPANNED``): the
budget's year dates the money, not the scheme's run, so a lead figure that no phrase of its
own dates does not take it. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2025, 11, 19)
FY = ("2025-04-01", "2026-03-31")

ROWS = [
    pytest.param(
        "Deliberate fires in Gwent fell by a fifth over the bonfire period.\n\nThe commissioner,"
        " who paid for the £40,000 Operation Spark campaign from her community safety budget for"
        " 2025/26,"
        " said the results were encouraging.",
        {20: None, 40000: FY},
        id="scheme-paid-from-a-budget-year",
    ),
    pytest.param(
        "Deliberate fires in Gwent fell by a fifth over the bonfire period.\n\nThe council,"
        " which paid for the £40,000 summer campaign out of its grant for 2025/26, said the"
        " results were encouraging.",
        {20: None, 40000: FY},
        id="scheme-paid-out-of-a-grant",
    ),
    # near miss: an event dated by its own run still dates the lead before it
    pytest.param(
        "Officers made 40 arrests in Gwent during a week of action.\n\nThe operation ran from"
        " 3 to 9 November.",
        {40: ("2025-11-03", "2025-11-09")},
        id="an-event-dated-by-its-run",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_budget_year_dates_no_event(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
