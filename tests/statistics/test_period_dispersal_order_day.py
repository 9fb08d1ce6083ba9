"""Figure-day rule ``dispersal_order_day`` (:data:`.period_figure_days.FIGURE_DAYS`): a
dispersal order used or in force on a day, told in the clause before it, makes that day
the span of the directions and arrests made under it; an order after which the figures
came, one to come, or an order's end date stays an event's date. Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-11-08", "2025-11-08")

ROWS = [
    pytest.param(
        "When the dispersal order was last used in the park, on 8 November, officers moved "
        "on 31 teenagers and made two arrests.",
        {31.0: DAY, 2.0: DAY},
        id="when-used-in-apposition",
    ),
    pytest.param(
        "A section 34 dispersal order was in force at the retail park on Saturday 8 November, "
        "and officers dispersed 17 youths.",
        {17.0: DAY},
        id="in-force-on-a-weekday",
    ),
    pytest.param(
        "The dispersal zone was put in place around the station on 8 November; 12 people "
        "were directed to leave.",
        {12.0: DAY},
        id="put-in-place",
    ),
    # near misses: another event's day, one to come, an end date
    pytest.param(
        "Officers arrested 9 people after a dispersal order was used on 8 November.",
        {9.0: None},
        id="near-miss-after",
    ),
    pytest.param(
        "A dispersal order will be in force on 22 November, when officers expect to move on "
        "40 people.",
        {40.0: None},
        id="near-miss-to-come",
    ),
    pytest.param(
        "A dispersal order was in place until 8 November, and 25 people were moved on.",
        {25.0: None},
        id="near-miss-until",
    ),
    pytest.param(
        "On 8 November, officers moved on 31 teenagers from the park.",
        {31.0: None},
        id="near-miss-no-order",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_dispersal_orders_day_dates_its_directions(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
